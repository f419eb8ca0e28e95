/**
 * One result metric: what it measures and from where, its values as a chart with the same data as a
 * table, the trend since the first value, and an honest empty state until values are entered.
 */
import { pickText } from '../../domain/language.ts';
import { trendOf } from '../../domain/metrics.ts';
import { resultsSiteMessages } from '../../i18n/site/results.ts';
import type { MetricView, ProgrammeGoalView } from '../../services/metrics/metrics.ts';
import type { MunicipalityView, ProgrammeOverview } from '../../services/views.ts';
import { programmeTrail } from '../components/breadcrumbs.tsx';
import type { Alternate } from '../components/language-switcher.tsx';
import { Localized } from '../components/localized-text.tsx';
import type { PageContext } from '../context.ts';
import { Layout } from '../layout.tsx';
import { programmeName } from '../names.ts';
import { MetricChart } from './metric-chart.tsx';
import { resultsUrls } from './urls.ts';

export function MetricPage({ ctx, municipality, programme, metric, goal, alternates }: {
  ctx: PageContext;
  municipality: MunicipalityView;
  programme: ProgrammeOverview;
  metric: MetricView;
  goal: ProgrammeGoalView | undefined;
  alternates: Alternate[];
}) {
  const t = resultsSiteMessages(ctx.lang);
  const m = municipality.slug;
  const name = pickText(metric.name, ctx.lang, ctx.fallbacks)?.text ?? t.metricTitle(metric.code);
  const unit = pickText(metric.unit, ctx.lang, ctx.fallbacks)?.text;
  const withUnit = (n: number) => `${t.number(n)}${unit ? ` ${unit}` : ''}`;
  const trend = trendOf(metric.direction, metric.values);
  const values = metric.values;
  const numbers = values.map((value) => value.value);
  return (
    <Layout ctx={ctx} title={`${t.metricTitle(metric.code)}: ${name} – ${programmeName(ctx, programme).text}`} municipality={municipality} alternates={alternates}
      crumbs={[...programmeTrail(ctx, municipality, programme), { label: t.title, href: resultsUrls.goals(m, ctx.lang, programme.slug) }, { label: t.metricTitle(metric.code) }]}>
      <h1>
        {t.metricTitle(metric.code)}: <Localized ctx={ctx} value={metric.name} />
      </h1>
      <dl class="facts">
        <div>
          <dt>{t.goalOf}</dt>
          <dd>
            <a href={`${resultsUrls.goals(m, ctx.lang, programme.slug)}#goal-${metric.goal.code}`}>
              {t.goal(metric.goal.code)}{goal && <>: <Localized ctx={ctx} value={goal.name} /></>}
            </a>
          </dd>
        </div>
        <div>
          <dt>{t.source}</dt>
          <dd><Localized ctx={ctx} value={metric.source} empty="–" /></dd>
        </div>
        {unit && (
          <div>
            <dt>{t.unit}</dt>
            <dd><Localized ctx={ctx} value={metric.unit} /></dd>
          </div>
        )}
        <div>
          <dt>{t.direction}</dt>
          <dd>{t.directions[metric.direction]}</dd>
        </div>
        {pickText(metric.target, ctx.lang, ctx.fallbacks) && (
          <div>
            <dt>{t.target}</dt>
            <dd><Localized ctx={ctx} value={metric.target} /></dd>
          </div>
        )}
      </dl>
      <h2>{t.valuesTitle}</h2>
      {values.length === 0 ? (
        <div class="empty-state">
          <h3>{t.emptyTitle}</h3>
          <p>{t.empty}</p>
          <p>{t.emptyHow}</p>
        </div>
      ) : (
        <>
          {trend && (
            <p>
              {t.trend(withUnit(trend.from.value), withUnit(trend.to.value), `${trend.change > 0 ? '+' : ''}${t.number(trend.change)}`, trend.from.period, trend.to.period)}
              {trend.better !== null && <> {trend.better ? t.better : t.worse}</>}
            </p>
          )}
          <div class="metric-values">
            <figure>
              <MetricChart id="metric-chart" title={t.chartTitle(name)} format={t.number} values={values}
                desc={t.chartDesc(values.length, values[0]!.period, values.at(-1)!.period, withUnit(Math.min(...numbers)), withUnit(Math.max(...numbers)))} />
            </figure>
            <div class="table-scroll" role="region" aria-labelledby="metric-values-caption" tabindex={0}>
            <table class="metric-table">
              <caption id="metric-values-caption">{t.tableCaption(name)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.period}</th>
                  <th scope="col">{t.value}{unit ? ` (${unit})` : ''}</th>
                  <th scope="col">{t.valueSource}</th>
                  <th scope="col">{t.note}</th>
                </tr>
              </thead>
              <tbody>
                {values.map((value) => (
                  <tr>
                    <th scope="row">{value.period}</th>
                    <td class="number">
                      {t.number(value.value)}
                      {value.revised && value.earlier[0] && <span class="revised">{t.revised(t.number(value.earlier[0].value))}</span>}
                    </td>
                    <td>{value.source ?? ''}</td>
                    <td>{value.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          </div>
        </>
      )}
      <p><a href={resultsUrls.api(m, programme.slug)}>{t.openData}</a> · <a href={resultsUrls.api(m, programme.slug, 'csv')}>{t.openDataCsv}</a></p>
    </Layout>
  );
}
