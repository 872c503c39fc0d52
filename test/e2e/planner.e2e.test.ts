/**
 * Issue 18: the planner's workspace as a planner meets it — sign-in that checks the token and
 * holds for the tabs of one browser, demo records that can be saved (finding 4), and tables, map,
 * history, region profiles and scenarios (finding 2). Against the real server and its demo data.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, newPage, screenshot } from './browser.js';
import { graphql } from './helpers.js';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every axe-core violation on the page as it is now, of any impact (ids and targets): the new screens have none. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
    const run = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<Result> } }).axe.run;
    const result = await run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const url = (query: string) => `${inject('baseUrl')}/?${query}`;

async function context(): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL' });
}

async function signIn(page: Page, token = inject('plannerToken')): Promise<void> {
  await page.getByLabel(/Token/).fill(token);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

describe('aanmelden (bevinding 4)', () => {
  it('checks the token before saying signed in, and refuses a wrong one in Dutch', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(url('paneel=planner&data=demo'));
    await signIn(page, 'zomaar-een-tekst');
    await expect(page.getByTestId('aanmeldfout').textContent()).resolves.toMatch(/onbekend, ingetrokken of verlopen/);
    expect(await page.getByTestId('aangemeld').count()).toBe(0);
    expect(await page.getByText(/Aangemeld/).count()).toBe(0);
    await screenshot(page, 'planner-aanmelden-fout');
    await ctx.close();
  });

  it('keeps the session in a second tab and signs out in both', async () => {
    const ctx = await context();
    const first = await ctx.newPage();
    await first.goto(url('paneel=planner&data=demo'));
    await signIn(first);
    await first.getByTestId('aangemeld').waitFor();
    const second = await ctx.newPage();
    await second.goto(url('paneel=planner&data=demo'));
    await second.getByTestId('aangemeld').waitFor();
    await second.getByRole('button', { name: 'Afmelden' }).click();
    await first.getByLabel(/Token/).waitFor();
    expect(await first.getByTestId('aangemeld').count()).toBe(0);
    // Nothing of the session is left on disk for the next browser start.
    expect(await first.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('token')))).toEqual([]);
    await ctx.close();
  });

  it('saves an edit of a demo record and shows its source as text, not as a dead link', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(url('paneel=planner&data=demo'));
    await signIn(page);
    const projects = page.getByTestId('projecten');
    await projects
      .getByRole('button', { name: /Bewerken/ })
      .first()
      .waitFor();
    expect(await page.locator('a[href^="urn:"]').count()).toBe(0);
    expect(await page.getByTestId('bron-tekst').count()).toBeGreaterThan(0);
    await projects
      .getByRole('button', { name: /Bewerken/ })
      .first()
      .click();
    const status = `in uitvoering (e2e ${Date.now()})`;
    await page.locator('#veld-status').fill(status);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByTestId('recordformulier').waitFor({ state: 'detached' });
    await projects.locator('td[data-kolom="status"]').filter({ hasText: status }).first().waitFor();
    await ctx.close();
  });
});

/** A signed-in planner page (newPage: the tests can see its map) with both tables loaded. */
async function signedIn(query = 'paneel=planner&data=demo'): Promise<{ ctx: BrowserContext; page: Page }> {
  const page = await newPage(browser);
  await page.goto(url(query));
  await signIn(page);
  await page.getByTestId('projecten').locator('tbody tr').first().waitFor();
  await page.getByTestId('casussen').locator('tbody tr').first().waitFor();
  return { ctx: page.context(), page };
}

const column = (page: Page, table: string, key: string) =>
  page.getByTestId(table).locator(`tbody tr td[data-kolom="${key}"]`).allTextContents();

describe('werkruimte voor planners (bevinding 2)', () => {
  it('shows projects, VtWs and cases as tables that sort, filter and search', async () => {
    const { ctx, page } = await signedIn();
    const projects = page.getByTestId('projecten');
    const names = await column(page, 'projecten', 'name');
    expect(names.length).toBeGreaterThan(1);
    for (const header of ['Status', 'Dataset'])
      await projects.locator('th').filter({ hasText: header }).first().waitFor();
    for (const header of ['Status', 'Dataset', 'Locatieadvies'])
      await page.getByTestId('casussen').locator('th').filter({ hasText: header }).first().waitFor();
    await page.getByTestId('vtw').locator('th').filter({ hasText: 'Locatieadvies' }).first().waitFor();
    expect(await page.getByText(/\(versie \d+\)/).count()).toBe(0);

    const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
    await projects.locator('button[data-sorteer="name"]').click();
    expect(await column(page, 'projecten', 'name')).toEqual([...names].sort(collator.compare));
    await expect(projects.locator('th[aria-sort]').getAttribute('aria-sort')).resolves.toBe('ascending');
    await projects.locator('button[data-sorteer="name"]').click();
    expect(await column(page, 'projecten', 'name')).toEqual([...names].sort(collator.compare).reverse());

    const wanted = names[names.length - 1]!;
    await page.getByTestId('projecten-zoek').fill(wanted);
    const found = await column(page, 'projecten', 'name');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((n) => n.toLowerCase().includes(wanted.toLowerCase()))).toBe(true);
    expect(found.length).toBeLessThan(names.length);

    const cases = page.getByTestId('casussen');
    const statuses = await column(page, 'casussen', 'status');
    const status = statuses[0]!;
    await cases.locator('select[data-filter="status"]').selectOption(status);
    const filtered = await column(page, 'casussen', 'status');
    expect(filtered.length).toBe(statuses.filter((s) => s === status).length);
    expect(new Set(filtered)).toEqual(new Set([status]));
    await screenshot(page, 'planner-tabellen');
    expect(await axeViolations(page)).toEqual([]);
    await ctx.close();
  });

  it('opens a record with its history from the audit log', async () => {
    const { ctx, page } = await signedIn();
    const projects = page.getByTestId('projecten');
    const row = projects.locator('tbody tr').first();
    const name = (await row.locator('td[data-kolom="name"]').textContent())!;
    await row.getByRole('button', { name: /^Bewerken/ }).click();
    const status = `gepland (historie e2e ${Date.now()})`;
    await page.locator('#veld-status').fill(status);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByTestId('recordformulier').waitFor({ state: 'detached' });
    await projects
      .locator('tbody tr')
      .filter({ hasText: name })
      .first()
      .getByRole('button', { name: /^Details/ })
      .click();
    const history = page.getByTestId('geschiedenis');
    await history.locator('li[data-actie="update"]').first().waitFor();
    const text = (await history.textContent())!;
    expect(text).toContain('gewijzigd door e2e-planner');
    expect(text).toContain(`→ ${status}`);
    await screenshot(page, 'planner-geschiedenis');
    expect(await axeViolations(page)).toEqual([]);
    await ctx.close();
  });

  it('puts the projects and cases on the map, as many as the API can place', async () => {
    const token = inject('plannerToken');
    const api = await graphql<{
      masterplanProjects: { nodes: { location: unknown }[] };
      locationCases: { nodes: { toRegion: unknown; fromRegion: unknown }[] };
    }>(
      `{ masterplanProjects(filter: { dataset: demo }, first: 200) { nodes { location } }
         locationCases(filter: { dataset: demo, includeConfidential: true }, first: 200) { nodes { toRegion { code } fromRegion { code } } } }`,
      {},
      token,
    );
    const placeable =
      api.masterplanProjects.nodes.filter((p) => p.location).length +
      api.locationCases.nodes.filter((c) => c.toRegion || c.fromRegion).length;
    expect(placeable).toBeGreaterThan(0);
    const { ctx, page } = await signedIn();
    await page.getByRole('button', { name: 'Kaart', exact: true }).click();
    await page.getByTestId('plannerkaart').waitFor();
    await page.waitForFunction(() => !!window.__e2eMap?.());
    const drawn = await page.waitForFunction(async () => {
      const source = window.__e2eMap()?.getSource('planner-punten') as unknown as
        { getData(): Promise<GeoJSON.FeatureCollection> } | undefined;
      const n = source ? (await source.getData()).features.length : 0;
      return n > 0 ? n : null;
    });
    expect(await drawn.jsonValue()).toBe(placeable);
    await page.waitForFunction(
      () => window.__e2eMap()!.loaded() && window.__e2eMap()!.querySourceFeatures('planner-provincies').length > 0,
    );
    await screenshot(page, 'planner-kaart');
    expect(await axeViolations(page)).toEqual([]);
    await ctx.close();
  });

  it("shows region profiles and runs the candidate search with a profile's qualities", async () => {
    const token = inject('plannerToken');
    await graphql(
      `mutation($input: RegionProfileInput!) { createRegionProfile(input: $input) { id } }`,
      {
        input: {
          regionCode: 'PV22',
          coreQualities: ['e2e-testkwaliteit'],
          opportunities: 'Testprofiel van de browsertest (geen echte opgave).',
          source: 'https://example.org/e2e-testprofiel',
        },
      },
      token,
    ).catch((error: Error) => {
      // One profile per region: it exists already when the suite reruns on the same server.
      if (!/al een ontwikkelprofiel/.test(error.message)) throw error;
    });
    const { ctx, page } = await signedIn();
    await page.getByRole('button', { name: 'Regioprofielen' }).click();
    const table = page.getByTestId('profielen');
    const row = table.locator('tbody tr').filter({ hasText: 'e2e-testkwaliteit' }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain('Drenthe');
    expect(await axeViolations(page)).toEqual([]);
    await row.getByRole('link', { name: /Kandidaten zoeken/ }).click();
    const panel = page.getByTestId('kandidatenpaneel');
    await panel.locator('[data-testid="kandidaten"] > li').first().waitFor();
    const search = new URL(page.url()).searchParams.get('zoek')!;
    expect(search).toMatch(/^m:gebied\|/);
    expect(search).toContain('kk:e2e-testkwaliteit');
    await expect(panel.getByLabel(/Gewenste kernkwaliteiten/).inputValue()).resolves.toBe('e2e-testkwaliteit');
    await ctx.close();
  });

  it("computes a scenario from chosen cases and shows the monitors beside today's", async () => {
    const { ctx, page } = await signedIn();
    await page.getByRole('button', { name: "Scenario's" }).click();
    const cases = page.getByTestId('scenario-casussen').locator('input[type="checkbox"]');
    await cases.first().waitFor();
    await cases.nth(0).check();
    if ((await cases.count()) > 1) await cases.nth(1).check();
    await page.getByRole('button', { name: 'Doorrekenen' }).click();
    const provinces = page.getByTestId('scenario-provincies').locator('tbody tr');
    await provinces.nth(11).waitFor();
    expect(await provinces.count()).toBe(12);
    const monitors = page.getByTestId('scenario-monitors').locator('tbody tr');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid="scenario-monitors"] tbody tr td:nth-of-type(1)')].every(
          (td) => !/laden/.test(td.textContent ?? ''),
        ) && document.querySelectorAll('[data-testid="scenario-monitors"] tbody tr').length > 0,
    );
    expect(await monitors.count()).toBeGreaterThan(0);
    for (const text of await monitors.allTextContents())
      expect(text).toMatch(/voldoet|onvoldoende gegevens|geen eerdere peildatum/);
    await screenshot(page, 'planner-scenario');
    expect(await axeViolations(page)).toEqual([]);
    await ctx.close();
  });
});
