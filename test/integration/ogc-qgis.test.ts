/**
 * The README's QGIS steps, done by QGIS itself (issue 17 finding 1): QGIS 3.22's own OAPIF provider
 * (Debian's python3-qgis, installed by scripts/test-env.sh, run headless by
 * scripts/qgis-choropleth.py) adds the region collections as layers and classifies them as a graduated
 * choropleth on fte — published figures from `provincies`, fictional ones from `provincies-demo`.
 * Before this issue the layer got only empty fte values, typed as text, so no class could be made.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { backends, connect } from '../support/backends.js';
import { insertFixtures, startApp, type Fixtures, type RunningApp } from '../support/api.js';

const run = promisify(execFile);
const DATE = '2099-05-01';

interface QgisLayer {
  valid: boolean;
  features?: number;
  withFigure?: number;
  numeric?: boolean;
  classes?: [number, number][];
}

/** Qt wants a private runtime folder (mode 0700); the test makes its own. */
function runtimeDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'qgis-runtime-'));
}

async function qgis(ogc: string, collection: string): Promise<QgisLayer> {
  const { stdout } = await run('/usr/bin/python3', ['scripts/qgis-choropleth.py', ogc, collection], {
    timeout: 120_000,
    env: { ...process.env, QT_QPA_PLATFORM: 'offscreen', XDG_RUNTIME_DIR: runtimeDir() },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as QgisLayer;
}

describe.each(backends())('a choropleth in QGIS from the OGC API on $name', (backend) => {
  let db: DataSource;
  let app: RunningApp;
  let fx: Fixtures;

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    fx = await insertFixtures(db, `Interop-qgis-${backend.name}`, DATE);
    app = await startApp(db, backend);
  });

  afterAll(async () => {
    await fx?.remove();
    await app?.close();
    await db?.destroy();
  });

  it('classifies the published provinces on fte: numeric, with figures, in classes', async () => {
    const layer = await qgis(`${app.url}/ogc`, 'provincies');
    expect(layer).toMatchObject({ valid: true, features: 12, numeric: true });
    expect(layer.withFigure).toBeGreaterThan(0);
    expect(layer.classes?.length).toBeGreaterThan(0);
  });

  it('classifies the fictional figures from the -demo collection the same way', async () => {
    const layer = await qgis(`${app.url}/ogc`, 'provincies-demo');
    expect(layer).toMatchObject({ valid: true, features: 12, numeric: true });
    expect(layer.withFigure).toBeGreaterThan(0);
    expect(layer.classes?.length).toBeGreaterThan(0);
  });
});
