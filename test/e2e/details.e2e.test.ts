/**
 * The unfinished details and the phone layout of issue 18 (findings 6 and 8): dropdowns that look
 * like dropdowns, Escape closes the region panel and gives the focus back to what opened it,
 * legend classes that never read "19,9 tot 19,9", and on a 390 × 844 phone the map first, the
 * controls in a drawer and no horizontal scroll.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newPage, openApp, screenshot, waitForMap } from './browser.js';
import { graphql } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('details', () => {
  it('draws an arrow on every dropdown', async () => {
    const page = await openApp(browser);
    const images = await page
      .locator('select')
      .evaluateAll((all) => all.map((s) => getComputedStyle(s).backgroundImage));
    expect(images.length).toBeGreaterThan(3);
    for (const image of images) expect(image).toMatch(/^url\("data:image\/svg\+xml/);
    await page.close();
  });

  it('closes the region panel with Escape and gives the focus back to the link that opened it', async () => {
    const page = await openApp(browser);
    const opener = page.locator('[data-testid="tabel"] tr[data-code="PV31"] button');
    await opener.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('regiopaneel').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('regiopaneel').waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.has('regio')).toBe(false);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (document.activeElement as HTMLElement | null)?.closest('tr')?.dataset.code ??
            document.activeElement?.tagName,
        ),
      )
      .toBe('PV31');
    // The close button does the same.
    await opener.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /Paneel sluiten/ }).click();
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('tr')?.dataset.code ?? document.activeElement?.tagName),
      )
      .toBe('PV31');
    await page.close();
  });

  it('never shows a legend class whose two bounds read the same', async () => {
    for (const query of [
      'data=demo&maat=per1000&klassen=7',
      'data=demo&maat=per1000&klassen=7&indeling=gelijk',
      'data=demo&maat=aandeel&klassen=7',
    ]) {
      const page = await openApp(browser, query);
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="legenda"] li[data-klasse="0"]').length > 0,
      );
      const lines = await page.locator('[data-testid="legenda"] li').allTextContents();
      for (const line of lines) {
        const [, from, to] = /^(.+?) (?:tot|t\/m) (.+)$/.exec(line.trim()) ?? [];
        if (from) expect(from, `${query}: ${line}`).not.toBe(to);
      }
      await page.close();
    }
  });

  it('finds a gemeente by name, zooms the map to it and opens its panel (issue 18 finding 7)', async () => {
    const { regions } = await graphql<{ regions: { nodes: { code: string; name: string; bbox: number[] }[] } }>(
      'query { regions(kind: gemeente, search: "Maastricht", first: 1) { nodes { code name bbox } } }',
    );
    const target = regions.nodes[0]!;
    const page = await openApp(browser);
    await page.getByLabel('Zoek een gemeente of regio').fill('Maastricht');
    await page.getByTestId('zoekresultaten').locator(`button[data-code="${target.code}"]`).click();
    await page.getByTestId('regiopaneel').waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('regio')).toBe(target.code);
    expect(url.searchParams.get('niveau')).toBe('gemeente');
    const center = await page.evaluate(() => window.__e2eMap()!.getCenter().toArray());
    const [minLon, minLat, maxLon, maxLat] = target.bbox;
    expect(center[0]).toBeGreaterThanOrEqual(minLon!);
    expect(center[0]).toBeLessThanOrEqual(maxLon!);
    expect(center[1]).toBeGreaterThanOrEqual(minLat!);
    expect(center[1]).toBeLessThanOrEqual(maxLat!);
    expect(await page.evaluate(() => window.__e2eMap()!.getZoom())).toBeGreaterThan(9);
    await expect.poll(() => page.locator('#paneel-titel').textContent()).toBe(target.name);
    await page.close();
  });

  it('gives a region its rank ("2e van 12") and its share of the national total in the panel', async () => {
    const { fteAggregate } = await graphql<{
      fteAggregate: {
        regions: { code: string; fte: { value: number | null }; shareOfNationalPct: { value: number | null } }[];
      };
    }>(
      'query { fteAggregate(level: provincie, dataset: demo, peildatum: "2024-01-01") { regions { code fte { value } shareOfNationalPct { value } } } }',
    );
    const known = fteAggregate.regions.filter((r) => r.fte.value !== null).sort((a, b) => b.fte.value! - a.fte.value!);
    const target = known[1]!;
    const page = await openApp(browser, `data=demo&datum=2024-01-01&regio=${target.code}`);
    await page.getByTestId('paneel-rang').waitFor();
    expect(await page.getByTestId('paneel-rang').textContent()).toMatch(
      new RegExp(`^2e van ${known.length} \\(provincies`),
    );
    const share = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
      target.shareOfNationalPct.value!,
    );
    expect(await page.getByTestId('paneel-landelijk').textContent()).toContain(`${share} %`);
    await page.close();
  });

  it('on a 390 × 844 phone: the map first, the controls in a drawer, no horizontal scroll', async () => {
    const page = await newPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${inject('baseUrl')}/`);
    await waitForMap(page);
    const layout = await page.evaluate(() => ({
      scrollWidth: document.scrollingElement!.scrollWidth,
      mapTop: document.querySelector('.rp-map')!.getBoundingClientRect().top,
      mapBottom: document.querySelector('.rp-map')!.getBoundingClientRect().bottom,
      drawerTop: document.querySelector('.rp-drawer')!.getBoundingClientRect().top,
      drawerOpen: (document.querySelector('.rp-drawer') as HTMLDetailsElement).open,
    }));
    expect(layout.scrollWidth).toBeLessThanOrEqual(390);
    expect(layout.mapTop).toBeLessThan(layout.drawerTop);
    expect(layout.mapBottom).toBeLessThanOrEqual(844);
    expect(layout.drawerOpen).toBe(false);
    await screenshot(page, 'telefoon-kaart');
    await page.getByText('Kaartinstellingen en lagen').click();
    await page.getByLabel('Indeling', { exact: true }).selectOption('gemeente');
    await waitForMap(page);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'telefoon-lade-open');
    await page.close();
  });
});
