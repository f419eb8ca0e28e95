/**
 * The site's front page: every municipality, with a link to each of its languages. Its own language
 * comes from `?lang=` or the browser (see routes.tsx); the switcher offers the others.
 */
import { LANGUAGES, pickText, type Lang } from '../../domain/language.ts';
import { siteMessages } from '../../i18n/site/index.ts';
import type { MunicipalityView } from '../../services/views.ts';
import type { PageContext } from '../context.ts';
import { homeTrail } from '../components/breadcrumbs.tsx';
import type { Alternate } from '../components/language-switcher.tsx';
import { ShownText } from '../components/localized-text.tsx';
import { Layout } from '../layout.tsx';
import { municipalityName } from '../names.ts';
import { siteUrls } from '../urls.ts';

/** A municipality's own languages first, then the other interface languages. */
function linkLanguages(municipality: MunicipalityView): Lang[] {
  return [...municipality.languages, ...LANGUAGES.filter((lang) => !municipality.languages.includes(lang))];
}

function MunicipalityLinks({ ctx, municipality }: { ctx: PageContext; municipality: MunicipalityView }) {
  const place = municipalityName(ctx, municipality);
  return (
    <li>
      <h2>
        <ShownText ctx={ctx} shown={place} />
      </h2>
      <ul class="inline-list">
        {linkLanguages(municipality).map((lang) => {
          // Each link speaks its own language: "Borgå – på svenska".
          const name = pickText(municipality.name, lang, municipality.languages)?.text ?? municipality.slug;
          return (
            <li>
              <a href={siteUrls.municipality(municipality.slug, lang)} lang={lang} hreflang={lang}>
                {name} – {siteMessages(lang).inThisLanguage}
              </a>
            </li>
          );
        })}
        <li>
          <a href={siteUrls.openData(municipality.slug)}>
            {ctx.t.layout.openData}
            <span class="visually-hidden">: {place.text}</span>
          </a>
        </li>
      </ul>
    </li>
  );
}

export function HomePage({ ctx, municipalities, alternates }: {
  ctx: PageContext;
  municipalities: MunicipalityView[];
  alternates: Alternate[];
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t.home.title} alternates={alternates} crumbs={homeTrail(ctx)}>
      <h1>{t.home.title}</h1>
      {municipalities.length === 0 ? (
        <p>{t.home.none}</p>
      ) : (
        <>
          <p>{t.home.intro}</p>
          <ul class="municipalities">
            {municipalities.map((municipality) => (
              <MunicipalityLinks ctx={ctx} municipality={municipality} />
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
