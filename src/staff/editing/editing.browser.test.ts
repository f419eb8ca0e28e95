/**
 * Editing an action in Chromium: the form, the conflict when two tabs save the same version, and the
 * history; each page passes axe's WCAG 2.1 A and AA rules.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext, startDemoApp, type RunningApp } from '../../../test/support/browser.ts';
import { createPerson, TEST_PASSWORD } from '../../../test/support/staff.ts';

let browser: Browser;
let context: BrowserContext;
let app: RunningApp;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startDemoApp()]);
  context = await newContext(browser);
  const coordinator = await createPerson(app.store, 'porvoo', 'coordinator', { name: 'Kaisa Koordinaattori' });
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

/** The text of an element once it is there (after a navigation). */
async function textOf(locator: Locator): Promise<string> {
  await locator.waitFor();
  return (await locator.textContent()) ?? '';
}

async function openAction(ref: string): Promise<Page> {
  const page = await context.newPage();
  // The menu opens the newest programme (the demo's 2024–2026, without actions); these are the 2020–2023 programme's.
  await page.goto(`${app.baseUrl}/staff/porvoo/programmes/digi-2020-2023/actions`);
  await page.getByRole('link', { name: `Muokkaa toimenpidettä ${ref}` }).click();
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(`Toimenpide ${ref}`);
  return page;
}

describe('editing an action', () => {
  it('edits an action in three languages, refuses a stale save with both versions, and shows the history', async () => {
    const first = await openAction('1.1');
    await expectNoAxeViolations(first);
    const second = await openAction('1.1');

    await first.getByLabel('Toimiala ruotsiksi').fill('Stadsutveckling');
    await first.getByLabel('2. Taso').selectOption('analytics');
    await first.getByRole('button', { name: 'Tallenna', exact: true }).click();
    expect(await textOf(first.getByRole('status'))).toBe('Tallennettu.');

    await second.getByLabel('Toimiala ruotsiksi').fill('Teknik');
    await second.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await second.getByRole('heading', { name: 'Joku muu ehti tallentaa välillä' }).waitFor();
    expect(await textOf(second.getByRole('row', { name: /Toimiala/ }))).toContain('sv: Stadsutveckling');
    expect(await second.getByLabel('Toimiala ruotsiksi').inputValue()).toBe('Teknik');
    await expectNoAxeViolations(second);

    // An empty name is named in the error summary, whose link leads to the field.
    await second.getByLabel('Nimi suomeksi').fill('');
    await second.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await second.getByRole('link', { name: 'Nimi: puuttuu' }).click();
    await second.waitForURL(/#name$/);
    expect(second.url()).toMatch(/#name$/);
    await expectNoAxeViolations(second);

    await first.getByRole('link', { name: 'Muutoshistoria' }).click();
    expect(await textOf(first.getByRole('table'))).toContain('Kaisa Koordinaattori');
    await first.getByRole('button', { name: 'Palauta versio 1' }).waitFor();
    await expectNoAxeViolations(first);
    await first.getByRole('button', { name: 'Palauta versio 1' }).click();
    expect(await textOf(first.getByRole('status'))).toBe('Aiempi versio palautettiin uudeksi versioksi.');
  });
});

describe('the other editing pages', () => {
  const programme = '/staff/porvoo/programmes/digi-2020-2023';
  it.each([
    ['the action list', `${programme}/actions`],
    ['a new action', `${programme}/actions/new`],
    ['untranslated texts', `${programme}/untranslated`],
    ['the programme structure', `${programme}/structure`],
    ['a new goal', `${programme}/structure/goal`],
    ['a new enabler', `${programme}/structure/enabler`],
  ])('%s has no axe violations', async (_name, path) => {
    const page = await context.newPage();
    const response = await page.goto(app.baseUrl + path);
    expect(response?.status()).toBe(200);
    await expectNoAxeViolations(page);
    await page.close();
  });
});
