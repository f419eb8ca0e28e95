/**
 * Debian's Chromium, driven by playwright-core (no browser is downloaded): the PDF reports are printed
 * with it, and the browser tests use the same launch.
 */
import { access, constants } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.TIEKARTTA_CHROMIUM ?? '/usr/bin/chromium';

/** Chromium is not installed where it is needed: said plainly, with the fix. */
export class ChromiumMissingError extends Error {
  constructor(readonly path: string) {
    super(`Chromium is not installed at ${path}: install Debian's chromium package (apt-get install chromium), `
      + 'or set TIEKARTTA_CHROMIUM to its path.');
    this.name = 'ChromiumMissingError';
  }
}

export async function launchChromium(path = CHROMIUM_PATH): Promise<Browser> {
  try {
    await access(path, constants.X_OK);
  } catch {
    throw new ChromiumMissingError(path);
  }
  return chromium.launch({
    executablePath: path,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
