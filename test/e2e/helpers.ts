/** Small helpers for the browser tests: map state read from the live map (see browser.ts), GraphQL, metrics. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { classify, classOf, type ClassifyOptions } from '../../web/src/map/classify.js';

export interface RenderedRegion {
  code: string;
  name: string;
  cls: number;
}

/** The region features as the map holds them (code, name, class), sorted by code. */
export async function mapRegions(page: Page): Promise<RenderedRegion[]> {
  return page.evaluate(() => {
    const map = window.__e2eMap()!;
    const seen = new Map<string, { code: string; name: string; cls: number }>();
    for (const f of map.querySourceFeatures('regions')) {
      const p = f.properties as { code: string; name: string; cls: number };
      seen.set(p.code, { code: p.code, name: p.name, cls: Number(p.cls) });
    }
    return [...seen.values()].sort((a, b) => a.code.localeCompare(b.code));
  });
}

/** The table twin's rows (code, class), sorted by code. */
export async function tableRegions(page: Page): Promise<{ code: string; cls: number }[]> {
  const rows = await page
    .locator('[data-testid="tabel"] tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({ code: (tr as HTMLElement).dataset.code!, cls: Number((tr as HTMLElement).dataset.klasse) })),
    );
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * A screen point well inside a region: of the grid points where only this region is hit, the
 * middle one (a border pixel could hit the neighbour too).
 */
export async function pointInRegion(page: Page, code: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    const map = window.__e2eMap()!;
    const rect = map.getCanvas().getBoundingClientRect();
    const hits: { x: number; y: number }[] = [];
    for (let y = 20; y < rect.height - 20; y += 6) {
      for (let x = 20; x < rect.width - 60; x += 6) {
        const found = map.queryRenderedFeatures([x, y], { layers: ['regions-fill', 'regions-missing'] });
        if (found.length > 0 && found.every((f) => f.properties.code === wanted)) hits.push({ x, y });
      }
    }
    if (hits.length === 0) return null;
    hits.sort((a, b) => a.y - b.y || a.x - b.x);
    const middle = hits[Math.floor(hits.length / 2)]!;
    return { x: rect.left + middle.x, y: rect.top + middle.y };
  }, code);
  if (!point) throw new Error(`regio ${code} niet op de kaart gevonden`);
  return point;
}

/** A GraphQL answer straight from the server (with a bearer token when given); errors throw. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const body = await graphqlResponse<T>(query, variables, token);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

/** The whole GraphQL response, errors included, for tests that expect a refusal. */
export async function graphqlResponse<T>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const response = await fetch(`${inject('baseUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** Figures reported (not asserted) by the browser tests, gathered in test-output/e2e/metrics.json. */
export function recordMetric(name: string, value: number | string): void {
  const file = path.join(inject('outputDir'), 'metrics.json');
  const current = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  fs.writeFileSync(file, JSON.stringify({ ...current, [name]: value }, null, 2));
  console.log(`[meting] ${name}: ${value}`);
}

/** A table twin row as the table shows it: code, the raw value behind the figure (null: none), class. */
export interface TableRow {
  code: string;
  value: number | null;
  cls: number;
}

export async function tableValues(page: Page): Promise<TableRow[]> {
  const rows = await page.locator('[data-testid="tabel"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const raw = tr.querySelector('[data-waarde]')?.getAttribute('data-waarde') ?? '';
      return {
        code: (tr as HTMLElement).dataset.code!,
        value: raw === '' ? null : Number(raw),
        cls: Number((tr as HTMLElement).dataset.klasse),
      };
    }),
  );
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}

/** The legend's class swatches, by class index (-1: no figure), as '#rrggbb' of their computed colour. */
export async function legendColors(page: Page): Promise<Map<number, string>> {
  const entries = await page.locator('[data-testid="legenda"] li[data-klasse]').evaluateAll((lis) =>
    lis.map((li) => {
      const swatch = li.querySelector('.rp-swatch') as HTMLElement;
      const [r, g, b] = getComputedStyle(swatch).backgroundColor.match(/\d+/g)!.map(Number);
      return [
        Number((li as HTMLElement).dataset.klasse),
        `#${[r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('')}`,
      ] as [number, string];
    }),
  );
  return new Map(entries);
}

/**
 * For each region drawn on screen, a point well inside it, found in one pass over a grid: only
 * that region is hit there and at the four grid neighbours (so the point is at least one grid step
 * from any border line, the coast included); of such points the middle one. Regions too small for
 * that at this zoom are left out.
 */
export async function interiorPoints(page: Page, step = 8): Promise<Map<string, { x: number; y: number }>> {
  const found = await page.evaluate((gap) => {
    const map = window.__e2eMap()!;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    const hits = new Map<string, { x: number; y: number }[]>();
    for (let y = 20; y < height - 20; y += gap) {
      for (let x = 20; x < width - 60; x += gap) {
        const features = map.queryRenderedFeatures([x, y], { layers: ['regions-fill', 'regions-missing'] });
        const codes = new Set(features.map((f) => String(f.properties.code)));
        // Also stay clear of point markers and of a neighbour's border.
        if (codes.size !== 1 || map.queryRenderedFeatures([x, y]).some((f) => f.layer.id.startsWith('punten-')))
          continue;
        const code = [...codes][0]!;
        if (!hits.has(code)) hits.set(code, []);
        hits.get(code)!.push({ x, y });
      }
    }
    const result: (readonly [string, { x: number; y: number }])[] = [];
    for (const [code, points] of hits) {
      const keys = new Set(points.map((p) => `${p.x},${p.y}`));
      const inner = points.filter((p) =>
        [
          [gap, 0],
          [-gap, 0],
          [0, gap],
          [0, -gap],
        ].every(([dx, dy]) => keys.has(`${p.x + dx!},${p.y + dy!}`)),
      );
      if (inner.length > 0) result.push([code, inner[Math.floor(inner.length / 2)]!] as const);
    }
    return result;
  }, step);
  return new Map(found);
}

/** What the map draws at a point (in map canvas coordinates): the fill colour its style gives, and the pixel. */
export interface DrawnRegion {
  code: string;
  /** The layer that drew the region: regions-fill (a class colour) or regions-missing (hatched). */
  layer: string;
  /** The fill colour the style evaluates for this feature, '#rrggbb' (null when hatched). */
  fill: string | null;
  /** The pixel on the canvas at the point, [r, g, b]. */
  pixel: [number, number, number];
}

export async function drawnRegions(
  page: Page,
  points: Map<string, { x: number; y: number }>,
): Promise<Map<string, DrawnRegion>> {
  const drawn = await page.evaluate(
    (list) => {
      const map = window.__e2eMap()!;
      const canvas = map.getCanvas();
      // The map keeps its drawing buffer (PNG export), so a 2D copy reads what is on screen.
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const scale = canvas.width / canvas.getBoundingClientRect().width;
      const hex = (c: { r: number; g: number; b: number }) =>
        `#${[c.r, c.g, c.b]
          .map((v) =>
            Math.round(v * 255)
              .toString(16)
              .padStart(2, '0'),
          )
          .join('')}`;
      return list.map(([code, { x, y }]) => {
        const hit = map.queryRenderedFeatures([x, y], { layers: ['regions-fill', 'regions-missing'] })[0]!;
        const fill =
          hit.layer.id === 'regions-fill'
            ? hex((hit.layer.paint as unknown as Record<string, { r: number; g: number; b: number }>)['fill-color']!)
            : null;
        const [r, g, b] = ctx.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
        return { code, layer: hit.layer.id, fill, pixel: [r!, g!, b!] as [number, number, number] };
      });
    },
    [...points],
  );
  return new Map(drawn.map((d) => [d.code, d]));
}

export function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Of the candidate colours, the index of the one nearest (Euclidean RGB) to a pixel. */
export function nearestColor(pixel: [number, number, number], candidates: [number, number, number][]): number {
  const distance = (c: [number, number, number]) => c.reduce((sum, v, i) => sum + (v - pixel[i]!) ** 2, 0);
  return candidates.reduce((best, c, i) => (distance(c) < distance(candidates[best]!) ? i : best), 0);
}

/**
 * The choropleth, checked end to end against the table twin: from the values the table shows,
 * compute the classes (the same classify() the app uses, with the view's options); then the
 * table's classes, the legend's swatches and the colours the map draws for every region on
 * screen must all agree with them. Regions without a figure must be hatched, not coloured.
 * Returns what it checked, for the test to require enough regions.
 */
export async function expectChoroplethMatchesTable(
  page: Page,
  options: ClassifyOptions,
): Promise<{ drawn: number; coloured: number; hatched: number }> {
  const rows = await tableValues(page);
  const classification = classify(
    rows.map((r) => r.value),
    options,
  );
  for (const row of rows) expect(row.cls, `tabelklasse ${row.code}`).toBe(classOf(row.value, classification));

  const legend = await legendColors(page);
  expect(
    [...legend.keys()].filter((k) => k >= 0),
    'legendaklassen',
  ).toEqual((classification?.colors ?? []).map((_, i) => i));
  classification?.colors.forEach((color, i) => expect(legend.get(i), `legendakleur klasse ${i}`).toBe(color));
  expect(legend.has(-1), 'legenda: geen gepubliceerd cijfer').toBe(true);

  // Settle the map before reading its pixels.
  await page.waitForFunction(() => window.__e2eMap()!.loaded());
  const style = await page.evaluate(() => {
    const map = window.__e2eMap()!;
    const bg = map.getLayer('achtergrond') ? (map.getPaintProperty('achtergrond', 'background-color') as string) : null;
    return {
      basemap: !!map.getLayer('basemap'),
      background: bg,
      opacity: map.getPaintProperty('regions-fill', 'fill-opacity') as number,
    };
  });
  const drawn = await drawnRegions(page, await interiorPoints(page));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  // What a class colour looks like on screen: the fill at its opacity over the plain background
  // (with a basemap underneath only the nearest class can be told).
  const under = !style.basemap && style.background ? rgb(style.background) : null;
  const onScreen = (hex: string) =>
    rgb(hex).map((c, i) => (under ? Math.round(style.opacity * c + (1 - style.opacity) * under[i]!) : c)) as [
      number,
      number,
      number,
    ];
  const expected = (classification?.colors ?? []).map(onScreen);
  let coloured = 0;
  let hatched = 0;
  for (const region of drawn.values()) {
    const row = byCode.get(region.code);
    expect(row, `regio ${region.code} op de kaart staat in de tabel`).toBeDefined();
    if (row!.cls < 0) {
      expect(region.layer, `${region.code} zonder cijfer gearceerd`).toBe('regions-missing');
      hatched += 1;
      continue;
    }
    expect(region.layer, `${region.code} gekleurd`).toBe('regions-fill');
    expect(region.fill, `vulkleur ${region.code}`).toBe(legend.get(row!.cls));
    expect(nearestColor(region.pixel, expected), `getekende kleur ${region.code} (${region.pixel})`).toBe(row!.cls);
    if (under) {
      const off = Math.max(...region.pixel.map((c, i) => Math.abs(c - expected[row!.cls]![i]!)));
      expect(off, `pixel ${region.code} ${region.pixel} vs ${expected[row!.cls]}`).toBeLessThanOrEqual(4);
    }
    coloured += 1;
  }
  return { drawn: drawn.size, coloured, hatched };
}
