/**
 * One idea in the workspace: its texts and sender (whether an answer can be sent, never the address),
 * moderation, likely duplicates to merge into, the link to an action, the evaluation on the eight
 * perspectives with the catalog's similar projects, the decision, and erasing the sender's data.
 * Each form shows only to those whose roles allow it, and carries the version it was opened at.
 */
import { BENEFICIARIES, BENEFITS, DEVELOPMENT_MODELS, LEVELS, SIZE_CLASSES } from '../../domain/action.ts';
import { DECISIONS } from '../../domain/idea.ts';
import { pickText, type LocalizedText } from '../../domain/language.ts';
import { can, type Permission } from '../../domain/permissions.ts';
import { ideasSiteMessages } from '../../i18n/site/ideas.ts';
import type { SimilarProject } from '../../services/catalog/similar-projects.ts';
import type { ProgrammeStructure } from '../../services/editing/structure.ts';
import type { Duplicate, StaffIdea } from '../../services/ideas/staff-ideas.ts';
import { ideaUrls } from '../../site/ideas/urls.ts';
import { siteUrls } from '../../site/urls.ts';
import { catalogUrls } from '../../site/catalog/urls.ts';
import { CsrfField, ErrorSummary, errorFor, Notice, SelectField, TextArea, TextField, type FieldError } from '../components/forms.tsx';
import { CheckboxGroup, languageOrder } from '../editing/fields.tsx';
import { formatWhen } from '../editing/format.ts';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { ideaStaffUrls } from './urls.ts';

export interface IdeaPageData {
  idea: StaffIdea;
  duplicates: Duplicate[];
  programmes: ProgrammeStructure[];
  similar: SimilarProject[];
}

const name = (ctx: StaffPageContext, value: LocalizedText) => pickText(value, ctx.lang, ctx.fallbacks)?.text ?? '';

function Hidden({ ctx, version }: { ctx: StaffPageContext; version: number }) {
  return (
    <>
      <CsrfField ctx={ctx} />
      <input type="hidden" name="version" value={String(version)} />
    </>
  );
}

export function IdeaStaffPage({ ctx, data, errors = [], notice, conflict }: {
  ctx: StaffPageContext; data: IdeaPageData; errors?: FieldError[]; notice?: string; conflict?: boolean;
}) {
  const t = ctx.t.ideas;
  const p = ctx.site.perspectives;
  const states = ideasSiteMessages(ctx.lang).states;
  const { idea, duplicates, programmes, similar } = data;
  const m = ctx.municipality!.slug;
  const may = (permission: Permission) => Boolean(ctx.signedIn && can(ctx.signedIn.actor, permission, ctx.municipality!.id));
  const title = pickText(idea.title, ctx.lang, [idea.lang]);
  const programme = programmes.find((candidate) => candidate.id === idea.programmeId);
  const classOptions = (labels: Record<string, string>) => [{ value: '', label: t.evaluation.unknown }, ...SIZE_CLASSES.map((value) => ({ value, label: labels[value]! }))];
  const action = (what: Parameters<typeof ideaStaffUrls.action>[2]) => ideaStaffUrls.action(m, idea.ref, what);
  return (
    <StaffLayout ctx={ctx} title={`${idea.ref} ${title?.text ?? ''}`} currentPath={ideaStaffUrls.queue(m)}
      crumbs={[{ label: t.title, href: ideaStaffUrls.queue(m) }, { label: idea.ref }]}>
      <p class="eyebrow">{idea.ref}</p>
      <h1 lang={title?.lang}>{title?.text}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {conflict && <Notice kind="error">{t.idea.conflict}</Notice>}
      {notice && <Notice kind="success">{notice}</Notice>}
      <dl class="facts">
        <div><dt>{t.columns.state}</dt><dd>{states[idea.state]}{idea.mergedIntoRef ? ` (${t.idea.merged(idea.mergedIntoRef)})` : ''}</dd></div>
        <div><dt>{t.idea.source}</dt><dd>{t.sources[idea.source]}{idea.sourceLabel ? `: ${idea.sourceLabel}` : ''}</dd></div>
        <div><dt>{t.columns.received}</dt><dd>{formatWhen(ctx.lang, idea.createdAt)}</dd></div>
        <div><dt>{t.idea.sender}</dt><dd>{idea.canAnswer ? t.idea.senderAnswer : idea.hasPersonalData ? t.idea.senderNoAnswer : t.idea.senderErased}</dd></div>
        {idea.action && (
          <div><dt>{t.idea.action}</dt><dd>
            <a href={siteUrls.action(m, ctx.lang, idea.action.programmeSlug, idea.action.ref)}>{idea.action.ref} {name(ctx, idea.action.name)}</a>
          </dd></div>
        )}
      </dl>
      <h2>{t.idea.description}</h2>
      <p class="idea-text" lang={idea.lang}>{idea.description[idea.lang] ?? ''}</p>
      {idea.beneficiariesText[idea.lang] && (
        <>
          <h2>{t.idea.beneficiaries}</h2>
          <p class="idea-text" lang={idea.lang}>{idea.beneficiariesText[idea.lang]}</p>
        </>
      )}

      <section aria-labelledby="moderation-heading">
        <h2 id="moderation-heading">{t.idea.moderation}</h2>
        <p>{idea.published ? t.idea.published : t.idea.unpublished}</p>
        {idea.published && <p><a href={ideaUrls.idea(m, idea.lang, idea.ref)}>{t.idea.publicPage}</a></p>}
        {may('idea.manage') && (
          <form method="post" action={action('publish')} class="inline-form">
            <Hidden ctx={ctx} version={idea.version} />
            <input type="hidden" name="published" value={idea.published ? 'no' : 'yes'} />
            <button type="submit">{idea.published ? t.idea.hide : t.idea.publish}</button>
          </form>
        )}
      </section>

      <section aria-labelledby="duplicates-heading">
        <h2 id="duplicates-heading">{t.idea.duplicates}</h2>
        {duplicates.length === 0 ? <p>{t.idea.noDuplicates}</p> : (
          <ul class="duplicates">
            {duplicates.map((duplicate) => (
              <li>
                {duplicate.kind === 'idea' ? t.idea.ideaKind : t.idea.actionKind} {duplicate.ref}: {name(ctx, duplicate.name)}
                {may('idea.manage') && idea.state !== 'merged' && (
                  <form method="post" action={action('merge')} class="inline-form">
                    <Hidden ctx={ctx} version={idea.version} />
                    <input type="hidden" name="kind" value={duplicate.kind} />
                    <input type="hidden" name="ref" value={duplicate.ref} />
                    {duplicate.programmeSlug && <input type="hidden" name="programme" value={duplicate.programmeSlug} />}
                    <button type="submit">{duplicate.kind === 'idea' ? t.idea.mergeInto(duplicate.ref) : t.idea.mergeIntoAction(duplicate.ref)}</button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {may('idea.manage') && (
        <section aria-labelledby="link-heading">
          <h2 id="link-heading">{t.idea.linkTitle}</h2>
          <p class="hint" id="link-hint">{t.idea.linkHint}</p>
          <form method="post" action={action('link')} class="narrow-form">
            <Hidden ctx={ctx} version={idea.version} />
            <SelectField id="programme" label={t.idea.programme} value={programme?.slug ?? programmes[0]?.slug}
              options={programmes.map((candidate) => ({ value: candidate.slug, label: name(ctx, candidate.fields.name) || candidate.slug }))} />
            <TextField id="action" label={t.idea.actionRef} value={idea.action?.ref} error={errorFor(errors, 'action')} maxLength={20} />
            <div class="form-actions">
              <button type="submit">{t.idea.link}</button>
              {idea.action && <button type="submit" name="unlink" value="yes">{t.idea.unlink}</button>}
            </div>
          </form>
        </section>
      )}

      <section aria-labelledby="evaluation-heading">
        <h2 id="evaluation-heading">{t.evaluation.title}</h2>
        <form method="post" action={action('evaluate')}>
          <Hidden ctx={ctx} version={idea.version} />
          <fieldset disabled={!may('idea.evaluate')} class="plain-fieldset">
            <legend class="visually-hidden">{t.evaluation.title}</legend>
            <SelectField id="programmeId" label={t.evaluation.programme} value={idea.programmeId ?? ''} error={errorFor(errors, 'programmeId')}
              options={[{ value: '', label: t.evaluation.noProgramme }, ...programmes.map((candidate) => ({ value: candidate.id, label: name(ctx, candidate.fields.name) || candidate.slug }))]} />
            <div class="field">
              <label for="goalId">{t.evaluation.goal}</label>
              <select id="goalId" name="goalId">
                <option value="">{t.evaluation.none}</option>
                {programmes.map((candidate) => (
                  <optgroup label={name(ctx, candidate.fields.name) || candidate.slug}>
                    {candidate.goals.map((goal) => <option value={goal.id} selected={goal.id === idea.goalId}>{String(goal.fields.code)} {name(ctx, goal.fields.name)}</option>)}
                  </optgroup>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="competenceId">{t.evaluation.competence}</label>
              <select id="competenceId" name="competenceId">
                <option value="">{t.evaluation.none}</option>
                {programmes.map((candidate) => (
                  <optgroup label={name(ctx, candidate.fields.name) || candidate.slug}>
                    {candidate.competences.map((item) => <option value={item.id} selected={item.id === idea.competenceId}>{String(item.fields.code)} {name(ctx, item.fields.name)}</option>)}
                  </optgroup>
                ))}
              </select>
            </div>
            <SelectField id="level" label={p.level} value={idea.level ?? ''}
              options={[{ value: '', label: t.evaluation.unknown }, ...LEVELS.map((value) => ({ value, label: p.levels[value] }))]} />
            <SelectField id="statutory" label={p.statutory} value={idea.statutory === null ? '' : idea.statutory ? 'yes' : 'no'}
              options={[{ value: '', label: t.evaluation.unknown }, { value: 'yes', label: t.yes }, { value: 'no', label: t.no }]} />
            <CheckboxGroup ctx={ctx} field="benefits" errors={errors} chosen={idea.benefits ?? []}
              options={BENEFITS.map((value) => ({ value, label: p.benefitNames[value] }))} />
            <CheckboxGroup ctx={ctx} field="beneficiaries" errors={errors} chosen={idea.beneficiaries ?? []}
              options={BENEFICIARIES.map((value) => ({ value, label: p.beneficiaryNames[value] }))} />
            <SelectField id="costClass" label={p.costClass} value={idea.costClass ?? ''} options={classOptions(p.costClasses)} />
            <SelectField id="impactClass" label={p.impactClass} value={idea.impactClass ?? ''} options={classOptions(p.impactClasses)} />
            <SelectField id="developmentModel" label={p.developmentModel} value={idea.developmentModel ?? ''}
              options={[{ value: '', label: t.evaluation.unknown }, ...DEVELOPMENT_MODELS.map((value) => ({ value, label: p.developmentModels[value] }))]} />
            <TextArea id="evaluationNote" label={t.evaluation.note} value={idea.evaluationNote ?? ''} maxLength={5000} />
            {may('idea.evaluate') && <div class="form-actions"><button type="submit">{t.evaluation.save}</button></div>}
          </fieldset>
        </form>
        <h3>{t.evaluation.similar}</h3>
        {similar.length === 0 ? <p>{t.evaluation.noSimilar}</p> : (
          <ul>
            {similar.map((project) => <li><a href={catalogUrls.project(m, ctx.lang, project.id)} lang={project.lang}>{project.title}</a></li>)}
          </ul>
        )}
      </section>

      {may('idea.manage') && (
        <section aria-labelledby="decision-heading">
          <h2 id="decision-heading">{t.decision.title}</h2>
          <form method="post" action={action('decide')}>
            <Hidden ctx={ctx} version={idea.version} />
            <SelectField id="decision" label={t.decision.decision} value={DECISIONS.find((decision) => decision === idea.state) ?? 'accepted'}
              options={DECISIONS.map((value) => ({ value, label: t.decision[value] }))} />
            <TextField id="decidedOn" type="date" label={t.decision.decidedOn} value={idea.decidedOn ?? ''} error={errorFor(errors, 'decidedOn')} required />
            <fieldset class="field-group" aria-describedby="reason-hint">
              <legend>{t.decision.reason}</legend>
              <p class="hint" id="reason-hint">{t.decision.reasonHint}</p>
              <div class="languages">
                {languageOrder(ctx).map((lang) => (
                  <TextArea id={`reason.${lang}`} label={`${t.decision.reason} (${t.languages[lang]})`} lang={lang} value={idea.decisionReason[lang] ?? ''}
                    error={errorFor(errors, `reason.${lang}`)} rows={3} maxLength={2000} />
                ))}
              </div>
            </fieldset>
            <SelectField id="section" label={t.decision.section} hint={t.decision.sectionHint} error={errorFor(errors, 'section')} value=""
              options={[{ value: '', label: t.evaluation.none }, ...(programme?.sections ?? []).map((section) => ({ value: String(section.position), label: `${section.position}. ${name(ctx, section.fields.name)}` }))]} />
            <div class="form-actions"><button type="submit">{t.decision.save}</button></div>
          </form>
        </section>
      )}

      {may('idea.personal_data') && idea.hasPersonalData && (
        <section aria-labelledby="personal-heading">
          <h2 id="personal-heading">{t.personal.title}</h2>
          <form method="post" action={action('erase')} class="inline-form">
            <CsrfField ctx={ctx} />
            <button type="submit">{t.personal.erase}</button>
          </form>
        </section>
      )}
    </StaffLayout>
  );
}
