/** One action: section, schedule, funding, the eight perspectives, sector, partners and every round's status. */
import type { ActionDetail, MunicipalityView, ProgrammeOverview } from '../../services/views.ts';
import { pickText, type Lang, type LocalizedText } from '../../domain/language.ts';
import type { PageContext } from '../context.ts';
import type { Alternate } from '../components/language-switcher.tsx';
import { Localized, ShownText } from '../components/localized-text.tsx';
import { PerspectivesList } from '../components/perspectives-list.tsx';
import { ScheduleTable } from '../components/schedule-table.tsx';
import { StatusHistory } from '../components/status-history.tsx';
import { DateText } from '../components/date-text.tsx';
import { Layout } from '../layout.tsx';
import { sectionName } from '../names.ts';
import { periodYears } from '../period-years.ts';
import { siteUrls } from '../urls.ts';
import { programmeTrail } from '../components/breadcrumbs.tsx';
import type { SimilarProject } from '../../services/catalog/similar-projects.ts';
import { SimilarProjects } from '../catalog/similar.tsx';
import type { ActionMeasures } from '../../services/metrics/action-measures.ts';
import { ActionMeasuresSection } from '../results/action-measures.tsx';
import type { ActionLineage } from '../../services/roadmap/lineage.ts';
import { ActionLineageView } from '../roadmap/lineage.tsx';
import { ActionIdeas } from '../ideas/components.tsx';

export function ActionPage({ ctx, municipality, programme, action, alternates, similar = [], measures, lineage, ideas = [] }: {
  ctx: PageContext;
  municipality: MunicipalityView;
  programme: ProgrammeOverview;
  action: ActionDetail;
  alternates: Alternate[];
  /** Catalog projects like this action (site/catalog). */
  similar?: SimilarProject[];
  measures?: ActionMeasures | null;
  /** The earlier programme's action it continues, or the next one's that continues it (site/roadmap). */
  lineage?: ActionLineage;
  /** The published ideas the action came from. */
  ideas?: { ref: string; title: LocalizedText; lang: Lang }[];
}) {
  const { t, lang } = ctx;
  const a = t.action;
  const m = municipality.slug;
  const name = pickText(action.name, lang, ctx.fallbacks);
  const refTitle = a.title(action.ref);
  const listHref = siteUrls.actions(m, lang, programme.slug);
  return (
    <Layout
      ctx={ctx}
      title={name ? `${refTitle}: ${name.text}` : refTitle}
      municipality={municipality}
      alternates={alternates}
      crumbs={[
        ...programmeTrail(ctx, municipality, programme),
        { label: t.actions.title, href: listHref },
        { label: refTitle },
      ]}
    >
      <p class="eyebrow">{refTitle}</p>
      <h1>{name ? <ShownText ctx={ctx} shown={name} /> : refTitle}</h1>
      <ActionLineageView ctx={ctx} municipality={m} lineage={lineage} />
      <dl class="facts">
        <div>
          <dt>{a.section}</dt>
          <dd>
            <a href={siteUrls.actions(m, lang, programme.slug, { section: action.section.position })}>
              <ShownText ctx={ctx} shown={sectionName(ctx, action.section)} />
            </a>
          </dd>
        </div>
        <div>
          <dt>{a.sector}</dt>
          <dd>
            <Localized ctx={ctx} value={action.sector} empty={a.sectorUnknown} />
          </dd>
        </div>
        <div>
          <dt>{a.partners}</dt>
          <dd>{action.partnerMunicipalities.length > 0 ? t.perspectives.list(action.partnerMunicipalities) : a.noPartners}</dd>
        </div>
        <div>
          <dt>{t.overview.lastUpdated}</dt>
          <dd><DateText ctx={ctx} date={action.lastUpdated} /></dd>
        </div>
      </dl>

      <section aria-labelledby="schedule-heading">
        <h2 id="schedule-heading">{a.schedule}</h2>
        <ScheduleTable ctx={ctx} years={action.years} programmeYears={periodYears(programme, action.years)} />
      </section>

      <section aria-labelledby="funding-heading">
        <h2 id="funding-heading">{a.funding}</h2>
        {!action.coFunded ? (
          <p>{a.notCoFunded}</p>
        ) : Object.keys(action.coFundedPart).length > 0 ? (
          <p>
            <span class="co-funded">{a.coFundedPart}</span> <Localized ctx={ctx} value={action.coFundedPart} />
          </p>
        ) : (
          <p>
            <span class="co-funded">{a.coFundedWhole}</span>
          </p>
        )}
      </section>

      <section aria-labelledby="perspectives-heading">
        <h2 id="perspectives-heading">{a.perspectives}</h2>
        <PerspectivesList ctx={ctx} perspectives={action.perspectives} goals={programme.goals} competences={programme.competences} />
      </section>

      <ActionMeasuresSection ctx={ctx} measures={measures} />

      <section aria-labelledby="statuses-heading">
        <h2 id="statuses-heading">{a.statuses}</h2>
        <StatusHistory ctx={ctx} statuses={action.statuses} />
      </section>

      <SimilarProjects ctx={ctx} municipality={m} projects={similar} />
      <ActionIdeas ctx={ctx} municipality={m} ideas={ideas} />

      <p>
        <a href={listHref}>{a.backToList}</a>
      </p>
    </Layout>
  );
}
