/** The action page's suggestions: catalog projects like the action, linked to their pages. */
import { catalogSiteMessages } from '../../i18n/site/catalog.ts';
import type { SimilarProject } from '../../services/catalog/similar-projects.ts';
import type { PageContext } from '../context.ts';
import { entryLang, municipalityLabel } from './components.tsx';
import { catalogUrls } from './urls.ts';

export function SimilarProjects({ ctx, municipality, projects }: { ctx: PageContext; municipality: string; projects: SimilarProject[] }) {
  if (projects.length === 0) return null;
  const t = catalogSiteMessages(ctx.lang);
  return (
    <section aria-labelledby="similar-projects-heading">
      <h2 id="similar-projects-heading">{t.similarTitle}</h2>
      <p>{t.similarIntro}</p>
      <ol class="similar-projects">
        {projects.map((project) => (
          <li>
            <a href={catalogUrls.project(municipality, ctx.lang, project.id)} lang={entryLang(ctx, project)}>{project.title}</a>
            {project.lead && <> ({municipalityLabel(ctx, project.lead)})</>}
            {project.ended && <> · {t.endedBadge}</>}
          </li>
        ))}
      </ol>
    </section>
  );
}
