/**
 * A municipality's datasets described in DCAT-AP (JSON-LD), for the national open data portal to
 * harvest: the catalogue, one dataset per programme, and its distributions (the data package, the
 * action list as CSV and as JSON), with the EU vocabularies' languages, file types and licence.
 */
import { LANGUAGES, type Lang, type LocalizedText } from '../../domain/language.ts';
import { PACKAGE_TEXTS } from '../../i18n/open-data.ts';
import type { MunicipalityView, ProgrammeSummary } from '../../services/views.ts';

const EU = 'http://publications.europa.eu/resource/authority';
const EU_LANGUAGE: Record<Lang, string> = { fi: `${EU}/language/FIN`, sv: `${EU}/language/SWE`, en: `${EU}/language/ENG` };
const CC_BY_4 = `${EU}/licence/CC_BY_4_0`;

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const texts = (value: Partial<Record<Lang, string>>) =>
  LANGUAGES.flatMap((lang) => (value[lang] ? [{ '@value': value[lang], '@language': lang }] : []));
const each = (make: (lang: Lang) => string): LocalizedText => Object.fromEntries(LANGUAGES.map((lang) => [lang, make(lang)]));
const ref = (url: string) => ({ '@id': url });

/** `origin` is where the API answers ("https://tiekartta.example"); every address in the description is absolute. */
export function dcatCatalog(origin: string, municipality: MunicipalityView, programmes: ProgrammeSummary[]) {
  const api = `${origin}/api/v1/${municipality.slug}`;
  const place = (lang: Lang) => municipality.name[lang] ?? municipality.name[municipality.languages[0]!] ?? municipality.slug;
  const publisher = { '@type': 'foaf:Agent', 'foaf:name': texts(each(place)) };
  const distribution = (title: LocalizedText, url: string, format: string, mediaType: string) => ({
    '@type': 'dcat:Distribution',
    'dct:title': texts(title),
    'dcat:accessURL': ref(url),
    'dcat:downloadURL': ref(url),
    'dct:format': ref(`${EU}/file-type/${format}`),
    'dcat:mediaType': ref(`https://www.iana.org/assignments/media-types/${mediaType}`),
    'dct:license': ref(CC_BY_4),
  });
  return {
    '@context': CONTEXT,
    '@id': `${api}/dcat.jsonld`,
    '@type': 'dcat:Catalog',
    'dct:title': texts(each((lang) => PACKAGE_TEXTS.catalogTitle[lang](place(lang)))),
    'dct:description': texts(PACKAGE_TEXTS.catalogDescription),
    'dct:publisher': publisher,
    'dct:language': municipality.languages.map((lang) => ref(EU_LANGUAGE[lang])),
    'dct:license': ref(CC_BY_4),
    'foaf:homepage': ref(`${origin}/${municipality.slug}/${municipality.languages[0]}/`),
    'dcat:dataset': programmes.map((programme) => {
      const base = `${api}/programmes/${programme.slug}`;
      return {
        '@id': base,
        '@type': 'dcat:Dataset',
        'dct:identifier': `${municipality.slug}/${programme.slug}`,
        'dct:title': texts(each((lang) => `${place(lang)}: ${programme.name[lang] ?? `${PACKAGE_TEXTS.title[lang]} ${programme.periodStart}–${programme.periodEnd}`}`)),
        'dct:description': texts(PACKAGE_TEXTS.intro),
        'dct:publisher': publisher,
        'dct:language': municipality.languages.map((lang) => ref(EU_LANGUAGE[lang])),
        'dcat:keyword': LANGUAGES.flatMap((lang) => PACKAGE_TEXTS.keywords[lang].map((word) => ({ '@value': word, '@language': lang }))),
        'dct:temporal': {
          '@type': 'dct:PeriodOfTime',
          'dcat:startDate': { '@value': `${programme.periodStart}-01-01`, '@type': 'xsd:date' },
          'dcat:endDate': { '@value': `${programme.periodEnd}-12-31`, '@type': 'xsd:date' },
        },
        ...(programme.latestRound ? { 'dct:modified': { '@value': `${programme.latestRound.key}-01`, '@type': 'xsd:date' } } : {}),
        'dcat:landingPage': ref(`${origin}/${municipality.slug}/${municipality.languages[0]}/${programme.slug}/`),
        'dcat:distribution': [
          distribution(PACKAGE_TEXTS.distributions.datapackage, `${base}/datapackage.zip`, 'ZIP', 'application/zip'),
          distribution(PACKAGE_TEXTS.distributions.actionsCsv, `${base}/actions.csv`, 'CSV', 'text/csv'),
          distribution(PACKAGE_TEXTS.distributions.actionsJson, `${base}/actions`, 'JSON', 'application/json'),
        ],
      };
    }),
  };
}
