/**
 * Ideas in Chromium, every page checked with axe (WCAG 2.1 A/AA): a resident sends an idea in Swedish
 * without JavaScript, staff moderate, evaluate and accept it, the action exists in the programme, the
 * decision mail is read from a test SMTP server, and the public idea page links to the action, which
 * lists the idea. Also screenshots of the form and the list at desktop and phone width in fi and sv.
 */
import { mkdirSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions, ideas, programmes } from '../../db/schema.ts';
import { DEMO_PROGRAMME } from '../../io/demo.ts';
import { outboxWorker, smtpSender } from '../../services/outbox/worker.ts';
import { expectNoAxeViolations, launchBrowser, newContext, startDemoApp, type RunningApp } from '../../../test/support/browser.ts';
import { publishedIdea } from '../../../test/support/ideas.ts';
import { decodeQuotedPrintable, startSmtp } from '../../../test/support/smtp.ts';
import { createPerson, TEST_PASSWORD } from '../../../test/support/staff.ts';
import { MIN_FILL_MS } from './form-token.ts';

const SHOTS = process.env.IDEA_SCREENSHOTS ?? '/tmp/ideas-shots';

let browser: Browser;
let app: RunningApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;

beforeAll(async () => {
  [browser, app, smtp] = await Promise.all([launchBrowser(), startDemoApp(), startSmtp()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await smtp?.close();
});

async function visit(page: Page, path: string, status = 200) {
  page.setDefaultTimeout(10_000);
  const response = await page.goto(`${app.baseUrl}${path}`);
  expect(response?.status(), path).toBe(status);
  await expectNoAxeViolations(page);
}

async function signedInPage(email: string): Promise<Page> {
  const page = await (await newContext(browser)).newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${app.baseUrl}/staff/sign-in`);
  await page.getByLabel('Sähköpostiosoite').fill(email);
  await page.getByLabel('Salasana', { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await page.waitForURL(/\/staff\/porvoo\/$/);
  return page;
}

describe('ideas in a browser', () => {
  it('go from a Swedish resident to an accepted action, with the decision mailed and shown', async () => {
    const resident = await (await newContext(browser, { locale: 'sv-FI' })).newPage();
    await visit(resident, '/porvoo/sv/ideas/new');
    await resident.getByLabel('Idéns rubrik').fill('Digital bokning av idrottsplaner');
    await resident.getByLabel('Beskrivning').fill('Föreningar borde kunna boka planer på nätet.');
    await resident.getByLabel('Vem har nytta av idén?').fill('Idrottsföreningar');
    await resident.getByLabel('E-postadress', { exact: true }).fill('invanare@example.fi');
    // An error first: the consent is missing; the page names it and keeps what was typed.
    await resident.waitForTimeout(MIN_FILL_MS + 200);
    await resident.getByRole('button', { name: 'Skicka idén' }).click();
    await expectNoAxeViolations(resident);
    expect(await resident.getByRole('alert').textContent()).toContain('Godkänn behandlingen av personuppgifter');
    await resident.getByLabel(/Jag godkänner/).check();
    await resident.waitForTimeout(MIN_FILL_MS + 200);
    await resident.getByRole('button', { name: 'Skicka idén' }).click();
    await resident.waitForURL(/\/ideas\/received\?ref=/);
    await expectNoAxeViolations(resident);
    const ref = new URL(resident.url()).searchParams.get('ref')!;
    // The form needs no JavaScript (axe needs it, so this browser only sends).
    const withoutScript = await (await newContext(browser, { javaScriptEnabled: false, locale: 'sv-FI' })).newPage();
    await withoutScript.goto(`${app.baseUrl}/porvoo/sv/ideas/new`);
    await withoutScript.getByLabel('Idéns rubrik').fill('Utan skript');
    await withoutScript.getByLabel('Beskrivning').fill('Skickad utan JavaScript.');
    await withoutScript.waitForTimeout(MIN_FILL_MS + 200);
    await withoutScript.getByRole('button', { name: 'Skicka idén' }).click();
    await withoutScript.waitForURL(/\/ideas\/received\?ref=/);
    expect((await resident.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe('Tack för din idé!');

    const coordinator = await createPerson(app.store, 'porvoo', 'coordinator', { name: 'Kaisa Koordinaattori' });
    const staff = await signedInPage(coordinator.email);
    await visit(staff, '/staff/porvoo/ideas');
    await staff.getByRole('link', { name: 'Digital bokning av idrottsplaner' }).click();
    await expectNoAxeViolations(staff);
    await staff.getByRole('button', { name: 'Julkaise' }).click();
    expect((await staff.locator('p.notice').textContent())?.trim()).toBe('Tallennettu.');

    const [programme] = await app.store.orm.select().from(programmes).where(eq(programmes.slug, DEMO_PROGRAMME));
    await staff.getByLabel('Ohjelma, johon idea kuuluisi').selectOption(programme!.id);
    await staff.getByLabel('Kustannusluokka').selectOption('S');
    await staff.getByLabel('Vaikuttavuusluokka').selectOption('L');
    await staff.getByLabel('kuntalaiset').check();
    await staff.getByRole('button', { name: 'Tallenna arviointi' }).click();
    expect((await staff.locator('p.notice').textContent())?.trim()).toBe('Tallennettu.');
    await visit(staff, '/staff/porvoo/ideas/priorities');
    await expect(staff.getByRole('img', { name: 'Kustannus–vaikuttavuus-matriisi' }).count()).resolves.toBe(1);
    await visit(staff, `/staff/porvoo/ideas/${ref}`);

    await staff.getByLabel('Päätös', { exact: true }).selectOption('accepted');
    await staff.getByLabel('Kokouksen päivämäärä').fill('2026-11-20');
    await staff.getByLabel('Perustelu (ruotsi)').fill('Passar programmets mål om e-tjänster.');
    await staff.getByLabel('Tiekartan osio, johon uusi toimenpide lisätään').selectOption('2');
    await staff.getByRole('button', { name: 'Kirjaa päätös' }).click();
    expect(await staff.locator('p.notice').textContent()).toContain('Uusi toimenpide 2.');
    await expectNoAxeViolations(staff);

    const [idea] = await app.store.orm.select().from(ideas).where(eq(ideas.ref, ref));
    const [action] = await app.store.orm.select().from(actions).where(eq(actions.id, idea!.actionId!));
    expect(action).toMatchObject({ programmeId: programme!.id, name: { sv: 'Digital bokning av idrottsplaner' }, archivedAt: null });

    const worker = outboxWorker({ store: app.store, logger: { warn: () => undefined, error: () => undefined }, send: smtpSender(smtp.url, 'Tiekartta <no-reply@tiekartta.example>') });
    await worker.runOnce();
    const decision = smtp.received.find((mail) => mail.to.includes('invanare@example.fi') && decodeQuotedPrintable(mail.data).includes('Beslut'));
    expect(decision).toBeDefined();
    const body = decodeQuotedPrintable(decision!.data);
    expect(body).toContain('Beslut: din idé är godkänd för vägkartan.');
    expect(body).toContain('Motivering: Passar programmets mål om e-tjänster.');
    expect(body).toContain(`/porvoo/sv/ideas/${ref}`);
    await worker.stop();

    await visit(resident, `/porvoo/sv/ideas/${ref}`);
    await expect(resident.getByText('Passar programmets mål om e-tjänster.').count()).resolves.toBe(1);
    await resident.getByRole('link', { name: new RegExp(`^${action!.ref.replace('.', '\\.')} `) }).click();
    await resident.waitForURL(/\/actions\//);
    expect(resident.url()).toMatch(new RegExp(`/porvoo/sv/${DEMO_PROGRAMME}/actions/${action!.ref.replace('.', '\\.')}$`));
    await expectNoAxeViolations(resident);
    await expect(resident.getByRole('link', { name: new RegExp(ref) }).count()).resolves.toBe(1);
    await visit(resident, '/porvoo/sv/ideas');
    await expect(resident.getByRole('link', { name: `Åtgärd ${action!.ref}` }).count()).resolves.toBe(1);
    await visit(resident, '/porvoo/sv/ideas/privacy');
    await visit(resident, `/porvoo/sv/${DEMO_PROGRAMME}/`);
    await expect(resident.getByRole('heading', { name: 'Idéer' }).count()).resolves.toBe(1);
  }, 300_000);

  it('has accessible workspace pages for staff ideas, the import and the register', async () => {
    const page = await signedInPage((await createPerson(app.store, 'porvoo', 'coordinator')).email);
    await visit(page, '/staff/porvoo/ideas/new');
    await page.getByLabel('Otsikko').fill('Sähköinen lupahakemus');
    await page.getByLabel('Kuvaus').fill('Luvat verkossa.');
    await page.getByLabel('Toimiala').fill('Rakennusvalvonta');
    await page.getByRole('button', { name: 'Lähetä idea' }).click();
    expect(await page.locator('p.notice').textContent()).toContain('on vastaanotettu');
    await expectNoAxeViolations(page);
    await visit(page, '/staff/porvoo/ideas/import');
    await page.getByLabel('Lähde').fill('Asukaskysely 2025');
    await page.getByLabel('tai liitä CSV-teksti').fill('title;description;lang\n;Ei otsikkoa;fi\n');
    await page.getByRole('button', { name: 'Tuo' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Rivi 2, title: puuttuu');
    await expectNoAxeViolations(page);
    const administrator = await signedInPage((await createPerson(app.store, 'porvoo', 'administrator')).email);
    await visit(administrator, '/staff/porvoo/ideas/register');
  }, 120_000);

  it('looks right at desktop and phone width in Finnish and Swedish (screenshots)', async () => {
    await publishedIdea(app.store, { title: 'Kirjaston e-palvelut sovellukseen', description: 'Lainat ja varaukset samaan sovellukseen.' });
    await publishedIdea(app.store, { title: 'Bokning av idrottsplaner', lang: 'sv' });
    mkdirSync(SHOTS, { recursive: true });
    for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 740 }]] as const) {
      for (const lang of ['fi', 'sv'] as const) {
        const page = await (await newContext(browser, { viewport })).newPage();
        for (const [what, path] of [['form', `/porvoo/${lang}/ideas/new`], ['list', `/porvoo/${lang}/ideas`]] as const) {
          await visit(page, path);
          await page.screenshot({ path: `${SHOTS}/${what}-${lang}-${name}.png`, fullPage: true });
        }
      }
    }
  }, 120_000);
});
