/**
 * The report as a Word document (the `docx` package): real headings, one table per section whose
 * header row repeats on every page, the document's language set (and each text in another language
 * marked with its own), the municipality, the round and the page number in the header and footer.
 * Landscape A4: the tables have up to ten columns.
 */
import {
  AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph, ShadingType,
  Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
} from 'docx';
import type { Lang } from '../../domain/language.ts';
import { LOCALES } from '../../i18n/site/format.ts';
import { reportMessages, type ReportMessages } from '../../i18n/reports/index.ts';
import type { FollowupReport, ReportEnabler, ShownList } from '../../services/reports/followup-report.ts';
import {
  actionColumns, cellText, difference, marked, notes, sectionTitle, summaryLines, summaryRows, titles, type Piece,
} from './layout.ts';

const HEADER_FILL = 'D9E2F3';

/** A run in its own language: Word checks its spelling with the right dictionary. */
function run(piece: Piece, options: { bold?: boolean } = {}): TextRun[] {
  // A line break inside a cell is a break in the run, not a new paragraph.
  return piece.text.split('\n').map((line, index) =>
    new TextRun({ text: line, break: index > 0 ? 1 : undefined, language: { value: LOCALES[piece.lang] }, bold: options.bold }));
}

/** Landscape A4 less the margins, in twentieths of a point (Word's table unit). */
const PAGE_MARGIN = 1000;
const TEXT_WIDTH = 16838 - 2 * PAGE_MARGIN;
const CELL_MARGINS = { top: 40, bottom: 40, left: 90, right: 90 };

interface DocxColumn {
  header: string;
  width: number;
  /** Counts read best right-aligned. */
  number?: boolean;
}

function textCell(piece: Piece, width: number, options: { header?: boolean; number?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGINS,
    shading: options.header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
    children: [new Paragraph({
      alignment: options.number ? AlignmentType.RIGHT : undefined,
      spacing: { after: 0 },
      children: run(piece, { bold: options.header }),
    })],
  });
}

/**
 * A table as wide as the text, its columns in proportion to their relative widths; a year column
 * ("2020", "x") never narrower than its four digits.
 */
function table(columns: DocxColumn[], rows: Piece[][], lang: Lang, width = TEXT_WIDTH): Table {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) => Math.round((column.width / total) * width));
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((column, index) => textCell({ text: column.header, lang }, widths[index]!, { header: true, number: column.number })),
      }),
      ...rows.map((cells) => new TableRow({
        cantSplit: true,
        children: cells.map((piece, index) => textCell(piece, widths[index]!, { number: columns[index]!.number })),
      })),
    ],
  });
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });
const paragraph = (piece: Piece) => new Paragraph({ children: run(piece) });

function list(t: ReportMessages, title: string, shown: ShownList | null): Paragraph[] {
  const items = shown
    ? shown.items.map((item, index) => new Paragraph({
      children: run({ text: index === shown.items.length - 1 ? marked(t, shown, item) : item, lang: shown.lang }),
      bullet: { level: 0 },
    }))
    : [paragraph({ text: t.notRecorded, lang: t.lang })];
  return [new Paragraph({ children: [new TextRun({ text: title, bold: true })] }), ...items];
}

function enablerBlock(t: ReportMessages, report: FollowupReport, enabler: ReportEnabler): Paragraph[] {
  const status = enabler.status
    ? enabler.status.items.map((item, index) =>
      paragraph({ text: index === enabler.status!.items.length - 1 ? marked(t, enabler.status!, item) : item, lang: enabler.status!.lang }))
    : [paragraph({ text: t.noEnablerStatus, lang: t.lang })];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: run({ text: marked(t, enabler.name), lang: enabler.name.lang }) }),
    ...list(t, t.measures, enabler.measures),
    ...list(t, t.metrics, enabler.metrics),
    new Paragraph({ children: [new TextRun({ text: t.roundLabel(report.round.year, report.round.month), bold: true })] }),
    ...status,
  ];
}

export async function writeDocx(report: FollowupReport): Promise<Buffer> {
  const t = reportMessages(report.lang);
  const own = (text: string): Piece => ({ text, lang: report.lang });
  const names = titles(report, t);
  const columns = actionColumns(report, t, { withSection: false });
  const cell = cellText(report, t);
  const summaryColumns: DocxColumn[] = [
    { header: t.stateColumn, width: 3 },
    { header: t.roundLabel(report.round.year, report.round.month), width: 2, number: true },
    ...(report.previousRound
      ? [{ header: t.previousColumn(t.roundLabel(report.previousRound.year, report.previousRound.month)), width: 3, number: true },
        { header: t.differenceColumn, width: 1.5, number: true }]
      : []),
  ];
  const summary = summaryRows(report, t).map((row) => [
    own(row.label), own(t.number(row.count)),
    ...(row.previous === null ? [] : [own(t.number(row.previous)), own(difference(t, row))]),
  ]);

  const body = [
    heading(names.title, HeadingLevel.HEADING_1),
    paragraph(own(names.byline)),
    ...(report.round.status === 'open' ? [new Paragraph({ children: [new TextRun({ text: t.openRound, bold: true })] })] : []),
    heading(t.summary, HeadingLevel.HEADING_2),
    table(summaryColumns, summary, report.lang, Math.round(TEXT_WIDTH * (report.previousRound ? 0.6 : 0.4))),
    ...summaryLines(report, t).map((line, index) => new Paragraph({ spacing: { before: index === 0 ? 160 : 0 }, children: run(own(line)) })),
    ...(report.sections.length === 0 ? [paragraph(own(t.noActions))] : []),
    ...report.sections.flatMap((section) => [
      heading(sectionTitle(t, section), HeadingLevel.HEADING_2),
      table(columns, section.actions.map((action) => columns.map((column) => cell(section, action, column.key))), report.lang),
    ]),
    ...(report.enablers.length > 0
      ? [heading(t.enablers, HeadingLevel.HEADING_2), ...report.enablers.flatMap((enabler) => enablerBlock(t, report, enabler))]
      : []),
    heading(t.notes, HeadingLevel.HEADING_2),
    ...notes(report, t).map((note) => paragraph(own(note))),
  ];

  const document = new Document({
    title: names.title,
    subject: `${names.municipality}: ${names.programme}, ${names.round}`,
    creator: 'Tiekartta',
    description: names.byline,
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 20, language: { value: LOCALES[report.lang] } }, paragraph: { spacing: { after: 80 } } },
        heading1: { run: { size: 36, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 120 } } },
        heading2: { run: { size: 28, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading3: { run: { size: 23, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      },
    },
    sections: [{
      properties: {
        page: {
          size: { orientation: PageOrientation.LANDSCAPE },
          margin: { top: PAGE_MARGIN, bottom: PAGE_MARGIN, left: PAGE_MARGIN, right: PAGE_MARGIN },
        },
      },
      headers: {
        default: new Header({
          children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: run(own(`${names.municipality} · ${names.programme} · ${names.round}`)) })],
        }),
      },
      footers: {
        default: new Footer({
          children: [new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ children: [`${names.generated} · ${t.page} `, PageNumber.CURRENT, ` ${t.pageOf} `, PageNumber.TOTAL_PAGES] }),
            ],
          })],
        }),
      },
      children: body,
    }],
  });
  return Packer.toBuffer(document);
}
