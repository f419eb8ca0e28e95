/**
 * Metrics in the workspace, in Chromium: entering and revising a value, the CSV import's preview with
 * its bad rows named, saving it once, and the structure's goal and metric forms; axe on every page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext, startDemoApp, type RunningApp } from '../../../test/support/browser.ts';
import { createPerson, TEST_PASSWORD } from '../../../test/support/staff.ts';

const P = 'digi-2024-2026';
let browser: Browser;
let context: BrowserContext;
let app: RunningApp;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startDemoApp()]);
  context = await newContext(browser);
  const coordinator = await createPerson(app.store, 'porvoo', 'coordinator', { name: 'Mirja Mittaaja' });
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/staff/sign-in`);
  await page.getByLabel('Sähköpostiosoite').fill(coordinator.email);
  await page.getByLabel('Salasana').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await page.waitForURL(`${app.baseUrl}/staff/porvoo/`);
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const main = (page: Page) => page.locator('main').textContent();

describe('metrics in the workspace', () => {
  it('enters a value, refuses a bad one naming the field, and revises it keeping the earlier value', async () => {
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/staff/porvoo/programmes/${P}/actions`);
    await page.getByRole('link', { name: 'Mittarit ja arvot' }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'A2', exact: true }).click();
    expect(await main(page)).toContain('Ei vielä arvoja.');
    await expectNoAxeViolations(page);

    await page.getByLabel('Kausi').fill('2024-13');
    await page.getByLabel('Arvo', { exact: true }).fill('paljon');
    await page.getByRole('button', { name: 'Tallenna arvo' }).click();
    expect(await page.locator('.error-summary').textContent()).toContain('Kausi: ei kelpaa');
    expect(await page.locator('.error-summary').textContent()).toContain('Arvo: ei kelpaa');
    await expectNoAxeViolations(page);

    await page.getByLabel('Kausi').fill('2024');
    await page.getByLabel('Arvo', { exact: true }).fill('1 250');
    await page.getByLabel('Lähde').fill('ePorvoo-kävijät');
    await page.getByRole('button', { name: 'Tallenna arvo' }).click();
    expect(await page.getByRole('status').textContent()).toBe('Arvo tallennettu.');
    expect(await page.locator('tbody tr').first().textContent()).toContain('Mirja Mittaaja');

    await page.getByRole('link', { name: 'Korjaa kauden 2024 arvoa' }).click();
    expect(await page.getByLabel('Arvo', { exact: true }).inputValue()).toBe('1250');
    await page.getByLabel('Arvo', { exact: true }).fill('1300');
    await page.getByRole('button', { name: 'Tallenna arvo' }).click();
    expect(await page.getByRole('status').textContent()).toContain('Arvo korjattu');
    expect(await page.locator('tbody tr').first().textContent()).toMatch(/1[\s\u00a0]300korjattu; aiempi arvo 1[\s\u00a0]250 \(Mirja Mittaaja/);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('previews a CSV naming each bad row, saves a good one once, and says so when it comes again', async () => {
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/staff/porvoo/programmes/${P}/metric-values/import`);
    await expectNoAxeViolations(page);
    await page.getByLabel('CSV-teksti').fill('metric;period;value;source\nB1;2024;12;Toimittaja\nX9;2024;1;\nB2;kevät;3;\n');
    await page.getByRole('button', { name: 'Esikatsele' }).click();
    const summary = await page.locator('.error-summary').textContent();
    expect(summary).toContain('Rivi 3: mittari (metric) ei ole tämän ohjelman mittari.');
    expect(summary).toContain('Rivi 4: kausi (period) ei kelpaa.');
    expect(await page.getByRole('button', { name: 'Tallenna arvot' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.getByLabel('CSV-teksti').fill('metric,period,value,source\nB1,2024,12,Toimittaja\nB2,2024-Q1,3,\n');
    await page.getByRole('button', { name: 'Esikatsele' }).click();
    expect(await main(page)).toContain('2 uutta, 0 korjattua, 0 ennallaan.');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Tallenna arvot' }).click();
    expect(await page.getByRole('status').textContent()).toBe('Tallennettu: 2 uutta, 0 korjattua, 0 ennallaan.');

    await page.getByLabel('CSV-teksti').fill('metric,period,value,source\nB1,2024,12,Toimittaja\nB2,2024-Q1,3,\n');
    await page.getByRole('button', { name: 'Esikatsele' }).click();
    expect(await main(page)).toContain('0 uutta, 0 korjattua, 2 ennallaan.');
    expect(await page.getByRole('button', { name: 'Tallenna arvot' }).count()).toBe(0);
    await page.goto(`${app.baseUrl}/porvoo/fi/${P}/metrics/B1`);
    expect(await page.locator('table.metric-table tbody').textContent()).toContain('2024');
    await page.close();
  });

  it('edits a goal\'s benefits and spearheads and a metric\'s unit and direction in the structure', async () => {
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/staff/porvoo/programmes/${P}/structure`);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Tavoite B' }).click();
    await page.getByLabel('kestävyys').check();
    await page.getByLabel(/Stadens klimatarbete/).check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Tallenna' }).click();
    expect(await page.getByRole('status').textContent()).toBe('Tallennettu.');
    await page.getByRole('link', { name: 'Mittari B1' }).click();
    await page.getByLabel('Yksikkö suomeksi').fill('%');
    await page.getByLabel('Suunta').selectOption('up');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Tallenna' }).click();
    expect(await page.getByRole('status').textContent()).toBe('Tallennettu.');
    await page.getByRole('link', { name: 'Mittari B1' }).click();
    expect(await page.locator('section', { has: page.getByRole('heading', { name: 'Versiot, uusin ensin' }) }).locator('tbody tr').first().textContent())
      .toMatch(/^2.+Mirja MittaajaYksikkö, Suunta$/);
    await expectNoAxeViolations(page);
    await page.goto(`${app.baseUrl}/porvoo/fi/${P}/goals`);
    const goalB = page.locator('section.goal', { has: page.getByRole('heading', { name: /Tavoite B/ }) });
    expect(await goalB.textContent()).toContain('kestävyys');
    expect(await goalB.textContent()).toContain('Stadens klimatarbete');
    expect(await goalB.textContent()).toMatch(/12 % \(2024\)/);
    await page.close();
  });

  it('adds a strategy indicator, makes it an action\'s impact metric, and gives the action a checkpoint shown in public', async () => {
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/staff/porvoo/programmes/${P}/metrics`);
    await page.getByRole('link', { name: 'Kaupunkistrategian kärjet ja indikaattorit' }).click();
    expect(await main(page)).toContain('Stadens klimatarbete');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Lisää indikaattori' }).click();
    await page.getByLabel('Tunnus').fill('K1');
    await page.getByLabel('Nimi suomeksi').fill('Sähköisen asioinnin osuus');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Tallenna' }).click();
    expect(await page.getByRole('status').textContent()).toBe('Tallennettu.');

    await page.goto(`${app.baseUrl}/staff/porvoo/programmes/digi-2020-2023/actions`);
    await page.getByRole('link', { name: 'Muokkaa toimenpidettä 1.1' }).click();
    await page.getByRole('link', { name: 'Vaikuttavuusmittari ja tarkistuspisteet' }).click();
    await expectNoAxeViolations(page);
    await page.getByLabel('Vaikuttavuusmittari').selectOption({ label: 'K1 Sähköisen asioinnin osuus' });
    await page.getByRole('button', { name: 'Tallenna vaikuttavuusmittari' }).click();
    expect(await page.getByRole('status').textContent()).toBe('Tallennettu.');

    await page.getByLabel('Päivämäärä').fill('30.6.2025');
    await page.getByRole('button', { name: 'Lisää tarkistuspiste' }).click();
    const summary = await page.locator('.error-summary').textContent();
    expect(summary).toContain('Päivämäärä');
    expect(summary).toContain('Mitattava tavoite');
    await expectNoAxeViolations(page);
    await page.getByLabel('Päivämäärä').fill('2025-06-30');
    await page.getByLabel('Mitattava tavoite suomeksi').fill('Puolet hakemuksista sähköisesti');
    await page.getByLabel('Toteutuiko').selectOption('yes');
    await page.getByRole('button', { name: 'Lisää tarkistuspiste' }).click();
    expect(await page.locator('tbody').textContent()).toContain('Puolet hakemuksista sähköisesti');

    await page.goto(`${app.baseUrl}/porvoo/fi/digi-2020-2023/actions/1.1`);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Vaikuttavuuden seuranta' }) });
    expect(await section.textContent()).toContain('K1 Sähköisen asioinnin osuus');
    expect(await section.locator('tbody tr').first().textContent()).toBe('30.6.2025Puolet hakemuksista sähköisestitoteutui');
    await expectNoAxeViolations(page);
    await page.close();
  });
});
