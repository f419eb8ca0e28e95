/**
 * The HTML report as a browser shows it from the site: its own stylesheet applies under the site's CSP
 * (no violation reported), and it passes axe's WCAG 2.1 A and AA rules in Finnish and Swedish.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext, startDemoApp, type RunningApp } from '../../test/support/browser.ts';

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

describe('the HTML report', () => {
  for (const lang of ['fi', 'sv']) {
    it(`${lang}: is styled under the CSP and has no axe violations`, async () => {
      const page = await context.newPage();
      const blocked: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) blocked.push(message.text());
      });
      const response = await page.goto(`${app.baseUrl}/porvoo/${lang}/digi-2020-2023/rounds/2022-09/report.html`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      // The stylesheet applied: tables collapse their borders only by its rule.
      expect(await page.evaluate('getComputedStyle(document.querySelector("table")).borderCollapse')).toBe('collapse');
      expect(blocked).toEqual([]);
      await expectNoAxeViolations(page);
      await page.close();
    });
  }
});
