/**
 * Reads the Ministry of Finance incentive-programme catalog (demo/vm-incentive-projects-catalog-fi.txt):
 * entries of a title, maybe "HANKE ON PÄÄTTYNYT", a description, "Muut kunnat:" and "Lisätietoja" with
 * contacts, in varying order and spelling (docs/CATALOG.md lists the variants). Municipalities are resolved
 * through the register. Never throws: every entry it cannot read cleanly is reported with its line, and
 * everything else is read, so a person can fix the source in one go.
 */
import type { CatalogPartner, CatalogProblem, CatalogProject, NamedMunicipality, ParsedCatalog } from '../../domain/catalog.ts';
import type { Municipality } from '../../domain/municipalities/register.ts';
import { resolveMunicipality } from '../../domain/municipalities/resolve-municipality.ts';
import { readTitle } from './catalog-lines.ts';
import { describe } from './description.ts';
import { entryLanguage } from './entry-language.ts';
import { splitPartnerList } from './partner-list.ts';
import { projectId } from './project-id.ts';
import { readEntries, type EntryDraft } from './read-entries.ts';

const named = (municipality: Municipality): NamedMunicipality =>
  ({ code: municipality.code, name: { fi: municipality.name.fi, sv: municipality.name.sv } });

// An entry without a title line often names itself: "”Digitaalinen tulevaisuus …” -hanke".
const NAME_IN_TEXT = /[”"“]([^”"“]{3,150})[”"“]\s*-?\s*hank/u;

function resolvePartners(draft: EntryDraft, problems: CatalogProblem[]): CatalogPartner[] {
  return draft.partnerLists.flatMap(({ text, line }) => {
    const names = splitPartnerList(text);
    if (names.length === 0) problems.push({ line, code: 'empty_partners' });
    return names.map(({ written, memberOf }): CatalogPartner => {
      const resolution = resolveMunicipality(written);
      if (!resolution.matched) problems.push({ line, code: 'unmatched_partner', detail: written });
      const municipality = resolution.matched ? named(resolution.municipality) : { code: null, name: { fi: written } };
      return { ...municipality, written, line, ...(memberOf ? { memberOf } : {}) };
    });
  });
}

/** The lead is the municipality after the first contact's name ("Porvoo (Porvoon kaupunginkirjasto)" is Porvoo). */
function leadOf(draft: EntryDraft, problems: CatalogProblem[]): NamedMunicipality | null {
  const unfilled = draft.contactSections.filter((section) => !section.filled);
  for (const section of unfilled) problems.push({ line: section.line, code: 'empty_contact_section' });
  if (draft.contacts.length === 0) {
    if (unfilled.length === 0) problems.push({ line: draft.line, code: 'no_contact' });
    return null;
  }
  const first = draft.contacts.find((contact) => contact.organisation);
  if (!first?.organisation) {
    problems.push({ line: draft.contacts[0]!.line, code: 'no_lead' });
    return null;
  }
  const organisation = first.organisation.replace(/\s*\(.*\)\s*$/u, '');
  const resolution = resolveMunicipality(organisation);
  if (resolution.matched) return named(resolution.municipality);
  problems.push({ line: first.line, code: 'unmatched_lead', detail: first.organisation });
  return { code: null, name: { fi: first.organisation } };
}

function finish(draft: EntryDraft, problems: CatalogProblem[]): CatalogProject {
  const description = describe(draft.body);
  const written = draft.title ? readTitle(draft.title.text) : null;
  let title = written?.title ?? '';
  if (!draft.title) {
    const firstText = description.find((block) => block.kind === 'paragraph')?.text ?? '';
    title = NAME_IN_TEXT.exec(firstText)?.[1]?.trim() ?? '';
    problems.push({ line: draft.line, code: 'missing_title', ...(title ? { detail: title } : {}) });
  } else if (draft.endedAboveTitle !== null) {
    problems.push({ line: draft.endedAboveTitle, code: 'ended_marker_before_title' });
  }
  if (description.length === 0) problems.push({ line: draft.title?.line ?? draft.line, code: 'no_description' });
  const partners = resolvePartners(draft, problems);
  const lead = leadOf(draft, problems);
  const text = [title, ...description.map((block) => (block.kind === 'paragraph' ? block.text : block.items.join(' ')))].join(' ');
  return {
    id: projectId(title, lead),
    line: draft.line,
    lastLine: draft.lastLine,
    title,
    lang: entryLanguage(text),
    ended: draft.ended || !!written?.ended,
    description,
    lead,
    partners,
    contacts: draft.contacts,
    links: draft.links,
  };
}

export function parseCatalog(input: string): ParsedCatalog {
  const lines = input.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u).map((line) => line.trim());
  const { drafts, problems } = readEntries(lines);
  const projects = drafts.map((draft) => finish(draft, problems));
  const seen = new Set<string>();
  for (const project of projects) {
    if (seen.has(project.id)) problems.push({ line: project.line, code: 'duplicate_project', detail: project.title });
    seen.add(project.id);
  }
  problems.sort((a, b) => a.line - b.line);
  return { projects, problems };
}
