/**
 * The round table's keyboard shortcuts in Chromium: the coordinator moves between rows and cells with
 * Alt + arrows and saves with Ctrl + Enter, the help lists the keys (axe: no WCAG 2.1 A/AA violation);
 * without JavaScript the help is not offered and the table still saves with its button.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROGRAMME } from '../../io/demo.ts';
import { listEntries } from '../../services/rounds/read-rounds.ts';
import { openRound } from '../../services/rounds/open-round.ts';
import { readIn, writeIn } from '../../../test/support/database.ts';
import { expectNoAxeViolations, launchBrowser, newContext, startDemoApp, type RunningApp } from '../../../test/support/browser.ts';
import { createPerson, TEST_PASSWORD } from '../../../test/support/staff.ts';

let browser: Browser;
let app: RunningApp;
let email: string;
const TABLE = `/staff/porvoo/rounds/${DEMO_PROGRAMME}/2030-03/table`;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startDemoApp()]);
  await writeIn(app.store, 'porvoo', (ctx) => openRound(ctx, {
    programme: DEMO_PROGRAMME, key: '2030-03', label: { fi: 'Tilanne 03/2030' }, deadline: '2030-03-31', requiredLanguages: ['fi'],
  }));
  email = (await createPerson(app.store, 'porvoo', 'coordinator')).email;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function signedIn(javaScriptEnabled: boolean): Promise<Page> {
  const page = await (await newContext(browser, { javaScriptEnabled })).newPage();
  await page.goto(`${app.baseUrl}/staff/sign-in`);
  await page.getByLabel('Sähköpostiosoite').fill(email);
  await page.getByLabel('Salasana', { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await page.waitForURL(/\/staff\/porvoo\/$/);
  return page;
}

/** Does `action` on the table (opened without a notice) and waits for the saved table to be loaded again. */
async function saving(page: Page, action: () => Promise<void>) {
  expect(page.url()).not.toContain('notice=');
  await Promise.all([page.waitForURL(/notice=table_saved/), action()]);
}

const focusedId = (page: Page) => page.evaluate('document.activeElement && document.activeElement.id');
const textOf = async (ref: string) => (await readIn(app.store, 'porvoo', (ctx) => listEntries(ctx, DEMO_PROGRAMME, '2030-03', [ref])))[0]!.text.fi;

describe('the round table with the keyboard', () => {
  it('moves between rows and cells with Alt + arrows and saves with Ctrl + Enter; the help lists the keys', async () => {
    const page = await signedIn(true);
    await page.goto(`${app.baseUrl}${TABLE}`);
    await page.getByText('Pikanäppäimet').click();
    await expect(page.getByText('sama kenttä seuraavalla rivillä').isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/round-table-shortcuts.png`, clip: { x: 0, y: 0, width: 1280, height: 900 } });

    await page.locator('#text-fi-1-1').focus();
    await page.keyboard.type('Ensimmäinen rivi näppäimistöllä.');
    await page.keyboard.press('Alt+ArrowDown');
    expect(await focusedId(page)).toBe('text-fi-1-2');
    await page.keyboard.type('Toinen rivi näppäimistöllä.');
    await page.keyboard.press('Alt+ArrowRight');
    expect(await focusedId(page)).toBe('text-sv-1-2');
    await page.keyboard.press('Alt+ArrowLeft');
    expect(await focusedId(page)).toBe('text-fi-1-2');
    await page.keyboard.press('Alt+ArrowUp');
    expect(await focusedId(page)).toBe('text-fi-1-1');
    // At the edge nothing moves (and the browser does not go back a page).
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowLeft');
    expect(await focusedId(page)).toBe('text-fi-1-1');
    expect(new URL(page.url()).pathname).toBe(TABLE);

    await saving(page, () => page.keyboard.press('Control+Enter'));
    await expect(page.getByText(/2 .*tallennettiin/).count()).resolves.toBe(1);
    expect(await textOf('1.1')).toBe('Ensimmäinen rivi näppäimistöllä.');
    expect(await textOf('1.2')).toBe('Toinen rivi näppäimistöllä.');

    await page.goto(`${app.baseUrl}${TABLE}`);
    await page.locator('#text-fi-1-3').fill('Kolmas rivi, tallennettu Ctrl + S:llä.');
    await saving(page, () => page.keyboard.press('Control+s'));
    expect(await textOf('1.3')).toBe('Kolmas rivi, tallennettu Ctrl + S:llä.');
    await expectNoAxeViolations(page);
  });

  it('works without JavaScript: no help for keys that would do nothing, and the button saves', async () => {
    const page = await signedIn(false);
    await page.goto(`${app.baseUrl}${TABLE}`);
    await expect(page.getByText('Pikanäppäimet').isVisible()).resolves.toBe(false);
    await page.locator('#text-fi-1-4').fill('Ilman skriptiä.');
    await saving(page, () => page.getByRole('button', { name: 'Tallenna muutokset' }).click());
    expect(await textOf('1.4')).toBe('Ilman skriptiä.');
    // (axe runs as a script, so the pages are checked in the test above.)
  });
});
