/** A programme at a glance: period, goals, sections, the latest round's states, rounds and where to go next. */
import { roadmapSiteMessages } from '../../i18n/site/roadmap.ts';
import { roadmapUrls } from '../roadmap/urls.ts';
import type { GoalView, MunicipalityView, ProgrammeOverview } from '../../services/views.ts';
import { formatNumber } from '../../i18n/site/format.ts';
import type { PageContext } from '../context.ts';
import { DateText } from './date-text.tsx';
import { programmeName, roundWhen, sectionName } from '../names.ts';
import { siteUrls } from '../urls.ts';
import { resultsSiteMessages } from '../../i18n/site/results.ts';
import { resultsUrls } from '../results/urls.ts';
import { Localized, ShownText } from './localized-text.tsx';
import { ReportDownloads } from './report-downloads.tsx';
import { StateCountsTable } from './state-counts.tsx';

/** Goals or competences: "A Serve residents…", a section only when there are any. */
function CodedList({ ctx, id, heading, items }: { ctx: PageContext; id: string; heading: string; items: GoalView[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {items.map((item) => (
          <li>
            <strong>{item.code}</strong> <Localized ctx={ctx} value={item.name} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ProgrammeOverviewView({ ctx, municipality, programme }: {
  ctx: PageContext;
  municipality: MunicipalityView;
  programme: ProgrammeOverview;
}) {
  const { t, lang } = ctx;
  const m = municipality.slug;
  const actionsHref = (query?: Record<string, string | number>) => siteUrls.actions(m, lang, programme.slug, query);
  const roundsNewestFirst = [...programme.rounds].reverse();
  return (
    <>
      <h1>
        <ShownText ctx={ctx} shown={programmeName(ctx, programme)} />
      </h1>
      <dl class="facts">
        <div>
          <dt>{t.overview.period}</dt>
          <dd>{t.overview.periodValue(programme.periodStart, programme.periodEnd)}</dd>
        </div>
        {programme.costCode && (
          <div>
            <dt>{t.overview.costCode}</dt>
            <dd>{programme.costCode}</dd>
          </div>
        )}
        {programme.lastUpdated && (
          <div>
            <dt>{t.overview.lastUpdated}</dt>
            <dd><DateText ctx={ctx} date={programme.lastUpdated} /></dd>
          </div>
        )}
      </dl>
      <ul class="next-steps">
        <li>
          <a href={actionsHref()}>{t.overview.allActions}</a> ({t.actionCount(programme.actionCount)})
        </li>
        <li><a href={roadmapUrls.roadmap(m, lang, programme.slug)}>{roadmapSiteMessages(lang).link}</a></li>
        {programme.rounds.length >= 2 && (
          <li>
            <a href={siteUrls.compareRounds(m, lang, programme.slug)}>{t.comparison.link}</a>
          </li>
        )}
        {programme.goals.length > 0 && (
          <li>
            <a href={resultsUrls.goals(m, lang, programme.slug)}>{resultsSiteMessages(lang).link}</a>
          </li>
        )}
        {programme.enablerCount > 0 && (
          <li>
            <a href={siteUrls.enablers(m, lang, programme.slug)}>{t.overview.enablerCount(programme.enablerCount)}</a>
          </li>
        )}
      </ul>

      <section aria-labelledby="states-heading">
        <h2 id="states-heading">{t.overview.statesTitle}</h2>
        {programme.latestRound ? (
          <StateCountsTable
            ctx={ctx}
            caption={t.overview.statesCaption(roundWhen(ctx, programme.latestRound))}
            counts={programme.stateCounts}
            stateHref={(state) => actionsHref({ state })}
          />
        ) : (
          <p>{t.overview.noRounds}</p>
        )}
        {programme.latestRound && programme.updatedInLatestRound > 0 && (
          <p>{t.overview.updatedInRound(programme.updatedInLatestRound, programme.actionCount)}</p>
        )}
      </section>

      <CodedList ctx={ctx} id="goals-heading" heading={t.overview.goals} items={programme.goals} />
      <CodedList ctx={ctx} id="competences-heading" heading={t.overview.competences} items={programme.competences} />

      <section aria-labelledby="sections-heading">
        <h2 id="sections-heading">{t.overview.sections}</h2>
        <table class="sections">
          <thead>
            <tr>
              <th scope="col">{t.overview.sectionColumn}</th>
              <th scope="col" class="number">{t.overview.actionsColumn}</th>
              <th scope="col" class="number">{t.overview.doneColumn}</th>
            </tr>
          </thead>
          <tbody>
            {programme.sections.map((section) => (
              <tr>
                <th scope="row">
                  <a href={actionsHref({ section: section.position })}>
                    <ShownText ctx={ctx} shown={sectionName(ctx, section)} />
                  </a>
                </th>
                <td class="number">{formatNumber(lang, section.actionCount)}</td>
                <td class="number">{formatNumber(lang, section.stateCounts.done)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {roundsNewestFirst.length > 0 && (
        <section aria-labelledby="rounds-heading">
          <h2 id="rounds-heading">{t.overview.rounds}</h2>
          <ul>
            {roundsNewestFirst.map((round) => (
              <li>
                <a href={actionsHref(round.key === programme.latestRound?.key ? {} : { round: round.key })}>
                  {roundWhen(ctx, round)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ReportDownloads ctx={ctx} municipality={municipality} programme={programme} />
    </>
  );
}
