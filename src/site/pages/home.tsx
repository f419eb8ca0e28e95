/** The site's front page, in English: every municipality, with a link to each of its languages. */
import { LANGUAGES, type Lang } from '../../domain/language.ts';
import { pickText } from '../../domain/language.ts';
import { siteMessages } from '../../i18n/site/index.ts';
import type { MunicipalityView } from '../../services/views.ts';
import type { PageContext } from '../context.ts';
import { ShownText } from '../components/localized-text.tsx';
import { Layout } from '../layout.tsx';
import { municipalityName } from '../names.ts';
import { siteUrls } from '../urls.ts';

/** A municipality's own languages first, then the other interface languages. */
function linkLanguages(municipality: MunicipalityView): Lang[] {
  return [...municipality.languages, ...LANGUAGES.filter((lang) => !municipality.languages.includes(lang))];
}

export function HomePage({ ctx, municipalities }: { ctx: PageContext; municipalities: MunicipalityView[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t.home.title} alternates={[]} crumbs={[{ label: t.layout.home }]}>
      <h1>{t.home.title}</h1>
      {municipalities.length === 0 ? (
        <p>{t.home.none}</p>
      ) : (
        <>
          <p>{t.home.intro}</p>
          <ul class="municipalities">
            {municipalities.map((municipality) => (
              <li>
                <h2>
                  <ShownText ctx={ctx} shown={municipalityName(ctx, municipality)} />
                </h2>
                <ul class="inline-list">
                  {linkLanguages(municipality).map((lang) => {
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
                      {t.layout.openData}
                      <span class="visually-hidden">: {municipalityName(ctx, municipality).text}</span>
                    </a>
                  </li>
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
