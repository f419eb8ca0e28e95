import { describe, expect, it } from 'vitest';
import { parseCatalog } from './parse-catalog.ts';

const read = (...lines: string[]) => parseCatalog(lines.join('\n'));
const titles = (...lines: string[]) => read(...lines).projects.map((project) => project.title);

describe('broken catalog excerpts', () => {
  it('reports a title with no body, and reads the entry after it', () => {
    const excerpt = read('1. Ensimmäinen hanke', '2. Toinen hanke', 'Kuvaus toisesta.', 'Lisätietoja', 'Matti Meikäläinen, Porvoo');
    expect(excerpt.projects.map((p) => [p.title, p.line, p.lastLine])).toEqual([['Ensimmäinen hanke', 1, 1], ['Toinen hanke', 2, 5]]);
    expect(excerpt.problems).toEqual([{ line: 1, code: 'no_description' }, { line: 1, code: 'no_contact' }]);
  });

  it('reports "Lisätietoja" with nothing after it, at the end and before the next entry', () => {
    expect(read('Hanke', 'Kuvaus.', 'Lisätietoja').problems).toEqual([{ line: 3, code: 'empty_contact_section' }]);
    const excerpt = read('Hanke', 'Kuvaus.', 'Lisätietoja', 'Seuraava hanke', 'HANKE ON PÄÄTTYNYT', 'Kuvaus.', 'Lisätietoja', 'Maija Meikäläinen, Loviisa');
    expect(excerpt.projects.map((p) => [p.title, p.ended])).toEqual([['Hanke', false], ['Seuraava hanke', true]]);
    expect(excerpt.problems).toEqual([{ line: 3, code: 'empty_contact_section' }]);
  });

  it('reports a stray "Muut kunnat:" line before any entry, and one with no names', () => {
    const excerpt = read('Muut kunnat: Porvoo', 'Lisätietoja', 'Hanke', 'Kuvaus.', 'Muut kunnat:', 'Lisätietoja', 'Maija Meikäläinen, Loviisa');
    expect(excerpt.projects.map((p) => [p.title, p.partners])).toEqual([['Hanke', []]]);
    expect(excerpt.problems).toEqual([
      { line: 1, code: 'outside_project', detail: 'Muut kunnat' },
      { line: 2, code: 'outside_project', detail: 'Lisätietoja' },
      { line: 5, code: 'empty_partners' },
    ]);
  });

  it('reports a sentence among the contacts without repeating it, and a name with no municipality', () => {
    const excerpt = read('Hanke', 'Kuvaus.', 'Lisätietoja', 'Maija Meikäläinen', 'Soita meille arkisin klo 9–16.');
    expect(excerpt.projects[0]!.contacts).toEqual([{ name: 'Maija Meikäläinen', organisation: null, email: null, phone: null, line: 4 }]);
    expect(excerpt.problems).toEqual([{ line: 4, code: 'no_lead' }, { line: 5, code: 'unreadable_contact' }]);
  });

  it('reads a line under an empty "Lisätietoja" that is no contact but could be a title as the next entry', () => {
    const excerpt = read('Hanke', 'Kuvaus.', 'Lisätietoja', 'Matti, Porvoo', 'Kuvaus.');
    expect(excerpt.projects.map((p) => p.title)).toEqual(['Hanke', 'Matti, Porvoo']);
    expect(excerpt.problems).toEqual([{ line: 3, code: 'empty_contact_section' }, { line: 4, code: 'no_contact' }]);
  });

  it('reports the same entry twice', () => {
    const excerpt = read('Hanke', 'Kuvaus.', 'Lisätietoja', 'Maija Meikäläinen, Loviisa', 'Hanke', 'Kuvaus.', 'Lisätietoja', 'Matti Meikäläinen, Lovisa');
    expect(excerpt.projects.map((p) => p.id)).toEqual(['434-hanke', '434-hanke']);
    expect(excerpt.problems).toEqual([{ line: 5, code: 'duplicate_project', detail: 'Hanke' }]);
  });

  it('reads an ended marker written into the title, in any case', () => {
    expect(read('Hanke (HANKE ON PÄÄTTYNYT)', 'Kuvaus.', 'Lisätietoja', 'Maija Meikäläinen, Loviisa').projects[0]).toMatchObject({ title: 'Hanke', ended: true });
    expect(read('3. Hanke - hanke päättynyt', 'Kuvaus.').projects[0]).toMatchObject({ title: 'Hanke', ended: true });
    expect(read('Hanke', 'Hanke on päättynyt.', 'Kuvaus.').projects[0]).toMatchObject({ title: 'Hanke', ended: true });
  });

  it('gives "HANKE ON PÄÄTTYNYT" standing above a title to that entry, and reports it', () => {
    const excerpt = read('Hanke', 'Kuvaus.', 'Lisätietoja', 'Maija Meikäläinen, Loviisa', 'HANKE ON PÄÄTTYNYT', '', 'Toinen hanke', 'Kuvaus.');
    expect(excerpt.projects.map((p) => [p.title, p.ended, p.line, p.lastLine])).toEqual([['Hanke', false, 1, 4], ['Toinen hanke', true, 5, 8]]);
    expect(excerpt.problems).toEqual([{ line: 5, code: 'ended_marker_before_title' }, { line: 5, code: 'no_contact' }]);
  });

  it('reads e-mail addresses and phone numbers on a contact line into their own fields', () => {
    const [project] = read('Hanke', 'Kuvaus.', 'Lisätietoja', 'Maija Meikäläinen, Loviisa, maija.meikalainen@loviisa.fi, 040 123 4567').projects;
    expect(project!.contacts).toEqual([{ name: 'Maija Meikäläinen', organisation: 'Loviisa', email: 'maija.meikalainen@loviisa.fi', phone: '040 123 4567', line: 4 }]);
    expect(project!.lead).toEqual({ code: '434', name: { fi: 'Loviisa', sv: 'Lovisa' } });
  });

  it('takes Windows line ends, a byte order mark and blank lines', () => {
    const excerpt = parseCatalog('\uFEFFHanke\r\nEnsimmäinen kappale.\r\n\r\nToinen kappale.\r\n\r\nLisätietoja\r\nMaija Meikäläinen, Loviisa\r\n');
    expect(excerpt.problems).toEqual([]);
    expect(excerpt.projects[0]!.description.map((block) => block.line)).toEqual([2, 4]);
  });

  it('reads nothing from nothing', () => {
    expect(parseCatalog('')).toEqual({ projects: [], problems: [] });
    expect(titles('', '   ', '')).toEqual([]);
  });

  it('starts an entry without a title where the text begins with a sentence', () => {
    const excerpt = read('Tämä hanke kehittää asioita. Se on hyvä.', 'Lisätietoja', 'Maija Meikäläinen, Loviisa');
    expect(excerpt.projects[0]).toMatchObject({ title: '', description: [{ kind: 'paragraph', line: 1 }] });
    expect(excerpt.problems).toEqual([{ line: 1, code: 'missing_title' }]);
  });
});
