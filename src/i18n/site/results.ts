/** The public site's texts for a programme's goals, competences and result metrics, in fi, sv and en. */
import type { Lang } from '../../domain/language.ts';
import type { MetricDirection } from '../../domain/metrics.ts';
import { formatNumber } from './format.ts';

export interface ResultsSiteMessages {
  link: string;
  title: string;
  intro: string;
  goal: (code: string) => string;
  benefits: string;
  spearheads: string;
  metrics: string;
  noMetrics: string;
  competences: string;
  competencesIntro: string;
  exampleMetrics: string;
  metricColumn: string;
  sourceColumn: string;
  latestColumn: string;
  noValue: string;
  metricTitle: (code: string) => string;
  goalOf: string;
  unit: string;
  source: string;
  direction: string;
  directions: Record<MetricDirection, string>;
  target: string;
  valuesTitle: string;
  chartTitle: (name: string) => string;
  chartDesc: (count: number, first: string, last: string, min: string, max: string) => string;
  tableCaption: (name: string) => string;
  period: string;
  value: string;
  valueSource: string;
  note: string;
  revised: (earlier: string) => string;
  trend: (from: string, to: string, change: string, fromPeriod: string, toPeriod: string) => string;
  better: string;
  worse: string;
  emptyTitle: string;
  empty: string;
  emptyHow: string;
  openData: string;
  openDataCsv: string;
  notFound: string;
  number: (n: number) => string;
  measures: string;
  impactMetric: string;
  checkpoints: string;
  checkpointsCaption: string;
  dueOn: string;
  checkpointTarget: string;
  met: string;
  metValues: { unknown: string; yes: string; no: string };
}

const fi: ResultsSiteMessages = {
  link: 'Tavoitteet ja mittarit',
  title: 'Tavoitteet ja mittarit',
  intro: 'Ohjelman tavoitteet, niiden tulosmittarit ja osaamiset. Mittaritiedot kootaan kerran vuodessa ja julkaistaan tällä sivulla.',
  goal: (code) => `Tavoite ${code}`,
  benefits: 'Pitkän aikavälin hyödyt',
  spearheads: 'Kaupunkistrategian kärjet',
  metrics: 'Tulosmittarit',
  noMetrics: 'Tavoitteelle ei ole vielä kirjattu mittareita.',
  competences: 'Osaamiset',
  competencesIntro: 'Ohjelma ei aseta osaamisille mittareita; esimerkkimittarit ovat suuntaa antavia.',
  exampleMetrics: 'Esimerkkimittareita',
  metricColumn: 'Mittari',
  sourceColumn: 'Lähde',
  latestColumn: 'Viimeisin arvo',
  noValue: 'ei vielä arvoja',
  metricTitle: (code) => `Mittari ${code}`,
  goalOf: 'Tavoite',
  unit: 'Yksikkö',
  source: 'Lähde',
  direction: 'Suunta',
  directions: { up: 'suurempi arvo on parempi', down: 'pienempi arvo on parempi', trend: 'seurataan kehityksen suuntaa' },
  target: 'Tavoitetaso',
  valuesTitle: 'Arvot',
  chartTitle: (name) => `${name}: arvot kausittain`,
  chartDesc: (count, first, last, min, max) => `Viivakaavio, ${count} arvoa kausilta ${first}–${last}. Pienin arvo ${min}, suurin ${max}. Samat tiedot ovat taulukossa.`,
  tableCaption: (name) => `${name}: arvot kausittain`,
  period: 'Kausi',
  value: 'Arvo',
  valueSource: 'Lähde',
  note: 'Huomautus',
  revised: (earlier) => `korjattu (aiempi arvo ${earlier})`,
  trend: (from, to, change, fromPeriod, toPeriod) => `Kehitys: ${from} (${fromPeriod}) → ${to} (${toPeriod}), muutos ${change}.`,
  better: 'Muutos on toivottuun suuntaan.',
  worse: 'Muutos on toivottua suuntaa vastaan.',
  emptyTitle: 'Arvoja ei ole vielä julkaistu',
  empty: 'Kun mittarin arvot on koottu, tähän tulevat kaavio, samat arvot taulukkona sekä kehitys ensimmäisestä arvosta alkaen.',
  emptyHow: 'Kaupungin henkilöstö kirjaa arvot työtilassa: yksi kerrallaan lomakkeella tai CSV-tiedostona (mittari, kausi, arvo, lähde).',
  openData: 'Mittarit avoimena datana (JSON)',
  openDataCsv: 'Arvot CSV-tiedostona',
  notFound: 'Mittaria ei löydy.',
  number: (n) => formatNumber('fi', n),
  measures: 'Vaikuttavuuden seuranta',
  impactMetric: 'Vaikuttavuusmittari (kaupunkistrategian indikaattori)',
  checkpoints: 'Tarkistuspisteet',
  checkpointsCaption: 'Tarkistuspisteet ja niiden mitattavat tavoitteet',
  dueOn: 'Päivämäärä',
  checkpointTarget: 'Mitattava tavoite',
  met: 'Toteutuiko',
  metValues: { unknown: 'ei vielä arvioitu', yes: 'toteutui', no: 'ei toteutunut' },
};

const sv: ResultsSiteMessages = {
  link: 'Mål och mätare',
  title: 'Mål och mätare',
  intro: 'Programmets mål, deras resultatmätare och kompetenserna. Mätardata sammanställs en gång per år och publiceras på den här sidan.',
  goal: (code) => `Mål ${code}`,
  benefits: 'Långsiktiga nyttor',
  spearheads: 'Stadsstrategins spetsar',
  metrics: 'Resultatmätare',
  noMetrics: 'Inga mätare har ännu förts in för målet.',
  competences: 'Kompetenser',
  competencesIntro: 'Programmet ställer inga mätare för kompetenserna; exempelmätarna är vägledande.',
  exampleMetrics: 'Exempel på mätare',
  metricColumn: 'Mätare',
  sourceColumn: 'Källa',
  latestColumn: 'Senaste värde',
  noValue: 'inga värden ännu',
  metricTitle: (code) => `Mätare ${code}`,
  goalOf: 'Mål',
  unit: 'Enhet',
  source: 'Källa',
  direction: 'Riktning',
  directions: { up: 'ett större värde är bättre', down: 'ett mindre värde är bättre', trend: 'utvecklingens riktning följs' },
  target: 'Målnivå',
  valuesTitle: 'Värden',
  chartTitle: (name) => `${name}: värden per period`,
  chartDesc: (count, first, last, min, max) => `Linjediagram, ${count} värden för perioderna ${first}–${last}. Minsta värde ${min}, största ${max}. Samma uppgifter finns i tabellen.`,
  tableCaption: (name) => `${name}: värden per period`,
  period: 'Period',
  value: 'Värde',
  valueSource: 'Källa',
  note: 'Anmärkning',
  revised: (earlier) => `korrigerat (tidigare värde ${earlier})`,
  trend: (from, to, change, fromPeriod, toPeriod) => `Utveckling: ${from} (${fromPeriod}) → ${to} (${toPeriod}), förändring ${change}.`,
  better: 'Förändringen går i önskad riktning.',
  worse: 'Förändringen går mot önskad riktning.',
  emptyTitle: 'Inga värden har publicerats ännu',
  empty: 'När mätarens värden har sammanställts visas här ett diagram, samma värden som tabell och utvecklingen sedan det första värdet.',
  emptyHow: 'Stadens personal för in värdena i arbetsytan: ett i taget i ett formulär eller som en CSV-fil (mätare, period, värde, källa).',
  openData: 'Mätarna som öppna data (JSON)',
  openDataCsv: 'Värdena som CSV-fil',
  notFound: 'Mätaren finns inte.',
  number: (n) => formatNumber('sv', n),
  measures: 'Uppföljning av effekten',
  impactMetric: 'Effektmätare (stadsstrategins indikator)',
  checkpoints: 'Kontrollpunkter',
  checkpointsCaption: 'Kontrollpunkter och deras mätbara mål',
  dueOn: 'Datum',
  checkpointTarget: 'Mätbart mål',
  met: 'Uppnåddes det',
  metValues: { unknown: 'inte bedömt ännu', yes: 'uppnåddes', no: 'uppnåddes inte' },
};

const en: ResultsSiteMessages = {
  link: 'Goals and metrics',
  title: 'Goals and metrics',
  intro: 'The programme’s goals, their result metrics, and the competences. Metric data are compiled once a year and published on this page.',
  goal: (code) => `Goal ${code}`,
  benefits: 'Long-term benefits',
  spearheads: 'City strategy spearheads',
  metrics: 'Result metrics',
  noMetrics: 'No metrics have been entered for this goal yet.',
  competences: 'Competences',
  competencesIntro: 'The programme sets no metrics for the competences; the example metrics are indicative.',
  exampleMetrics: 'Example metrics',
  metricColumn: 'Metric',
  sourceColumn: 'Source',
  latestColumn: 'Latest value',
  noValue: 'no values yet',
  metricTitle: (code) => `Metric ${code}`,
  goalOf: 'Goal',
  unit: 'Unit',
  source: 'Source',
  direction: 'Direction',
  directions: { up: 'a higher value is better', down: 'a lower value is better', trend: 'the direction of the trend is followed' },
  target: 'Target',
  valuesTitle: 'Values',
  chartTitle: (name) => `${name}: values by period`,
  chartDesc: (count, first, last, min, max) => `Line chart, ${count} values for the periods ${first}–${last}. Lowest value ${min}, highest ${max}. The table has the same data.`,
  tableCaption: (name) => `${name}: values by period`,
  period: 'Period',
  value: 'Value',
  valueSource: 'Source',
  note: 'Note',
  revised: (earlier) => `revised (earlier value ${earlier})`,
  trend: (from, to, change, fromPeriod, toPeriod) => `Trend: ${from} (${fromPeriod}) → ${to} (${toPeriod}), a change of ${change}.`,
  better: 'The change is in the desired direction.',
  worse: 'The change is against the desired direction.',
  emptyTitle: 'No values have been published yet',
  empty: 'Once the metric’s values have been compiled, a chart, the same values as a table and the trend since the first value appear here.',
  emptyHow: 'City staff enter the values in the workspace: one at a time in a form, or as a CSV file (metric, period, value, source).',
  openData: 'The metrics as open data (JSON)',
  openDataCsv: 'The values as a CSV file',
  notFound: 'No such metric.',
  number: (n) => formatNumber('en', n),
  measures: 'Following the impact',
  impactMetric: 'Impact metric (a city strategy indicator)',
  checkpoints: 'Checkpoints',
  checkpointsCaption: 'Checkpoints and their measurable targets',
  dueOn: 'Date',
  checkpointTarget: 'Measurable target',
  met: 'Was it met',
  metValues: { unknown: 'not assessed yet', yes: 'met', no: 'not met' },
};

const catalogs: Record<Lang, ResultsSiteMessages> = { fi, sv, en };

export function resultsSiteMessages(lang: Lang): ResultsSiteMessages {
  return catalogs[lang];
}
