/**
 * axe-core in the browser: no serious or critical violations on each view (map, candidate
 * search, monitors, planner). Every violation found is written to test-output for review.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, newPage, openApp, screenshot, waitForMap } from './browser.js';
import { graphql } from './helpers.js';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy (script-src 'self')
  // rightly refuses an inline <script>, and the test must not weaken it.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('toegankelijkheid (axe-core)', () => {
  for (const [name, query] of [
    ['kaart', ''],
    ['kaart-met-paneel', 'regio=PV31'],
    ['kandidaten', 'paneel=kandidaten'],
    ['monitors', 'paneel=monitors'],
    ['gemeenten', 'niveau=gemeente'],
    ['corop-zonder-cijfers', 'niveau=corop'],
    ['demo-met-paneel', 'data=demo&regio=PV20'],
  ] as const) {
    it(`finds no serious or critical violations on ${name}`, async () => {
      const page = await openApp(browser, query);
      if (query.includes('regio=')) await page.getByTestId('regiopaneel').waitFor();
      const violations = await axe(page);
      fs.writeFileSync(path.join(inject('outputDir'), `axe-${name}.json`), JSON.stringify(violations, null, 2));
      await screenshot(page, `axe-${name}`);
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      await page.close();
    });
  }

  it('finds no serious or critical violations on a 390 × 844 phone, drawer closed and open', async () => {
    const page = await newPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${inject('baseUrl')}/`);
    await waitForMap(page);
    const closed = await axe(page);
    await page.getByText('Kaartinstellingen en lagen').click();
    const open = await axe(page);
    fs.writeFileSync(path.join(inject('outputDir'), 'axe-telefoon.json'), JSON.stringify({ closed, open }, null, 2));
    expect([...closed, ...open].filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  });

  it('finds no serious or critical violations on the planner screens', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${inject('baseUrl')}/?paneel=planner`);
    await page.getByLabel(/Token/).waitFor();
    const violations = await axe(page);
    fs.writeFileSync(path.join(inject('outputDir'), 'axe-planner.json'), JSON.stringify(violations, null, 2));
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  });

  it('finds no serious or critical violations on the signed-in planner screens: lists, edit form, inline errors, conflict', async () => {
    const token = inject('plannerToken');
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL' });
    await page.goto(`${inject('baseUrl')}/?paneel=planner`);
    await page.getByLabel(/Token/).fill(token);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    const projects = page.getByTestId('projecten');
    await projects.locator('tbody tr[data-rij]').first().waitFor();
    await page.getByTestId('casussen').locator('tbody tr[data-rij]').first().waitFor();
    const serious: Record<string, AxeViolation[]> = {};
    const check = async (name: string) => {
      const violations = await axe(page);
      fs.writeFileSync(path.join(inject('outputDir'), `axe-${name}.json`), JSON.stringify(violations, null, 2));
      await screenshot(page, `axe-${name}`);
      serious[name] = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    };
    await check('planner-lijsten');

    // The edit form of the first project.
    const first = projects.locator('tbody tr[data-rij]').first();
    const id = Number(await first.getAttribute('data-rij'));
    await first
      .getByRole('button', { name: /^Bewerken/ })
      .first()
      .click();
    const form = page.getByTestId('recordformulier');
    await form.waitFor();
    await check('planner-formulier');

    // Inline validation: a required field left empty.
    await page.locator('#veld-name').fill('');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.locator('#veld-name').getAttribute('aria-invalid')).resolves.toBe('true');
    await check('planner-validatie');

    // A conflict: someone else saves the project meanwhile (through the API), then this form saves.
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
    await page.locator('#veld-name').fill('Naam uit de toegankelijkheidstest');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByTestId('conflict').waitFor();
    await check('planner-conflict');

    expect(serious).toEqual({
      'planner-lijsten': [],
      'planner-formulier': [],
      'planner-validatie': [],
      'planner-conflict': [],
    });
    await page.close();
  });

  it('shows a visible focus indicator on keyboard focus', async () => {
    const page = await openApp(browser);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(outline.outline).toBe('solid');
    expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
