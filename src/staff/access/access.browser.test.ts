/**
 * Access's pages in Chromium, each checked with axe (WCAG 2.1 A/AA, zero violations): signing in with
 * a second factor, the security page with its QR code and recovery codes, people with an error
 * summary, settings, the audit log, and the password reset form in three languages.
 */
import { Secret, TOTP } from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext, startDemoApp, type RunningApp } from '../../../test/support/browser.ts';
import { createPerson, TEST_PASSWORD } from '../../../test/support/staff.ts';

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

async function visit(page: Page, path: string, status = 200) {
  const response = await page.goto(`${app.baseUrl}${path}`);
  expect(response?.status()).toBe(status);
  await expectNoAxeViolations(page);
}

async function signInWithPassword(page: Page, email: string) {
  await page.goto(`${app.baseUrl}/staff/sign-in`);
  await page.getByLabel('Sähköpostiosoite').fill(email);
  await page.getByLabel('Salasana', { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
}

describe('access pages in a browser', () => {
  it('every page of access has no axe violations', async () => {
    const admin = await createPerson(app.store, 'porvoo', 'administrator', { name: 'Aino Ylläpitäjä' });
    const page = await context.newPage();
    for (const lang of ['fi', 'sv', 'en']) await visit(page, `/staff/password-reset?lang=${lang}`);

    await signInWithPassword(page, admin.email);
    expect(new URL(page.url()).pathname).toBe('/staff/porvoo/');

    // Setting up the app on the security page: the QR code, then the recovery codes.
    await visit(page, '/staff/account/security');
    await expect(page.locator('.qr-code svg').count()).resolves.toBe(1);
    const secret = (await page.locator('code.secret').innerText()).replace(/\s/g, '');
    await page.getByLabel('Vahvistuskoodi').fill(TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() - 30_000 }));
    await page.getByRole('button', { name: 'Ota käyttöön' }).click();
    await expect(page.locator('.recovery-codes li').count()).resolves.toBe(10);
    await expectNoAxeViolations(page);
    await visit(page, '/staff/account/security');

    await visit(page, '/staff/porvoo/people');
    await page.getByLabel('Nimi', { exact: true }).fill('Uusi Ihminen');
    await page.getByLabel('Sähköposti', { exact: true }).fill('ihminen@localhost');
    await page.getByRole('button', { name: 'Kutsu' }).click();
    await expect(page.locator('.error-summary').count()).resolves.toBe(1);
    await expectNoAxeViolations(page);

    await visit(page, '/staff/porvoo/settings');
    await visit(page, `/staff/porvoo/audit?person=user:${admin.userId}`);
    await visit(page, '/staff/porvoo/audit?from=2026-13-45', 400);

    // Signing in again asks for the second factor.
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await signInWithPassword(page, admin.email);
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in/second-factor');
    await expectNoAxeViolations(page);
    await page.getByLabel('Vahvistuskoodi').fill('000000');
    await page.getByRole('button', { name: 'Vahvista' }).click();
    await expect(page.locator('.error-summary').count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await page.getByLabel('Vahvistuskoodi').fill(TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + 30_000 }));
    await page.getByRole('button', { name: 'Vahvista' }).click();
    expect(new URL(page.url()).pathname).toBe('/staff/porvoo/');
    await page.close();
  });
});
