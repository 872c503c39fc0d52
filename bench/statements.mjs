/**
 * Profiling aid: prints the SQL statements our API sends for the named scenarios, each with its
 * replay time on a plain pg connection. `node bench/statements.mjs aggregate nearby` (after build:server).
 */
import { startRecordingApp } from './lib/sql-floor.mjs';
import { SCENARIOS, sendOnce } from './lib/scenarios.mjs';
import pg from 'pg';
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rp_bench';
const rec = await startRecordingApp({ databaseUrl: url, sharedDataDir: process.env.SHARED_DATA_DIR ?? '../shared' });
const c = new pg.Client(url);
await c.connect();
for (const s of SCENARIOS.filter((x) => process.argv.slice(2).includes(x.id))) {
  await sendOnce(rec.base, s.ours);
  const st = await rec.capture((b) => sendOnce(b, s.ours));
  console.log('=====', s.id);
  for (const q of st) {
    for (let i = 0; i < 3; i++) await c.query(q.sql, q.params);
    const t = performance.now();
    await c.query(q.sql, q.params);
    const ms = performance.now() - t;
    console.log(
      `--- ${ms.toFixed(2)} ms`,
      q.sql.replace(/\s+/g, ' ').slice(0, 400),
      JSON.stringify(q.params).slice(0, 200),
    );
  }
}
await c.end();
await rec.close();
