/**
 * The workspace's metric pages: the programme's metrics with their latest values, one metric with
 * every value (who entered it, its earlier versions) and the form to enter or revise one, and the
 * CSV import with its preview.
 */
import { pickText } from '../../domain/language.ts';
import type { ImportResult } from '../../services/metrics/metric-values.ts';
import type { MetricView, MetricValueView } from '../../services/metrics/metrics.ts';
import type { ProgrammeSummary } from '../../services/views.ts';
import { resultsUrls } from '../../site/results/urls.ts';
import { CsrfField, ErrorSummary, errorFor, Notice, TextArea, TextField, type FieldError } from '../components/forms.tsx';
import { formatWhen } from '../editing/format.ts';
import { programmeTitle } from '../editing/list-page.tsx';
import { editingUrls } from '../editing/urls.ts';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { metricUrls } from './urls.ts';

const number = (ctx: StaffPageContext, value: number) => new Intl.NumberFormat(ctx.lang === 'en' ? 'en-GB' : `${ctx.lang}-FI`).format(value);
const metricName = (ctx: StaffPageContext, metric: MetricView) => pickText(metric.name, ctx.lang, ctx.fallbacks);

function crumbs(ctx: StaffPageContext, programme: ProgrammeSummary, last?: string) {
  const m = ctx.municipality!.slug;
  return [
    { label: ctx.t.municipality.title, href: `/staff/${encodeURIComponent(m)}/` },
    { label: programmeTitle(ctx, programme), href: editingUrls.actions(m, programme.slug) },
    { label: ctx.t.metrics.title, ...(last ? { href: metricUrls.list(m, programme.slug) } : {}) },
    ...(last ? [{ label: last }] : []),
  ];
}

export function MetricListPage({ ctx, programme, metrics }: { ctx: StaffPageContext; programme: ProgrammeSummary; metrics: MetricView[] }) {
  const t = ctx.t.metrics;
  const m = ctx.municipality!.slug;
  const title = `${t.title}: ${programmeTitle(ctx, programme)}`;
  return (
    <StaffLayout ctx={ctx} title={title} crumbs={crumbs(ctx, programme)}>
      <h1>{title}</h1>
      <p>{t.intro}</p>
      <ul class="inline-list">
        <li><a href={metricUrls.import(m, programme.slug)}>{t.importLink}</a></li>
        <li><a href={editingUrls.structure(m, programme.slug)}>{ctx.t.editing.list.structure}</a></li>
        <li><a href={metricUrls.strategy(m)}>{t.strategy.title}</a></li>
        <li><a href={resultsUrls.goals(m, ctx.lang, programme.slug)}>{t.publicPage}</a></li>
      </ul>
      {metrics.length === 0 ? <p>{t.none}</p> : (
        <div class="table-scroll">
          <table class="data-table">
            <thead>
              <tr><th scope="col">{t.metric}</th><th scope="col">{t.values}</th><th scope="col">{t.latest}</th></tr>
            </thead>
            <tbody>
              {metrics.map((metric) => {
                const name = metricName(ctx, metric);
                const last = metric.values.at(-1);
                return (
                  <tr>
                    <td><a href={metricUrls.metric(m, programme.slug, metric.code)}>{metric.code}</a> <span lang={name?.lang}>{name?.text ?? ''}</span></td>
                    <td>{metric.values.length}</td>
                    <td>{last ? `${number(ctx, last.value)} (${last.period})` : '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </StaffLayout>
  );
}

export interface ValueFormValues {
  period: string;
  value: string;
  source: string;
  note: string;
  /** Set when the form revises an existing value: the version it was opened at. */
  version?: number | undefined;
}

export function MetricValuesPage({ ctx, programme, metric, people, values, errors = [], notice, conflict }: {
  ctx: StaffPageContext; programme: ProgrammeSummary; metric: MetricView; people: ReadonlyMap<string, string>;
  values: ValueFormValues; errors?: FieldError[]; notice?: string | undefined; conflict?: boolean;
}) {
  const t = ctx.t.metrics;
  const m = ctx.municipality!.slug;
  const name = metricName(ctx, metric);
  const title = `${t.metricTitle(metric.code)}: ${name?.text ?? ''}`;
  const who = (actor: string) => (actor.startsWith('user:') ? people.get(actor.slice(5)) ?? t.unknownPerson : actor);
  const earlier = (value: MetricValueView) => value.earlier.map((before) =>
    t.revisedFrom(number(ctx, before.value), who(before.enteredBy), formatWhen(ctx.lang, before.enteredAt)));
  const formTitle = values.version !== undefined ? t.editTitle(values.period) : t.enterTitle;
  return (
    <StaffLayout ctx={ctx} title={title} crumbs={crumbs(ctx, programme, t.metricTitle(metric.code))}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice && <Notice kind="success">{notice}</Notice>}
      {conflict && <Notice kind="error">{t.conflict}</Notice>}
      <h1>{t.metricTitle(metric.code)}: <span lang={name?.lang}>{name?.text ?? ''}</span></h1>
      <p><a href={resultsUrls.metric(m, ctx.lang, programme.slug, metric.code)}>{t.publicPage}</a></p>
      <h2>{t.valuesTitle}</h2>
      {metric.values.length === 0 ? <p>{t.noValues}</p> : (
        <div class="table-scroll">
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t.period}</th><th scope="col">{t.value}</th><th scope="col">{t.source}</th>
                <th scope="col">{t.note}</th><th scope="col">{t.entered}</th>
              </tr>
            </thead>
            <tbody>
              {metric.values.map((value) => (
                <tr>
                  <th scope="row">
                    <a href={`${metricUrls.metric(m, programme.slug, metric.code)}?period=${encodeURIComponent(value.period)}#value-form`} aria-label={t.edit(value.period)}>{value.period}</a>
                  </th>
                  <td>
                    {number(ctx, value.value)}
                    {earlier(value).map((line) => <span class="revised">{line}</span>)}
                  </td>
                  <td>{value.source ?? ''}</td>
                  <td>{value.note ?? ''}</td>
                  <td>{who(value.enteredBy)}, {formatWhen(ctx.lang, value.enteredAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 id="value-form">{formTitle}</h2>
      <form method="post" action={metricUrls.metric(m, programme.slug, metric.code)} novalidate>
        <CsrfField ctx={ctx} />
        {values.version !== undefined && <input type="hidden" name="version" value={String(values.version)} />}
        <TextField id="period" label={t.period} hint={t.periodHint} value={values.period} error={errorFor(errors, 'period')} maxLength={10} />
        <TextField id="value" label={t.value} hint={t.valueHint} value={values.value} inputMode="decimal" error={errorFor(errors, 'value')} maxLength={40} />
        <TextField id="source" label={t.source} value={values.source} error={errorFor(errors, 'source')} maxLength={500} />
        <TextArea id="note" label={t.note} value={values.note} error={errorFor(errors, 'note')} rows={2} maxLength={2000} />
        <button type="submit">{t.save}</button>
      </form>
    </StaffLayout>
  );
}

export function ImportPage({ ctx, programme, text, result, missing, empty, done }: {
  ctx: StaffPageContext; programme: ProgrammeSummary; text: string; result?: ImportResult | undefined;
  missing?: string[] | undefined; empty?: boolean; done?: ImportResult | undefined;
}) {
  const t = ctx.t.metrics.import;
  const m = ctx.municipality!.slug;
  const columnName = (column: string) => t.columns[column] ?? column;
  const errors: FieldError[] = [
    ...(empty ? [{ field: 'csv', message: t.empty }] : []),
    ...(missing && missing.length > 0 ? [{ field: 'csv', message: t.missingColumns(missing.map(columnName).join(', ')) }] : []),
    ...(result?.rows ?? []).flatMap((row) => row.problems.map((problem) => ({
      field: `line-${row.line}`, message: t.rowProblem(row.line, columnName(problem.field), t.problems[problem.problem] ?? problem.problem),
    }))),
  ];
  return (
    <StaffLayout ctx={ctx} title={t.title} crumbs={crumbs(ctx, programme, t.title)}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {done && <Notice kind="success">{done.written ? t.done(done.counts) : t.nothing}</Notice>}
      {result && !result.ok && <Notice kind="error">{t.refused}</Notice>}
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <form method="post" action={metricUrls.import(m, programme.slug)} enctype="multipart/form-data" novalidate>
        <CsrfField ctx={ctx} />
        <TextArea id="csv" label={t.text} value={text} rows={8} error={errorFor(errors, 'csv')} />
        <div class="field">
          <label for="file">{t.file}</label>
          <input id="file" name="file" type="file" accept=".csv,text/csv,text/plain" />
        </div>
        <button type="submit" name="step" value="preview">{t.preview}</button>
      </form>
      {result && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t.previewTitle}</h2>
          <p>{t.counts(result.counts)}</p>
          <div class="table-scroll">
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">{t.line}</th><th scope="col">{ctx.t.metrics.metric}</th><th scope="col">{ctx.t.metrics.period}</th>
                  <th scope="col">{ctx.t.metrics.value}</th><th scope="col">{ctx.t.metrics.source}</th><th scope="col">{t.outcome}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((row) => (
                  <tr id={`line-${row.line}`} tabindex={-1} class={row.problems.length > 0 ? 'row-error' : undefined}>
                    <th scope="row">{row.line}</th>
                    <td>{row.input.metric}</td>
                    <td>{row.input.period}</td>
                    <td>{row.input.value}</td>
                    <td>{row.input.source ?? ''}</td>
                    <td>
                      {row.problems.length > 0
                        ? row.problems.map((problem) => <span class="field-message">{`${columnName(problem.field)} ${t.problems[problem.problem] ?? problem.problem}`}</span>)
                        : row.outcome === 'revised' && row.previous !== undefined ? t.revises(number(ctx, row.previous)) : row.outcome ? t.outcomes[row.outcome] : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.ok && result.counts.added + result.counts.revised > 0 && (
            <form method="post" action={metricUrls.import(m, programme.slug)} enctype="multipart/form-data">
              <CsrfField ctx={ctx} />
              <input type="hidden" name="csv" value={text} />
              <button type="submit" name="step" value="apply">{t.apply}</button>
            </form>
          )}
        </section>
      )}
    </StaffLayout>
  );
}
