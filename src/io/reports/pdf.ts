/**
 * The report as PDF: the HTML report printed by Debian's Chromium (playwright-core drives
 * /usr/bin/chromium; no browser is downloaded), tagged, with an outline, the title and language of
 * the page, and page numbers in the footer.
 *
 * One browser serves the process, started on first use and closed when idle; prints take turns, so
 * PDF work never holds more than one page open, and each print is bounded in time.
 */
import { html } from 'hono/html';
import type { Browser } from 'playwright-core';
import { reportMessages } from '../../i18n/reports/index.ts';
import type { FollowupReport } from '../../services/reports/followup-report.ts';
import { launchChromium } from '../chromium.ts';
import { writeHtml } from './html.tsx';
import { titles } from './layout.ts';

const PRINT_TIMEOUT_MS = 30_000;
const IDLE_CLOSE_MS = 60_000;

let browser: Promise<Browser> | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let queue: Promise<unknown> = Promise.resolve();

async function openBrowser(): Promise<Browser> {
  const launched = await launchChromium();
  launched.on('disconnected', () => {
    browser = null;
  });
  return launched;
}

/** Closes the shared browser now (the `report` command, tests); the next print starts another. */
export async function closePdfBrowser(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const open = browser;
  browser = null;
  if (open) await (await open.catch(() => null))?.close();
}

function footerTemplate(report: FollowupReport): string {
  const t = reportMessages(report.lang);
  const names = titles(report, t);
  // Chromium fills .pageNumber and .totalPages; the template has no page styles, so it sets its own size.
  return html`<div style="font-size:8pt;width:100%;margin:0 12mm;display:flex;justify-content:space-between;font-family:sans-serif">
    <span>${names.municipality} · ${names.round}</span>
    <span>${t.page} <span class="pageNumber"></span> ${t.pageOf} <span class="totalPages"></span></span></div>`.toString() as string;
}

async function print(report: FollowupReport): Promise<Buffer> {
  browser ??= openBrowser().catch((error: unknown) => {
    browser = null;
    throw error;
  });
  const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(PRINT_TIMEOUT_MS);
    await page.setContent(await writeHtml(report), { waitUntil: 'load' });
    return await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(report),
    });
  } finally {
    await context.close();
  }
}

export function writePdf(report: FollowupReport): Promise<Buffer> {
  const turn = queue.then(() => print(report));
  queue = turn.catch(() => undefined);
  void turn.finally(() => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void closePdfBrowser(), IDLE_CLOSE_MS);
    idleTimer.unref();
  }).catch(() => undefined);
  return turn;
}
