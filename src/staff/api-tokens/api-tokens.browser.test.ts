/**
 * The API token page in Chromium with a token's last day: a date that has passed is refused in the
 * error summary (linked to its field), a good one makes a token whose expiry the list shows beside
 * its last use; axe finds no WCAG 2.1 A/AA violation, at desktop and phone width.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext, startDemoApp, type RunningApp } from '../../../test/support/browser.ts';
import { createPerson, TEST_PASSWORD } from '../../../test/support/staff.ts';

let browser: Browser;
let app: RunningApp;
let page: Page;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startDemoApp()]);
  page = await (await newContext(browser)).newPage();
  const person = await createPerson(app.store, 'porvoo', 'coordinator');
  await page.goto(`${app.baseUrl}/staff/sign-in`);
  await page.fill('#email', person.email);
  await page.fill('#password', TEST_PASSWORD);
  await page.click('form.narrow-form button[type=submit]');
  await page.waitForURL(/\/staff\/porvoo\/$/);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('API tokens with a last day', () => {
  it('refuses a past date in the error summary, then lists the new token with its expiry; axe passes', async () => {
    await page.goto(`${app.baseUrl}/staff/porvoo/tokens`);
    await page.fill('#name', 'Raportointi');
    await page.fill('#expiresOn', '2020-01-01');
    await page.click('form.narrow-form button[type=submit]');
    expect(await page.locator('#error-summary a[href="#expiresOn"]').textContent()).toContain('Päivämäärä on jo mennyt');
    expect(await page.inputValue('#name')).toBe('Raportointi');
    await expectNoAxeViolations(page);

    await page.fill('#expiresOn', '2099-06-30');
    await page.click('form.narrow-form button[type=submit]');
    expect(await page.locator('#new-token').textContent()).toMatch(/^tkp_/);
    expect(await page.locator('tbody tr').first().textContent()).toContain('30.6.2099 asti');
    await expectNoAxeViolations(page);
    if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/tokens-desktop.png`, fullPage: true });

    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${app.baseUrl}/staff/porvoo/tokens`);
    await expectNoAxeViolations(page);
    if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/tokens-phone.png`, fullPage: true });
  });
});
