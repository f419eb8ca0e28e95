/**
 * The time to write the follow-up report in each format, as a ratio to writing its HTML: for the demo
 * round (63 actions) and for a round of 500 actions (the demo's actions repeated, texts and all).
 * The report's content is read once; only the writing is timed, the median of a few runs.
 */
import { DEMO_PROGRAMME, loadDemo } from '../src/io/demo.ts';
import { openDatabase, newPglite } from '../src/db/database.ts';
import { closePdfBrowser } from '../src/io/reports/pdf.ts';
import { writeReport } from '../src/io/reports/write-report.ts';
import { PUBLIC } from '../src/domain/actor.ts';
import { runRead } from '../src/services/context.ts';
import { readPublishedReport, REPORT_FORMATS, type FollowupReport, type ReportFormat } from '../src/services/reports/followup-report.ts';

const RUNS = 5;

/** The report with its actions repeated until it has `count`, each with a reference of its own. */
function enlarged(report: FollowupReport, count: number): FollowupReport {
  const all = report.sections.flatMap((section) => section.actions.map((action) => ({ section, action })));
  const sections = report.sections.map((section) => ({ ...section, actions: [] as typeof section.actions }));
  for (let index = 0; index < count; index++) {
    const { section, action } = all[index % all.length]!;
    sections.find((target) => target.position === section.position)!.actions.push({ ...action, ref: `${section.position}.${index + 1}` });
  }
  return { ...report, sections, summary: { ...report.summary, actionCount: count } };
}

async function medianMs(report: FollowupReport, format: ReportFormat): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await writeReport(report, format);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

export interface ReportRow {
  format: ReportFormat;
  demoMs: number;
  largeMs: number;
}

export async function measureReports(): Promise<ReportRow[]> {
  const store = await openDatabase({ pglite: newPglite() });
  try {
    await loadDemo(store);
    const demo = await runRead(store, { actor: PUBLIC, municipality: { slug: 'porvoo' } }, (ctx) =>
      readPublishedReport(ctx, { programme: DEMO_PROGRAMME, round: '2022-09', lang: 'fi', format: 'html' }));
    const large = enlarged(demo, 500);
    // The first PDF starts the browser: not part of any measured run.
    await writeReport(demo, 'pdf');
    const rows: ReportRow[] = [];
    for (const format of ['html', ...REPORT_FORMATS.filter((format) => format !== 'html')] as const) {
      process.stdout.write(`Reports: ${format} … `);
      rows.push({ format, demoMs: await medianMs(demo, format), largeMs: await medianMs(large, format) });
      console.log(`${rows.at(-1)!.demoMs.toFixed(0)} ms, ${rows.at(-1)!.largeMs.toFixed(0)} ms for 500 actions`);
    }
    return rows;
  } finally {
    await closePdfBrowser();
    await store.close();
  }
}

export function reportsTable(rows: ReportRow[]): string {
  const html = rows.find((row) => row.format === 'html')!;
  return [
    '| Format | Demo round (63 actions) | × HTML | 500 actions | × HTML |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.format.toUpperCase()} | ${row.demoMs.toFixed(1)} ms | ${(row.demoMs / html.demoMs).toFixed(1)} | `
      + `${row.largeMs.toFixed(1)} ms | ${(row.largeMs / html.largeMs).toFixed(1)} |`),
  ].join('\n');
}
