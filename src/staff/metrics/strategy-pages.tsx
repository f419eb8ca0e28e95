/** The municipality's strategy spearheads and indicators in the workspace: the lists, and a form for one. */
import { pickText, type LocalizedText } from '../../domain/language.ts';
import { STRATEGY_THEME_KINDS, type StrategyThemeKind } from '../../domain/metrics.ts';
import type { StrategyThemeView } from '../../services/metrics/metrics.ts';
import type { EditConflict } from '../../services/editing/versioned.ts';
import { CsrfField, ErrorSummary, errorFor, Notice, TextField, type FieldError } from '../components/forms.tsx';
import { ConflictTable } from '../editing/conflict.tsx';
import { LocalizedInputs } from '../editing/fields.tsx';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { metricUrls } from './urls.ts';

export function StrategyPage({ ctx, themes, notice }: {
  ctx: StaffPageContext; themes: Record<StrategyThemeKind, StrategyThemeView[]>; notice?: string | undefined;
}) {
  const t = ctx.t.metrics.strategy;
  const m = ctx.municipality!.slug;
  return (
    <StaffLayout ctx={ctx} title={t.title} crumbs={[{ label: ctx.t.municipality.title, href: `/staff/${encodeURIComponent(m)}/` }, { label: t.title }]}>
      {notice && <Notice kind="success">{notice}</Notice>}
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {STRATEGY_THEME_KINDS.map((kind) => (
        <section aria-labelledby={`kind-${kind}`}>
          <h2 id={`kind-${kind}`}>{t.kinds[kind]}</h2>
          {themes[kind].length === 0 ? <p>{t.none}</p> : (
            <ul>
              {themes[kind].map((theme) => {
                const name = pickText(theme.name, ctx.lang, ctx.fallbacks);
                return <li><a href={metricUrls.strategyItem(m, kind, theme.id)}>{t.item[kind](theme.code)}</a> <span lang={name?.lang}>{name?.text ?? ''}</span></li>;
              })}
            </ul>
          )}
          <p><a href={metricUrls.strategyItem(m, kind)}>{t.add[kind]}</a></p>
        </section>
      ))}
    </StaffLayout>
  );
}

export function StrategyItemPage({ ctx, kind, theme, values, version, errors = [], conflict }: {
  ctx: StaffPageContext; kind: StrategyThemeKind; theme?: StrategyThemeView | undefined;
  values: { code: string; name: LocalizedText }; version?: number | undefined; errors?: FieldError[];
  conflict?: EditConflict<Record<string, unknown>> | undefined;
}) {
  const t = ctx.t.metrics.strategy;
  const m = ctx.municipality!.slug;
  const title = theme ? t.item[kind](theme.code) : t.add[kind];
  return (
    <StaffLayout ctx={ctx} title={title} crumbs={[
      { label: ctx.t.municipality.title, href: `/staff/${encodeURIComponent(m)}/` }, { label: t.title, href: metricUrls.strategy(m) }, { label: title },
    ]}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{title}</h1>
      {conflict && <ConflictTable ctx={ctx} conflict={conflict} />}
      <form method="post" action={metricUrls.strategyItem(m, kind, theme?.id)} novalidate>
        <CsrfField ctx={ctx} />
        {version !== undefined && <input type="hidden" name="version" value={String(version)} />}
        <TextField id="code" label={t.code} value={values.code} error={errorFor(errors, 'code')} maxLength={20} />
        <LocalizedInputs ctx={ctx} field="name" value={values.name} errors={errors} />
        <button type="submit">{t.save}</button>
      </form>
    </StaffLayout>
  );
}
