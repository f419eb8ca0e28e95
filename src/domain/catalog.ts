/** The Ministry of Finance incentive-programme catalog as read from its text, before it touches the database. */

/** A municipality as the catalog names it: resolved through the register, or kept as written (code null). */
export interface NamedMunicipality {
  code: string | null;
  name: { fi: string; sv?: string };
}

export interface CatalogPartner extends NamedMunicipality {
  /** The item of the list as written: "Kuusamon kaupunki", "Staden Jakobstad". */
  written: string;
  line: number;
  /** The joint authority whose member list named it: "KuusSote (Kuntayhtymän kuntia: Alavus, …)". */
  memberOf?: string;
}

/**
 * A person to ask about the project. Personal data: keep contacts out of search indexes, CSV, open data
 * and logs, and out of problem reports.
 */
export interface CatalogContact {
  name: string | null;
  /** As written after the name: "Espoo", "Porvoo (Porvoon kaupunginkirjasto)", "Lapin liitto". */
  organisation: string | null;
  email: string | null;
  phone: string | null;
  line: number;
}

/** A link to the project's site or report; `url` is null where the text only refers to one ("täältä"). */
export interface CatalogLink {
  url: string | null;
  text: string;
  line: number;
}

export type DescriptionBlock =
  | { kind: 'paragraph'; line: number; text: string }
  | { kind: 'list'; line: number; ordered: boolean; items: string[] };

export interface CatalogProject {
  /** Stable across imports of the same text: the lead's code and the normalised title (see docs/CATALOG.md). */
  id: string;
  /** The first and the last line of the entry in the file. */
  line: number;
  lastLine: number;
  title: string;
  /** The language of the entry's text. */
  lang: 'fi' | 'sv';
  ended: boolean;
  description: DescriptionBlock[];
  /** The municipality after the first contact's name; null when the entry names none. */
  lead: NamedMunicipality | null;
  partners: CatalogPartner[];
  contacts: CatalogContact[];
  links: CatalogLink[];
}

/** Something in the catalog a person should look at, by line. Details never hold a contact's data. */
export interface CatalogProblem {
  line: number;
  code: CatalogProblemCode;
  detail?: string;
}

export type CatalogProblemCode =
  /** An entry without a title line; `detail` is the name the description gives it, when it does. */
  | 'missing_title'
  /** "HANKE ON PÄÄTTYNYT" above the title, after the previous entry's contacts: read as the next entry's. */
  | 'ended_marker_before_title'
  /** A title with no description. */
  | 'no_description'
  /** "Lisätietoja" with nothing after it. */
  | 'empty_contact_section'
  /** No contact person: only a link, or no "Lisätietoja" at all. */
  | 'no_contact'
  /** Contacts without a municipality or organisation after the name (only an e-mail address). */
  | 'no_lead'
  /** A line among the contacts that is not "Name, Municipality". */
  | 'unreadable_contact'
  /** The lead's name is no municipality of the register (a regional council, a sub-region, a typo). */
  | 'unmatched_lead'
  /** A partner that is no municipality of the register (a joint authority, a company, a typo). */
  | 'unmatched_partner'
  /** "Muut kunnat:" with no names after it. */
  | 'empty_partners'
  /** "Muut kunnat:", "Lisätietoja" or a contact line before the first entry's title. */
  | 'outside_project'
  /** Two entries with the same identity: the same title and lead. */
  | 'duplicate_project';

export interface ParsedCatalog {
  projects: CatalogProject[];
  problems: CatalogProblem[];
}
