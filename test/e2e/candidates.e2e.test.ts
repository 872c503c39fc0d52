/**
 * Issue 18, finding 3: drawing an area searches inside it (on the server), and the search lives
 * in the URL, so a reload shows the same ranking without searching again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp, screenshot, waitForMap } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Noord-Nederland, roughly: the rectangle drawn on the map (lng/lat). */
const WEST = 5.3,
  EAST = 7.2,
  SOUTH = 52.75,
  NORTH = 53.5;

async function clickAt(page: Page, lng: number, lat: number): Promise<void> {
  const point = await page.evaluate(
    ([x, y]) => {
      const map = window.__e2eMap()!;
      const rect = map.getCanvas().getBoundingClientRect();
      const p = map.project([x!, y!]);
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    [lng, lat],
  );
  await page.mouse.click(point.x, point.y);
}

/** The ranked candidates the map draws, as [lng, lat]. */
async function rankedPoints(page: Page): Promise<[number, number][]> {
  return page.evaluate(async () => {
    const source = window.__e2eMap()!.getSource('kandidaten-tekening') as unknown as {
      getData(): Promise<GeoJSON.FeatureCollection>;
    };
    const data = await source.getData();
    return data.features
      .filter((f) => f.properties?.rank !== undefined)
      .map((f) => (f.geometry as GeoJSON.Point).coordinates as [number, number]);
  });
}

const names = (page: Page) =>
  page
    .locator('[data-testid="kandidaten"] > li')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.naam));

describe('kandidaten in een getekend gebied (bevinding 3)', () => {
  it('searches inside the drawn area and keeps the search over a reload', async () => {
    const page = await openApp(browser, 'paneel=kandidaten&data=demo&kaart=6.60/52.60000/5.80000');
    const panel = page.getByTestId('kandidatenpaneel');
    await panel.getByLabel('Gebied tekenen').check();
    for (const [lng, lat] of [
      [WEST, SOUTH],
      [EAST, SOUTH],
      [EAST, NORTH],
      [WEST, NORTH],
    ] as const)
      await clickAt(page, lng, lat);
    await panel.getByRole('button', { name: 'Gebied sluiten' }).click();
    await panel.getByRole('button', { name: 'Zoeken' }).click();
    await panel.locator('[data-testid="kandidaten"] > li').nth(9).waitFor();
    const status =
      (await panel.locator('section[aria-labelledby="kandidaten-titel"] p[role="status"]').textContent()) ?? '';
    expect(status).toMatch(/De beste 20 van \d+ kandidaten in het getekende gebied/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="kandidaten"] > li').length === 20);
    const points = await rankedPoints(page);
    expect(points.length).toBe(20);
    for (const [lng, lat] of points) {
      expect(lng).toBeGreaterThanOrEqual(WEST);
      expect(lng).toBeLessThanOrEqual(EAST);
      expect(lat).toBeGreaterThanOrEqual(SOUTH);
      expect(lat).toBeLessThanOrEqual(NORTH);
    }
    const before = await names(page);
    await screenshot(page, 'kandidaten-gebied');

    expect(new URL(page.url()).searchParams.get('zoek')).toMatch(/^m:gebied\|/);
    await page.reload();
    await waitForMap(page);
    await page.locator('[data-testid="kandidaten"] > li').nth(19).waitFor();
    expect(await names(page)).toEqual(before);
    await expect(page.getByTestId('kandidatenpaneel').getByLabel('Gebied tekenen').isChecked()).resolves.toBe(true);
    await page.close();
  });
});
