/**
 * The single sign-on and API token pages in Chromium:
 * an administrator configures a provider (with an error first), the sign-in pages show its button, a
 * refused sign-in says why, and a person creates a token and sees it once; axe finds no WCAG 2.1 A/AA
 * violation on any of them.
 */
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext, startDemoApp, type RunningApp } from '../../../test/support/browser.ts';
import { createPerson, TEST_PASSWORD } from '../../../test/support/staff.ts';

process.env.TIEKARTTA_SECRET_KEY = randomBytes(32).toString('base64');

let browser: Browser;
let context: BrowserContext;
let app: RunningApp;
let page: Page;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startDemoApp()]);
  context = await newContext(browser);
  page = await context.newPage();
  const admin = await createPerson(app.store, 'porvoo', 'administrator');
  await page.goto(`${app.baseUrl}/staff/sign-in`);
  await page.fill('#email', admin.email);
  await page.fill('#password', TEST_PASSWORD);
  await page.click('form.narrow-form button[type=submit]');
  await page.waitForURL(/\/staff\/porvoo\/$/);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('single sign-on and API token pages', () => {
  it('the administrator configures a provider: the form, its errors and the saved provider pass axe', async () => {
    await page.goto(`${app.baseUrl}/staff/porvoo/sso`);
    await expectNoAxeViolations(page);
    await page.fill('#label', 'Porvoon tunnus');
    await page.fill('#issuer', 'http://login.example.com');
    await page.fill('#clientId', 'tiekartta');
    await page.fill('#clientSecret', 'secret');
    await page.fill('#allowedDomains', 'porvoo.fi');
    await page.click('form.narrow-form button[type=submit]');
    expect(await page.locator('#error-summary a[href="#issuer"]').textContent()).toContain('https://');
    await expectNoAxeViolations(page);
    await page.fill('#issuer', 'https://login.example.com/porvoo');
    await page.fill('#clientSecret', 'secret');
    await page.click('form.narrow-form button[type=submit]');
    expect(await page.locator('.notice-success').textContent()).toBe('Tallennettu.');
    await expectNoAxeViolations(page);
  });

  it('the sign-in pages show the button, and a refused sign-in says why; all pass axe', async () => {
    const visitor = await newContext(browser);
    const signIn = await visitor.newPage();
    for (const path of ['/staff/sign-in', '/staff/sso/porvoo', '/staff/sso/porvoo?lang=sv', '/staff/sso/porvoo?lang=en']) {
      await signIn.goto(app.baseUrl + path);
      expect(await signIn.locator('.sso-choices a').first().textContent()).toContain('Porvoon tunnus');
      await expectNoAxeViolations(signIn);
    }
    const refused = await signIn.goto(`${app.baseUrl}/staff/sso/callback?state=forged&code=x`);
    expect(refused?.status()).toBe(401);
    await expectNoAxeViolations(signIn);
    await visitor.close();
  });

  it('a person creates an API token and sees it once; the page passes axe before and after', async () => {
    await page.goto(`${app.baseUrl}/staff/porvoo/tokens`);
    await expectNoAxeViolations(page);
    await page.fill('#name', 'Raportointi');
    await page.click('form.narrow-form button[type=submit]');
    expect(await page.locator('#new-token').textContent()).toMatch(/^tkp_/);
    await expectNoAxeViolations(page);
    await page.goto(`${app.baseUrl}/staff/porvoo/tokens`);
    expect(await page.locator('#new-token').count()).toBe(0);
    expect(await page.locator('tbody th').textContent()).toBe('Raportointi');
  });
});
