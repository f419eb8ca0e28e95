/**
 * The comparison of two rounds in Chromium, in the workspace (an open round) and on the public site
 * (two published ones): axe finds no WCAG 2.1 A/AA violation, and at a phone's width (375 px) nothing
 * is wider than the screen, the texts side by side included.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROGRAMME } from '../../io/demo.ts';
import { closeRound } from '../../services/rounds/close-round.ts';
import { listEntries } from '../../services/rounds/read-rounds.ts';
import { openRound } from '../../services/rounds/open-round.ts';
import { saveEntry } from '../../services/rounds/save-entry.ts';
import { readIn, writeIn } from '../../../test/support/database.ts';
import { expectNoAxeViolations, launchBrowser, newContext, startDemoApp, type RunningApp } from '../../../test/support/browser.ts';
import { createPerson, TEST_PASSWORD } from '../../../test/support/staff.ts';

let browser: Browser;
let app: RunningApp;
const shots = process.env.SCREENSHOT_DIR;

/** A round with changed states, lights and long texts in its first actions; closed when asked. */
async function roundWithChanges(key: string, label: string, close: boolean) {
  const round = { programme: DEMO_PROGRAMME, round: key };
  await writeIn(app.store, 'porvoo', (ctx) => openRound(ctx, { programme: DEMO_PROGRAMME, key, label: { fi: label }, deadline: '2030-12-31', requiredLanguages: [] }));
  const entries = await readIn(app.store, 'porvoo', (ctx) => listEntries(ctx, DEMO_PROGRAMME, key, ['1.1', '1.2', '1.3']));
  for (const [index, entry] of entries.entries()) {
    await writeIn(app.store, 'porvoo', (ctx) => saveEntry(ctx, {
      ...round, ref: entry.ref, version: entry.version,
      entry: {
        text: { fi: `${label}: toimenpiteen ${entry.ref} tilanneteksti, jossa on pitkiä sanoja kuten tietojärjestelmäarkkitehtuurisuunnitelma ja paljon muuta kerrottavaa. `.repeat(3) },
        state: (['not_advanced', 'in_progress', 'done'] as const)[index]!, trafficLight: (['red', 'yellow', 'green'] as const)[index]!,
      },
    }));
  }
  if (close) await writeIn(app.store, 'porvoo', (ctx) => closeRound(ctx, round));
}

async function checkAtPhoneWidth(page: Page, path: string, shot: string) {
  await page.setViewportSize({ width: 375, height: 800 });
  const response = await page.goto(`${app.baseUrl}${path}`);
  expect(response?.status()).toBe(200);
  await expectNoAxeViolations(page);
  await page.locator('table.comparison summary').first().click();
  await expectNoAxeViolations(page);
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
  const table = await page.locator('table.comparison').boundingBox();
  expect(table!.x + table!.width).toBeLessThanOrEqual(375);
  // The page from its top to the first compared actions (the demo's whole list is long).
  if (shots) await page.screenshot({ path: `${shots}/${shot}-375.png`, fullPage: true, clip: { x: 0, y: 0, width: 375, height: table!.y + 1400 } });
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(page);
  if (shots) await page.screenshot({ path: `${shots}/${shot}-1280.png`, fullPage: true });
}

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startDemoApp()]);
  await roundWithChanges('2030-03', 'Tilanne 03/2030', true);
  await roundWithChanges('2030-09', 'Tilanne 09/2030', false);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('comparing rounds in a browser', () => {
  it('the workspace compares the open round, linked from its overview, readable on a phone', async () => {
    const viewer = await createPerson(app.store, 'porvoo', 'viewer');
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${app.baseUrl}/staff/sign-in`);
    await page.getByLabel('Sähköpostiosoite').fill(viewer.email);
    await page.getByLabel('Salasana', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Kirjaudu' }).click();
    await page.waitForURL(/\/staff\/porvoo\/$/);
    await page.goto(`${app.baseUrl}/staff/porvoo/rounds/${DEMO_PROGRAMME}/2030-09`);
    await page.getByRole('link', { name: 'Vertaa tätä kierrosta toiseen' }).click();
    expect(await page.getByLabel('Myöhempi kierros').inputValue()).toBe('2030-09');
    expect(await page.getByLabel('Aiempi kierros').inputValue()).toBe('2030-03');
    await checkAtPhoneWidth(page, new URL(page.url()).pathname + new URL(page.url()).search, 'staff-comparison');
  });

  it('the public site compares the two published rounds, readable on a phone', async () => {
    const page = await (await newContext(browser)).newPage();
    await checkAtPhoneWidth(page, `/porvoo/fi/${DEMO_PROGRAMME}/rounds/compare`, 'public-comparison');
    expect(await page.locator('select#compare-to option').allTextContents()).not.toContain(expect.stringContaining('2030-09'));
  });
});
