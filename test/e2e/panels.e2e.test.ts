/**
 * The side panels: the candidate search's map click and inline checks, the monitors exactly as
 * the API gives them, demonstration data labelled on every view that uses it, and the table twin
 * when the browser cannot draw the map.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, launch, openApp, screenshot } from './browser.js';
import { graphql, pointInRegion } from './helpers.js';

interface Monitor {
  id: string;
  title: string;
  verdict: string;
  explanation: string;
  missing: string[];
  sources: string[];
  figures: { label: string; value: number | null; unit: string; basis: string; flagged: boolean }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('panelen', () => {
  it('candidate search: a map click sets the origin and inline problems show', async () => {
    const page = await openApp(browser, 'paneel=kandidaten');
    const panel = page.getByTestId('kandidatenpaneel');
    await expect(panel.textContent()).resolves.toContain('Klik op de kaart om een vertrekpunt te kiezen.');
    const point = await pointInRegion(page, 'PV21');
    await page.mouse.click(point.x, point.y);
    await expect(panel.textContent()).resolves.toMatch(/Vertrekpunt: 5\d\.\d{4} N, \d\.\d{4} O/);
    // A click while searching picks an origin; it does not open the region panel.
    expect(await page.getByTestId('regiopaneel').count()).toBe(0);
    await panel.getByLabel('Omvang (fte)').fill('0');
    await expect(panel.textContent()).resolves.toContain('Geef een aantal fte groter dan 0.');
    await expect(panel.getByLabel('Omvang (fte)').getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot(page, 'kandidaten-invoer');
    await page.close();
  });

  it('monitors: shows each verdict, figure, flag and source exactly as the GraphQL answer gives them', async () => {
    const from = '2023-01-01';
    const to = '2024-01-01';
    const page = await openApp(browser, `paneel=monitors&datum=${to}&vergelijk=${from}`);
    const panel = page.getByTestId('monitorspaneel');
    await panel.locator('[data-oordeel]').first().waitFor();
    const { monitors } = await graphql<{ monitors: Monitor[] }>(
      `query($f: String!, $t: String!) { monitors(fromPeildatum: $f, toPeildatum: $t, dataset: gepubliceerd) {
         id title verdict explanation missing sources figures { label value unit basis flagged } } }`,
      { f: from, t: to },
    );
    expect(monitors.length).toBeGreaterThanOrEqual(4);
    const shown = await panel.locator('li[data-monitor]').evaluateAll((items) =>
      items.map((li) => ({
        id: (li as HTMLElement).dataset.monitor!,
        verdict: (li as HTMLElement).dataset.oordeel!,
        heading: li.querySelector('h3')!.textContent!,
        text: li.textContent!,
        figures: [...li.querySelectorAll(':scope > ul.rp-list > li')]
          .filter((f) => !f.querySelector('q'))
          .map((f) => ({ text: f.textContent!, flagged: (f as HTMLElement).dataset.gemarkeerd === 'ja' })),
        sources: [...li.querySelectorAll(':scope > .rp-sources a')].map((a) => a.getAttribute('href')),
      })),
    );
    // Same monitors in the same order, each with the API's verdict, figures and sources.
    expect(shown.map((m) => m.id)).toEqual(monitors.map((m) => m.id));
    const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
    const VERDICT_WORDS: Record<string, string> = {
      voldoet: 'Voldoet',
      voldoet_niet: 'Voldoet niet',
      onvoldoende_gegevens: 'Onvoldoende gegevens',
    };
    for (const [i, m] of monitors.entries()) {
      const ui = shown[i]!;
      expect(ui.verdict, m.id).toBe(m.verdict);
      expect(ui.heading, m.id).toContain(`${m.title}: ${VERDICT_WORDS[m.verdict]}`);
      expect(ui.text, m.id).toContain(m.explanation);
      expect(ui.sources, m.id).toEqual(m.sources);
      for (const missing of m.missing) expect(ui.text, m.id).toContain(missing);
      expect(
        ui.figures.map((f) => f.flagged),
        `${m.id} markeringen`,
      ).toEqual(m.figures.map((f) => f.flagged));
      m.figures.forEach((f, j) => {
        const value = f.value === null ? 'geen gepubliceerd cijfer' : `${number.format(f.value)} ${f.unit}`;
        expect(ui.figures[j]!.text, `${m.id} cijfer ${j}`).toBe(
          `${f.flagged ? '⚠ ' : ''}${f.label}: ${value}${f.basis ? ` (${f.basis})` : ''}`,
        );
      });
    }
    // The figures are real numbers, not only "geen gepubliceerd cijfer" everywhere.
    expect(monitors.flatMap((m) => m.figures).some((f) => f.value !== null)).toBe(true);
    await screenshot(page, 'monitors');
    await page.close();
  });

  it('labels demonstration data on the map, the table and the region panel, with one banner per screen', async () => {
    const page = await openApp(browser, 'data=demo&regio=PV20');
    await page.getByTestId('regiopaneel').waitFor();
    await expect(page.locator('.rp-map-demo').textContent()).resolves.toBe('fictieve voorbeelddata');
    // One banner (issue 18 finding 8: it appeared 3–6 times); the table and panel keep a small mark.
    await expect(page.getByTestId('demo-label').count()).resolves.toBe(1);
    await expect(page.locator('#tabel [data-testid="demo-mark"]').count()).resolves.toBe(1);
    await expect(page.getByTestId('regiopaneel').getByTestId('demo-mark').count()).resolves.toBe(1);
    await page.getByRole('link', { name: 'Monitors' }).click();
    await page.getByTestId('monitorspaneel').locator('li[data-monitor]').first().waitFor();
    await expect(page.getByTestId('demo-label').count()).resolves.toBe(1);
    await screenshot(page, 'demo-labels');
    await page.close();
  });

  it('without WebGL says the map cannot be shown, and the table twin still lists every region', async () => {
    const noGl = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--disable-webgl', '--disable-3d-apis', '--no-sandbox'],
    });
    try {
      const page = await noGl.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(`${inject('baseUrl')}/`);
      await expect(page.getByRole('alert').filter({ hasText: 'WebGL2 ontbreekt' }).textContent()).resolves.toContain(
        'De tabel hieronder bevat dezelfde cijfers',
      );
      await page.locator('[data-testid="tabel"] tbody tr').nth(11).waitFor();
      expect(await page.locator('[data-testid="tabel"] tbody tr').count()).toBe(12);
      await screenshot(page, 'zonder-webgl');
    } finally {
      await noGl.close();
    }
  });
});
