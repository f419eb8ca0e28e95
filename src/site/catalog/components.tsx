/** Pieces the catalog pages and the action page share: a project's municipalities, its snippet, a summary. */
import type { NamedMunicipality } from '../../domain/catalog.ts';
import type { CatalogProjectSummary, SnippetPart } from '../../services/catalog/catalog-projects.ts';
import { catalogSiteMessages } from '../../i18n/site/catalog.ts';
import type { PageContext } from '../context.ts';
import { catalogUrls } from './urls.ts';

/** A municipality in the page's language: Swedish pages use the Swedish name; other languages the Finnish one. */
export function municipalityLabel(ctx: PageContext, municipality: NamedMunicipality): string {
  const name = ctx.lang === 'sv' && municipality.name.sv ? municipality.name.sv : municipality.name.fi;
  return municipality.code ? name : `${name} ${catalogSiteMessages(ctx.lang).notMunicipality}`;
}

/** The entry's language, when it is not the page's. */
export const entryLang = (ctx: PageContext, project: { lang: 'fi' | 'sv' }) => (project.lang === ctx.lang ? undefined : project.lang);

export function Snippet({ parts, lang }: { parts: SnippetPart[]; lang?: string }) {
  return (
    <p class="snippet" lang={lang}>
      {parts.map((part) => (part.match ? <mark>{part.text}</mark> : part.text))}
    </p>
  );
}

export function ProjectSummary({ ctx, municipality, project, headingLevel = 2 }: {
  ctx: PageContext;
  municipality: string;
  project: CatalogProjectSummary;
  headingLevel?: 2 | 3;
}) {
  const t = catalogSiteMessages(ctx.lang);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li class="catalog-project">
      <Heading lang={entryLang(ctx, project)}>
        <a href={catalogUrls.project(municipality, ctx.lang, project.id)}>{project.title}</a>
      </Heading>
      <p class="catalog-meta">
        {t.lead}: {project.lead ? municipalityLabel(ctx, project.lead) : t.noLead}
        {project.ended && (
          <>
            {' · '}
            <span class="catalog-ended">{t.endedBadge}</span>
          </>
        )}
      </p>
      {project.snippet && <Snippet parts={project.snippet} lang={entryLang(ctx, project)} />}
    </li>
  );
}
