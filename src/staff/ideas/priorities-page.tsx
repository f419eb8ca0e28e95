/**
 * Prioritisation: evaluated ideas ranked by impact against cost, and the portfolio matrix (cost S–L
 * across, impact S–L up) drawn as SVG with a title and description for screen readers, beside a table
 * with the same data, which is what assistive technology and printouts read.
 */
import { SIZE_CLASSES, type SizeClass } from '../../domain/action.ts';
import { pickText } from '../../domain/language.ts';
import { ideasSiteMessages } from '../../i18n/site/ideas.ts';
import type { PrioritisedIdea } from '../../services/ideas/staff-ideas.ts';
import { LANGUAGES } from '../../domain/language.ts';
import { can } from '../../domain/permissions.ts';
import type { IdeaSettingsView } from '../../services/ideas/public-ideas.ts';
import { CsrfField, ErrorSummary, errorFor, Notice, TextField, type FieldError } from '../components/forms.tsx';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { ideaStaffUrls } from './urls.ts';

const CELL = 120;
const MARGIN = 48;

function Matrix({ ctx, ideas }: { ctx: StaffPageContext; ideas: PrioritisedIdea[] }) {
  const t = ctx.t.ideas.priorities;
  const count = (cost: SizeClass, impact: SizeClass) => ideas.filter((idea) => idea.costClass === cost && idea.impactClass === impact).length;
  const width = MARGIN + CELL * 3;
  const height = CELL * 3 + MARGIN;
  return (
    <svg class="idea-matrix" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby="matrix-title matrix-desc">
      <title id="matrix-title">{t.matrix}</title>
      <desc id="matrix-desc">{t.matrixDescription}</desc>
      {SIZE_CLASSES.map((cost, x) => SIZE_CLASSES.map((impact, y) => {
        const n = count(cost, impact);
        // High impact at low cost, top left, is where the group looks first.
        const left = MARGIN + x * CELL;
        const top = (2 - y) * CELL;
        return (
          <g>
            {/* Colours as attributes: the drawing must not depend on a stylesheet (nor CSP allow inline styles). */}
            <rect x={left} y={top} width={CELL} height={CELL} fill={impact === 'L' && cost === 'S' ? '#e3f1e6' : '#ffffff'} stroke="#1a1a1a" stroke-width="2" />
            <text x={left + CELL / 2} y={top + CELL / 2 + 6} text-anchor="middle" fill="#1a1a1a" font-size="16">{t.count(n)}</text>
          </g>
        );
      }))}
      {SIZE_CLASSES.map((cost, x) => <text x={MARGIN + x * CELL + CELL / 2} y={CELL * 3 + 20} text-anchor="middle" fill="#1a1a1a" font-size="16">{cost}</text>)}
      {SIZE_CLASSES.map((impact, y) => <text x={MARGIN / 2} y={(2 - y) * CELL + CELL / 2 + 6} text-anchor="middle" fill="#1a1a1a" font-size="16">{impact}</text>)}
      <text x={MARGIN + (CELL * 3) / 2} y={CELL * 3 + 42} text-anchor="middle" fill="#1a1a1a" font-size="16" font-weight="700">{t.cost}</text>
    </svg>
  );
}

export function PrioritiesPage({ ctx, ideas }: { ctx: StaffPageContext; ideas: PrioritisedIdea[] }) {
  const t = ctx.t.ideas;
  const p = t.priorities;
  const states = ideasSiteMessages(ctx.lang).states;
  const m = ctx.municipality!.slug;
  return (
    <StaffLayout ctx={ctx} title={p.title} currentPath={ideaStaffUrls.queue(m)} crumbs={[{ label: t.title, href: ideaStaffUrls.queue(m) }, { label: p.title }]}>
      <h1>{p.title}</h1>
      <p>{p.intro}</p>
      {ideas.length === 0 ? <p>{p.none}</p> : (
        <>
          <h2>{p.matrix}</h2>
          <p class="hint">{p.impact} ↑ · {p.cost} →</p>
          <Matrix ctx={ctx} ideas={ideas} />
          <table class="data-table">
            <caption>{p.title}</caption>
            <thead>
              <tr>
                <th scope="col">{p.rank}</th>
                <th scope="col">{t.columns.ref}</th>
                <th scope="col">{t.columns.title}</th>
                <th scope="col">{p.impact}</th>
                <th scope="col">{p.cost}</th>
                <th scope="col">{t.columns.state}</th>
              </tr>
            </thead>
            <tbody>
              {ideas.map((idea, index) => {
                const title = pickText(idea.title, ctx.lang, [idea.lang]);
                return (
                  <tr>
                    <td>{index + 1}</td>
                    <td>{idea.ref}</td>
                    <th scope="row"><a href={ideaStaffUrls.idea(m, idea.ref)} lang={title?.lang}>{title?.text}</a></th>
                    <td>{idea.impactClass}</td>
                    <td>{idea.costClass}</td>
                    <td>{states[idea.state]}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </StaffLayout>
  );
}

export function RegisterPage({ ctx, settings, withPersonalData, errors = [], notice }: {
  ctx: StaffPageContext; settings: IdeaSettingsView; withPersonalData: number; errors?: FieldError[]; notice?: string;
}) {
  const t = ctx.t.ideas;
  const r = t.register;
  const m = ctx.municipality!.slug;
  const retentionMonths = settings.retentionMonths;
  return (
    <StaffLayout ctx={ctx} title={r.title} currentPath={ideaStaffUrls.queue(m)} crumbs={[{ label: t.title, href: ideaStaffUrls.queue(m) }, { label: r.title }]}>
      <h1>{r.title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice && <Notice kind="success">{notice}</Notice>}
      <dl class="facts">
        <div><dt>{r.stored}</dt><dd>{r.storedText}</dd></div>
        <div><dt>{r.purpose}</dt><dd>{r.purposeText}</dd></div>
        <div><dt>{r.retention}</dt><dd>{r.retentionText(retentionMonths)}</dd></div>
      </dl>
      <p>{r.count(withPersonalData)}</p>
      {ctx.signedIn && can(ctx.signedIn.actor, 'settings.edit', ctx.municipality!.id) && (
        <>
          <h2>{r.settings}</h2>
          <form method="post" action={ideaStaffUrls.register(m)} class="narrow-form">
            <CsrfField ctx={ctx} />
            <p class="hint" id="notice-hint">{r.noticeHint}</p>
            {LANGUAGES.map((lang) => (
              <TextField id={`privacyNoticeUrl.${lang}`} label={r.notice(t.languages[lang])} value={settings.privacyNoticeUrl[lang] ?? ''}
                error={errorFor(errors, `privacyNoticeUrl.${lang}`)} maxLength={500} />
            ))}
            <TextField id="retentionMonths" type="number" inputMode="numeric" label={r.months} value={String(retentionMonths)} error={errorFor(errors, 'retentionMonths')} required />
            <div class="form-actions"><button type="submit">{r.save}</button></div>
          </form>
        </>
      )}
    </StaffLayout>
  );
}
