/**
 * The public roadmap: the approved version in force (or an earlier one) with the board's decision and
 * the list of versions, and the comparison of two versions or of the latest one with the live actions.
 */
import type { RoadmapCompareResult, RoadmapSide } from '../../services/roadmap/compare.ts';
import type { RoadmapVersionDetail, RoadmapVersionView } from '../../services/roadmap/versions.ts';
import type { MunicipalityView, ProgrammeOverview } from '../../services/views.ts';
import { programmeTrail } from '../components/breadcrumbs.tsx';
import type { Alternate } from '../components/language-switcher.tsx';
import { LocalizedParagraph } from '../components/localized-text.tsx';
import type { PageContext } from '../context.ts';
import { Layout } from '../layout.tsx';
import { programmeName } from '../names.ts';
import { siteUrls } from '../urls.ts';
import { DecisionText, RoadmapDiffView, RoadmapTable, roadmapText, sideLabel } from './components.tsx';
import { roadmapUrls } from './urls.ts';

interface Place {
  ctx: PageContext;
  municipality: MunicipalityView;
  programme: ProgrammeOverview;
  alternates: Alternate[];
}

function VersionList({ ctx, municipality, programme, versions, shown }: Place & { versions: RoadmapVersionView[]; shown: number | null }) {
  const r = roadmapText(ctx);
  const latest = versions.at(-1)?.number;
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">{r.earlier}</h2>
      {versions.length <= 1 && shown === latest ? <p>{r.noEarlier}</p> : (
        <ul>
          {[...versions].reverse().map((version) => (
            <li>
              {version.number === shown ? <strong aria-current="page">{r.version(version.number)}</strong> : (
                <a href={version.number === latest ? roadmapUrls.roadmap(municipality.slug, ctx.lang, programme.slug) : roadmapUrls.version(municipality.slug, ctx.lang, programme.slug, version.number)}>
                  {r.version(version.number)}
                </a>
              )}
              {version.decision && <>: <DecisionText ctx={ctx} decision={version.decision} /></>}
              {version.number === latest && <> ({r.currentApproved})</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function RoadmapPage(props: Place & { versions: RoadmapVersionView[]; detail: RoadmapVersionDetail | null }) {
  const { ctx, municipality, programme, alternates, versions, detail } = props;
  const r = roadmapText(ctx);
  const m = municipality.slug;
  const latest = versions.at(-1)?.number;
  const title = detail && detail.version.number !== latest ? `${r.title}: ${r.version(detail.version.number)}` : r.title;
  return (
    <Layout
      ctx={ctx} title={`${title} – ${programmeName(ctx, programme).text}`} municipality={municipality} alternates={alternates}
      crumbs={[...programmeTrail(ctx, municipality, programme), ...(detail && detail.version.number !== latest
        ? [{ label: r.title, href: roadmapUrls.roadmap(m, ctx.lang, programme.slug) }, { label: r.version(detail.version.number) }]
        : [{ label: r.title }])]}
    >
      <h1>{title}</h1>
      <p>{r.intro}</p>
      {!detail ? <p>{r.noneApproved}</p> : (
        <>
          <dl class="facts">
            <div>
              <dt>{r.approvedBy}</dt>
              <dd>{detail.version.decision ? <DecisionText ctx={ctx} decision={detail.version.decision} /> : '–'}</dd>
            </div>
            <div>
              <dt>{r.version(detail.version.number)}</dt>
              <dd>{detail.version.number === latest ? r.currentApproved : r.approved}, {r.actionCount(detail.version.actionCount)}</dd>
            </div>
          </dl>
          {Object.keys(detail.version.note).length > 0 && (
            <section aria-labelledby="note-heading" class="notice">
              <h2 id="note-heading">{r.note}</h2>
              <LocalizedParagraph ctx={ctx} value={detail.version.note} empty="" />
            </section>
          )}
          <p><a href={roadmapUrls.compare(m, ctx.lang, programme.slug)}>{r.compareLink}</a></p>
          <RoadmapTable
            ctx={ctx} entries={detail.entries} caption={r.tableCaption(r.version(detail.version.number))}
            actionHref={(entry) => (detail.version.number === latest ? siteUrls.action(m, ctx.lang, programme.slug, entry.ref) : null)}
          />
        </>
      )}
      <VersionList {...props} shown={detail?.version.number ?? null} />
    </Layout>
  );
}

function SideSelect({ ctx, id, label, versions, selected }: {
  ctx: PageContext; id: 'from' | 'to'; label: string; versions: RoadmapVersionView[]; selected: RoadmapSide | undefined;
}) {
  return (
    <div class="field">
      <label for={`roadmap-${id}`}>{label}</label>
      <select id={`roadmap-${id}`} name={id}>
        <option value="live" selected={selected === 'live'}>{roadmapText(ctx).liveShort}</option>
        {[...versions].reverse().map((version) => (
          <option value={String(version.number)} selected={selected === version.number}>{sideLabel(ctx, version.number, version)}</option>
        ))}
      </select>
    </div>
  );
}

/** The choice of sides and the diff; the workspace's page uses it with its own links. */
export function RoadmapCompareBody({ ctx, versions, result, action, actionHref }: {
  ctx: PageContext; versions: RoadmapVersionView[]; result: RoadmapCompareResult; action: string;
  actionHref: Parameters<typeof RoadmapDiffView>[0]['actionHref'];
}) {
  const r = roadmapText(ctx);
  const comparison = result.ok ? result.comparison : null;
  return (
    <>
      {!result.ok && <p class="error-summary" role="alert">{result.problem === 'need_versions' ? r.needVersions : r.unknownVersion(result.side)}</p>}
      {versions.length > 0 && (
        <form class="filters" method="get" action={action}>
          <div class="fields">
            <SideSelect ctx={ctx} id="from" label={r.from} versions={versions} selected={comparison?.from.side} />
            <SideSelect ctx={ctx} id="to" label={r.to} versions={versions} selected={comparison?.to.side} />
          </div>
          <div class="form-actions">
            <button type="submit">{r.compare}</button>
          </div>
        </form>
      )}
      {comparison && (
        <RoadmapDiffView
          ctx={ctx} diff={comparison.diff} actionHref={actionHref}
          fromLabel={sideLabel(ctx, comparison.from.side, comparison.from.version)} toLabel={sideLabel(ctx, comparison.to.side, comparison.to.version)}
        />
      )}
    </>
  );
}

export function RoadmapComparePage({ ctx, municipality, programme, alternates, versions, result }: Place & {
  versions: RoadmapVersionView[]; result: RoadmapCompareResult;
}) {
  const r = roadmapText(ctx);
  const m = municipality.slug;
  const live = result.ok && result.comparison.to.side === 'live';
  return (
    <Layout
      ctx={ctx} title={`${r.compareTitle} – ${programmeName(ctx, programme).text}`} municipality={municipality} alternates={alternates}
      crumbs={[...programmeTrail(ctx, municipality, programme), { label: r.title, href: roadmapUrls.roadmap(m, ctx.lang, programme.slug) }, { label: r.compareTitle }]}
    >
      <h1>{r.compareTitle}</h1>
      <p>{r.compareIntro}</p>
      <RoadmapCompareBody
        ctx={ctx} versions={versions} result={result} action={roadmapUrls.compare(m, ctx.lang, programme.slug)}
        actionHref={(entry) => (live ? siteUrls.action(m, ctx.lang, programme.slug, entry.ref) : null)}
      />
    </Layout>
  );
}
