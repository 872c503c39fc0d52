/**
 * The app as production serves it: NODE_ENV=production (introspection off, only hashed tokens,
 * HSTS). The web app must not depend on introspection: the map, its panels and the planner
 * screens work, no part reports a failure, and the page exposes no debug global. global-setup starts the server so
 * by default; with E2E_NODE_ENV=test (or an E2E_BASE_URL of unknown mode) this file is skipped,
 * named, because there is nothing production-specific to prove then.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, newPage, openApp, screenshot } from './browser.js';
import { graphql, graphqlResponse, pointInRegion } from './helpers.js';

const production = inject('nodeEnv') === 'production';

let browser: Browser;
beforeAll(async () => {
  if (production) browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Content-Security-Policy refusals and page errors seen by a page, to assert there are none. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`paginafout: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text()))
      problems.push(message.text());
  });
  return problems;
}

/** No error notice anywhere on the page (a failed query or layer says so visibly). */
async function noFailures(page: Page): Promise<void> {
  expect(await page.locator('[role="alert"]').allTextContents()).toEqual([]);
}

describe.skipIf(!production)(`productiemodus (NODE_ENV=${inject('nodeEnv')})`, () => {
  it('runs with production settings: introspection refused, HSTS sent', async () => {
    const introspection = await graphqlResponse('{ __schema { queryType { fields { name } } } }');
    expect(introspection.data ?? null).toBeNull();
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const response = await fetch(`${inject('baseUrl')}/`);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('loads the map with classed figures, point layers and the monitors, with no failure and no debug global', async () => {
    const page = await newPage(browser);
    const problems = watchProblems(page);
    await page.goto(`${inject('baseUrl')}/?datum=2023-01-01&lagen=rijkskantoren,stations&paneel=monitors`);
    await page.waitForFunction(() =>
      window
        .__e2eMap()
        ?.querySourceFeatures('regions')
        .some((f) => Number(f.properties.cls) >= 0),
    );
    for (const layer of ['rijkskantoren', 'stations']) {
      await page.waitForFunction(
        (id) => /\d+ op de kaart/.test(document.querySelector(`[data-testid="laagstatus-${id}"]`)?.textContent ?? ''),
        layer,
      );
    }
    await page.locator('[data-testid="monitorspaneel"] [data-oordeel]').first().waitFor();
    expect(await page.locator('[data-testid="monitorspaneel"] [data-oordeel]').count()).toBeGreaterThanOrEqual(4);
    await noFailures(page);
    // The map is observed through React's DevTools hook (browser.ts), not through anything the app puts on window.
    const own = await page.evaluate(() => Object.keys(window).filter((k) => /rijkspresentie/i.test(k)));
    expect(own).toEqual([]);
    await screenshot(page, 'productie-kaart');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('ranks candidates from a map click', async () => {
    const page = await openApp(browser, 'paneel=kandidaten');
    const panel = page.getByTestId('kandidatenpaneel');
    const point = await pointInRegion(page, 'PV25');
    await page.mouse.click(point.x, point.y);
    await panel.getByLabel('Omvang (fte)').fill('250');
    await panel.getByRole('button', { name: 'Zoeken' }).click();
    await panel.locator('[data-testid="kandidaten"] > li').first().waitFor();
    await noFailures(page);
    await page.close();
  });

  it('lets a planner sign in with a token the server holds only hashed, list projects and cases, and save an edit', async () => {
    const token = inject('plannerToken');
    const page = await newPage(browser);
    const problems = watchProblems(page);
    await page.goto(`${inject('baseUrl')}/?paneel=planner`);
    await page.getByLabel(/Token/).fill(token);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByTestId('projecten').locator('tbody tr[data-rij]').first().waitFor();
    await page.getByTestId('casussen').locator('tbody tr[data-rij]').first().waitFor();
    await noFailures(page);

    // The screens list what the API gives this planner (confidential cases included).
    const api = await graphql<{
      masterplanProjects: { totalCount: number };
      locationCases: { totalCount: number; nodes: { id: number; title: string }[] };
    }>(
      `{ masterplanProjects(filter: { dataset: gepubliceerd }, first: 200) { totalCount }
         locationCases(filter: { dataset: gepubliceerd, includeConfidential: true }, first: 200) { totalCount nodes { id title } } }`,
      {},
      token,
    );
    expect(await page.getByTestId('projecten').locator('tbody tr[data-rij]').count()).toBe(
      api.masterplanProjects.totalCount,
    );
    expect(await page.getByTestId('casussen').locator('tbody tr[data-rij]').count()).toBe(api.locationCases.totalCount);

    // A mutation through the app (CSRF rules, bearer token) is stored.
    const first = api.locationCases.nodes[0]!;
    const status = `in behandeling (productietest ${Date.now()})`;
    await page
      .locator(`[data-testid="casussen"] tr[data-rij="${first.id}"]`)
      .getByRole('button', { name: /Bewerken/ })
      .click();
    await page.locator('#veld-status').fill(status);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByTestId('recordformulier').waitFor({ state: 'detached' });
    const stored = await graphql<{ locationCase: { status: string } }>(
      'query($id: Int!) { locationCase(id: $id) { status } }',
      { id: first.id },
      token,
    );
    expect(stored.locationCase.status).toBe(status);
    await expect(page.locator(`[data-testid="casussen"] tr[data-rij="${first.id}"]`).textContent()).resolves.toContain(
      status,
    );
    await screenshot(page, 'productie-planner');
    expect(problems).toEqual([]);
    await page.close();
  });
});
