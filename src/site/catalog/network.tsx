/**
 * A municipality's network of cooperation in the catalog: the projects it led and joined, its partners
 * as an SVG graph and, with the same data, a table; and the most connected municipalities.
 */
import { catalogSiteMessages } from '../../i18n/site/catalog.ts';
import type { ConnectedMunicipality, MunicipalityNetwork, NetworkProject } from '../../services/catalog/network.ts';
import type { MunicipalityView } from '../../services/views.ts';
import type { PageContext } from '../context.ts';
import { municipalityTrail } from '../components/breadcrumbs.tsx';
import type { Alternate } from '../components/language-switcher.tsx';
import { Layout } from '../layout.tsx';
import { entryLang, municipalityLabel } from './components.tsx';
import { catalogUrls } from './urls.ts';

/** At most this many partners around the graph's centre: more would not be legible; the table has them all. */
const GRAPH_PARTNERS = 16;
const SIZE = 560;
const CENTRE = SIZE / 2;
const RADIUS = 200;

function ProjectList({ ctx, municipality, projects }: { ctx: PageContext; municipality: string; projects: NetworkProject[] }) {
  const t = catalogSiteMessages(ctx.lang);
  if (projects.length === 0) return <p>{t.network.none}</p>;
  return (
    <ul>
      {projects.map((project) => (
        <li>
          <a href={catalogUrls.project(municipality, ctx.lang, project.id)} lang={entryLang(ctx, project)}>{project.title}</a>
          {project.ended && <> · {t.endedBadge}</>}
        </li>
      ))}
    </ul>
  );
}

/** The municipality in the centre, its partners on a circle, each line as thick as their shared projects. */
function NetworkGraph({ ctx, network }: { ctx: PageContext; network: MunicipalityNetwork }) {
  const t = catalogSiteMessages(ctx.lang);
  const shown = network.partners.slice(0, GRAPH_PARTNERS);
  const centreName = municipalityLabel(ctx, network.municipality);
  const points = shown.map((partner, index) => {
    const angle = (2 * Math.PI * index) / shown.length - Math.PI / 2;
    return { partner, x: CENTRE + RADIUS * Math.cos(angle), y: CENTRE + RADIUS * Math.sin(angle), right: Math.cos(angle) >= 0 };
  });
  return (
    <figure class="network-graph">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby="network-graph-caption">
        {points.map(({ partner, x, y }) => (
          <line x1={CENTRE} y1={CENTRE} x2={x} y2={y} stroke="#0b4f9c" stroke-width={Math.min(1 + partner.projects * 1.5, 10)} />
        ))}
        {points.map(({ partner, x, y, right }) => (
          <g>
            <circle cx={x} cy={y} r={6} fill="#0b3a6f" />
            <text x={right ? x + 10 : x - 10} y={y + 5} text-anchor={right ? 'start' : 'end'} font-size="15" fill="#1b1b1b">
              {`${municipalityLabel(ctx, partner.municipality)} (${partner.projects})`}
            </text>
          </g>
        ))}
        <circle cx={CENTRE} cy={CENTRE} r={12} fill="#0b3a6f" />
        <text x={CENTRE} y={CENTRE - 20} text-anchor="middle" font-size="17" font-weight="700" fill="#1b1b1b">{centreName}</text>
      </svg>
      <figcaption id="network-graph-caption">{t.network.graphCaption(centreName)}</figcaption>
    </figure>
  );
}

export function NetworkPage({ ctx, municipality, alternates, network, connected }: {
  ctx: PageContext;
  municipality: MunicipalityView;
  alternates: Alternate[];
  network: MunicipalityNetwork;
  connected: ConnectedMunicipality[];
}) {
  const t = catalogSiteMessages(ctx.lang);
  const n = t.network;
  const m = municipality.slug;
  return (
    <Layout ctx={ctx} title={n.title} municipality={municipality} alternates={alternates}
      crumbs={[...municipalityTrail(ctx, municipality), { label: t.title, href: catalogUrls.search(m, ctx.lang) }, { label: n.title }]}>
      <h1>{n.title}</h1>
      <p>{n.intro}</p>
      <h2>{n.led(network.led.length)}</h2>
      <ProjectList ctx={ctx} municipality={m} projects={network.led} />
      <h2>{n.joined(network.joined.length)}</h2>
      <ProjectList ctx={ctx} municipality={m} projects={network.joined} />
      <h2>{n.partners}</h2>
      {network.partners.length === 0 ? <p>{n.none}</p> : (
        <>
          <NetworkGraph ctx={ctx} network={network} />
          <table class="network-table">
            <caption>{n.partners}</caption>
            <thead><tr><th scope="col">{n.partnerColumn}</th><th scope="col">{n.sharedColumn}</th></tr></thead>
            <tbody>
              {network.partners.map((partner) => (
                <tr><th scope="row">{municipalityLabel(ctx, partner.municipality)}</th><td>{partner.projects}</td></tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2>{n.mostConnected}</h2>
      <table class="network-table">
        <caption>{n.mostConnected}</caption>
        <thead>
          <tr><th scope="col">{n.municipalityColumn}</th><th scope="col">{n.partnersColumn}</th><th scope="col">{n.projectsColumn}</th></tr>
        </thead>
        <tbody>
          {connected.map((row) => (
            <tr><th scope="row">{municipalityLabel(ctx, row.municipality)}</th><td>{row.partners}</td><td>{row.projects}</td></tr>
          ))}
        </tbody>
      </table>
      <p><a href={`/api/v1/catalog/network/${municipality.code}`}>{t.openData}</a></p>
    </Layout>
  );
}
