import { Browser, Page, chromium } from 'playwright-core';

/**
 * Debian's Chromium, not a Playwright download (downloads are refused on these machines).
 * launch() gives every run a fresh temporary profile, which it deletes on close.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
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

/** A page as a UK reader sees the product: a laptop-sized window, British English, London time. */
export function openUkPage(browser: Browser, baseURL: string): Promise<Page> {
  return browser.newPage({
    baseURL,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
}
