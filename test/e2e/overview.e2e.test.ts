/**
 * The first screen is never empty (issue 18 finding 1): the default view opens on the newest
 * peildatum on which a province has a published figure, the overview beside the map gives the
 * national totals and growth as published, the provinces with a figure, and a level without any
 * figure says why, what fills it, and offers the demo. Expected values come from ../shared/data,
 * never from the product.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp, screenshot } from './browser.js';
import { tableValues } from './helpers.js';

const DATA = path.resolve('..', 'shared', 'data');
type Row = Record<string, string>;
const csv = (file: string): Row[] =>
  parse(fs.readFileSync(path.join(DATA, file), 'utf8'), { columns: true, skip_empty_lines: true });

/** The stated national totals per peildatum (one per date), oldest first. */
function publishedTotals(): { peildatum: string; fte: number }[] {
  const rows = csv('rijkswerkgelegenheid_totaal.csv').filter(
    (r) => r.metric === 'totaal_fte' && r.peildatum_basis === 'stated' && r.value,
  );
  const byDate = new Map(rows.map((r) => [r.peildatum!, Number(r.value)]));
  return [...byDate]
    .map(([peildatum, fte]) => ({ peildatum, fte }))
    .sort((a, b) => a.peildatum.localeCompare(b.peildatum));
}

/** Province totals with a number, by peildatum. */
function provinceTotals(): { peildatum: string; statcode: string; fte: number }[] {
  return csv('rijkswerkgelegenheid_provincie.csv')
    .filter((r) => r.sector === 'totaal' && r.fte && r.peildatum && r.statcode)
    .map((r) => ({ peildatum: r.peildatum!, statcode: r.statcode!, fte: Number(r.fte) }));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('eerste scherm: nooit leeg', () => {
  it('opens on the newest peildatum with a province figure and shows it on map and table', async () => {
    const provinces = provinceTotals();
    const newest = provinces
      .map((p) => p.peildatum)
      .sort()
      .at(-1)!;
    const page = await openApp(browser);
    await page.waitForFunction(() =>
      window
        .__e2eMap()!
        .querySourceFeatures('regions')
        .some((f) => Number(f.properties.cls) >= 0),
    );
    const rows = await tableValues(page);
    const known = rows.filter((r) => r.value !== null);
    expect(known.length).toBeGreaterThanOrEqual(1);
    for (const p of provinces.filter((x) => x.peildatum === newest)) {
      expect(rows.find((r) => r.code === p.statcode)?.value, p.statcode).toBe(p.fte);
    }
    expect(await page.locator('.rp-controls output').first().textContent()).toContain(newest.slice(0, 4));
    await screenshot(page, 'overzicht-standaard');
    await page.close();
  });

  it('gives the national totals and yearly growth exactly as published, with sources, and the provinces with figures', async () => {
    const totals = publishedTotals();
    const page = await openApp(browser);
    const overview = page.getByTestId('overzicht');
    await overview.waitFor();
    const table = page.getByTestId('landelijke-totalen');
    for (const [i, t] of totals.entries()) {
      const row = table.locator(`tr[data-peildatum="${t.peildatum}"]`);
      expect(Number(await row.locator('[data-waarde]').getAttribute('data-waarde')), t.peildatum).toBe(t.fte);
      expect(await row.locator('a').count(), `bron ${t.peildatum}`).toBeGreaterThanOrEqual(1);
      if (i === 0) continue;
      const growth = row.locator('[data-groei-fte]');
      await growth.waitFor();
      expect(Number(await growth.getAttribute('data-groei-fte')), `groei tot ${t.peildatum}`).toBe(
        t.fte - totals[i - 1]!.fte,
      );
    }
    // The 2023 growth the letter states (17.527 fte) is what the table shows.
    const stated = csv('rijkswerkgelegenheid_totaal.csv').find((r) => r.metric === 'groei_fte_in_2023')!;
    await expect
      .poll(() => table.locator(`tr[data-peildatum="2024-01-01"] [data-groei-fte]`).getAttribute('data-groei-fte'))
      .toBe(stated.value);
    await page.getByTestId('randstad-uitspraak').waitFor();
    const randstad = csv('rijkswerkgelegenheid_totaal.csv').find(
      (r) => r.metric === 'randstad_aandeel_in_groei_2023_procent',
    )!;
    expect(await page.getByTestId('randstad-uitspraak').textContent()).toContain(randstad.value_as_written);
    for (const p of provinceTotals()) {
      const item = page
        .getByTestId('regiocijfers')
        .locator(`li[data-regio="${p.statcode}"][data-peildatum="${p.peildatum}"]`);
      expect(await item.textContent(), p.statcode).toContain(new Intl.NumberFormat('nl-NL').format(p.fte));
    }
    await page.close();
  });

  it('says in one sentence why a level without figures is empty, what fills it, and offers the demo', async () => {
    const page = await openApp(browser, 'niveau=corop');
    const why = page.getByTestId('waarom-leeg');
    await why.waitFor();
    const text = (await why.textContent())!;
    expect(text).toMatch(/Geen enkele COROP-gebied heeft een gepubliceerd cijfer/);
    expect(text).toMatch(/importer/);
    await screenshot(page, 'overzicht-corop-leeg');
    await why.getByRole('button', { name: 'Bekijk de fictieve voorbeelddata' }).click();
    await page.waitForURL(/data=demo/);
    await page.waitForFunction(() =>
      window
        .__e2eMap()!
        .querySourceFeatures('regions')
        .some((f) => Number(f.properties.cls) >= 0),
    );
    expect(await page.getByTestId('waarom-leeg').count()).toBe(0);
    await page.close();
  });

  it('lists every published forecast as the source wrote it, with its year, and the one-fte difference of the sources', async () => {
    const forecasts = csv('prognose_provincie.csv');
    const page = await openApp(browser);
    const list = page.getByTestId('prognoses');
    await list.waitFor();
    const text = (await list.textContent())!;
    for (const f of forecasts) {
      // Each forecast in the words the source used: the change where it states one, else the level.
      expect(text, f.provincie).toContain(f.change_as_written || f.fte_as_written);
      expect(text, f.provincie).toContain(`tot ${f.prognose_jaar}`);
    }
    // Forecasts stated in the documents of ../shared/sources (without a year) come on top of these.
    expect(await list.locator('li').count()).toBeGreaterThanOrEqual(forecasts.length);
    // Growth 2022→2023: the totals give 14.874, the letter says 14.873; the overview says the sources differ.
    const table = page.getByTestId('landelijke-totalen');
    await expect
      .poll(() => table.locator('tr[data-peildatum="2023-01-01"] [data-verschil]').count())
      .toBeGreaterThan(0);
    expect(await table.locator('tr[data-peildatum="2023-01-01"] [data-verschil]').first().textContent()).toMatch(
      /verschil|1 fte/,
    );
    await page.close();
  });
});
