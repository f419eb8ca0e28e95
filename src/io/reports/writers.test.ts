/**
 * The report files read back as a reader's program would: the DOCX unzipped and its XML read, the
 * XLSX opened with exceljs, the CSV parsed with csv-parse, the HTML parsed. Every action of the round
 * appears once, in its section, with its state, in the report's language or marked.
 */
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { decodeXML } from 'entities';
import { DomUtils, parseDocument } from 'htmlparser2';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/database.ts';
import type { FollowupReport } from '../../services/reports/followup-report.ts';
import { ADDED_IN_LATER_ROUND, DONE_IN_LATER_ROUND, publishedReport, reportDatabase, TRANSLATED } from '../../../test/support/reports.ts';
import { writeCsv } from './csv.ts';
import { writeDocx } from './docx.ts';
import { writeHtml } from './html.tsx';
import { REPORT_STYLE_SOURCE } from './html-style.ts';
import { reportFileName } from './layout.ts';
import { writeXlsx } from './xlsx.ts';

const { findAll, getAttributeValue, textContent } = DomUtils;

let store: Store;
const reports = {} as Record<'fi' | 'sv', FollowupReport>;
beforeAll(async () => {
  store = await reportDatabase();
  reports.fi = await publishedReport(store, 'fi');
  reports.sv = await publishedReport(store, 'sv');
});
afterAll(async () => store?.close());

const actionsOf = (report: FollowupReport) => report.sections.flatMap((section) => section.actions);
/** The report with one status text a spreadsheet would run as a formula. */
const withFormula = (report: FollowupReport): FollowupReport => structuredClone({
  ...report,
  sections: report.sections.map((section, index) => index > 0 ? section : {
    ...section,
    actions: section.actions.map((action, row) => row > 0 ? action : { ...action, status: { text: '=HYPERLINK("http://x")', lang: report.lang, untranslated: false } }),
  }),
});

/** The text of each paragraph of a Word XML part, and the rows of each table as cell texts. */
function readWordXml(xml: string) {
  const texts = (part: string) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => decodeXML(match[1]!)).join('');
  const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((match) => match[0]);
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...table[1]!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g)].map((row) => ({
      header: row[0].includes('<w:tblHeader/>') || row[0].includes('<w:tblHeader w:val="true"/>'),
      cells: [...row[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((tc) => texts(tc[1]!)),
    })));
  const headings = paragraphs.flatMap((paragraph) => {
    const style = /<w:pStyle w:val="(Heading\d)"\/>/.exec(paragraph)?.[1];
    return style ? [{ style, text: texts(paragraph) }] : [];
  });
  return { tables, headings, text: texts(xml) };
}

describe.each(['fi', 'sv'] as const)('the report in %s', (lang) => {
  const own = {
    fi: { round: 'Tilanne 03/2023', state: 'Tila', done: 'Toteutettu', section1: 'Osio 1', enablers: 'Mahdollistajat', mark: '(vain suomeksi)' },
    sv: { round: 'Status 03/2023', state: 'Läge', done: 'Genomförd', section1: 'Avsnitt 1', enablers: 'Möjliggörare', mark: '(oöversatt, på finska)' },
  }[lang];

  it('as DOCX: Word headings, a table per section with a repeated header row, every action once, the language set', async () => {
    const report = reports[lang];
    const zip = await JSZip.loadAsync(await writeDocx(report));
    const document = readWordXml(await zip.file('word/document.xml')!.async('string'));
    expect(document.headings[0]).toEqual({ style: 'Heading1', text: `${lang === 'fi' ? 'Digiohjelma' : 'Digiprogram'} 2020–2023 – ${own.round}` });
    expect(document.headings.filter((heading) => heading.style === 'Heading2').map((heading) => heading.text))
      .toEqual(expect.arrayContaining([own.section1, own.enablers]));
    // The summary and seven sections.
    expect(document.tables).toHaveLength(8);
    const sectionTables = document.tables.slice(1);
    for (const table of sectionTables) {
      expect(table[0]!.header).toBe(true);
      expect(table[0]!.cells).toEqual(expect.arrayContaining([own.state, own.round, '2020', '2023']));
    }
    const rows = sectionTables.flatMap((table) => table.slice(1).map((row) => row.cells));
    expect(rows).toHaveLength(actionsOf(report).length);
    expect(new Set(rows.map((cells) => cells[0])).size).toBe(rows.length);
    const nameColumn = sectionTables[0]![0]!.cells.indexOf(lang === 'fi' ? 'Toimenpide' : 'Åtgärd');
    const done = rows.find((cells) => cells[nameColumn]!.startsWith(DONE_IN_LATER_ROUND))!;
    expect(done).toEqual(expect.arrayContaining([own.done, 'x']));
    expect(rows.filter((cells) => cells[nameColumn]!.startsWith(ADDED_IN_LATER_ROUND))).toHaveLength(1);
    if (lang === 'sv') {
      expect(rows.find((cells) => cells[nameColumn] === TRANSLATED.sv)).toEqual(expect.arrayContaining([TRANSLATED.svStatus]));
      expect(done[nameColumn]).toBe(`${DONE_IN_LATER_ROUND} ${own.mark}`);
    } else {
      expect(document.text).not.toContain(own.mark);
    }
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain(`<w:lang w:val="${lang}-FI"/>`);
    const footer = Object.keys(zip.files).find((name) => /word\/footer\d*\.xml/.test(name))!;
    const footerXml = await zip.file(footer)!.async('string');
    expect(footerXml).toMatch(/PAGE/);
    expect(footerXml).toMatch(/NUMPAGES/);
    expect(footerXml).toContain(lang === 'fi' ? 'Laadittu 23. marraskuuta 2026' : 'Upprättad 23 november 2026');
  });

  it('as XLSX: one sheet of actions with a section column, a frozen header and filters; enablers and summary sheets', async () => {
    const report = withFormula(reports[lang]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await writeXlsx(report) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
      lang === 'fi' ? ['Toimenpiteet', 'Mahdollistajat', 'Yhteenveto'] : ['Åtgärder', 'Möjliggörare', 'Sammanfattning']);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header[0]).toBe(lang === 'fi' ? 'Osio' : 'Avsnitt');
    expect(header).toEqual(expect.arrayContaining([own.state, own.round]));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(header.indexOf(own.round) + 1).width).toBeGreaterThan(40);
    expect(sheet.rowCount).toBe(1 + actionsOf(report).length);
    const rows = sheet.getRows(2, sheet.rowCount - 1)!.map((row) => (row.values as unknown[]).slice(1));
    const stateColumn = header.indexOf(own.state);
    expect(rows.every((row) => typeof row[stateColumn] === 'string')).toBe(true);
    expect(rows.filter((row) => row[0] === own.section1)).toHaveLength(report.sections[0]!.actions.length);
    // A text that looks like a formula is stored as text, never as a formula.
    const formulaCell = sheet.getRow(2).getCell(header.indexOf(own.round) + 1);
    expect(formulaCell.type).toBe(ExcelJS.ValueType.String);
    expect(formulaCell.value).toBe('=HYPERLINK("http://x")');
    const enablers = workbook.worksheets[1]!;
    expect(enablers.rowCount).toBe(1 + report.enablers.length);
  });

  it('as CSV: `;` between cells, one row per action, formulas neutralised', async () => {
    const report = withFormula(reports[lang]);
    const csv = writeCsv(report);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = parse(csv, { bom: true, delimiter: ';' });
    const [header, ...body] = rows as [string[], ...string[][]];
    expect(header).toEqual(expect.arrayContaining([own.state, own.round, '2022']));
    expect(body).toHaveLength(actionsOf(report).length);
    const statusColumn = header.indexOf(own.round);
    expect(body[0]![statusColumn]).toBe('\'=HYPERLINK("http://x")');
    expect(body.every((row) => row.length === header.length)).toBe(true);
    const refColumn = header.indexOf(lang === 'fi' ? 'Tunnus' : 'Kod');
    expect(body.map((row) => row[refColumn])).toEqual(actionsOf(report).map((action) => action.ref));
  });

  it('as HTML: a standalone page in the language, with table headers, every action once, and the style the CSP allows', async () => {
    const report = reports[lang];
    const page = await writeHtml(report);
    const dom = parseDocument(page);
    const byName = (name: string) => findAll((element) => element.name === name, dom.children);
    expect(getAttributeValue(byName('html')[0]!, 'lang')).toBe(lang);
    expect(textContent(byName('title')[0]!)).toContain(own.round);
    expect(byName('script')).toHaveLength(0);
    const style = textContent(byName('style')[0]!);
    expect(`'sha256-${createHash('sha256').update(style).digest('base64')}'`).toBe(REPORT_STYLE_SOURCE);
    const rowHeaders = byName('th').filter((th) => getAttributeValue(th, 'scope') === 'row');
    const names = rowHeaders.map((th) => textContent(th));
    for (const action of actionsOf(report)) {
      expect(names.filter((name) => name.startsWith(action.name.text))).toHaveLength(1);
    }
    if (lang === 'sv') {
      const untranslated = findAll((element) => getAttributeValue(element, 'lang') === 'fi', dom.children);
      expect(untranslated.length).toBeGreaterThan(60);
      expect(page).toContain(own.mark);
      expect(page).toMatch(/\d+ texter saknas på svenska/);
    }
  });

  it('names its file after the municipality, programme, round and language', () => {
    expect(reportFileName(reports[lang], 'docx')).toBe(`porvoo-digi-2020-2023-${lang === 'fi' ? 'seuranta' : 'uppfoljning'}-2023-03-${lang}.docx`);
  });
});
