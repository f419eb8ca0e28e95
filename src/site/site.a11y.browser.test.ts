/** Every page type, in Finnish, Swedish and English, passes axe's WCAG 2.1 A and AA rules. */
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

const programme = 'digi-2020-2023';
const pageTypes = (lang: string): Array<[string, string, number]> => [
  ['municipality front page', `/porvoo/${lang}/`, 200],
  ['programme overview', `/porvoo/${lang}/${programme}/`, 200],
  ['action list', `/porvoo/${lang}/${programme}/actions`, 200],
  ['filtered action list', `/porvoo/${lang}/${programme}/actions?section=7&cofunded=yes&q=visualisointi`, 200],
  ['action list with a bad filter', `/porvoo/${lang}/${programme}/actions?year=abc&round=2019-01`, 400],
  ['action page', `/porvoo/${lang}/${programme}/actions/7.7`, 200],
  ['enablers', `/porvoo/${lang}/${programme}/enablers`, 200],
  ['round comparison', `/porvoo/${lang}/${programme}/rounds/compare`, 200],
  ['not found', `/porvoo/${lang}/${programme}/actions/99.99`, 404],
];

describe.concurrent('accessibility', () => {
  for (const lang of ['fi', 'sv', 'en']) {
    it(`${lang}: the site front page has no axe violations`, async () => {
      const page = await context.newPage();
      const response = await page.goto(`${app.baseUrl}/?lang=${lang}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      await expectNoAxeViolations(page);
      await page.close();
    });
  }

  for (const lang of ['fi', 'sv', 'en']) {
    for (const [name, path, status] of pageTypes(lang)) {
      it(`${lang}: ${name} has no axe violations`, async () => {
        const page = await context.newPage();
        const response = await page.goto(app.baseUrl + path);
        expect(response?.status()).toBe(status);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        await expectNoAxeViolations(page);
        await page.close();
      });
    }
  }
});
