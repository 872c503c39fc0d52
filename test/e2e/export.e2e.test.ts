/**
 * The PNG export is a complete figure (issue 16 finding 8): title with peildatum, legend as on
 * screen, dataset mark ("fictieve voorbeelddata" drawn on demo data), sources and attribution,
 * and the default view frames the whole of the Netherlands. The test reads the downloaded file
 * itself: its size from the IHDR chunk, its texts from its tEXt chunks, and pixels it draws.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './browser.js';
import { legendColors } from './helpers.js';

interface Png {
  width: number;
  height: number;
  texts: Record<string, string>;
  bytes: Buffer;
}

function readPng(bytes: Buffer): Png {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const texts: Record<string, string> = {};
  let width = 0;
  let height = 0;
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.subarray(at + 4, at + 8).toString('latin1');
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'tEXt') {
      const nul = data.indexOf(0);
      texts[data.subarray(0, nul).toString('latin1')] = data.subarray(nul + 1).toString('latin1');
    }
    at += 12 + length;
  }
  return { width, height, texts, bytes };
}

async function exportPng(page: Page, name: string): Promise<Png> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Kaart als PNG' }).click(),
  ]);
  const file = path.join(inject('outputDir'), `${name}.png`);
  await download.saveAs(file);
  return readPng(fs.readFileSync(file));
}

/** A pixel of the PNG, decoded by the browser itself. */
async function pixel(page: Page, png: Png, x: number, y: number): Promise<[number, number, number]> {
  return page.evaluate(
    async ({ data, x, y }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
      return [r!, g!, b!] as [number, number, number];
    },
    { data: png.bytes.toString('base64'), x, y },
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('kaart als PNG', () => {
  it('is a complete figure: title and peildatum, the legend on screen, dataset mark, sources and attribution', async () => {
    const page = await openApp(browser, 'data=demo&datum=2024-01-01&lagen=geen');
    await page.waitForFunction(() =>
      window
        .__e2eMap()!
        .querySourceFeatures('regions')
        .some((f) => Number(f.properties.cls) >= 0),
    );
    const canvas = await page.evaluate(() => ({
      w: window.__e2eMap()!.getCanvas().width,
      h: window.__e2eMap()!.getCanvas().height,
      dpr: devicePixelRatio,
    }));
    const png = await exportPng(page, 'export-demo');
    // Larger than the bare map: a title band above, the legend beside, sources below.
    expect(png.width).toBeGreaterThan(canvas.w + 200 * canvas.dpr);
    expect(png.height).toBeGreaterThan(canvas.h + 100 * canvas.dpr);
    expect(png.texts.Title).toMatch(/fte per provincie/);
    expect(png.texts.Title).toContain('1 januari 2024');
    expect(png.texts.Comment).toContain('fictieve voorbeelddata');
    const legendOnScreen = await page.locator('[data-testid="legenda"] li').allTextContents();
    expect(png.texts.Description!.split('\n').slice(1)).toEqual(legendOnScreen.map((t) => t.trim()));
    expect(png.texts.Source!.length).toBeGreaterThan(0);
    expect(png.texts.Copyright).toContain('CBS');
    // Drawn, not only described: the blue band on top, the demo mark on the map, a legend swatch.
    expect(await pixel(page, png, 10, 2)).toEqual([0x15, 0x42, 0x73]);
    expect(await pixel(page, png, 24 + 12, 96 + 3)).toEqual([0xff, 0xf3, 0xcd]);
    const first = (await legendColors(page)).get(0)!;
    const legendX = canvas.w / canvas.dpr + 48 + 10;
    const swatch = await pixel(page, png, Math.round(legendX * canvas.dpr), Math.round((86 + 36 + 9) * canvas.dpr));
    expect(`#${swatch.map((c) => c.toString(16).padStart(2, '0')).join('')}`).toBe(first);
    await page.close();
  });

  it('marks published data as published (no demo mark) and frames the whole of the Netherlands by default', async () => {
    const page = await openApp(browser);
    const bounds = await page.evaluate(() => window.__e2eMap()!.getBounds().toArray());
    // Cadzand (west), Vaals/Eijsden (south), Groningen (east), Rottumeroog (north) all in frame.
    expect(bounds[0][0]).toBeLessThanOrEqual(3.36);
    expect(bounds[0][1]).toBeLessThanOrEqual(50.75);
    expect(bounds[1][0]).toBeGreaterThanOrEqual(7.22);
    expect(bounds[1][1]).toBeGreaterThanOrEqual(53.55);
    const png = await exportPng(page, 'export-gepubliceerd');
    expect(png.texts.Comment).toBe('gepubliceerde cijfers');
    expect(await pixel(page, png, 24 + 12, 96 + 3)).not.toEqual([0xff, 0xf3, 0xcd]);
    expect(new URL(page.url()).searchParams.has('kaart')).toBe(false);
    await page.close();
  });
});
