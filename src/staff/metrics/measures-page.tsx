/** An action's impact metric and checkpoints in the workspace: the choice of indicator, each checkpoint's form, and a new one. */
import { pickText } from '../../domain/language.ts';
import type { ActionMeasures } from '../../services/metrics/action-measures.ts';
import type { EditableAction } from '../../services/editing/actions.ts';
import type { StrategyThemeView } from '../../services/metrics/metrics.ts';
import { CsrfField, ErrorSummary, errorFor, Notice, SelectField, TextField, type FieldError } from '../components/forms.tsx';
import { editingUrls } from '../editing/urls.ts';
import { languageOrder } from '../editing/fields.tsx';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { metricUrls } from './urls.ts';

export interface CheckpointForm {
  /** The checkpoint the form edits; absent for a new one. */
  id?: string | undefined;
  version?: number | undefined;
  dueOn: string;
  target: Record<string, string>;
  met: 'unknown' | 'yes' | 'no';
}

const metOf = (met: boolean | null): CheckpointForm['met'] => (met === null ? 'unknown' : met ? 'yes' : 'no');

export function MeasuresPage({ ctx, action, measures, indicators, sent, editId, errors = [], notice, conflict }: {
  ctx: StaffPageContext; action: EditableAction; measures: ActionMeasures; indicators: StrategyThemeView[];
  /** A refused checkpoint form, shown again with what was typed. */
  sent?: CheckpointForm | undefined; editId?: string | undefined; errors?: FieldError[]; notice?: string | undefined; conflict?: boolean;
}) {
  const t = ctx.t.metrics.measures;
  const m = ctx.municipality!.slug;
  const title = t.title(action.ref);
  const editing = measures.checkpoints.find((checkpoint) => checkpoint.id === (sent?.id ?? editId));
  const form: CheckpointForm = sent ?? (editing
    ? { id: editing.id, version: editing.version, dueOn: editing.dueOn, target: editing.target as Record<string, string>, met: metOf(editing.met) }
    : { dueOn: '', target: {}, met: 'unknown' });
  const formTitle = form.id ? t.editCheckpoint(form.dueOn) : t.addCheckpoint;
  return (
    <StaffLayout ctx={ctx} title={title} crumbs={[
      { label: ctx.t.municipality.title, href: `/staff/${encodeURIComponent(m)}/` },
      { label: ctx.t.editing.list.title, href: editingUrls.actions(m, action.programmeSlug) },
      { label: action.ref, href: editingUrls.action(m, action.id) }, { label: t.link },
    ]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice && <Notice kind="success">{notice}</Notice>}
      {conflict && <Notice kind="error">{t.conflict}</Notice>}
      <h1>{title}</h1>
      <h2>{t.impact}</h2>
      {indicators.length === 0 ? (
        <p>{t.noIndicators} <a href={metricUrls.strategy(m)}>{ctx.t.metrics.strategy.title}</a></p>
      ) : (
        <form method="post" action={`${metricUrls.measures(m, action.id)}`} novalidate>
          <CsrfField ctx={ctx} />
          {measures.impact && <input type="hidden" name="version" value={String(measures.impact.version)} />}
          <SelectField id="indicatorId" label={t.impact} hint={t.impactHint} value={measures.impact?.indicator.id ?? ''} error={errorFor(errors, 'indicatorId')}
            options={[{ value: '', label: t.noImpact }, ...indicators.map((indicator) => ({
              value: indicator.id, label: `${indicator.code} ${pickText(indicator.name, ctx.lang, ctx.fallbacks)?.text ?? ''}`,
            }))]} />
          <button type="submit">{t.saveImpact}</button>
        </form>
      )}
      <h2>{t.checkpoints}</h2>
      {measures.checkpoints.length === 0 && <p>{t.noCheckpoints}</p>}
      {measures.checkpoints.length > 0 && (
        <div class="table-scroll">
          <table class="data-table">
            <thead><tr><th scope="col">{t.dueOn}</th><th scope="col">{t.target}</th><th scope="col">{t.met}</th></tr></thead>
            <tbody>
              {measures.checkpoints.map((checkpoint) => {
                const target = pickText(checkpoint.target, ctx.lang, ctx.fallbacks);
                return (
                  <tr>
                    <th scope="row"><a href={`${metricUrls.measures(m, action.id)}?checkpoint=${checkpoint.id}#checkpoint-form`} aria-label={t.editCheckpoint(checkpoint.dueOn)}>{checkpoint.dueOn}</a></th>
                    <td lang={target?.lang}>{target?.text ?? ''}</td>
                    <td>{t.metOptions[metOf(checkpoint.met)]}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <h3 id="checkpoint-form">{formTitle}</h3>
      <form method="post" action={metricUrls.checkpoint(m, action.id, form.id)} novalidate>
        <CsrfField ctx={ctx} />
        {form.version !== undefined && <input type="hidden" name="version" value={String(form.version)} />}
        <TextField id="dueOn" label={t.dueOn} hint={t.dueOnHint} value={form.dueOn} error={errorFor(errors, 'dueOn')} maxLength={10} />
        <fieldset id="target" class={errorFor(errors, 'target') ? 'field-group field-error' : 'field-group'}>
          <legend>{t.target}</legend>
          {errorFor(errors, 'target') && <p class="field-message">{errorFor(errors, 'target')}</p>}
          <div class="languages">
            {languageOrder(ctx).map((lang) => (
              <TextField id={`target.${lang}`} lang={lang} label={`${t.target} ${ctx.t.editing.languageNames[lang]}`} value={form.target[lang] ?? ''}
                error={errorFor(errors, `target.${lang}`)} maxLength={1000} />
            ))}
          </div>
        </fieldset>
        <SelectField id="met" label={t.met} value={form.met} error={errorFor(errors, 'met')}
          options={(['unknown', 'yes', 'no'] as const).map((value) => ({ value, label: t.metOptions[value] }))} />
        <button type="submit">{form.id ? t.saveCheckpoint : t.addCheckpoint}</button>
      </form>
      <p><a href={editingUrls.action(m, action.id)}>{t.back}</a></p>
    </StaffLayout>
  );
}
