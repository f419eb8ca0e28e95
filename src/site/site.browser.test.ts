/**
 * The site as a person uses it, in a real browser: filters without JavaScript, the language switcher,
 * untranslated content, the action page, and the error and not-found pages.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, startDemoApp, type RunningApp } from '../../test/support/browser.ts';

let browser: Browser;
/** JavaScript off: everything here must work as plain links and forms. */
let noScript: BrowserContext;
let app: RunningApp;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startDemoApp()]);
  noScript = await newContext(browser, { javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const list = (lang: string) => `/porvoo/${lang}/digi-2020-2023/actions`;

async function open(path: string): Promise<Page> {
  const page = await noScript.newPage();
  await page.goto(app.baseUrl + path);
  return page;
}

/** The rows of the action table, each as its cells' text. */
async function rows(page: Page): Promise<string[][]> {
  return page.locator('table.actions tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
  );
}

/** "Löytyi 12 toimenpidettä." → 12 */
async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator('#result-count').textContent()) ?? '';
  return Number(text.match(/\d+/)?.[0] ?? 0);
}

async function submitFilters(page: Page, choices: Record<string, string>): Promise<void> {
  for (const [field, value] of Object.entries(choices)) {
    if (field === 'q') await page.fill('#filter-q', value);
    else await page.selectOption(`#filter-${field}`, value);
  }
  await Promise.all([page.waitForURL(/actions\?/), page.click('form.filters button[type=submit]')]);
}

describe.concurrent('filters without JavaScript', () => {
  it('filters by section from the form', async () => {
    const page = await open(list('fi'));
    await submitFilters(page, { section: '2' });
    expect(new URL(page.url()).searchParams.get('section')).toBe('2');
    const found = await rows(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBe(await resultCount(page));
    for (const row of found) expect(row[2]).toBe('Osio 2');
    await expect(page.locator('.active-filters').textContent()).resolves.toContain('Osio: Osio 2');
    await page.close();
  });

  it('filters by scheduled year', async () => {
    const page = await open(list('fi'));
    await submitFilters(page, { year: '2023' });
    const found = await rows(page);
    expect(found.length).toBeGreaterThan(0);
    for (const row of found) expect(row[3]).toContain('2023');
    await page.close();
  });

  it('filters by state, following the link on the overview', async () => {
    const page = await open('/porvoo/fi/digi-2020-2023/');
    await Promise.all([page.waitForURL(/state=done/), page.click('table.state-counts a:has-text("Toteutettu")')]);
    const found = await rows(page);
    expect(found.length).toBeGreaterThan(0);
    for (const row of found) expect(row[4]).toBe('Toteutettu');
    expect(await page.locator('#filter-state').inputValue()).toBe('done');
    await page.close();
  });

  it('filters by co-funding', async () => {
    const page = await open(list('fi'));
    await submitFilters(page, { cofunded: 'yes' });
    const found = await rows(page);
    expect(found.length).toBeGreaterThan(0);
    for (const row of found) expect(row[5]).toContain('Yhteisrahoitteinen');
    expect(found.find((row) => row[0] === '7.7')?.[5]).toContain('maksaminen');
    await page.close();
  });

  it('finds an action by a word of its name', async () => {
    const page = await open(list('fi'));
    await submitFilters(page, { q: 'visualisointi' });
    const names = (await rows(page)).map((row) => row[1]);
    expect(names).toContain('Kuntalaisten palautteiden visualisointi kartalla');
    expect(names.length).toBeLessThan(61);
    await page.close();
  });

  it('removes one filter with its link and keeps the others', async () => {
    const page = await open(`${list('fi')}?section=1&year=2020`);
    await Promise.all([page.waitForURL((url) => !url.searchParams.has('year')), page.click('.active-filters a:has-text("Aikataulutettu vuodelle")')]);
    const params = new URL(page.url()).searchParams;
    expect(params.get('section')).toBe('1');
    expect(params.has('year')).toBe(false);
    await page.close();
  });
});

describe.concurrent('pages', () => {
  it('the front page speaks the browser\'s language and switches with a plain link', async () => {
    const page = await open('/');
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    expect(await page.locator('h1').textContent()).toBe('Kuntien digiohjelmat');
    const link = page.locator('.language-switcher a[hreflang="sv"]');
    expect(await link.getAttribute('lang')).toBe('sv');
    await Promise.all([page.waitForURL(/\?lang=sv$/), link.click()]);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.locator('h1').textContent()).toBe('Kommunernas digiprogram');
    expect(await page.locator('.site-name a').getAttribute('href')).toBe('/?lang=sv');
    await page.close();
  });

  it('the language switcher opens the same page with the same query', async () => {
    const page = await open(`${list('fi')}?section=2&state=done`);
    const link = page.locator('.language-switcher a[hreflang="sv"]');
    expect(await link.getAttribute('lang')).toBe('sv');
    await Promise.all([page.waitForURL(/\/porvoo\/sv\//), link.click()]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/porvoo/sv/digi-2020-2023/actions');
    expect(url.searchParams.get('section')).toBe('2');
    expect(url.searchParams.get('state')).toBe('done');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.locator('#filter-state').inputValue()).toBe('done');
    expect(await page.locator('h1').textContent()).toBe('Åtgärder');
    await page.close();
  });

  it('the action page lists the 09/2022 status', async () => {
    const page = await open('/porvoo/fi/digi-2020-2023/actions/1.1');
    expect(await page.locator('h1').textContent()).toBe('Kuntalaisten palautteiden visualisointi kartalla');
    const status = page.locator('.status-history article').first();
    expect(await status.locator('h3').textContent()).toBe('syyskuu 2022');
    expect(await status.locator('dd').filter({ hasText: '09/2022' }).textContent()).toBe('Tilanne 09/2022');
    const text = await status.textContent();
    expect(text).toContain('Toteutettu 2020.');
    expect(text).toContain('Toteutettu');
    expect(text).toMatch(/ehdotettu tekstistä, vahvistamatta|vahvistettu/);
    expect(await page.locator('#schedule-text').textContent()).toBe('Aikataulutettu vuosille 2020.');
    await page.close();
  });

  it('a Swedish page marks Finnish-only content with lang="fi" and says it is untranslated', async () => {
    const page = await open('/porvoo/sv/digi-2020-2023/actions/1.1');
    const name = page.locator('h1 [lang="fi"]');
    expect(await name.textContent()).toBe('Kuntalaisten palautteiden visualisointi kartalla');
    expect(await page.locator('h1 .untranslated').textContent()).toContain('oöversatt, på finska');
    expect(await page.locator('.status-history p[lang="fi"]').first().textContent()).toBe('Toteutettu 2020.');
    await page.close();
  });

  it('an unknown municipality and an unknown action are localized 404 pages', async () => {
    const page = await noScript.newPage();
    const municipality = await page.goto(`${app.baseUrl}/nowhere/sv/`);
    expect(municipality?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Sidan hittades inte');
    const action = await page.goto(`${app.baseUrl}/porvoo/fi/digi-2020-2023/actions/99.99`);
    expect(action?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Sivua ei löytynyt');
    await page.close();
  });

  it('a bad filter value gives a message naming the field', async () => {
    const page = await noScript.newPage();
    const response = await page.goto(`${app.baseUrl}${list('en')}?year=abc`);
    expect(response?.status()).toBe(400);
    const summary = page.locator('.error-summary');
    expect(await summary.locator('a[href="#filter-year"]').textContent()).toBe('Scheduled for year');
    expect(await summary.textContent()).toContain('“abc” is not valid');
    expect(await page.locator('#filter-year').getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });
});
