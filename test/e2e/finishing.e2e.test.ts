/**
 * What was still open of issue 18 (findings 5, 7 and 8): a change that rounds to zero drawn
 * neutral, clusters that show their count, a cluster click in candidate mode that does not zoom,
 * a conflict table that fits, a trend chart with a readable y-axis, sector bars, and a ministry
 * filter that only offers what the dataset holds.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, newPage, openApp, screenshot } from './browser.js';
import { graphql, legendColors, tableValues } from './helpers.js';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const ORANGE = ['#b35806', '#e66101', '#f1a340', '#fdb863', '#fee0b6'];
const PURPLE = ['#d8daeb', '#b2abd2', '#998ec3', '#5e3c99', '#542788'];
const NEUTRAL = '#f7f7f7';

/** Waits until a point layer's cluster circles are drawn; returns the clusters on screen (page coordinates). */
async function clustersOnScreen(
  page: Page,
  layer: string,
): Promise<{ x: number; y: number; count: number; id: number }[]> {
  await page.waitForFunction(
    (id) => window.__e2eMap()!.queryRenderedFeatures({ layers: [`punten-${id}-cluster`] }).length > 0,
    layer,
  );
  return page.evaluate((id) => {
    const map = window.__e2eMap()!;
    const rect = map.getCanvas().getBoundingClientRect();
    return map
      .queryRenderedFeatures({ layers: [`punten-${id}-cluster`] })
      .map((f) => {
        const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
        return {
          x: rect.left + p.x,
          y: rect.top + p.y,
          count: Number(f.properties.point_count),
          id: Number(f.properties.cluster_id),
        };
      })
      .filter((c, i, all) => all.findIndex((o) => o.id === c.id) === i);
  }, layer);
}

describe('details (issue 18 finding 8)', () => {
  it('colours a growth that rounds to "0,0 procentpunt" neutral, below national orange, above purple', async () => {
    const page = await openApp(
      browser,
      'data=demo&datum=2024-01-01&vergelijk=2021-01-01&maat=groei&indeling=gelijk&klassen=5',
    );
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="legenda"] li[data-klasse="0"]').length > 0,
    );
    const colors = await legendColors(page);
    const rows = (await tableValues(page)).filter((r) => r.value !== null);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const color = colors.get(row.cls);
      const side = Math.abs(row.value!) < 0.05 ? [NEUTRAL] : row.value! < 0 ? ORANGE : PURPLE;
      expect(side, `${row.code} ${row.value} → ${color}`).toContain(color);
    }
    const texts = await page.locator('[data-testid="tabel"] [data-waarde]').allTextContents();
    for (const text of texts) expect(text).not.toMatch(/[+-]0,0 procentpunt/);
    await page.close();
  });

  it('draws the count on every cluster (digit images, one layer per digit: the style has no glyphs)', async () => {
    const page = await openApp(browser, 'lagen=stations&kaart=6.00/52.20000/5.30000');
    const clusters = await clustersOnScreen(page, 'stations');
    expect(clusters.length).toBeGreaterThan(1);
    expect(clusters.some((c) => c.count >= 10)).toBe(true);
    // Per digit position, the clusters that show a digit there: every cluster its units, those ≥ 10 their tens, …
    const wanted = [0, 1, 2, 3].map((p) =>
      clusters
        .filter((c) => c.count >= 10 ** p)
        .map((c) => c.id)
        .sort((a, b) => a - b),
    );
    // Polled per animation frame: symbols are placed during the map's frames.
    await page.waitForFunction(
      (expected) =>
        expected.every((ids, p) => {
          const features = window.__e2eMap()!.queryRenderedFeatures({ layers: [`punten-stations-aantal-${p}`] });
          const shown = [...new Set(features.map((f) => Number(f.properties.cluster_id)))].sort((a, b) => a - b);
          return shown.join(',') === ids.join(',');
        }),
      wanted,
    );
    expect(
      await page.evaluate(() => Array.from({ length: 10 }, (_, d) => window.__e2eMap()!.hasImage(`rp-cijfer-${d}`))),
    ).toEqual(Array(10).fill(true));
    await screenshot(page, 'clusters-met-aantal');
    await page.close();
  });

  it('in candidate mode a cluster click sets the origin and does not zoom', async () => {
    const page = await openApp(browser, 'paneel=kandidaten&data=demo&lagen=stations&kaart=6.00/52.20000/5.30000');
    await page.getByTestId('kandidatenpaneel').waitFor();
    const [cluster] = await clustersOnScreen(page, 'stations');
    const before = await page.evaluate(() => window.__e2eMap()!.getZoom());
    await page.mouse.click(cluster!.x, cluster!.y);
    // The click handled (the origin shows), then time for a cluster zoom (an ease of ~0.5 s) to
    // begin, then a map that stands still: a slow machine cannot hide a zoom that did start.
    await page
      .getByTestId('kandidatenpaneel')
      .getByText(/Vertrekpunt: /)
      .waitFor();
    await page.waitForTimeout(1500);
    await page.waitForFunction(() => !window.__e2eMap()!.isMoving());
    expect(await page.evaluate(() => window.__e2eMap()!.getZoom())).toBeCloseTo(before, 2);
    await page.close();
  });

  it('fits the conflict table inside its box, on desktop and on a phone', async () => {
    const token = inject('plannerToken');
    for (const viewport of [
      { width: 1400, height: 1000 },
      { width: 390, height: 844 },
    ]) {
      const page = await newPage(browser, { viewport });
      await page.goto(`${inject('baseUrl')}/?paneel=planner`);
      await page.getByLabel(/Token/).fill(token);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      const first = page.getByTestId('projecten').locator('tbody tr[data-rij]').first();
      await first.waitFor();
      const id = Number(await first.getAttribute('data-rij'));
      await first
        .getByRole('button', { name: /^Bewerken/ })
        .first()
        .click();
      await page.getByTestId('recordformulier').waitFor();
      const { masterplanProject } = await graphql<{ masterplanProject: { version: number; status: string } }>(
        'query($id: Int!) { masterplanProject(id: $id) { version status } }',
        { id },
        token,
      );
      await graphql(
        'mutation($id: Int!, $v: Int!, $s: String!) { updateMasterplanProject(id: $id, version: $v, patch: { status: $s }) { version } }',
        { id, v: masterplanProject.version, s: `${masterplanProject.status} (elders gewijzigd)` },
        token,
      );
      await page
        .locator('#veld-name')
        .fill('Een lange naam uit de test die zonder afbreken de tabel breder zou maken dan het vak');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      const conflict = page.getByTestId('conflict');
      await conflict.waitFor();
      const size = await conflict.evaluate((box) => ({
        box: box.clientWidth,
        table: box.querySelector('table')!.scrollWidth,
        boxScroll: box.scrollWidth,
      }));
      expect(size.table, JSON.stringify(size)).toBeLessThanOrEqual(size.box);
      expect(size.boxScroll, JSON.stringify(size)).toBeLessThanOrEqual(size.box);
      await page.close();
    }
  });

  it('gives the trend chart a y-axis with values, every label at least 11 px', async () => {
    const page = await openApp(browser, 'data=demo&datum=2024-01-01&regio=PV30');
    const axis = page.getByTestId('trend-y-as');
    await axis.waitFor();
    const ticks = await axis.locator('text').allTextContents();
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const tick of ticks) expect(tick).toMatch(/^\d{1,3}(\.\d{3})*$/);
    const numbers = ticks.map((t) => Number(t.replace(/\./g, '')));
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    const sizes = await page.locator('.rp-chart svg text').evaluateAll((all) =>
      all.map((t) => {
        const svg = (t as SVGTextElement).ownerSVGElement!;
        return parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM()!.a;
      }),
    );
    expect(sizes.length).toBeGreaterThan(ticks.length);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(11);
    await page.close();
  });

  it('draws a bar per sector in proportion to its figure, none for a missing figure', async () => {
    const page = await openApp(browser, 'data=demo&datum=2024-01-01&regio=PV30');
    const list = page.getByTestId('sectoren');
    await list.locator('li').first().waitFor();
    const items = await list.locator('li').evaluateAll((lis) =>
      lis.map((li) => ({
        value: li.getAttribute('data-waarde'),
        bar: (li.querySelector('.rp-bar') as HTMLElement | null)?.getBoundingClientRect().width ?? null,
        track: (li.querySelector('.rp-bar-track') as HTMLElement | null)?.getBoundingClientRect().width ?? null,
      })),
    );
    const known = items.filter((i) => i.value !== null && i.value !== '');
    expect(known.length).toBeGreaterThan(1);
    const max = Math.max(...known.map((i) => Number(i.value)));
    for (const item of known) {
      expect(item.bar).not.toBeNull();
      expect(item.bar! / item.track!).toBeCloseTo(Number(item.value) / max, 1);
    }
    for (const item of items.filter((i) => i.value === null || i.value === '')) expect(item.bar).toBeNull();
    await page.close();
  });
});

describe('ministry filter (issue 18 finding 5)', () => {
  it('is disabled with an explanation where the dataset has no figures per ministry', async () => {
    const page = await openApp(browser);
    const select = page.getByLabel('Ministerie', { exact: true });
    await expect.poll(() => select.isDisabled()).toBe(true);
    const hint = await page.locator(`#${await select.getAttribute('aria-describedby')}`).textContent();
    expect(hint).toMatch(/geen cijfers per ministerie/i);
    // The label no longer promises figures "vanaf 2025" that no selectable date has.
    expect(await page.locator(`label[for="${await select.getAttribute('id')}"]`).textContent()).toBe('Ministerie');
    await page.close();
  });

  it('offers only ministries with figures in the demo and shows their figures', async () => {
    const page = await openApp(browser, 'data=demo&datum=2024-01-01');
    const select = page.getByLabel('Ministerie', { exact: true });
    await expect.poll(() => select.locator('option').count()).toBeGreaterThan(1);
    expect(await select.isEnabled()).toBe(true);
    const ids = (
      await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
    ).filter((v) => v !== '');
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      await select.selectOption(id);
      await page.waitForFunction((wanted) => new URL(location.href).searchParams.get('ministerie') === wanted, id);
      await expect
        .poll(async () => (await tableValues(page)).filter((r) => r.value !== null).length)
        .toBeGreaterThan(0);
    }
    await page.close();
  });
});

describe('what users of Waarstaatjegemeente expect (issue 18 finding 7)', () => {
  it('explains each indicator and what counts as fte, Rijk and Randstad, with sources', async () => {
    for (const [metric, phrase] of [
      ['fte', /aantal fte/],
      ['aandeel', /landelijk totaal/],
      ['per1000', /1\.000 inwoners/],
      ['groei', /procentpunt/],
    ] as const) {
      const page = await openApp(
        browser,
        `data=demo&maat=${metric}${metric === 'groei' ? '&vergelijk=2021-01-01' : ''}`,
      );
      const info = page.getByTestId('uitleg-indicator');
      await info.locator('summary').click();
      const text = (await info.textContent()) ?? '';
      expect(text).toMatch(phrase);
      expect(text).toMatch(/Voltijdequivalent/);
      expect(text).toMatch(/ministeries, Nationale Politie, Rechtspraak, gevangeniswezen \(DJI\), Defensie en zbo’s/);
      expect(text).toMatch(/Utrecht, Noord-Holland en Zuid-Holland/);
      expect(await info.locator('cite').count()).toBe(4);
      for (const cite of await info.locator('cite').allTextContents()) expect(cite).toMatch(/^ ?Bron: .{10,}/);
      await page.close();
    }
  });

  it('searches and pages the 342-row gemeente table', async () => {
    const page = await openApp(browser, 'niveau=gemeente&data=demo&datum=2024-01-01');
    const table = page.getByTestId('tabel');
    const status = page.getByTestId('tabel-status');
    await expect.poll(() => status.textContent()).toMatch(/^Rij 1–50 van \d{3}$/);
    const total = Number(/van (\d+)/.exec((await status.textContent())!)![1]);
    expect(total).toBeGreaterThan(300);
    expect(await table.locator('tbody tr').count()).toBe(50);
    const firstPage = await table.locator('tbody tr').first().getAttribute('data-code');
    await page.getByRole('button', { name: 'Volgende' }).click();
    expect(await status.textContent()).toBe(`Rij 51–100 van ${total}`);
    expect(await table.locator('tbody tr').first().getAttribute('data-code')).not.toBe(firstPage);
    await page.getByLabel('Zoek in de tabel (naam of code)').fill('maas');
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`gevonden \\(van ${total}\\)$`));
    const names = await table.locator('tbody th').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.toLowerCase()).toContain('maas');
    // A region picked elsewhere is on the page shown.
    await page.getByLabel('Zoek in de tabel (naam of code)').fill('');
    const last = await page.evaluate(() => [...document.querySelectorAll('[data-testid="tabel"] tbody tr')].length);
    expect(last).toBe(50);
    await page.close();
  });

  it('prints the open region panel as a profile page', async () => {
    const page = await openApp(browser, 'data=demo&datum=2024-01-01&regio=PV30');
    await page.getByTestId('sectoren').locator('li').first().waitFor();
    expect(await page.getByTestId('profiel-kop').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('regiopaneel').isVisible()).toBe(true);
    expect(await page.getByTestId('profiel-kop').isVisible()).toBe(true);
    expect(await page.getByTestId('profiel-kop').textContent()).toContain('fictieve voorbeelddata');
    for (const hidden of ['.rp-side', '.rp-mapwrap', '[data-testid="tabel"]', '.rp-tabs', '.rp-footer']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.getByRole('button', { name: /Paneel sluiten/ }).isVisible()).toBe(false);
    const widths = await page.evaluate(() => ({
      panel: document.querySelector('[data-testid="regiopaneel"]')!.getBoundingClientRect().width,
      page: document.documentElement.clientWidth,
    }));
    expect(widths.panel).toBeGreaterThan(widths.page * 0.8);
    await page.pdf({ path: `${inject('outputDir')}/regioprofiel.pdf` }).catch(() => undefined);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.rp-side').isVisible()).toBe(true);
    await page.close();
  });
});

describe('accessibility of the finished details', () => {
  for (const [name, query] of [
    ['regiopaneel-met-grafiek', 'data=demo&datum=2024-01-01&regio=PV30'],
    ['ministerie-uit', ''],
    ['groei', 'data=demo&datum=2024-01-01&vergelijk=2021-01-01&maat=groei'],
    ['gemeentetabel', 'niveau=gemeente&data=demo'],
    ['regioprofiel-print', 'data=demo&datum=2024-01-01&regio=PV30&print'],
  ] as const) {
    it(`finds no violations on ${name}`, async () => {
      const page = await openApp(browser, query);
      if (query.includes('regio=')) await page.getByTestId('sectoren').locator('li').first().waitFor();
      if (query.endsWith('&print')) await page.emulateMedia({ media: 'print' });
      else await page.getByTestId('uitleg-indicator').locator('summary').click();
      await page.waitForTimeout(1000);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: {
              run: (
                ctx: Document,
                opts: object,
              ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await page.close();
    });
  }
});
