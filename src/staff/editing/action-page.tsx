/**
 * An action's page in the workspace: its form with every field, each text in three languages side by
 * side and the perspectives' definitions as hints; above it the errors or, after a refused save, both
 * versions side by side; below it the staff's comments.
 */
import { BENEFICIARIES, BENEFITS, DEVELOPMENT_MODELS, LEVELS, SIZE_CLASSES } from '../../domain/action.ts';
import { pickText } from '../../domain/language.ts';
import type { ActionFields, EditableAction } from '../../services/editing/actions.ts';
import type { CommentView } from '../../services/editing/comments.ts';
import type { StructureItem } from '../../services/editing/structure.ts';
import type { EditConflict } from '../../services/editing/versioned.ts';
import { siteUrls } from '../../site/urls.ts';
import { CsrfField, ErrorSummary, errorFor, Notice, SelectField, TextArea, TextField, type FieldError } from '../components/forms.tsx';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { ConflictTable } from './conflict.tsx';
import { fieldLabel, formatWhen, type Lookups } from './format.ts';
import { CheckboxGroup, LocalizedInputs } from './fields.tsx';
import { editingUrls } from './urls.ts';
import { metricUrls } from '../metrics/urls.ts';

export interface ActionFormData {
  programme: { slug: string; periodStart: number; periodEnd: number; goals: StructureItem[]; competences: StructureItem[]; sections: StructureItem[] };
  members: { id: string; displayName: string }[];
  lookups: Lookups;
}

export interface ActionPageProps {
  ctx: StaffPageContext;
  data: ActionFormData;
  /** Absent: the form of a new action. */
  action?: EditableAction;
  /** What the form shows: the saved fields, or what was sent. */
  values: ActionFields;
  /** The version the form carries. */
  version?: number;
  /** The section of a new action. */
  section?: number | undefined;
  errors?: FieldError[];
  conflict?: EditConflict<ActionFields>;
  notice?: string | undefined;
  comments?: CommentView[];
  commentErrors?: FieldError[];
  /** `manage`: the coordinator's part: archiving and (re)assigning the owner. */
  may: { edit: boolean; manage: boolean; comment: boolean };
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>, none: string) =>
  [{ value: '', label: none }, ...values.map((value) => ({ value, label: labels[value] }))];

function ActionForm(props: ActionPageProps) {
  const { ctx, data, action, values } = props;
  const t = ctx.t.editing;
  const p = ctx.site.perspectives;
  const m = ctx.municipality!.slug;
  const errors = props.errors ?? [];
  const disabled = !props.may.edit;
  const years = [...new Set([...Array.from({ length: data.programme.periodEnd - data.programme.periodStart + 1 }, (_, i) => data.programme.periodStart + i), ...values.years])].sort();
  const itemOptions = (items: StructureItem[]) => [{ value: '', label: t.notClassified },
    ...items.map((item) => ({ value: item.id, label: `${String(item.fields.code)} ${pickText(item.fields.name, ctx.lang, ctx.fallbacks)?.text ?? ''}`.trim() }))];
  const select = (field: keyof ActionFields, choices: { value: string; label: string }[], hint?: string) => (
    <SelectField id={field} label={fieldLabel(ctx, field)} hint={hint} value={(values[field] as string | null) ?? ''} options={choices} error={errorFor(errors, field)} />
  );
  return (
    <form method="post" action={action ? editingUrls.action(m, action.id) : editingUrls.newAction(m, data.programme.slug)} data-warn-unsaved novalidate>
      <CsrfField ctx={ctx} />
      {action && <input type="hidden" name="version" value={String(props.version ?? action.version)} />}
      <fieldset class="form-section" disabled={disabled}>
        <legend><h2>{t.form.basics}</h2></legend>
        {!action && (
          <SelectField id="section" label={fieldLabel(ctx, 'section')} value={String(props.section ?? '')} error={errorFor(errors, 'section')}
            options={data.programme.sections.map((section) => ({
              value: String(section.position),
              label: `${section.position} ${pickText(section.fields.name, ctx.lang, ctx.fallbacks)?.text ?? ''}`.trim(),
            }))} />
        )}
        <LocalizedInputs ctx={ctx} field="name" value={values.name} errors={errors} multiline />
        <CheckboxGroup ctx={ctx} field="years" options={years.map((year) => ({ value: year, label: String(year) }))} chosen={values.years} errors={errors} />
        <LocalizedInputs ctx={ctx} field="sector" value={values.sector} errors={errors} />
      </fieldset>
      <fieldset class="form-section" disabled={disabled}>
        <legend><h2>{t.form.responsibility}</h2></legend>
        {props.may.manage ? (
          <>
            {select('ownerUserId', [{ value: '', label: t.noOwner }, ...data.members.map((member) => ({ value: member.id, label: member.displayName }))], t.hints.ownerUserId)}
            <TextField id="ownerName" label={fieldLabel(ctx, 'ownerName')} hint={t.hints.ownerName} value={values.ownerName ?? ''} error={errorFor(errors, 'ownerName')} maxLength={200} />
          </>
        ) : (
          <p>
            <input type="hidden" name="ownerUserId" value={values.ownerUserId ?? ''} />
            <input type="hidden" name="ownerName" value={values.ownerName ?? ''} />
            {t.form.owner(values.ownerUserId ? data.lookups.people.get(values.ownerUserId) ?? t.history.unknownPerson : values.ownerName ?? '–')}
          </p>
        )}
        <TextArea id="partnerMunicipalities" label={fieldLabel(ctx, 'partnerMunicipalities')} hint={t.hints.partnerMunicipalities}
          value={values.partnerMunicipalities.join('\n')} error={errorFor(errors, 'partnerMunicipalities')} rows={3} />
        <div class={errorFor(errors, 'coFunded') ? 'field field-error' : 'field'}>
          <label class="checkbox">
            <input type="checkbox" id="coFunded" name="coFunded" value="on" checked={values.coFunded} />
            {fieldLabel(ctx, 'coFunded')}
          </label>
        </div>
        <LocalizedInputs ctx={ctx} field="coFundedPart" value={values.coFundedPart} errors={errors} hint={t.hints.coFundedPart} />
      </fieldset>
      <fieldset class="form-section" disabled={disabled}>
        <legend><h2>{t.form.perspectives}</h2></legend>
        {select('goalId', itemOptions(data.programme.goals), t.hints.goalId)}
        {select('competenceId', itemOptions(data.programme.competences))}
        {select('level', options(LEVELS, p.levels, t.notClassified), t.hints.level)}
        {select('statutory', [{ value: '', label: t.notClassified }, { value: 'yes', label: t.yes }, { value: 'no', label: t.no }], t.hints.statutory)}
        <CheckboxGroup ctx={ctx} field="benefits" hint={t.hints.benefits} errors={errors} chosen={values.benefits ?? []}
          options={BENEFITS.map((value) => ({ value, label: p.benefitNames[value] }))} />
        <CheckboxGroup ctx={ctx} field="beneficiaries" hint={t.hints.beneficiaries} errors={errors} chosen={values.beneficiaries ?? []}
          options={BENEFICIARIES.map((value) => ({ value, label: p.beneficiaryNames[value] }))} />
        {select('costClass', options(SIZE_CLASSES, p.costClasses, t.notClassified), t.hints.costClass)}
        {select('impactClass', options(SIZE_CLASSES, p.impactClasses, t.notClassified), t.hints.impactClass)}
        {select('developmentModel', options(DEVELOPMENT_MODELS, p.developmentModels, t.notClassified), t.hints.developmentModel)}
      </fieldset>
      {props.may.edit && <button type="submit">{action ? t.form.save : t.form.create}</button>}
    </form>
  );
}

function Comments({ ctx, action, comments, errors, may }: { ctx: StaffPageContext; action: EditableAction; comments: CommentView[]; errors: FieldError[]; may: boolean }) {
  const t = ctx.t.editing.comments;
  return (
    <section id="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">{t.title}</h2>
      {comments.length === 0 ? <p>{t.none}</p> : (
        <ol class="comments">
          {comments.map((comment) => (
            <li>
              <p class="comment-meta">{t.by(comment.authorName ?? ctx.t.editing.history.unknownPerson, formatWhen(ctx.lang, comment.createdAt))}</p>
              <p class="comment-body">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {may && (
        <form method="post" action={editingUrls.comments(ctx.municipality!.slug, action.id)}>
          <CsrfField ctx={ctx} />
          <TextArea id="body" label={t.add} error={errorFor(errors, 'body')} rows={3} maxLength={4000} />
          <button type="submit">{t.submit}</button>
        </form>
      )}
    </section>
  );
}

export function ActionPage(props: ActionPageProps) {
  const { ctx, action, data } = props;
  const t = ctx.t.editing;
  const m = ctx.municipality!.slug;
  const title = action ? t.form.editTitle(action.ref) : t.form.newTitle;
  const name = action ? pickText(action.fields.name, ctx.lang, ctx.fallbacks) : null;
  const crumbs = [
    { label: ctx.t.municipality.title, href: `/staff/${encodeURIComponent(m)}/` },
    { label: t.list.title, href: editingUrls.actions(m, data.programme.slug) },
    { label: title },
  ];
  return (
    <StaffLayout ctx={ctx} title={title} crumbs={crumbs}>
      <ErrorSummary ctx={ctx} errors={[...(props.errors ?? []), ...(props.commentErrors ?? [])]} />
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <h1>
        {title}
        {name && <span class="subtitle" lang={name.lang}>{name.text}</span>}
      </h1>
      {action && (
        <p class="action-meta">
          {t.form.version(action.version)} · {formatWhen(ctx.lang, action.updatedAt)} · <a href={editingUrls.history(m, action.id)}>{t.form.history}</a> · <a href={metricUrls.measures(m, action.id)}>{ctx.t.metrics.measures.link}</a>
          {!action.archivedAt && <> · <a href={siteUrls.action(m, ctx.lang, data.programme.slug, action.ref)}>{t.form.publicPage}</a></>}
        </p>
      )}
      {action?.archivedAt && <Notice>{t.form.archivedNotice}</Notice>}
      {props.conflict && <ConflictTable ctx={ctx} conflict={props.conflict} lookups={data.lookups} />}
      {!props.may.edit && <p>{t.form.readOnly}</p>}
      <ActionForm {...props} />
      {action && props.may.manage && (
        <form method="post" action={editingUrls.archive(m, action.id)} class="secondary-form">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="version" value={String(action.version)} />
          <input type="hidden" name="archived" value={action.archivedAt ? 'no' : 'yes'} />
          <button type="submit" class="secondary">{action.archivedAt ? t.form.unarchive : t.form.archive}</button>
        </form>
      )}
      {action && <Comments ctx={ctx} action={action} comments={props.comments ?? []} errors={props.commentErrors ?? []} may={props.may.comment} />}
    </StaffLayout>
  );
}
