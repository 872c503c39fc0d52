#!/usr/bin/env node
/**
 * `npm run bench:import`: imports a generated 100,000-row fte CSV and prints the time.
 * The CSV is SYNTHETIC ("fictieve voorbeelddata"): made-up organisations with fictional fte
 * per CBS gemeente, from a fixed seed, written to a temporary file and never committed.
 * Runs on the embedded default (in memory) and, when BENCH_DATABASE_URL is set, on that
 * PostgreSQL + PostGIS database too — whose public schema it RESETS, so point it at a
 * scratch database. Target: under 15 s for the import on the project's 2-core machine.
 * Needs the compiled server (the npm script builds it) and the CBS boundaries (SHARED_DATA_DIR).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../dist/server/config.js';
import { createDataSource } from '../dist/server/db/database.js';
import { startEmbeddedDatabase } from '../dist/server/db/embedded.js';
import { loadBoundaries } from '../dist/server/regions/boundaries.seed.js';
import { fteImport } from '../dist/server/imports/fte-import.js';
import { runImport } from '../dist/server/imports/import.service.js';
import { createProgress } from '../dist/server/imports/progress.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const SECTORS = ['ministeries', 'nationale_politie', 'rechtspraak', 'gevangeniswezen_dji', 'defensie', 'zbo'];
const PEILDATUMS = ['2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01'];

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writeSyntheticCsv(file, gemeenten) {
  const random = mulberry32(20_241);
  const organisations = SECTORS.flatMap((sector) =>
    Array.from({ length: 15 }, (_, i) => ({
      name: `Synthetische organisatie ${sector} ${String(i + 1).padStart(2, '0')} (fictief)`,
      sector,
    })),
  );
  const lines = ['organisatie,sector,gemeente,peildatum,fte'];
  outer: for (const peildatum of PEILDATUMS) {
    for (const gemeente of gemeenten) {
      for (const org of organisations) {
        if (lines.length > ROWS) break outer;
        lines.push(`${org.name},${org.sector},${gemeente},${peildatum},${(random() * 40).toFixed(2)}`);
      }
    }
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return lines.length - 1;
}

async function bench(name, url, geoFolder, csvFile) {
  const dataSource = createDataSource({ url, mode: name === 'embedded' ? 'embedded' : 'postgres' });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await loadBoundaries(dataSource, geoFolder);
  const started = performance.now();
  const bar = createProgress(process.stderr, `bench ${name}`);
  const phaseStart = {};
  const progress = Object.assign(
    (phase, done, total) => {
      phaseStart[phase] ??= performance.now();
      bar(phase, done, total);
    },
    { done: () => bar.done() },
  );
  const result = await runImport(dataSource, fteImport, {
    file: csvFile,
    actor: 'bench',
    dataset: 'demo',
    progress,
    sourceUrl: 'synthetisch:bench/import-fte.mjs',
  });
  progress.done();
  const seconds = (performance.now() - started) / 1000;
  await dataSource.destroy();
  const phases = Object.entries(phaseStart)
    .map(
      ([phase, at], i, all) => `${phase} ${(((all[i + 1]?.[1] ?? started + seconds * 1000) - at) / 1000).toFixed(1)} s`,
    )
    .join(', ');
  console.log(
    `${name}: ${result.rowsWritten} rijen in ${seconds.toFixed(2)} s (${Math.round(result.rowsWritten / seconds)} rijen/s; ${phases})${seconds < 15 ? '' : '  — BOVEN het doel van 15 s'}`,
  );
  return seconds;
}

async function resetSchema(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; CREATE EXTENSION IF NOT EXISTS postgis',
  );
  await client.end();
}

const shared = loadConfig({ ...process.env, DATABASE_URL: undefined }).sharedDataDir;
if (!shared) throw new Error('Geen CBS-grenzen: zet SHARED_DATA_DIR (nodig om gemeenten te herkennen)');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-bench-'));
const geoFolder = path.join(tmp, 'geo');
fs.mkdirSync(geoFolder);
for (const file of ['cbs_provincie_2024.geojson', 'cbs_gemeente_2024.geojson'])
  fs.copyFileSync(path.join(shared, 'geo', file), path.join(geoFolder, file));
const gemeenten = JSON.parse(fs.readFileSync(path.join(geoFolder, 'cbs_gemeente_2024.geojson'), 'utf8')).features.map(
  (f) => f.properties.statcode,
);
const csvFile = path.join(tmp, `synthetisch-fictief-fte-${ROWS}.csv`);
console.log(
  `Synthetische levering (fictieve voorbeelddata): ${writeSyntheticCsv(csvFile, gemeenten)} rijen in ${csvFile}`,
);
try {
  const embedded = await startEmbeddedDatabase({});
  try {
    await bench('embedded', embedded.url, geoFolder, csvFile);
  } finally {
    await embedded.stop();
  }
  if (process.env.BENCH_DATABASE_URL) {
    await resetSchema(process.env.BENCH_DATABASE_URL);
    await bench('postgres', process.env.BENCH_DATABASE_URL, geoFolder, csvFile);
  } else {
    console.log('postgres: overgeslagen (zet BENCH_DATABASE_URL op een lege testdatabase met PostGIS)');
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
