/** Small helpers for the browser tests: map state read from the live map, GraphQL, metrics. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

/** Reason on every test that waits for the API built on branch api. */
export const NEEDS_API = 'needs API from branch api';
/** Reason on tests that wait for the ranking and monitor API built on branch analysis. */
export const NEEDS_ANALYSIS = 'needs API from branch analysis';

export interface RenderedRegion {
  code: string;
  name: string;
  cls: number;
}

/** The region features as the map holds them (code, name, class), sorted by code. */
export async function mapRegions(page: Page): Promise<RenderedRegion[]> {
  return page.evaluate(() => {
    const map = window.__rijkspresentie!.map;
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
  const rows = await page.locator('[data-testid="tabel"] tbody tr').evaluateAll((trs) =>
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
    const map = window.__rijkspresentie!.map;
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
export async function graphqlResponse<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
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
