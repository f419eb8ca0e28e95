/** The catalog's public pages: the search with its results, and one project. */
import type { CatalogPage, CatalogProjectDetail } from '../../services/catalog/catalog-projects.ts';
import type { MunicipalityView } from '../../services/views.ts';
import { catalogSiteMessages } from '../../i18n/site/catalog.ts';
import type { PageContext } from '../context.ts';
import { municipalityTrail } from '../components/breadcrumbs.tsx';
import type { Alternate } from '../components/language-switcher.tsx';
import { Layout } from '../layout.tsx';
import { entryLang, municipalityLabel, ProjectSummary } from './components.tsx';
import { CATALOG_PAGE_SIZE, type CatalogFormField, type CatalogQueryResult } from './query.ts';
import { catalogUrls } from './urls.ts';

/** Addresses as the catalog writes them ("www.lampio.fi"), made absolute; only web addresses are links. */
const safeHref = (url: string) => (/^https?:\/\//iu.test(url) ? url : `https://${url.replace(/^\/+/u, '')}`);

const fieldId = (field: CatalogFormField) => `catalog-${field}`;
const errorId = (field: CatalogFormField) => `catalog-${field}-error`;

function SearchForm({ ctx, municipality, query }: { ctx: PageContext; municipality: string; query: CatalogQueryResult }) {
  const t = catalogSiteMessages(ctx.lang);
  const errors = query.ok ? [] : query.errors;
  const invalid = (field: CatalogFormField, hint?: string) => {
    const bad = errors.some((error) => error.field === field);
    const describedBy = [bad && errorId(field), hint].filter(Boolean).join(' ');
    return { ...(bad ? { 'aria-invalid': 'true' as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
  };
  const { values } = query;
  return (
    <form class="filters" method="get" action={catalogUrls.search(municipality, ctx.lang)} role="search">
      <fieldset>
        <legend>{t.search}</legend>
        <div class="fields">
          <div class="field field-wide">
            <label for={fieldId('q')}>{t.words}</label>
            <input type="search" id={fieldId('q')} name="q" value={values.q} maxlength={200} {...invalid('q', 'catalog-q-hint')} />
            <p class="hint" id="catalog-q-hint">{t.wordsHint}</p>
          </div>
          <div class="field">
            <label for={fieldId('municipality')}>{t.municipality}</label>
            <input type="search" id={fieldId('municipality')} name="municipality" value={values.municipality} maxlength={100}
              {...invalid('municipality', 'catalog-municipality-hint')} />
            <p class="hint" id="catalog-municipality-hint">{t.municipalityHint}</p>
            {errors.filter((error) => error.field === 'municipality').map(() => (
              <p class="field-error" id={errorId('municipality')}>{t.unknownMunicipality(values.municipality)}</p>
            ))}
          </div>
          <div class="field">
            <label for={fieldId('ended')}>{t.ended}</label>
            <select id={fieldId('ended')} name="ended">
              <option value="" selected={values.ended === ''}>{t.any}</option>
              <option value="false" selected={values.ended === 'false'}>{t.endedNo}</option>
              <option value="true" selected={values.ended === 'true'}>{t.endedYes}</option>
            </select>
          </div>
        </div>
        <div class="form-actions">
          <button type="submit">{t.submit}</button>
        </div>
      </fieldset>
    </form>
  );
}

function Pagination({ ctx, municipality, query, total }: {
  ctx: PageContext;
  municipality: string;
  query: Extract<CatalogQueryResult, { ok: true }>;
  total: number;
}) {
  const t = catalogSiteMessages(ctx.lang);
  const pages = Math.max(1, Math.ceil(total / CATALOG_PAGE_SIZE));
  const { page } = query.search;
  if (pages === 1 && page === 1) return null;
  const at = (target: number) => catalogUrls.search(municipality, ctx.lang, { ...query.values, page: target });
  return (
    <nav class="pagination" aria-label={t.pagination}>
      <ul>
        {page > 1 && <li><a href={at(Math.min(page - 1, pages))} rel="prev">{t.previous}</a></li>}
        <li aria-current="page">{t.pageOf(page, pages)}</li>
        {page < pages && <li><a href={at(page + 1)} rel="next">{t.next}</a></li>}
      </ul>
    </nav>
  );
}

export function CatalogSearchPage({ ctx, municipality, alternates, query, found }: {
  ctx: PageContext;
  municipality: MunicipalityView;
  alternates: Alternate[];
  query: CatalogQueryResult;
  found: CatalogPage | null;
}) {
  const t = catalogSiteMessages(ctx.lang);
  const m = municipality.slug;
  return (
    <Layout ctx={ctx} title={t.title} municipality={municipality} alternates={alternates}
      crumbs={[...municipalityTrail(ctx, municipality), { label: t.title }]}>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p><a href={catalogUrls.network(m, ctx.lang)}>{t.network.link}</a></p>
      {!query.ok && (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>{t.errorsTitle}</h2>
          <ul>
            {query.errors.map((error) => (
              <li>
                <a href={`#${fieldId(error.field === 'page' ? 'q' : error.field)}`}>
                  {error.message === 'unknownMunicipality' ? t.unknownMunicipality(query.values.municipality) : t.invalidPage}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <SearchForm ctx={ctx} municipality={m} query={query} />
      {query.ok && found && (
        <>
          <p class="result-count" id="result-count" role="status">{t.results(found.total)}</p>
          {found.projects.length > 0 && (
            <ol class="catalog-results" aria-labelledby="result-count">
              {found.projects.map((project) => <ProjectSummary ctx={ctx} municipality={m} project={project} />)}
            </ol>
          )}
          <Pagination ctx={ctx} municipality={m} query={query} total={found.total} />
          <p><a href={catalogUrls.openData(query.search)}>{t.openData}</a></p>
        </>
      )}
    </Layout>
  );
}

export function CatalogProjectView({ ctx, municipality, alternates, project }: {
  ctx: PageContext;
  municipality: MunicipalityView;
  alternates: Alternate[];
  project: CatalogProjectDetail;
}) {
  const t = catalogSiteMessages(ctx.lang);
  const lang = entryLang(ctx, project);
  const m = municipality.slug;
  return (
    <Layout ctx={ctx} title={project.title} municipality={municipality} alternates={alternates}
      crumbs={[...municipalityTrail(ctx, municipality), { label: t.title, href: catalogUrls.search(m, ctx.lang) }, { label: project.title }]}>
      <h1 lang={lang}>{project.title}</h1>
      {project.ended && <p><span class="catalog-ended">{t.endedBadge}</span></p>}
      <dl class="catalog-facts">
        <dt>{t.lead}</dt>
        <dd>{project.lead ? municipalityLabel(ctx, project.lead) : t.noLead}</dd>
        {project.partners.length > 0 && (
          <>
            <dt>{t.partners}</dt>
            <dd>{project.partners.map((partner) => municipalityLabel(ctx, partner)).join(', ')}</dd>
          </>
        )}
      </dl>
      <h2>{t.description}</h2>
      <div lang={lang}>
        {project.description.map((block) =>
          block.kind === 'paragraph' ? <p>{block.text}</p>
            : block.ordered ? <ol>{block.items.map((item) => <li>{item}</li>)}</ol>
            : <ul>{block.items.map((item) => <li>{item}</li>)}</ul>,
        )}
      </div>
      {project.links.length > 0 && (
        <>
          <h2>{t.links}</h2>
          <ul lang={lang}>
            {project.links.map((link) => <li>{link.url ? <a href={safeHref(link.url)}>{link.text}</a> : link.text}</li>)}
          </ul>
        </>
      )}
      {project.contacts.length > 0 && (
        <>
          <h2>{t.contacts}</h2>
          <ul>
            {project.contacts.map((contact) => (
              <li>{[contact.name, contact.organisation, contact.email, contact.phone].filter(Boolean).join(', ')}</li>
            ))}
          </ul>
        </>
      )}
      <p><a href={`/api/v1/catalog/projects/${encodeURIComponent(project.id)}`}>{t.openData}</a></p>
    </Layout>
  );
}
