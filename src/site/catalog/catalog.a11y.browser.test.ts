/** The catalog's pages, in Finnish, Swedish and English, pass axe's WCAG 2.1 A and AA rules. */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext, startDemoApp, type RunningApp } from '../../../test/support/browser.ts';

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

const pages = (lang: string): Array<[string, string, number]> => [
  ['catalog search', `/porvoo/${lang}/catalog?q=teko%C3%A4ly%C3%A4`, 200],
  ['catalog with a bad filter', `/porvoo/${lang}/catalog?municipality=Atlantis`, 400],
  ['catalog project', `/porvoo/${lang}/catalog/638-keskusteleva-tekoaly-asiakaspalvelussa`, 200],
  ['network', `/porvoo/${lang}/network`, 200],
  ['action page with similar projects', `/porvoo/${lang}/digi-2020-2023/actions/7.7`, 200],
];

describe('the catalog pages are accessible', () => {
  for (const lang of ['fi', 'sv', 'en']) {
    for (const [name, path, status] of pages(lang)) {
      it(`${lang}: ${name} has no axe violations`, async () => {
        const page = await context.newPage();
        const response = await page.goto(app.baseUrl + path);
        expect(response?.status()).toBe(status);
        await expectNoAxeViolations(page);
        await page.close();
      });
    }
  }

  it('searches without JavaScript, from the form', async () => {
    const noScript = await newContext(browser, { javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${app.baseUrl}/porvoo/fi/catalog`);
    await page.getByLabel('Hakusanat').fill('robotiikkaa');
    await page.getByRole('button', { name: 'Hae' }).click();
    await page.waitForURL(/q=robotiikkaa/u);
    expect(await page.locator('.catalog-project').count()).toBeGreaterThan(3);
    await noScript.close();
  });
});
