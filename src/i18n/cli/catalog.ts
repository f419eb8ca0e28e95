/** Texts of `tiekartta import catalog`, in the command line's languages. */
import type { CatalogProblemCode } from '../../domain/catalog.ts';
import type { Lang } from '../../domain/language.ts';

export interface CatalogCliMessages {
  dryRun: string;
  summary: (s: { projects: number; added: number; updated: number; removed: number; unchanged: number }) => string;
  changed: (kind: 'added' | 'updated' | 'removed', ids: string[]) => string;
  problemsHeading: (count: number) => string;
  problemLine: (line: number, problem: string, detail: string | undefined, project: string | undefined) => string;
  problem: Record<CatalogProblemCode, string>;
  fileTooLarge: (file: string, max: number) => string;
}

const fi: CatalogCliMessages = {
  dryRun: 'Kokeiluajo (--dry-run): mitään ei tallennettu.',
  summary: (s) => `Hankkeita ${s.projects}: ${s.added} uutta, ${s.updated} päivitetty, ${s.removed} poistettu, ${s.unchanged} ennallaan`,
  changed: (kind, ids) => `${{ added: 'Uudet', updated: 'Päivitetyt', removed: 'Poistetut' }[kind]}: ${ids.join(', ')}`,
  problemsHeading: (count) => `${count} kohtaa luettiin epäselvästi; korjaa ne lähteeseen:`,
  problemLine: (line, problem, detail, project) =>
    `  rivi ${line}: ${problem}${detail ? ` (${detail})` : ''}${project ? ` — hanke ${project}` : ''}`,
  problem: {
    missing_title: 'hankkeelta puuttuu otsikkorivi; nimi luettiin kuvauksesta',
    ended_marker_before_title: '"HANKE ON PÄÄTTYNYT" on otsikon yläpuolella; luettiin seuraavan hankkeen merkinnäksi',
    no_description: 'hankkeella ei ole kuvausta',
    empty_contact_section: '"Lisätietoja" ilman yhteystietoja',
    no_contact: 'hankkeella ei ole yhteyshenkilöä',
    no_lead: 'yhteystiedoista ei löydy vastuukuntaa',
    unreadable_contact: 'yhteystietoriviä ei voitu lukea muodossa "Nimi, Kunta"',
    unmatched_lead: 'vastuutaho ei ole kunta; säilytetään kirjoitetussa muodossa',
    unmatched_partner: 'kumppani ei ole kunta; säilytetään kirjoitetussa muodossa',
    empty_partners: '"Muut kunnat:" ilman nimiä',
    outside_project: 'rivi ennen ensimmäistä hanketta',
    duplicate_project: 'sama hanke (otsikko ja vastuukunta) on jo aiemmin; vain ensimmäinen tuotiin',
  },
  fileTooLarge: (file, max) => `${file}: tiedosto on liian suuri luetteloksi (enintään ${max / 1024 / 1024} Mt)`,
};

const sv: CatalogCliMessages = {
  dryRun: 'Provkörning (--dry-run): ingenting sparades.',
  summary: (s) => `Projekt ${s.projects}: ${s.added} nya, ${s.updated} uppdaterade, ${s.removed} borttagna, ${s.unchanged} oförändrade`,
  changed: (kind, ids) => `${{ added: 'Nya', updated: 'Uppdaterade', removed: 'Borttagna' }[kind]}: ${ids.join(', ')}`,
  problemsHeading: (count) => `${count} ställen lästes oklart; rätta dem i källan:`,
  problemLine: (line, problem, detail, project) =>
    `  rad ${line}: ${problem}${detail ? ` (${detail})` : ''}${project ? ` — projekt ${project}` : ''}`,
  problem: {
    missing_title: 'projektet saknar rubrikrad; namnet lästes ur beskrivningen',
    ended_marker_before_title: '"HANKE ON PÄÄTTYNYT" står ovanför rubriken; lästes som nästa projekts markering',
    no_description: 'projektet har ingen beskrivning',
    empty_contact_section: '"Lisätietoja" utan kontaktuppgifter',
    no_contact: 'projektet har ingen kontaktperson',
    no_lead: 'kontaktuppgifterna anger ingen ansvarig kommun',
    unreadable_contact: 'kontaktraden kunde inte läsas som "Namn, Kommun"',
    unmatched_lead: 'den ansvariga är ingen kommun; behålls som skriven',
    unmatched_partner: 'partnern är ingen kommun; behålls som skriven',
    empty_partners: '"Muut kunnat:" utan namn',
    outside_project: 'rad före det första projektet',
    duplicate_project: 'samma projekt (rubrik och ansvarig kommun) finns redan; bara det första importerades',
  },
  fileTooLarge: (file, max) => `${file}: filen är för stor för en katalog (högst ${max / 1024 / 1024} MB)`,
};

const en: CatalogCliMessages = {
  dryRun: 'Dry run (--dry-run): nothing was saved.',
  summary: (s) => `Projects ${s.projects}: ${s.added} new, ${s.updated} updated, ${s.removed} removed, ${s.unchanged} unchanged`,
  changed: (kind, ids) => `${{ added: 'New', updated: 'Updated', removed: 'Removed' }[kind]}: ${ids.join(', ')}`,
  problemsHeading: (count) => `${count} places did not read cleanly; fix them in the source:`,
  problemLine: (line, problem, detail, project) =>
    `  line ${line}: ${problem}${detail ? ` (${detail})` : ''}${project ? ` — project ${project}` : ''}`,
  problem: {
    missing_title: 'the project has no title line; its name was read from the description',
    ended_marker_before_title: '"HANKE ON PÄÄTTYNYT" stands above the title; read as the next project\'s marker',
    no_description: 'the project has no description',
    empty_contact_section: '"Lisätietoja" with no contacts',
    no_contact: 'the project has no contact person',
    no_lead: 'the contacts name no lead municipality',
    unreadable_contact: 'a contact line that does not read as "Name, Municipality"',
    unmatched_lead: 'the lead is no municipality; kept as written',
    unmatched_partner: 'the partner is no municipality; kept as written',
    empty_partners: '"Muut kunnat:" with no names',
    outside_project: 'a line before the first project',
    duplicate_project: 'the same project (title and lead) came earlier; only the first was imported',
  },
  fileTooLarge: (file, max) => `${file}: the file is too large to be the catalog (at most ${max / 1024 / 1024} MB)`,
};

export const catalogCliMessages: Record<Lang, CatalogCliMessages> = { fi, sv, en };
