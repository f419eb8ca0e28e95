/**
 * A whole round in Chromium, every page checked with axe (WCAG 2.1 A/AA, zero violations): the
 * coordinator opens the round, the owner updates two actions in Finnish and Swedish and cannot edit
 * someone else's, a stale save shows both versions, the coordinator reminds, reads the outbox,
 * closes the round, and the public site shows it.
 */
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions } from '../../db/schema.ts';
import { DEMO_PROGRAMME } from '../../io/demo.ts';
import { writeIn } from '../../../test/support/database.ts';
import { expectNoAxeViolations, launchBrowser, newContext, startDemoApp, type RunningApp } from '../../../test/support/browser.ts';
import { createPerson, TEST_PASSWORD } from '../../../test/support/staff.ts';

let browser: Browser;
let app: RunningApp;
const ROUND = `/staff/porvoo/rounds/${DEMO_PROGRAMME}/2023-03`;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startDemoApp()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function signedInPage(email: string): Promise<Page> {
  const page = await (await newContext(browser)).newPage();
  await page.goto(`${app.baseUrl}/staff/sign-in`);
  await page.getByLabel('Sähköpostiosoite').fill(email);
  await page.getByLabel('Salasana', { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await page.waitForURL(/\/staff\/porvoo\/$/);
  return page;
}

async function visit(page: Page, path: string, status = 200) {
  const response = await page.goto(`${app.baseUrl}${path}`);
  expect(response?.status()).toBe(status);
  await expectNoAxeViolations(page);
}

async function fillEntry(page: Page, fi: string, sv: string, light: RegExp) {
  await page.getByLabel('Tilanne (suomi)').fill(fi);
  await page.getByLabel('Tilanne (ruotsi)').fill(sv);
  await page.getByRole('radio', { name: light }).check();
}

describe('a follow-up round in a browser', () => {
  it('is opened, filled in fi and sv by the owner, reminded, closed, and published', async () => {
    const coordinator = await createPerson(app.store, 'porvoo', 'coordinator', { name: 'Kaisa Koordinaattori' });
    const owner = await createPerson(app.store, 'porvoo', 'action_owner', { name: 'Otto Omistaja' });
    const other = await createPerson(app.store, 'porvoo', 'action_owner', { name: 'Olga Toinen' });
    await writeIn(app.store, 'porvoo', async (ctx) => {
      for (const ref of ['1.1', '1.2']) await ctx.tx.update(actions).set({ ownerUserId: owner.userId }).where(eq(actions.ref, ref));
      await ctx.tx.update(actions).set({ ownerUserId: other.userId }).where(eq(actions.ref, '1.3'));
    });

    // The coordinator opens the round.
    const kaisa = await signedInPage(coordinator.email);
    await visit(kaisa, '/staff/porvoo/rounds');
    // The form offers the newest programme (the demo's 2024–2026) first; this round is the 2020–2023 programme's.
    await kaisa.getByLabel('Ohjelma').selectOption(DEMO_PROGRAMME);
    await kaisa.getByLabel('Seurantakuukausi').fill('2023-03');
    await kaisa.getByLabel('Kierroksen nimi (suomi)').fill('Tilanne 03/2023');
    await kaisa.getByLabel('Kierroksen nimi (ruotsi)').fill('Status 03/2023');
    await kaisa.getByLabel('Määräpäivä').fill('2023-03-31');
    await kaisa.getByRole('button', { name: 'Avaa kierros' }).click();
    await expect(kaisa.getByText(/Kierros 2023-03 avattiin/).count()).resolves.toBe(1);
    await expectNoAxeViolations(kaisa);

    // The owner updates both of their actions in Finnish and Swedish.
    const otto = await signedInPage(owner.email);
    await visit(otto, `${ROUND}/mine`);
    for (const [ref, fi, sv] of [['1.1', 'Karttapalvelu on käytössä.', 'Karttjänsten är i bruk.'], ['1.2', 'Mittarit jatkuvat.', 'Mätarna fortsätter.']] as const) {
      await otto.getByRole('link', { name: new RegExp(`^${ref.replace('.', '\\.')} `) }).click();
      await expectNoAxeViolations(otto);
      await fillEntry(otto, fi, sv, /^vihreä/);
      await otto.getByRole('button', { name: 'Tallenna tilanne' }).click();
      await expect(otto.getByText('Tilanne tallennettiin.').count()).resolves.toBe(1);
      await expectNoAxeViolations(otto);
      await otto.goto(`${app.baseUrl}${ROUND}/mine`);
    }
    // Someone else's action is shown, not editable.
    await visit(otto, `${ROUND}/actions/1.3`);
    await expect(otto.getByRole('button', { name: 'Tallenna tilanne' }).count()).resolves.toBe(0);

    // A save from a form opened before the owner's last save shows both versions.
    await visit(kaisa, `${ROUND}/actions/1.2`);
    await otto.goto(`${app.baseUrl}${ROUND}/actions/1.2`);
    await fillEntry(otto, 'Mittarit valmiit.', 'Mätarna är klara.', /^vihreä/);
    await otto.getByRole('button', { name: 'Tallenna tilanne' }).click();
    await fillEntry(kaisa, 'Koordinaattorin versio.', 'Koordinatorns version.', /^keltainen/);
    const conflict = await Promise.all([kaisa.waitForResponse((response) => response.request().method() === 'POST'), kaisa.getByRole('button', { name: 'Tallenna tilanne' }).click()]);
    expect(conflict[0].status()).toBe(409);
    await expect(kaisa.getByText('Joku muu tallensi tämän tilanteen sillä välin').count()).resolves.toBe(1);
    await expectNoAxeViolations(kaisa);

    // The coordinator watches the round, reminds, reads the outbox, confirms and closes.
    await visit(kaisa, `${ROUND}?updated=no&sort=owner`);
    await visit(kaisa, `${ROUND}/table?updated=no&owner=${other.userId}`);
    await visit(kaisa, ROUND);
    await kaisa.getByRole('button', { name: 'Muistuta myöhässä olevia vastuuhenkilöitä sähköpostilla' }).click();
    await expect(kaisa.getByText(/muistutusta jonossa lähetettäväksi/).count()).resolves.toBe(1);
    await expectNoAxeViolations(kaisa);
    await visit(kaisa, '/staff/porvoo/outbox');
    await expect(kaisa.getByText(other.email).count()).resolves.toBeGreaterThan(0);
    await visit(kaisa, ROUND);
    await kaisa.getByRole('button', { name: /^Vahvista kaikki näytetyt ehdotetut tilat/ }).click();
    await expect(kaisa.getByText(/tilaa vahvistettiin/).count()).resolves.toBe(1);
    await kaisa.getByRole('button', { name: 'Sulje ja julkaise kierros' }).click();
    await expect(kaisa.getByText('Kierros on suljettu ja julkaistu.').count()).resolves.toBe(1);
    await expectNoAxeViolations(kaisa);

    // The public site shows the round, in both languages.
    const visitor = await (await newContext(browser)).newPage();
    await visit(visitor, `/porvoo/fi/${DEMO_PROGRAMME}/actions/1.1`);
    await expect(visitor.getByText('Karttapalvelu on käytössä.').count()).resolves.toBe(1);
    await visit(visitor, `/porvoo/sv/${DEMO_PROGRAMME}/actions/1.2`);
    await expect(visitor.getByText('Mätarna är klara.').count()).resolves.toBe(1);
  }, 300_000);
});
