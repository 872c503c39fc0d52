#!/usr/bin/env node
/**
 * A/B of two builds of the service in one run (e.g. before and after an HTTP-stack change):
 *   node bench/http-ab.mjs <dirA> <dirB>      (each a checkout with a built dist/)
 * Both run as production runs them (NODE_ENV=production) against one PostgreSQL database
 * (AB_DATABASE_URL, default rp_bench_http, seeded with the demo dataset on first start).
 * Measures /graphql latency and throughput at concurrency 1 and 16 for `{ __typename }`, a
 * regions query and a sites query (and two small REST GETs), alternating A and B per round so
 * both see the same load; server CPU per request is read from /proc;
 * then the bytes a browser receives on first load (index.html + JS + CSS as served, with and
 * without Accept-Encoding) and JSON answer sizes. Traffic goes to 127.0.0.1 only.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { runLoad, graphqlRequest } from './lib/load.mjs';
import { startBuiltServer, stopProcess } from './lib/processes.mjs';
import { OURS } from './lib/queries.mjs';

const [dirA, dirB] = process.argv.slice(2).map((d) => path.resolve(d));
if (!dirA || !dirB) throw new Error('gebruik: node bench/http-ab.mjs <dirA> <dirB>');
const DATABASE_URL = process.env.AB_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rp_bench_http';
const DURATION_MS = Number(process.env.AB_DURATION_MS ?? 4000);
const ROUNDS = Number(process.env.AB_ROUNDS ?? 2);
const SHARED = path.resolve(process.env.SHARED_DATA_DIR ?? '../shared');

const ALL_QUERIES = {
  typename: { query: '{ __typename }' },
  regions: OURS.aggregate,
  sites: OURS.nearby,
  // REST surfaces (Express before): a GET of a small document each.
  'ogc-conformance': { get: '/ogc/conformance' },
  tilejson: { get: '/tiles/regions.json' },
};
/** AB_QUERIES=typename,regions measures only those. */
const QUERIES = Object.fromEntries(
  Object.entries(ALL_QUERIES).filter(
    ([name]) => !process.env.AB_QUERIES || process.env.AB_QUERIES.split(',').includes(name),
  ),
);

function start(dir) {
  return startBuiltServer(dir, { databaseUrl: DATABASE_URL, sharedDir: SHARED });
}

/** CPU time (ms) the server process has used: utime + stime from /proc (Linux, 100 ticks/s). */
function cpuMs(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Status, wire bytes and decoded size of one GET (no decompression: what crossed the wire). */
function wire(base, pathname, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}${pathname}`, { headers }, (res) => {
      let bytes = 0;
      const chunks = [];
      res.on('data', (c) => {
        bytes += c.length;
        chunks.push(c);
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          bytes,
          encoding: res.headers['content-encoding'] ?? 'identity',
          cache: res.headers['cache-control'],
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', reject);
  });
}

async function firstLoad(base, acceptEncoding) {
  const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
  const index = await wire(base, '/', headers);
  const html = (await wire(base, '/')).body.toString('utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="(\/assets\/[^"]+\.(?:js|css|mjs))"/g)].map(
    (m) => m[1],
  );
  const assets = await Promise.all(refs.map((r) => wire(base, r, headers)));
  const total = index.bytes + assets.reduce((s, a) => s + a.bytes, 0);
  return {
    total,
    index: index.bytes,
    assets: Object.fromEntries(
      refs.map((r, i) => [r, { bytes: assets[i].bytes, encoding: assets[i].encoding, cache: assets[i].cache }]),
    ),
  };
}

async function answerSizes(base) {
  const post = (doc, enc) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify(doc);
      const headers = {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        ...(enc ? { 'accept-encoding': enc } : {}),
      };
      const req = http.request(`${base}/graphql`, { method: 'POST', headers }, (res) => {
        let bytes = 0;
        res.on('data', (c) => {
          bytes += c.length;
        });
        res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] ?? 'identity' }));
      });
      req.on('error', reject);
      req.end(body);
    });
  const gemeenten = { query: '{ regions(kind: gemeente, first: 500) { nodes { code name geometry } } }' };
  const out = {};
  for (const enc of [undefined, 'gzip', 'br']) {
    out[`graphql gemeente-grenzen (${enc ?? 'geen'})`] = await post(gemeenten, enc);
    out[`graphql regions (${enc ?? 'geen'})`] = await post(ALL_QUERIES.regions, enc);
    out[`export sites.geojson (${enc ?? 'geen'})`] = await wire(
      base,
      '/export/sites.geojson',
      enc ? { 'accept-encoding': enc } : {},
    ).then(({ bytes, encoding }) => ({ bytes, encoding }));
  }
  return out;
}

async function sourceMaps(base) {
  const html = (await wire(base, '/')).body.toString('utf8');
  const js = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  return js ? (await wire(base, `${js}.map`)).status : null;
}

const servers = { A: await start(dirA), B: await start(dirB) };
const results = { A: dirA, B: dirB, durationMs: DURATION_MS, rounds: ROUNDS, load: {} };
try {
  for (const [name, doc] of Object.entries(QUERIES)) {
    for (const concurrency of [1, 16]) {
      for (let round = 0; round < ROUNDS; round++) {
        for (const label of round % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
          const cpuBefore = cpuMs(servers[label].child.pid);
          const request = doc.get ? () => ({ method: 'GET', path: doc.get }) : graphqlRequest('/graphql', doc);
          const r = await runLoad({ base: servers[label].base, request, concurrency, durationMs: DURATION_MS });
          // Server CPU per request: less sensitive than latency to what else the machine runs.
          const cpu = Math.round(((cpuMs(servers[label].child.pid) - cpuBefore) / r.requests) * 1000) / 1000;
          const key = `${name} c${concurrency} ${label}`;
          (results.load[key] ??= []).push({
            rps: r.rps,
            p50: r.p50,
            p95: r.p95,
            cpuMsPerRequest: cpu,
            errors: r.errors,
            firstError: r.firstError,
          });
          console.log(
            `${key} ronde ${round + 1}: ${r.rps} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, CPU ${cpu} ms/verzoek${r.errors ? `, ${r.errors} fouten: ${r.firstError}` : ''}`,
          );
        }
      }
    }
  }
  for (const label of process.env.AB_SKIP_BYTES ? [] : ['A', 'B']) {
    const base = servers[label].base;
    results[`bytes ${label}`] = {
      firstLoadPlain: await firstLoad(base),
      firstLoadGzip: await firstLoad(base, 'gzip, deflate'),
      firstLoadBrowser: await firstLoad(base, 'gzip, deflate, br, zstd'),
      answers: await answerSizes(base),
      sourceMapStatus: await sourceMaps(base),
    };
  }
} finally {
  await stopProcess(servers.A);
  await stopProcess(servers.B);
}
console.log(JSON.stringify(results, null, 2));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log('\nMedianen over de rondes (A | B):');
for (const key of Object.keys(results.load).filter((k) => k.endsWith(' A'))) {
  const [a, b] = [results.load[key], results.load[key.replace(/ A$/, ' B')]];
  const cell = (rows, f) => median(rows.map((r) => r[f]));
  console.log(
    `${key.slice(0, -2).padEnd(14)} req/s ${cell(a, 'rps')} | ${cell(b, 'rps')}   p50 ${cell(a, 'p50')} | ${cell(b, 'p50')} ms   p95 ${cell(a, 'p95')} | ${cell(b, 'p95')} ms   CPU ${cell(a, 'cpuMsPerRequest')} | ${cell(b, 'cpuMsPerRequest')} ms`,
  );
}
