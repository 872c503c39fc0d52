/**
 * Launches Debian's Chromium (headless) through playwright-core. WebGL2 comes from SwiftShader
 * (software), which headless Chromium needs on a machine without a GPU.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium ontbreekt op ${CHROMIUM}: voer scripts/ensure-chromium.sh uit (als root)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--no-sandbox'],
  });
}

export async function openApp(browser: Browser, query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL' });
  page.on('pageerror', (error) => console.error('[browser] paginafout:', error.message));
  await page.goto(`${inject('baseUrl')}/${query ? `?${query}` : ''}`);
  await waitForMap(page);
  return page;
}

/** Waits until the map exists and its region layer has rendered features. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.__rijkspresentie?.map;
    return !!map && !!map.getLayer('regions-fill') && map.querySourceFeatures('regions').length > 0 && map.loaded();
  }, undefined, { timeout: 45_000 });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(inject('outputDir'), `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
