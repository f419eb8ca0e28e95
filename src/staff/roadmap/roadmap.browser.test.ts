/**
 * The roadmap in Chromium, as the coordinator: taking over unfinished actions, starting a version,
 * a refused approval named per field, the approval, the diff with the live roadmap; then the public
 * roadmap and diff pages. Every page passes axe's WCAG 2.1 A and AA rules; the public pages are
 * photographed at desktop and phone width in Finnish and Swedish (in the system's temporary folder, to look at).
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffMessages } from '../../i18n/staff/index.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { staffPageContext } from '../page-context.ts';
import { expectNoAxeViolations, launchBrowser, newContext, startDemoApp, type RunningApp } from '../../../test/support/browser.ts';
import { writeIn } from '../../../test/support/database.ts';
import { createPerson, TEST_PASSWORD } from '../../../test/support/staff.ts';
import { approvalErrors } from './routes.tsx';
import { emptyProgramme2024 } from '../../../test/support/roadmap.ts';

let browser: Browser;
let context: BrowserContext;
let app: RunningApp;
const SHOTS = join(tmpdir(), 'tiekartta-roadmap-screenshots/');

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startDemoApp()]);
  await emptyProgramme2024(app.store, { fi: 'Digiohjelma 2024–2026', sv: 'Digitaliseringsprogrammet 2024–2026' });
  context = await newContext(browser);
  const coordinator = await createPerson(app.store, 'porvoo', 'coordinator', { name: 'Kaisa Koordinaattori' });
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/staff/sign-in`);
  await page.getByLabel('Sähköpostiosoite').fill(coordinator.email);
  await page.getByLabel('Salasana').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await page.waitForURL(`${app.baseUrl}/staff/porvoo/`);
  await page.close();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function statusText(page: Page): Promise<string> {
  const status = page.getByRole('status');
  await status.waitFor();
  return (await status.textContent()) ?? '';
}

describe('the roadmap in the workspace', () => {
  it('takes over actions, records a version, refuses a bad approval by field, approves it and shows the diff', async () => {
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/staff/porvoo/programmes/digi-2024-2026/roadmap`);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Siirrä keskeneräisiä toimenpiteitä edellisestä ohjelmasta' }).click();
    await page.getByRole('heading', { name: 'Toimenpiteiden siirto edellisestä ohjelmasta' }).waitFor();
    await expectNoAxeViolations(page);
    // Nothing chosen is named.
    await page.getByRole('button', { name: 'Siirrä valitut' }).click();
    await page.getByRole('link', { name: 'Valitse ainakin yksi toimenpide.' }).waitFor();
    const boxes = page.getByRole('checkbox');
    for (const index of [0, 1, 2]) await boxes.nth(index).check();
    await page.getByRole('button', { name: 'Siirrä valitut' }).click();
    expect(await statusText(page)).toBe('3 toimenpidettä siirrettiin.');

    await page.getByRole('button', { name: 'Aloita uusi versio' }).click();
    expect(await statusText(page)).toBe('Versio 1 aloitettiin luonnoksena.');
    await expectNoAxeViolations(page);

    await page.getByLabel('Päättäjä (ruotsi)').fill('Stadsstyrelsen');
    await page.getByLabel('Pykälä (§)').fill('§ x');
    await page.getByRole('button', { name: 'Kirjaa hyväksyntä ja lukitse versio' }).click();
    await page.getByRole('link', { name: 'Päättäjä (suomi): puuttuu' }).waitFor();
    expect(await page.getByRole('link', { name: 'Pykälä: ei kelpaa' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Diaarinumero: puuttuu' }).count()).toBe(1);
    expect(await page.getByLabel('Päättäjä (ruotsi)').inputValue()).toBe('Stadsstyrelsen');
    await expectNoAxeViolations(page);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}staff-versions-refused.png`, fullPage: true });

    await page.getByLabel('Päättäjä (suomi)').fill('Kaupunginhallitus');
    await page.getByLabel('Päätöspäivä').fill('2024-01-22');
    await page.getByLabel('Pykälä (§)').fill('25');
    await page.getByLabel('Diaarinumero').fill('118/07.01.02/2024');
    await page.getByRole('button', { name: 'Kirjaa hyväksyntä ja lukitse versio' }).click();
    expect(await statusText(page)).toBe('Version 1 hyväksyntä kirjattiin. Versio on lukittu ja julkaistu.');
    expect(await page.getByRole('row', { name: /Näytä versio 1/ }).textContent()).toContain('Kaupunginhallitus 22.01.2024 § 25, 118/07.01.02/2024');

    // A change to the live roadmap shows in the diff with the approved version.
    await page.goto(`${app.baseUrl}/staff/porvoo/programmes/digi-2024-2026/roadmap/take-over`);
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Siirrä valitut' }).click();
    await page.getByRole('link', { name: 'Vertaa versiota 1 nykyiseen tiekarttaan' }).first().click();
    await page.getByRole('heading', { name: 'Lisätyt toimenpiteet' }).waitFor();
    expect(await page.getByRole('row', { name: 'Lisätyt toimenpiteet' }).textContent()).toContain('1');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}staff-compare.png`, fullPage: true });

    await page.goto(`${app.baseUrl}/staff/porvoo/programmes/digi-2024-2026/roadmap/versions/1`);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('names the approval problems per field in Finnish, Swedish and English', () => {
    const error = new InvalidInputError([{ field: 'decisionBody.fi', problem: 'required' }, { field: 'diaryNumber', problem: 'invalid' }]);
    const named = (lang: 'fi' | 'sv' | 'en') => approvalErrors(staffPageContext(lang, staffMessages(lang), null), error);
    expect(named('fi')).toEqual([
      { field: 'decisionBody_fi', message: 'Päättäjä (suomi): puuttuu' }, { field: 'diaryNumber', message: 'Diaarinumero: ei kelpaa' },
    ]);
    expect(named('sv').map((issue) => issue.message)).toEqual(['Beslutsfattare (finska): saknas', 'Diarienummer: är ogiltig']);
    expect(named('en').map((issue) => issue.message)).toEqual(['Decision-maker (Finnish): is missing', 'Diary number: is not valid']);
  });
});

describe('the public roadmap pages', () => {
  it('pass axe and are photographed at desktop and phone width in Finnish and Swedish', async () => {
    // A change to the live roadmap since the approval, so that the diff shows a changed action too.
    await writeIn(app.store, 'porvoo', (ctx) => ctx.tx.execute(sql`
      update actions set name = name || '{"sv": "Parkeringsläget vid infartsparkeringen visas på webbplatsen"}'::jsonb, years = '{2024,2025}'
      where ref = '1.1' and programme_id = (select id from programmes where slug = 'digi-2024-2026')`));
    const visitor = await newContext(browser);
    for (const lang of ['fi', 'sv'] as const) {
      for (const [width, height, name] of [[1280, 900, 'desktop'], [390, 844, 'phone']] as const) {
        const page = await visitor.newPage();
        await page.setViewportSize({ width, height });
        await page.goto(`${app.baseUrl}/porvoo/${lang}/digi-2024-2026/roadmap`);
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(lang === 'fi' ? 'Tiekartta' : 'Färdplan');
        await expectNoAxeViolations(page);
        await page.screenshot({ path: `${SHOTS}roadmap-${lang}-${name}.png`, fullPage: true });
        await page.goto(`${app.baseUrl}/porvoo/${lang}/digi-2024-2026/roadmap/compare`);
        expect(await page.getByRole('table', { name: /^1\.1 / }).textContent()).toContain('2024, 2025');
        await expectNoAxeViolations(page);
        await page.screenshot({ path: `${SHOTS}roadmap-compare-${lang}-${name}.png`, fullPage: true });
        await page.close();
      }
    }
    // Both ends of a continuation link to each other.
    const page = await visitor.newPage();
    await page.goto(`${app.baseUrl}/porvoo/fi/digi-2024-2026/actions/1.1`);
    await page.getByText('Jatkoa aiemman ohjelman toimenpiteelle').waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}action-continues-fi-desktop.png`, fullPage: true });
    await page.locator('.lineage a').click();
    await page.getByText('Jatkuu seuraavassa ohjelmassa').waitFor();
    expect(page.url()).toContain('/porvoo/fi/digi-2020-2023/actions/');
    await expectNoAxeViolations(page);
    await visitor.close();
  });
});
