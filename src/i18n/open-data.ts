/**
 * The open data package's documentation: what each file and column holds, in Finnish, Swedish and
 * English (the README), with English also in datapackage.json. Keys are the files' and columns' names.
 */
import type { Lang } from '../domain/language.ts';

type Texts = Record<Lang, string>;

export const PACKAGE_TEXTS = {
  title: {
    fi: 'Digiohjelman toimenpiteet ja seuranta',
    sv: 'Digiprogrammets åtgärder och uppföljning',
    en: "The digital programme's actions and follow-up",
  },
  intro: {
    fi: 'Ohjelman toimenpiteet, seurantakierrokset, toimenpiteiden tilanne kullakin kierroksella, mahdollistajat sekä kunnan julkaistut ideat ja niiden käsittely CSV-tiedostoina (UTF-8, pilkku erottimena). Tekstit ovat pitkässä muodossa: yksi rivi kieltä kohden, kieli sarakkeessa lang. Tiedostojen rakenne on kuvattu tiedostossa datapackage.json (Frictionless Data Package).',
    sv: 'Programmets åtgärder, uppföljningsomgångar, åtgärdernas status i varje omgång, möjliggörarna samt kommunens publicerade idéer och deras behandling som CSV-filer (UTF-8, kommatecken som avgränsare). Texterna är i långt format: en rad per språk, språket i kolumnen lang. Filernas struktur beskrivs i datapackage.json (Frictionless Data Package).',
    en: "The programme's actions, follow-up rounds, each action's status in each round, the enablers, and the municipality's published ideas and how they were handled as CSV files (UTF-8, comma-separated). Texts are in long format: one row per language, the language in the column lang. The files' structure is described in datapackage.json (Frictionless Data Package).",
  },
  catalogTitle: {
    fi: (place: string) => `${place}: digiohjelman avoin data`,
    sv: (place: string) => `${place}: digiprogrammets öppna data`,
    en: (place: string) => `${place}: the digital programme's open data`,
  },
  catalogDescription: {
    fi: 'Kunnan digiohjelmat, niiden toimenpiteet ja seuranta koneluettavina aineistoina.',
    sv: 'Kommunens digiprogram, deras åtgärder och uppföljning som maskinläsbara datamängder.',
    en: "The municipality's digital programmes, their actions and follow-up as machine-readable datasets.",
  },
  distributions: {
    datapackage: { fi: 'Koko aineisto Data Package -pakettina (CSV)', sv: 'Hela datamängden som Data Package (CSV)', en: 'The whole dataset as a Data Package (CSV)' },
    actionsCsv: { fi: 'Toimenpiteet ja uusin tilanne (CSV)', sv: 'Åtgärderna och deras senaste läge (CSV)', en: 'The actions and their latest state (CSV)' },
    actionsJson: { fi: 'Toimenpiteet rajapinnasta (JSON)', sv: 'Åtgärderna via gränssnittet (JSON)', en: 'The actions from the API (JSON)' },
  },
  keywords: {
    fi: ['digitalisaatio', 'digiohjelma', 'seuranta', 'kunta'],
    sv: ['digitalisering', 'digiprogram', 'uppföljning', 'kommun'],
    en: ['digitalisation', 'digital programme', 'follow-up', 'municipality'],
  },
  licence: { fi: 'Lisenssi', sv: 'Licens', en: 'Licence' },
  column: { fi: 'Sarake', sv: 'Kolumn', en: 'Column' },
  resources: {
    actions: { fi: 'Toimenpiteet', sv: 'Åtgärder', en: 'Actions' },
    action_texts: { fi: 'Toimenpiteiden nimet kielittäin', sv: 'Åtgärdernas namn per språk', en: "Actions' names by language" },
    rounds: { fi: 'Seurantakierrokset', sv: 'Uppföljningsomgångar', en: 'Follow-up rounds' },
    statuses: { fi: 'Toimenpiteiden tila kullakin kierroksella', sv: 'Åtgärdernas läge i varje omgång', en: "Each action's state in each round" },
    status_texts: { fi: 'Tilannetekstit kielittäin', sv: 'Statustexter per språk', en: 'Status texts by language' },
    enablers: { fi: 'Mahdollistajat', sv: 'Möjliggörare', en: 'Enablers' },
    enabler_texts: {
      fi: 'Mahdollistajien nimet, toimenpiteet, mittarit ja tilannetekstit kielittäin',
      sv: 'Möjliggörarnas namn, åtgärder, mätare och statustexter per språk',
      en: "Enablers' names, measures, metrics and status texts by language",
    },
    ideas: { fi: 'Julkaistut ideat ja niiden käsittely', sv: 'Publicerade idéer och deras behandling', en: 'Published ideas and how they were handled' },
    idea_texts: { fi: 'Ideoiden tekstit kielittäin', sv: 'Idéernas texter per språk', en: "Ideas' texts by language" },
  } satisfies Record<string, Texts>,
  fields: {
    ref: { fi: 'Toimenpiteen tunnus (osio.rivi), pysyvä', sv: 'Åtgärdens kod (avsnitt.rad), bestående', en: "The action's reference (section.row), stable" },
    section: { fi: 'Osion järjestysnumero', sv: 'Avsnittets ordningsnummer', en: "The section's number" },
    years: { fi: 'Vuodet, joille toimenpide on aikataulutettu, välilyönnein eroteltuna', sv: 'De år åtgärden är planerad för, åtskilda med mellanslag', en: 'The years the action is scheduled for, separated by spaces' },
    co_funded: { fi: 'Onko toimenpide tai sen osa saanut VM:n kannustinrahoitusta', sv: 'Om åtgärden eller en del av den har fått FM:s incitamentsfinansiering', en: "Whether the action or part of it was funded by the Ministry of Finance's incentive programme" },
    lang: { fi: 'Tekstin kieli (fi, sv, en)', sv: 'Textens språk (fi, sv, en)', en: "The text's language (fi, sv, en)" },
    name: { fi: 'Nimi', sv: 'Namn', en: 'Name' },
    co_funded_part: { fi: 'Yhteisrahoitteinen osa, kun vain osa toimenpiteestä on yhteisrahoitteinen', sv: 'Den samfinansierade delen, när bara en del av åtgärden är samfinansierad', en: 'The co-funded part, when only part of the action is co-funded' },
    round: { fi: 'Seurantakierros muodossa VVVV-KK', sv: 'Uppföljningsomgång som ÅÅÅÅ-MM', en: 'The follow-up round as YYYY-MM' },
    year: { fi: 'Kierroksen vuosi', sv: 'Omgångens år', en: "The round's year" },
    month: { fi: 'Kierroksen kuukausi', sv: 'Omgångens månad', en: "The round's month" },
    round_lang: { fi: 'Kieli, jolla kierroksen raportti laadittiin', sv: 'Språket som omgångens rapport skrevs på', en: "The language the round's report was written in" },
    state: {
      fi: 'Tila: done (toteutettu), in_progress (käynnissä), not_advanced (ei edennyt), postponed (siirretty), abandoned (keskeytetty), no_status (ei tilannetietoa)',
      sv: 'Läge: done (genomförd), in_progress (pågår), not_advanced (har inte framskridit), postponed (uppskjuten), abandoned (avbruten), no_status (ingen statusuppgift)',
      en: 'State: done, in_progress, not_advanced, postponed, abandoned, no_status',
    },
    state_inferred: { fi: 'Tosi, kun tila on päätelty tilannetekstistä eikä kukaan ole vahvistanut sitä', sv: 'Sant när läget har härletts ur statustexten och inte bekräftats', en: 'True when the state was inferred from the status text and nobody has confirmed it' },
    traffic_light: { fi: 'Liikennevalo (green, yellow, red), jos kierroksella on sellainen', sv: 'Trafikljus (green, yellow, red) om omgången har ett', en: 'Traffic light (green, yellow, red), when the round has one' },
    text: { fi: 'Teksti', sv: 'Text', en: 'Text' },
    position: { fi: 'Mahdollistajan järjestysnumero', sv: 'Möjliggörarens ordningsnummer', en: "The enabler's number" },
    field: { fi: 'Mikä teksti: name (nimi), measure (toimenpide), metric (mittari) tai status (tilanne)', sv: 'Vilken text: name (namn), measure (åtgärd), metric (mätare) eller status', en: 'Which text: name, measure, metric or status' },
    item: { fi: 'Kohdan järjestysnumero luettelossa (1, 2, …)', sv: 'Punktens nummer i listan (1, 2, …)', en: "The item's number in its list (1, 2, …)" },
    idea: { fi: 'Idean tunnus, pysyvä', sv: 'Idéns kod, bestående', en: "The idea's reference, stable" },
    idea_lang: { fi: 'Kieli, jolla idea lähetettiin', sv: 'Språket som idén skickades på', en: 'The language the idea was sent in' },
    idea_state: {
      fi: 'Käsittelyn vaihe: new (uusi), evaluating (arvioitavana), accepted (hyväksytty), parked (odottaa), declined (hylätty), merged (yhdistetty toiseen)',
      sv: 'Behandlingsskede: new (ny), evaluating (bedöms), accepted (godkänd), parked (vilande), declined (avslagen), merged (sammanslagen med en annan)',
      en: 'Stage: new, evaluating, accepted, parked, declined, merged (into another idea or an action)',
    },
    received: { fi: 'Päivä, jona idea saapui', sv: 'Dagen då idén kom in', en: 'The day the idea was received' },
    decided_on: { fi: 'Ohjausryhmän päätöksen päivä, kun päätös on tehty', sv: 'Dagen för styrgruppens beslut, när beslut har fattats', en: "The day of the steering group's decision, once there is one" },
    idea_action: {
      fi: 'Toimenpide (tunnus), joksi idea tuli tai johon se yhdistettiin, kun se on tämän ohjelman; muuten tyhjä',
      sv: 'Åtgärden (kod) som idén blev eller slogs samman med, när den hör till detta program; annars tom',
      en: 'The action (reference) the idea became or was merged into, when it is in this programme; else empty',
    },
    idea_field: {
      fi: 'Mikä teksti: title (otsikko), description (kuvaus), beneficiaries (ketä hyödyttää) tai decision_reason (päätöksen perustelu)',
      sv: 'Vilken text: title (rubrik), description (beskrivning), beneficiaries (vem den gagnar) eller decision_reason (beslutets motivering)',
      en: 'Which text: title, description, beneficiaries (who benefits) or decision_reason',
    },
    enabler_round: { fi: 'Seurantakierros (VVVV-KK) tilannetekstille, muuten tyhjä', sv: 'Uppföljningsomgång (ÅÅÅÅ-MM) för en statustext, annars tom', en: 'The follow-up round (YYYY-MM) of a status text, else empty' },
  } satisfies Record<string, Texts>,
};

export type PackageField = keyof typeof PACKAGE_TEXTS.fields;
export type PackageResource = keyof typeof PACKAGE_TEXTS.resources;
