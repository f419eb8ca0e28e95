/**
 * The roadmap in the workspace: a programme's versions (start the next one, bring the live roadmap into
 * a draft, record the board's approval), one version's actions, the diff, and taking over actions.
 */
import { LANGUAGES } from '../../domain/language.ts';
import type { RoadmapVersionDetail, RoadmapVersionView } from '../../services/roadmap/versions.ts';
import type { TakeOverCandidate, ProgrammeRef } from '../../services/roadmap/take-over.ts';
import type { PageContext } from '../../site/context.ts';
import { DecisionText, RoadmapTable, roadmapText } from '../../site/roadmap/components.tsx';
import type { RoadmapCompareResult } from '../../services/roadmap/compare.ts';
import { RoadmapCompareBody } from '../../site/roadmap/pages.tsx';
import { roadmapUrls } from '../../site/roadmap/urls.ts';
import { siteUrls } from '../../site/urls.ts';
import { Localized } from '../../site/components/localized-text.tsx';
import { StateLabel } from '../../site/components/state-label.tsx';
import { CsrfField, ErrorSummary, errorFor, Notice, TextArea, TextField, type FieldError } from '../components/forms.tsx';
import { editingUrls } from '../editing/urls.ts';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { programmeName } from '../rounds/rounds-page.tsx';
import { roadmapStaffUrls } from './urls.ts';

/** The public site's components speak through a PageContext: the workspace's language and texts for it. */
export const siteContext = (ctx: StaffPageContext): PageContext => ({ lang: ctx.lang, t: ctx.site, fallbacks: ctx.fallbacks });

export interface ProgrammeChoice extends ProgrammeRef {
  id: string;
}

export type PageNotice = { kind: 'success' | 'error'; text: string };

function crumbs(ctx: StaffPageContext, programme: ProgrammeChoice, last?: string) {
  const m = ctx.municipality!.slug;
  const t = ctx.t.roadmap;
  return [
    { label: ctx.t.municipality.title, href: `/staff/${encodeURIComponent(m)}/` },
    { label: `${t.title}: ${programmeName(ctx, programme)}`, ...(last ? { href: roadmapStaffUrls.versions(m, programme.slug) } : {}) },
    ...(last ? [{ label: last }] : []),
  ];
}

export interface ApprovalValues {
  decisionBody: Partial<Record<string, string>>;
  decisionDate: string;
  decisionSection: string;
  diaryNumber: string;
  note: Partial<Record<string, string>>;
}

function ApproveForm({ ctx, programme, draft, values, errors }: {
  ctx: StaffPageContext; programme: ProgrammeChoice; draft: RoadmapVersionView; values: ApprovalValues; errors: FieldError[];
}) {
  const t = ctx.t.roadmap.approve;
  const m = ctx.municipality!;
  const languages = [...new Set([...m.languages, ...LANGUAGES])];
  return (
    <section aria-labelledby="approve-heading">
      <h3 id="approve-heading">{t.title}</h3>
      <p>{t.intro}</p>
      <form method="post" action={roadmapStaffUrls.approve(m.slug, programme.slug, draft.number)} class="narrow-form" novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="version" value={String(draft.version)} />
        {languages.map((lang) => (
          <TextField id={`decisionBody_${lang}`} label={t.body(ctx.t.rounds.languageNames[lang])} hint={lang === m.languages[0] ? t.bodyHint : undefined}
            value={values.decisionBody[lang]} error={errorFor(errors, `decisionBody_${lang}`)} lang={lang} required={lang === m.languages[0]} maxLength={200} />
        ))}
        <TextField id="decisionDate" type="date" label={t.date} hint={t.dateHint} value={values.decisionDate} error={errorFor(errors, 'decisionDate')} required />
        <TextField id="decisionSection" label={t.section} hint={t.sectionHint} value={values.decisionSection} error={errorFor(errors, 'decisionSection')} required maxLength={20} />
        <TextField id="diaryNumber" label={t.diaryNumber} hint={t.diaryNumberHint} value={values.diaryNumber} error={errorFor(errors, 'diaryNumber')} required maxLength={60} />
        {languages.map((lang) => (
          <TextArea id={`note_${lang}`} label={t.note(ctx.t.rounds.languageNames[lang])} value={values.note[lang]} error={errorFor(errors, `note_${lang}`)} lang={lang} rows={3} maxLength={2000} />
        ))}
        <p class="form-actions"><button type="submit">{t.submit}</button></p>
      </form>
    </section>
  );
}

export function VersionsPage({ ctx, programme, others, versions, may, previous, notice, errors = [], approval }: {
  ctx: StaffPageContext; programme: ProgrammeChoice; others: ProgrammeChoice[]; versions: RoadmapVersionView[];
  may: { edit: boolean; approve: boolean }; previous: ProgrammeRef | null; notice?: PageNotice | undefined; errors?: FieldError[];
  approval?: ApprovalValues | undefined;
}) {
  const t = ctx.t.roadmap;
  const site = siteContext(ctx);
  const m = ctx.municipality!.slug;
  const draft = versions.find((version) => version.status === 'draft');
  const latest = versions.at(-1);
  return (
    <StaffLayout ctx={ctx} title={`${t.title}: ${programmeName(ctx, programme)}`} crumbs={crumbs(ctx, programme)} currentPath={roadmapStaffUrls.home(m)}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <h1>{t.title}: {programmeName(ctx, programme)}</h1>
      <p>{t.intro}</p>
      {others.length > 0 && (
        <nav aria-labelledby="other-programmes">
          <h2 id="other-programmes">{t.otherProgrammes}</h2>
          <ul class="inline-list">
            {others.map((other) => <li><a href={roadmapStaffUrls.versions(m, other.slug)}>{programmeName(ctx, other)}</a></li>)}
          </ul>
        </nav>
      )}
      <ul>
        <li><a href={roadmapUrls.roadmap(m, ctx.lang, programme.slug)}>{t.publicLink}</a></li>
        {latest && <li><a href={roadmapStaffUrls.compare(m, programme.slug, { from: latest.number, to: 'live' })}>{t.compareWithLive(latest.number)}</a></li>}
        {versions.length > 1 && <li><a href={roadmapStaffUrls.compare(m, programme.slug)}>{t.compareLink}</a></li>}
        {may.edit && previous && <li><a href={roadmapStaffUrls.takeOver(m, programme.slug)}>{t.takeOver.link}</a></li>}
      </ul>
      {versions.length === 0 ? <p>{t.none}</p> : (
        <div class="table-scroll">
          <table>
            <caption>{t.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.version}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.decision}</th>
                <th scope="col" class="number">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {[...versions].reverse().map((version) => (
                <tr>
                  <th scope="row"><a href={roadmapStaffUrls.version(m, programme.slug, version.number)}>{t.view(version.number)}</a></th>
                  <td>{t.statuses[version.status]}</td>
                  <td>{version.decision ? <DecisionText ctx={site} decision={version.decision} /> : '–'}</td>
                  <td class="number">{version.actionCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {may.edit && !draft && (
        <section aria-labelledby="start-heading">
          <h2 id="start-heading">{t.start.title}</h2>
          <p>{t.start.intro}</p>
          <form method="post" action={roadmapStaffUrls.versions(m, programme.slug)}>
            <CsrfField ctx={ctx} />
            <button type="submit">{t.start.submit}</button>
          </form>
        </section>
      )}
      {draft && (may.edit || may.approve) && (
        <section aria-labelledby="draft-heading">
          <h2 id="draft-heading">{t.draft.title(draft.number)}</h2>
          {may.edit && (
            <>
              <p>
                {t.draft.refreshIntro}{' '}
                <a href={roadmapStaffUrls.compare(m, programme.slug, { from: draft.number, to: 'live' })}>{t.compareWithLive(draft.number)}</a>
              </p>
              <form method="post" action={roadmapStaffUrls.refresh(m, programme.slug, draft.number)}>
                <CsrfField ctx={ctx} />
                <input type="hidden" name="version" value={String(draft.version)} />
                <button type="submit">{t.draft.refresh}</button>
              </form>
            </>
          )}
          {may.approve && (
            <ApproveForm ctx={ctx} programme={programme} draft={draft} errors={errors}
              values={approval ?? { decisionBody: {}, decisionDate: '', decisionSection: '', diaryNumber: '', note: draft.note }} />
          )}
        </section>
      )}
    </StaffLayout>
  );
}

export function VersionPage({ ctx, programme, detail }: { ctx: StaffPageContext; programme: ProgrammeChoice; detail: RoadmapVersionDetail }) {
  const t = ctx.t.roadmap;
  const site = siteContext(ctx);
  const m = ctx.municipality!.slug;
  const title = `${t.version} ${detail.version.number} (${t.statuses[detail.version.status]})`;
  return (
    <StaffLayout ctx={ctx} title={title} crumbs={crumbs(ctx, programme, title)}>
      <h1>{title}</h1>
      {detail.version.decision && <p>{t.decision}: <DecisionText ctx={site} decision={detail.version.decision} /></p>}
      <p><a href={roadmapStaffUrls.compare(m, programme.slug, { from: detail.version.number, to: 'live' })}>{t.compareWithLive(detail.version.number)}</a></p>
      <RoadmapTable ctx={site} entries={detail.entries} caption={roadmapText(site).tableCaption(title)} actionHref={(entry) => editingUrls.action(m, entry.actionId)} />
    </StaffLayout>
  );
}

export function StaffComparePage({ ctx, programme, versions, result }: {
  ctx: StaffPageContext; programme: ProgrammeChoice; versions: RoadmapVersionView[]; result: RoadmapCompareResult;
}) {
  const t = ctx.t.roadmap;
  const m = ctx.municipality!.slug;
  return (
    <StaffLayout ctx={ctx} title={t.compare.title} crumbs={crumbs(ctx, programme, t.compare.title)}>
      <h1>{t.compare.title}</h1>
      <p>{roadmapText(siteContext(ctx)).compareIntro}</p>
      <RoadmapCompareBody ctx={siteContext(ctx)} versions={versions} result={result} action={roadmapStaffUrls.compare(m, programme.slug)}
        actionHref={(entry) => editingUrls.action(m, entry.actionId)} />
    </StaffLayout>
  );
}

export function TakeOverPage({ ctx, programme, previous, candidates, notice, errors = [] }: {
  ctx: StaffPageContext; programme: ProgrammeChoice; previous: ProgrammeRef | null; candidates: TakeOverCandidate[];
  notice?: PageNotice | undefined; errors?: FieldError[];
}) {
  const t = ctx.t.roadmap.takeOver;
  const site = siteContext(ctx);
  const m = ctx.municipality!.slug;
  return (
    <StaffLayout ctx={ctx} title={t.title} crumbs={crumbs(ctx, programme, t.title)}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <h1>{t.title}</h1>
      {!previous ? <p>{t.noPrevious}</p> : (
        <>
          <p>{t.intro(programmeName(ctx, previous))}</p>
          {candidates.length === 0 ? <p>{t.none}</p> : (
            <form method="post" action={roadmapStaffUrls.takeOver(m, programme.slug)}>
              <CsrfField ctx={ctx} />
              <div class="table-scroll" id="actions" tabindex={-1}>
                <table>
                  <caption>{t.caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.choose}</th>
                      <th scope="col" class="ref">{t.ref}</th>
                      <th scope="col">{t.name}</th>
                      <th scope="col">{t.state}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {candidates.map((candidate) => (
                      <tr>
                        <td>
                          {candidate.continuedAs
                            ? <a href={siteUrls.action(m, ctx.lang, candidate.continuedAs.programme, candidate.continuedAs.ref)}>{t.continuedAs(candidate.continuedAs.ref)}</a>
                            : <input type="checkbox" name="action" value={candidate.id} id={`action-${candidate.id}`} aria-label={t.chooseAction(candidate.ref)} />}
                        </td>
                        <td class="ref">{candidate.ref}</td>
                        <th scope="row"><Localized ctx={site} value={candidate.name} /></th>
                        <td><StateLabel ctx={site} state={candidate.state} /></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p class="form-actions"><button type="submit">{t.submit}</button></p>
            </form>
          )}
        </>
      )}
    </StaffLayout>
  );
}
