/**
 * Panels whose API comes later (candidate ranking, monitors) say so visibly and keep working as
 * forms; demonstration data is labelled on every view that uses it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, launch, openApp, screenshot } from './browser.js';
import { graphql, pointInRegion } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('panelen', () => {
  it('candidate search: a map click sets the origin, inline problems show, and a missing ranking API is said', async () => {
    const page = await openApp(browser, 'paneel=kandidaten');
    const panel = page.getByTestId('kandidatenpaneel');
    // What the server offers, asked as the app asks it (introspection is off in production).
    const { serviceInfo } = await graphql<{ serviceInfo: { features: string[] } }>('{ serviceInfo { features } }');
    if (!serviceInfo.features.includes('candidates')) {
      await expect(panel.getByTestId('api-ontbreekt').textContent()).resolves.toContain('rangschikken van kandidaat-locaties');
      expect(await panel.getByRole('button', { name: 'Zoeken' }).isDisabled()).toBe(true);
    }
    await expect(panel.textContent()).resolves.toContain('Klik op de kaart om een vertrekpunt te kiezen.');
    const point = await pointInRegion(page, 'PV21');
    await page.mouse.click(point.x, point.y);
    await expect(panel.textContent()).resolves.toMatch(/Vertrekpunt: 5\d\.\d{4} N, \d\.\d{4} O/);
    // A click while searching picks an origin; it does not open the region panel.
    expect(await page.getByTestId('regiopaneel').count()).toBe(0);
    await panel.getByLabel('Omvang (fte)').fill('0');
    await expect(panel.textContent()).resolves.toContain('Geef een aantal fte groter dan 0.');
    await expect(panel.getByLabel('Omvang (fte)').getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot(page, 'kandidaten-zonder-api');
    await page.close();
  });

  it('monitors: verdicts when the API has them, otherwise a visible notice with the rules checked', async () => {
    const page = await openApp(browser, 'paneel=monitors');
    const panel = page.getByTestId('monitorspaneel');
    await page.waitForFunction(() => !!document.querySelector('[data-testid="monitorspaneel"] [data-testid="api-ontbreekt"], [data-testid="monitorspaneel"] [data-oordeel]'));
    if (await panel.getByTestId('api-ontbreekt').count()) {
      await expect(panel.textContent()).resolves.toMatch(/Motie-De Vries[\s\S]*Drenthe/);
    } else {
      expect(await panel.locator('[data-oordeel]').count()).toBeGreaterThanOrEqual(4);
    }
    await page.close();
  });

  it('labels demonstration data on the map, the table and the region panel', async () => {
    const page = await openApp(browser, 'data=demo&regio=PV20');
    await page.getByTestId('regiopaneel').waitFor();
    await expect(page.locator('.rp-map-demo').textContent()).resolves.toBe('fictieve voorbeelddata');
    await expect(page.locator('#tabel [data-testid="demo-label"]').count()).resolves.toBe(1);
    await expect(page.getByTestId('regiopaneel').getByTestId('demo-label').count()).resolves.toBe(1);
    await screenshot(page, 'demo-labels');
    await page.close();
  });

  it('without WebGL says the map cannot be shown, and the table twin still lists every region', async () => {
    const noGl = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-webgl', '--disable-3d-apis', '--no-sandbox'] });
    try {
      const page = await noGl.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(`${inject('baseUrl')}/`);
      await expect(page.getByRole('alert').filter({ hasText: 'WebGL2 ontbreekt' }).textContent()).resolves.toContain('De tabel hieronder bevat dezelfde cijfers');
      await page.locator('[data-testid="tabel"] tbody tr').nth(11).waitFor();
      expect(await page.locator('[data-testid="tabel"] tbody tr').count()).toBe(12);
      await screenshot(page, 'zonder-webgl');
    } finally {
      await noGl.close();
    }
  });
});
