/**
 * The app's main flows against the real API and seeds: the choropleth's classes and colours from
 * the published and demo figures, a province's panel with its sources, a province without a
 * figure, candidate ranking, a planner's conflicting edit, moving through reference dates, and a
 * site placed at municipality precision. Nothing here fakes data: each test reads the API and
 * checks the page against it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { classify, classOf } from '../../web/src/map/classify.js';
import { launch, newPage, openApp, screenshot } from './browser.js';
import {
  expectChoroplethMatchesTable,
  graphql,
  mapRegions,
  pointInRegion,
  tableRegions,
  tableValues,
} from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Fte {
  code: string;
  fte: { value: number | null };
  sources: string[];
}

async function figures(peildatum: string, dataset = 'gepubliceerd'): Promise<Fte[]> {
  const data = await graphql<{ fteAggregate: { regions: Fte[] } }>(
    'query($d: LocalDate, $s: Dataset!) { fteAggregate(level: provincie, peildatum: $d, dataset: $s) { regions { code fte { value } sources } } }',
    { d: peildatum, s: dataset },
  );
  return data.fteAggregate.regions;
}

async function waitForFigures(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    window
      .__e2eMap()!
      .querySourceFeatures('regions')
      .some((f) => Number(f.properties.cls) >= 0),
  );
}

describe('kaart met cijfers', () => {
  it('gives known regions their right class', async () => {
    const page = await openApp(browser, 'data=demo&datum=2024-01-01&klassen=5&lagen=geen');
    await waitForFigures(page);
    const rows = await figures('2024-01-01', 'demo');
    const classification = classify(
      rows.map((r) => r.fte.value),
      { method: 'kwantielen', classes: 5, palette: 'sequentieel' },
    );
    const rendered = new Map((await mapRegions(page)).map((r) => [r.code, r.cls]));
    for (const row of rows) expect(rendered.get(row.code), row.code).toBe(classOf(row.fte.value, classification));
    // The table shows the API's figures; from them the legend's classes and the map's colours follow.
    expect((await tableValues(page)).map(({ code, value }) => ({ code, value }))).toEqual(
      rows.map((r) => ({ code: r.code, value: r.fte.value })).sort((a, b) => a.code.localeCompare(b.code)),
    );
    const checked = await expectChoroplethMatchesTable(page, {
      method: 'kwantielen',
      classes: 5,
      palette: 'sequentieel',
    });
    expect(checked).toEqual({
      drawn: 12,
      coloured: rows.filter((r) => r.fte.value !== null).length,
      hatched: rows.filter((r) => r.fte.value === null).length,
    });
    await expect(page.getByTestId('demo-label').first().textContent()).resolves.toContain('fictieve voorbeelddata');
    await screenshot(page, 'choropleth-demo');
    await page.close();
  });

  it("opens a province's panel with its published figures and their sources", async () => {
    // Limburg, 1-1-2023: 12.691 fte as published by 1Limburg (seeds on branch data).
    const page = await openApp(browser, 'datum=2023-01-01');
    await waitForFigures(page);
    const point = await pointInRegion(page, 'PV31');
    await page.mouse.click(point.x, point.y);
    const panel = page.getByTestId('regiopaneel');
    await panel.waitFor();
    await expect(panel.getByTestId('paneel-waarde').textContent()).resolves.toContain('12.691 fte');
    await expect(panel.locator('a[href*="1limburg.nl"]').count()).resolves.toBeGreaterThan(0);
    // The sector breakdown is its own request; wait for it rather than racing it.
    await panel
      .getByText(/1\.599 fte/)
      .first()
      .waitFor();
    await expect(panel.textContent()).resolves.toMatch(/Defensie[\s\S]*1\.599 fte/);
    await screenshot(page, 'paneel-limburg');
    await page.close();
  });

  it('shows a province without a published figure as such', async () => {
    const page = await openApp(browser, 'datum=2023-01-01&lagen=geen');
    await waitForFigures(page);
    const utrecht = (await mapRegions(page)).find((r) => r.code === 'PV26')!;
    expect(utrecht.cls).toBe(-1);
    const row = page.locator('[data-testid="tabel"] tr[data-code="PV26"]');
    await expect(row.textContent()).resolves.toContain('geen gepubliceerd cijfer');
    await expect(row.textContent()).resolves.not.toMatch(/\b0 fte/);
    expect((await tableRegions(page)).find((r) => r.code === 'PV26')!.cls).toBe(-1);
    // Drawn hatched, not in a class colour; the provinces with a figure in their legend colour.
    const checked = await expectChoroplethMatchesTable(page, {
      method: 'kwantielen',
      classes: 5,
      palette: 'sequentieel',
    });
    expect(checked.drawn).toBe(12);
    expect(checked.hatched).toBeGreaterThanOrEqual(1);
    await page.close();
  });
});

describe('kandidaat-locaties', () => {
  it('returns ranked candidates and reorders them when a weight changes', async () => {
    const page = await openApp(browser, 'paneel=kandidaten&data=demo');
    const panel = page.getByTestId('kandidatenpaneel');
    const point = await pointInRegion(page, 'PV25');
    await page.mouse.click(point.x, point.y);
    await panel.getByLabel('Omvang (fte)').fill('250');
    await panel.getByRole('button', { name: 'Zoeken' }).click();
    const names = () =>
      panel
        .locator('[data-testid="kandidaten"] > li')
        .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.naam));
    await panel.locator('[data-testid="kandidaten"] > li').nth(1).waitFor();
    const before = await names();
    expect(before.length).toBeGreaterThan(1);
    // Turn one criterion fully up and another down: the order must change.
    // Range inputs are moved by keyboard, as a keyboard user would.
    await panel.locator('input[data-criterium="cost"]').focus();
    await page.keyboard.press('End');
    await panel.locator('input[data-criterium="regionalNeed"]').focus();
    await page.keyboard.press('Home');
    await panel.locator('input[data-criterium="accessibility"]').focus();
    await page.keyboard.press('End');
    await page.waitForFunction((old) => {
      const now = [...document.querySelectorAll('[data-testid="kandidaten"] > li')].map(
        (li) => (li as HTMLElement).dataset.naam,
      );
      return now.length > 0 && now.join('|') !== old.join('|');
    }, before);
    await screenshot(page, 'kandidaten');
    await page.close();
  });
});

describe('planners', () => {
  it('shows both versions on a conflicting edit and loses nothing', async () => {
    const token = inject('plannerToken');
    const open = async () => {
      const page = await newPage(browser);
      await page.goto(`${inject('baseUrl')}/?paneel=planner`);
      await page.getByLabel(/Token/).fill(token);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.getByTestId('projecten').locator('tbody tr').first().waitFor();
      await page
        .getByTestId('projecten')
        .getByRole('button', { name: /Bewerken/ })
        .first()
        .click();
      return page;
    };
    const alice = await open();
    const bob = await open();
    await alice.locator('#veld-status').fill('in uitvoering (Alice)');
    await alice.getByRole('button', { name: 'Opslaan' }).click();
    await alice.getByTestId('recordformulier').waitFor({ state: 'detached' });
    await bob.locator('#veld-status').fill('vertraagd (Bob)');
    await bob.getByRole('button', { name: 'Opslaan' }).click();
    const conflict = bob.getByTestId('conflict');
    await conflict.waitFor();
    await expect(conflict.locator('tr[data-veld="status"] [data-versie="mijn"]').textContent()).resolves.toBe(
      'vertraagd (Bob)',
    );
    await expect(conflict.locator('tr[data-veld="status"] [data-versie="huidig"]').textContent()).resolves.toBe(
      'in uitvoering (Alice)',
    );
    await expect(bob.locator('#veld-status').inputValue()).resolves.toBe('vertraagd (Bob)');
    await screenshot(bob, 'conflict');
    await alice.close();
    await bob.close();
  });
});

describe('tijd', () => {
  it('moves through reference dates with the slider and compares two dates', async () => {
    const page = await openApp(browser, 'datum=2023-01-01');
    await waitForFigures(page);
    const slider = page.getByLabel(/^Peildatum/);
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('datum') === '2022-01-01');
    await page.getByLabel(/^Vergelijken met/).selectOption('2023-01-01');
    const url = new URL(page.url());
    expect(url.searchParams.get('vergelijk')).toBe('2023-01-01');
    expect(url.searchParams.get('maat')).toBe('verandering');
    await expect(page.getByTestId('legenda').textContent()).resolves.toContain('Verandering');
    await page.close();
  });
});

describe('kaartlagen', () => {
  it('draws a site placed at municipality precision hollow and says so in its popup', async () => {
    const page = await openApp(browser, 'lagen=rop');
    await page.waitForFunction(() =>
      /op de kaart/.test(document.querySelector('[data-testid="laagstatus-rop"]')?.textContent ?? ''),
    );
    // Zoom in on the first meeting hub placed only at gemeente level (the ROP list gives no addresses).
    const target = await page.evaluate(async () => {
      const map = window.__e2eMap()!;
      const source = map.getSource('punten-rop') as unknown as {
        getData(): Promise<GeoJSON.FeatureCollection<GeoJSON.Point>>;
      };
      const hub = (await source.getData()).features.find((f) => f.properties?.gemeentePrecisie);
      if (!hub) return null;
      map.jumpTo({ center: hub.geometry.coordinates as [number, number], zoom: 12 });
      return hub.properties!.name as string;
    });
    expect(target).toBeTruthy();
    await page.waitForFunction(() => window.__e2eMap()!.loaded());
    const drawn = await page.evaluate(() => {
      const map = window.__e2eMap()!;
      const { width, height } = map.getCanvas().getBoundingClientRect();
      const hit = map.queryRenderedFeatures([width / 2, height / 2], { layers: ['punten-rop-punt'] })[0];
      return hit
        ? {
            opacity: map.getPaintProperty('punten-rop-punt', 'circle-opacity'),
            hollow: hit.properties.gemeentePrecisie,
          }
        : null;
    });
    expect(drawn?.hollow).toBe(true);
    const box = (await page.getByTestId('kaart').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.locator('.rp-popup').textContent()).resolves.toContain('Op gemeenteniveau geplaatst');
    await screenshot(page, 'rop-gemeenteniveau');
    await page.close();
  });
});
