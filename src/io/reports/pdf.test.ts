/**
 * The PDF as a reader gets it, read with poppler's pdftotext and pdfinfo (scripts/ensure-poppler.sh):
 * tagged, titled, numbered pages, every action once in the text, in Finnish and Swedish.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/database.ts';
import type { FollowupReport } from '../../services/reports/followup-report.ts';
import { publishedReport, reportDatabase } from '../../../test/support/reports.ts';
import { ChromiumMissingError, launchChromium } from '../chromium.ts';
import { closePdfBrowser, writePdf } from './pdf.ts';

const run = promisify(execFile);
let store: Store;
let folder: string;

beforeAll(async () => {
  store = await reportDatabase();
  folder = await mkdtemp(join(tmpdir(), 'tiekartta-pdf-'));
});
afterAll(async () => {
  await closePdfBrowser();
  await store?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function readPdf(report: FollowupReport) {
  const path = join(folder, `${report.lang}.pdf`);
  await writeFile(path, await writePdf(report));
  const info = Object.fromEntries((await run('pdfinfo', [path])).stdout.split('\n')
    .map((line) => /^([^:]+):\s*(.*)$/.exec(line)).filter((match) => match !== null).map((match) => [match[1], match[2]]));
  const pages = (await run('pdftotext', ['-layout', path, '-'])).stdout.split('\f').filter((page) => page.trim() !== '');
  return { info, pages, text: (await run('pdftotext', [path, '-'])).stdout };
}

describe.each(['fi', 'sv'] as const)('the PDF report in %s', (lang) => {
  it('is tagged, titled and paginated, and names every action of the round', async () => {
    const report = await publishedReport(store, lang, 'pdf');
    const { info, pages, text } = await readPdf(report);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe(lang === 'fi' ? 'Digiohjelma 2020–2023 – Tilanne 03/2023 – Porvoo' : 'Digiprogram 2020–2023 – Status 03/2023 – Borgå');
    expect(info['Page size']).toContain('A4');
    const count = Number(info.Pages);
    expect(count).toBeGreaterThan(5);
    expect(pages).toHaveLength(count);
    pages.forEach((page, index) => expect(page).toContain(`${lang === 'fi' ? 'Sivu' : 'Sida'} ${index + 1} / ${count}`));
    expect(pages[0]).toContain(lang === 'fi' ? 'Yhteenveto' : 'Sammanfattning');
    const flat = text.replace(/\s+/g, ' ');
    for (const action of report.sections.flatMap((section) => section.actions)) {
      // Names wrap inside their cells: compare the first words, which start the cell.
      const start = action.name.text.split(' ').slice(0, 2).join(' ');
      expect(flat, action.ref).toContain(start);
    }
    expect(flat).toContain(lang === 'fi' ? 'Huomautukset' : 'Anmärkningar');
    if (lang === 'sv') expect(flat).toContain('(oöversatt, på finska)');
  });
});

it('says plainly that Chromium is missing, and how to install it', async () => {
  const error = await launchChromium('/nonexistent/chromium').catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ChromiumMissingError);
  expect(String((error as Error).message)).toContain('apt-get install chromium');
});
