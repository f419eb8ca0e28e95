/**
 * A programme's goals and a metric's page in Chromium: the empty state before any value, the chart
 * with its title, description and table once values are in, and axe's WCAG 2.1 A and AA rules on each.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext, startDemoApp, type RunningApp } from '../../../test/support/browser.ts';
import { writeIn } from '../../../test/support/database.ts';
import { importMetricValues } from '../../services/metrics/metric-values.ts';

const P = 'digi-2024-2026';
/** Where the screenshots go when SCREENSHOTS names a folder (for people to look at; nothing asserts on them). */
const SHOTS = process.env.SCREENSHOTS;

let browser: Browser;
let context: BrowserContext;
let app: RunningApp;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startDemoApp()]);
  context = await newContext(browser);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function open(path: string, viewport = { width: 1280, height: 900 }) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const response = await page.goto(app.baseUrl + path);
  expect(response?.status()).toBe(200);
  return page;
}

describe('goals and metrics on the public site', () => {
  it('lists the goals with their metrics from the programme page, in Finnish and Swedish', async () => {
    const overview = await open(`/porvoo/fi/${P}/`);
    await overview.getByRole('link', { name: 'Tavoitteet ja mittarit' }).click();
    expect(await overview.getByRole('heading', { level: 2, name: /Tavoite A: Palvella asiakkaita kattavasti/ }).count()).toBe(1);
    // The metric names exist only in Swedish: shown in Swedish, marked as such.
    const a1 = overview.getByRole('link', { name: /A1 Procentandelen av offentliga tjänster/ });
    expect(await a1.getAttribute('href')).toBe(`/porvoo/fi/${P}/metrics/A1`);
    expect(await overview.locator('span[lang="sv"]', { hasText: 'Digital bildning' }).count()).toBe(1);
    await expectNoAxeViolations(overview);
    await overview.close();
    const sv = await open(`/porvoo/sv/${P}/goals`);
    expect(await sv.getByRole('heading', { level: 2, name: 'Mål C: Göra verksamheten smidigare och automatiserad för nyttigare tidsanvändning' }).count()).toBe(1);
    await expectNoAxeViolations(sv);
    await sv.close();
    if (SHOTS) {
      for (const lang of ['fi', 'sv']) {
        for (const [width, height, name] of [[1280, 900, 'desktop'], [390, 844, 'phone']] as const) {
          const shot = await open(`/porvoo/${lang}/${P}/goals`, { width, height });
          await shot.screenshot({ path: `${SHOTS}/goals-${lang}-${name}.png`, fullPage: true });
          await shot.close();
        }
      }
    }
  });

  it('says honestly what will appear on a metric without values, and how staff add them', async () => {
    const page = await open(`/porvoo/fi/${P}/metrics/A2`);
    expect(await page.getByRole('heading', { level: 3, name: 'Arvoja ei ole vielä julkaistu' }).count()).toBe(1);
    expect(await page.locator('main').textContent()).toContain('CSV-tiedostona (mittari, kausi, arvo, lähde)');
    expect(await page.locator('svg').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('draws the values as a chart with a title, a description and the same data as a table, revisions marked', async () => {
    await writeIn(app.store, 'porvoo', (ctx) => importMetricValues(ctx, {
      programme: P, apply: true,
      rows: [
        { metric: 'C1', period: '2024', value: '4', source: 'Prosessikartoitus' },
        { metric: 'C1', period: '2025', value: '9', source: 'Prosessikartoitus' },
        { metric: 'C1', period: '2026', value: '11' },
      ],
    }));
    await writeIn(app.store, 'porvoo', (ctx) => importMetricValues(ctx, {
      programme: P, apply: true, rows: [{ metric: 'C1', period: '2025', value: '8', source: 'Prosessikartoitus, korjattu' }],
    }));
    for (const lang of ['fi', 'sv'] as const) {
      for (const [width, height, name] of [[1280, 900, 'desktop'], [390, 844, 'phone']] as const) {
        const page = await open(`/porvoo/${lang}/${P}/metrics/C1`, { width, height });
        const chart = page.getByRole('img');
        expect(await chart.count()).toBe(1);
        expect(await page.locator('svg title').textContent()).toContain(lang === 'fi' ? 'arvot kausittain' : 'värden per period');
        expect(await page.locator('svg desc').textContent()).toMatch(lang === 'fi' ? /3 arvoa kausilta 2024–2026\. Pienin arvo 4, suurin 11/ : /3 värden för perioderna 2024–2026/);
        const rows = page.locator('table.metric-table tbody tr');
        expect(await rows.allTextContents()).toEqual(lang === 'fi'
          ? ['20244Prosessikartoitus', '20258korjattu (aiempi arvo 9)Prosessikartoitus, korjattu', '202611']
          : ['20244Prosessikartoitus', '20258korrigerat (tidigare värde 9)Prosessikartoitus, korjattu', '202611']);
        expect(await page.locator('main').textContent()).toContain(lang === 'fi' ? 'Kehitys: 4 (2024) → 11 (2026), muutos +7.' : 'Utveckling: 4 (2024) → 11 (2026), förändring +7.');
        await expectNoAxeViolations(page);
        if (SHOTS) await page.screenshot({ path: `${SHOTS}/metric-${lang}-${name}.png`, fullPage: true });
        await page.close();
      }
    }
  });
});
