/** A programme's goals, each with its benefits, the strategy spearheads it supports and its result metrics; then the competences. */
import { pickText, LANGUAGES, type Lang } from '../../domain/language.ts';
import { resultsSiteMessages } from '../../i18n/site/results.ts';
import type { MetricView, ProgrammeResults } from '../../services/metrics/metrics.ts';
import type { MunicipalityView, ProgrammeOverview } from '../../services/views.ts';
import { programmeTrail } from '../components/breadcrumbs.tsx';
import type { Alternate } from '../components/language-switcher.tsx';
import { Localized } from '../components/localized-text.tsx';
import type { PageContext } from '../context.ts';
import { Layout } from '../layout.tsx';
import { programmeName } from '../names.ts';
import { resultsUrls } from './urls.ts';

/** The latest value with its unit, or a note that there is none yet. */
export function latestValue(ctx: PageContext, metric: MetricView): string {
  const t = resultsSiteMessages(ctx.lang);
  const last = metric.values.at(-1);
  if (!last) return t.noValue;
  const unit = pickText(metric.unit, ctx.lang, ctx.fallbacks)?.text;
  return `${t.number(last.value)}${unit ? ` ${unit}` : ''} (${last.period})`;
}

function firstList(ctx: PageContext, value: Partial<Record<Lang, string[]>>): { items: string[]; lang: Lang } | null {
  for (const lang of [ctx.lang, ...ctx.fallbacks, ...LANGUAGES]) {
    const items = value[lang];
    if (items && items.length > 0) return { items, lang };
  }
  return null;
}

export function GoalsPage({ ctx, municipality, programme, results, alternates }: {
  ctx: PageContext;
  municipality: MunicipalityView;
  programme: ProgrammeOverview;
  results: ProgrammeResults;
  alternates: Alternate[];
}) {
  const t = resultsSiteMessages(ctx.lang);
  const m = municipality.slug;
  return (
    <Layout ctx={ctx} title={`${t.title} – ${programmeName(ctx, programme).text}`} municipality={municipality} alternates={alternates}
      crumbs={[...programmeTrail(ctx, municipality, programme), { label: t.title }]}>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {results.goals.map((goal) => (
        <section class="goal" aria-labelledby={`goal-${goal.code}`}>
          <h2 id={`goal-${goal.code}`}>
            {t.goal(goal.code)}: <Localized ctx={ctx} value={goal.name} />
          </h2>
          {pickText(goal.description, ctx.lang, ctx.fallbacks) && <p><Localized ctx={ctx} value={goal.description} /></p>}
          {(goal.benefits.length > 0 || goal.spearheads.length > 0) && (
            <dl class="facts">
              {goal.benefits.length > 0 && (
                <div>
                  <dt>{t.benefits}</dt>
                  <dd>{ctx.t.perspectives.list(goal.benefits.map((benefit) => ctx.t.perspectives.benefitNames[benefit]))}</dd>
                </div>
              )}
              {goal.spearheads.length > 0 && (
                <div>
                  <dt>{t.spearheads}</dt>
                  <dd>
                    <ul>
                      {goal.spearheads.map((theme) => <li><Localized ctx={ctx} value={theme.name} /></li>)}
                    </ul>
                  </dd>
                </div>
              )}
            </dl>
          )}
          <h3>{t.metrics}</h3>
          {goal.metrics.length === 0 ? <p>{t.noMetrics}</p> : (
            <div class="table-scroll" role="region" aria-labelledby={`metrics-${goal.code}`} tabindex={0}>
            <table class="metric-table">
              <caption class="visually-hidden" id={`metrics-${goal.code}`}>{`${t.metrics}: ${t.goal(goal.code)}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.metricColumn}</th>
                  <th scope="col">{t.sourceColumn}</th>
                  <th scope="col">{t.latestColumn}</th>
                </tr>
              </thead>
              <tbody>
                {goal.metrics.map((metric) => (
                  <tr>
                    <th scope="row">
                      <a href={resultsUrls.metric(m, ctx.lang, programme.slug, metric.code)}>
                        {metric.code} <Localized ctx={ctx} value={metric.name} />
                      </a>
                    </th>
                    <td><Localized ctx={ctx} value={metric.source} /></td>
                    <td>{latestValue(ctx, metric)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          )}
        </section>
      ))}
      {results.competences.length > 0 && (
        <section aria-labelledby="competences-heading">
          <h2 id="competences-heading">{t.competences}</h2>
          <p>{t.competencesIntro}</p>
          <ul>
            {results.competences.map((competence) => {
              const examples = firstList(ctx, competence.exampleMetrics);
              return (
                <li>
                  <strong>{competence.code}</strong> <Localized ctx={ctx} value={competence.name} />
                  {pickText(competence.description, ctx.lang, ctx.fallbacks) && <p><Localized ctx={ctx} value={competence.description} /></p>}
                  {examples && (
                    <>
                      <p>{t.exampleMetrics}:</p>
                      <ul lang={examples.lang === ctx.lang ? undefined : examples.lang}>
                        {examples.items.map((item) => <li>{item}</li>)}
                      </ul>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <p><a href={resultsUrls.api(m, programme.slug)}>{t.openData}</a> · <a href={resultsUrls.api(m, programme.slug, 'csv')}>{t.openDataCsv}</a></p>
    </Layout>
  );
}
