/**
 * Parts of the roadmap pages that the public site and the workspace share: a version's decision, its
 * table of actions, the diff of two versions (the workspace passes its own links and shows owners).
 */
import type { DiffValue, FieldChange, RoadmapDiff, RoadmapEntry } from '../../domain/roadmap.ts';
import { roadmapSiteMessages } from '../../i18n/site/roadmap.ts';
import type { RoadmapSide } from '../../services/roadmap/compare.ts';
import type { RoadmapDecision, RoadmapVersionView } from '../../services/roadmap/versions.ts';
import { Localized, ShownText } from '../components/localized-text.tsx';
import type { PageContext } from '../context.ts';
import { sectionName } from '../names.ts';

export const roadmapText = (ctx: PageContext) => roadmapSiteMessages(ctx.lang);

/** "Kaupunginhallitus 22.01.2024 § 25, 118/07.01.02/2024", the body in the page's language if it has one. */
export function DecisionText({ ctx, decision }: { ctx: PageContext; decision: RoadmapDecision }) {
  const r = roadmapText(ctx);
  const body = decision.body[ctx.lang] ?? Object.values(decision.body).find(Boolean) ?? '';
  const lang = decision.body[ctx.lang] ? undefined : (Object.keys(decision.body)[0] as string | undefined);
  const text = r.decision(body, decision.date, decision.section, decision.diaryNumber);
  return lang ? <span lang={lang}>{text}</span> : <>{text}</>;
}

/** The label of a side of a comparison: "Versio 2 (luonnos)" or the live roadmap. */
export function sideLabel(ctx: PageContext, side: RoadmapSide, version: RoadmapVersionView | null): string {
  const r = roadmapText(ctx);
  if (side === 'live') return r.live;
  return version?.status === 'draft' ? `${r.version(side)} (${r.draft})` : r.version(side);
}

function Years({ ctx, years }: { ctx: PageContext; years: readonly number[] }) {
  return <>{years.length > 0 ? years.join(', ') : <span class="muted">{roadmapText(ctx).unscheduled}</span>}</>;
}

export function RoadmapTable({ ctx, entries, caption, actionHref }: {
  ctx: PageContext; entries: readonly RoadmapEntry[]; caption: string; actionHref: (entry: RoadmapEntry) => string | null;
}) {
  const r = roadmapText(ctx);
  if (entries.length === 0) return <p>{r.noActions}</p>;
  return (
    <div class="table-scroll">
      <table class="actions roadmap">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" class="ref">{r.fields.ref}</th>
            <th scope="col" class="name">{r.action}</th>
            <th scope="col">{r.section}</th>
            <th scope="col">{r.years}</th>
            <th scope="col">{r.goal}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const href = actionHref(entry);
            const perspective = entry.goalCode ?? entry.competenceCode;
            return (
              <tr>
                <td class="ref">{entry.ref}</td>
                <th scope="row" class="name">
                  {href ? <a href={href}><Localized ctx={ctx} value={entry.name} /></a> : <Localized ctx={ctx} value={entry.name} />}
                </th>
                <td data-label={r.section}><ShownText ctx={ctx} shown={sectionName(ctx, entry.section)} /></td>
                <td class="years" data-label={r.years}><Years ctx={ctx} years={entry.years} /></td>
                <td data-label={r.goal}>{perspective ?? <span class="muted">{r.unclassified}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ValueText({ ctx, change, value }: { ctx: PageContext; change: FieldChange; value: DiffValue }) {
  const r = roadmapText(ctx);
  const p = ctx.t.perspectives;
  if (value === null || (Array.isArray(value) && value.length === 0)) return <span class="muted">{r.empty}</span>;
  const list = (names: Record<string, string>) => p.list((value as readonly string[]).map((item) => names[item] ?? item));
  switch (change.field) {
    case 'name': return change.lang && change.lang !== ctx.lang ? <span lang={change.lang}>{String(value)}</span> : <>{String(value)}</>;
    case 'section': return <>{ctx.t.sectionN(Number(value))}</>;
    case 'years': return <>{(value as readonly number[]).join(', ')}</>;
    case 'level': return <>{p.levels[value as keyof typeof p.levels]}</>;
    case 'statutory': return <>{value ? ctx.t.yes : ctx.t.no}</>;
    case 'benefits': return <>{list(p.benefitNames)}</>;
    case 'beneficiaries': return <>{list(p.beneficiaryNames)}</>;
    case 'costClass': return <>{p.costClasses[value as keyof typeof p.costClasses]}</>;
    case 'impactClass': return <>{p.impactClasses[value as keyof typeof p.impactClasses]}</>;
    case 'developmentModel': return <>{p.developmentModels[value as keyof typeof p.developmentModels]}</>;
    default: return <>{String(value)}</>;
  }
}

function EntryTitle({ ctx, entry, href }: { ctx: PageContext; entry: RoadmapEntry; href: string | null }) {
  const name = <>{entry.ref} <Localized ctx={ctx} value={entry.name} /></>;
  return href ? <a href={href}>{name}</a> : name;
}

export function RoadmapDiffView({ ctx, diff, fromLabel, toLabel, actionHref }: {
  ctx: PageContext; diff: RoadmapDiff; fromLabel: string; toLabel: string;
  /** A link to the action, for an entry of the later side (null: no link). */
  actionHref: (entry: RoadmapEntry) => string | null;
}) {
  const r = roadmapText(ctx);
  const counts = { changed: diff.changed.length, added: diff.added.length, removed: diff.removed.length, unchanged: diff.unchanged };
  return (
    <>
      <table class="state-counts">
        <caption>{r.summaryCaption(fromLabel, toLabel)}</caption>
        <tbody>
          {(['changed', 'added', 'removed', 'unchanged'] as const).map((kind) => (
            <tr>
              <th scope="row">{r.kinds[kind]}</th>
              <td class="number">{counts[kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="roadmap-changed">
        <h2 id="roadmap-changed">{r.kinds.changed}</h2>
        {diff.changed.length === 0 ? <p>{r.none}</p> : diff.changed.map((changed) => (
          <div class="table-scroll">
            <table class="roadmap-changes">
              <caption><EntryTitle ctx={ctx} entry={changed.after} href={actionHref(changed.after)} /></caption>
              <thead>
                <tr>
                  <th scope="col">{r.field}</th>
                  <th scope="col">{r.before} ({fromLabel})</th>
                  <th scope="col">{r.after} ({toLabel})</th>
                </tr>
              </thead>
              <tbody>
                {changed.changes.map((change) => (
                  <tr>
                    <th scope="row">{change.lang ? r.inLanguage(r.fields[change.field], change.lang) : r.fields[change.field]}</th>
                    <td><del><ValueText ctx={ctx} change={change} value={change.before} /></del></td>
                    <td><ins><ValueText ctx={ctx} change={change} value={change.after} /></ins></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>
      {(['added', 'removed'] as const).map((kind) => (
        <section aria-labelledby={`roadmap-${kind}`}>
          <h2 id={`roadmap-${kind}`}>{r.kinds[kind]}</h2>
          {diff[kind].length === 0 ? <p>{r.none}</p> : (
            <ul>
              {diff[kind].map((entry) => (
                <li><EntryTitle ctx={ctx} entry={entry} href={kind === 'added' ? actionHref(entry) : null} /></li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
