/** A programme's overview; on a municipality's front page, its newest programme with links to the others. */
import type { MunicipalityView, ProgrammeOverview, ProgrammeSummary } from '../../services/views.ts';
import type { PageContext } from '../context.ts';
import { municipalityTrail, programmeTrail } from '../components/breadcrumbs.tsx';
import type { Alternate } from '../components/language-switcher.tsx';
import { ShownText } from '../components/localized-text.tsx';
import { ProgrammeOverviewView } from '../components/programme-overview.tsx';
import type { IdeaCounts } from '../../services/ideas/public-ideas.ts';
import { IdeaCountsSection } from '../ideas/components.tsx';
import { Layout } from '../layout.tsx';
import { municipalityName, programmeName } from '../names.ts';
import { siteUrls } from '../urls.ts';

export function ProgrammePage({ ctx, municipality, programme, alternates, ideaCounts }: {
  ctx: PageContext;
  municipality: MunicipalityView;
  programme: ProgrammeOverview;
  alternates: Alternate[];
  ideaCounts?: IdeaCounts | null;
}) {
  return (
    <Layout
      ctx={ctx}
      title={programmeName(ctx, programme).text}
      municipality={municipality}
      alternates={alternates}
      crumbs={programmeTrail(ctx, municipality, programme)}
    >
      <ProgrammeOverviewView ctx={ctx} municipality={municipality} programme={programme} />
      {ideaCounts && <IdeaCountsSection ctx={ctx} municipality={municipality.slug} counts={ideaCounts} />}
    </Layout>
  );
}

export function MunicipalityPage({ ctx, municipality, programme, others, alternates, ideaCounts }: {
  ctx: PageContext;
  municipality: MunicipalityView;
  /** The newest programme, if there is any. */
  programme: ProgrammeOverview | null;
  others: ProgrammeSummary[];
  alternates: Alternate[];
  ideaCounts?: IdeaCounts | null;
}) {
  const { t, lang } = ctx;
  const place = municipalityName(ctx, municipality);
  return (
    <Layout
      ctx={ctx}
      title={place.text}
      municipality={municipality}
      alternates={alternates}
      crumbs={municipalityTrail(ctx, municipality)}
    >
      {programme ? (
        <>
          <ProgrammeOverviewView ctx={ctx} municipality={municipality} programme={programme} />
          {ideaCounts && <IdeaCountsSection ctx={ctx} municipality={municipality.slug} counts={ideaCounts} />}
        </>
      ) : (
        <>
          <h1>
            <ShownText ctx={ctx} shown={place} />
          </h1>
          <p>{t.overview.noProgrammes}</p>
        </>
      )}
      {others.length > 0 && (
        <section aria-labelledby="other-programmes-heading">
          <h2 id="other-programmes-heading">{t.overview.otherProgrammes}</h2>
          <ul>
            {others.map((other) => (
              <li>
                <a href={siteUrls.programme(municipality.slug, lang, other.slug)}>
                  <ShownText ctx={ctx} shown={programmeName(ctx, other)} />
                </a>{' '}
                ({t.overview.periodValue(other.periodStart, other.periodEnd)})
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}
