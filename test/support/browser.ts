/**
 * Browser tests: Debian's Chromium driven by playwright-core (no downloaded browser), the real app on
 * an ephemeral port over the demo database, and an axe-core check for WCAG 2.1 A/AA.
 */
import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import { serve } from '@hono/node-server';
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createApp } from '../../src/app.ts';
import { launchChromium } from '../../src/io/chromium.ts';
import { createLogger } from '../../src/logger.ts';
import type { Store } from '../../src/services/context.ts';
import { demoDatabase } from './database.ts';

export { CHROMIUM_PATH } from '../../src/io/chromium.ts';

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/**
 * A context as a Finnish user has it (pass `javaScriptEnabled: false` to prove a page works without).
 * AxeBuilder needs pages from a context, not from browser.newPage().
 */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: 'fi-FI', timezoneId: 'Europe/Helsinki', ...options });
}

export interface RunningApp {
  baseUrl: string;
  /** The app's database, for a test to add what its pages need (people, for one). */
  store: Store;
  close(): Promise<void>;
}

/** The real app (createApp) over a fresh demo database, listening on a free port of the loopback. */
export async function startDemoApp(): Promise<RunningApp> {
  const database = await demoDatabase();
  const app = createApp({ store: database, logger: createLogger('silent') });
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ server, port: info.port }),
    );
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    store: database,
    async close() {
      // Browsers keep connections alive; without this, close() waits for them to time out.
      if ('closeAllConnections' in server) server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await database.close();
    },
  };
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Fails with the rule ids and the offending elements, so a report says what to fix. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}
