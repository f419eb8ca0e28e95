/** The public report downloads through the real app: links, answers, file names, the cache and the CSP. */
import { sql } from 'drizzle-orm';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../db/database.ts';
import { createApp } from '../app.ts';
import { closePdfBrowser } from '../io/reports/pdf.ts';
import { createLogger } from '../logger.ts';
import { writeIn } from '../../test/support/database.ts';
import { reportDatabase } from '../../test/support/reports.ts';

let store: Store;
let app: Hono;

beforeAll(async () => {
  store = await reportDatabase();
  app = createApp({ store, logger: createLogger('silent') });
});
afterAll(async () => {
  await closePdfBrowser();
  await store?.close();
});

const base = '/porvoo/sv/digi-2020-2023';

describe('report downloads', () => {
  it('are linked from the programme page for each published round, in the page language', async () => {
    const page = await (await app.request(`${base}/`)).text();
    expect(page).toContain('Uppföljningsrapporten som fil');
    for (const round of ['2023-03', '2022-09']) {
      for (const format of ['pdf', 'html', 'docx', 'xlsx', 'csv']) {
        expect(page).toContain(`href="${base}/rounds/${round}/report.${format}"`);
      }
    }
    expect(page.indexOf('Status 03/2023')).toBeLessThan(page.indexOf('Status 09/2022'));
  });

  it.each([
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'attachment'],
    ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'attachment'],
    ['csv', 'text/csv; charset=utf-8', 'attachment'],
    ['html', 'text/html; charset=utf-8', 'inline'],
    ['pdf', 'application/pdf', 'inline'],
  ])('answer %s with its type, a file name, and public caching', async (format, type, disposition) => {
    const response = await app.request(`${base}/rounds/2022-09/report.${format}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-disposition'))
      .toBe(`${disposition}; filename="porvoo-digi-2020-2023-uppfoljning-2022-09-sv.${format}"`);
    expect(response.headers.get('cache-control')).toBe('public, no-cache');
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    // Kept by the response cache: the same request revalidates to 304 by its ETag.
    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await app.request(`${base}/rounds/2022-09/report.${format}`, { headers: { 'If-None-Match': etag! } })).status).toBe(304);
  });

  it('serve the HTML report with a CSP that allows its own stylesheet', async () => {
    const response = await app.request('/porvoo/fi/digi-2020-2023/rounds/2023-03/report.html');
    const csp = response.headers.get('content-security-policy')!;
    const page = await response.text();
    expect(page).toContain('<html lang="fi">');
    expect(page).toContain('Tilanne 03/2023');
    expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("script-src 'self'");
  });

  it.each([
    `${base}/rounds/2019-01/report.pdf`,
    `${base}/rounds/2022-09/report.odt`,
    `${base}/rounds/2022-09/summary.pdf`,
    '/porvoo/de/digi-2020-2023/rounds/2022-09/report.pdf',
    '/porvoo/sv/no-such-programme/rounds/2022-09/report.pdf',
    '/nowhere/sv/digi-2020-2023/rounds/2022-09/report.pdf',
  ])('do not exist at %s', async (path) => {
    const response = await app.request(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/html');
  });

  it('do not exist for an open round, which is not linked either', async () => {
    await writeIn(store, 'porvoo', (ctx) => ctx.tx.execute(sql`update rounds set status = 'open' where year = 2023 and month = 3`));
    try {
      expect((await app.request(`${base}/rounds/2023-03/report.docx`)).status).toBe(404);
      const page = await (await app.request(`${base}/`)).text();
      expect(page).not.toContain('/rounds/2023-03/');
      expect(page).toContain(`${base}/rounds/2022-09/report.pdf`);
    } finally {
      await writeIn(store, 'porvoo', (ctx) => ctx.tx.execute(sql`update rounds set status = 'closed' where year = 2023 and month = 3`));
    }
  });
});
