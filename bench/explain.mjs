#!/usr/bin/env node
/**
 * Profiling aid: EXPLAIN (ANALYZE, BUFFERS) of every statement our API sends for the named
 * scenarios, with planning and execution time. `node bench/explain.mjs aggregate` (after build:server).
 */
import pg from 'pg';
import { startRecordingApp } from './lib/sql-floor.mjs';
import { SCENARIOS, sendOnce } from './lib/scenarios.mjs';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rp_bench';
const verbose = process.env.EXPLAIN_PLANS === '1';
const rec = await startRecordingApp({ databaseUrl: url, sharedDataDir: process.env.SHARED_DATA_DIR ?? '../shared' });
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  for (const s of SCENARIOS.filter((x) => process.argv.slice(2).includes(x.id))) {
    await sendOnce(rec.base, s.ours);
    const statements = await rec.capture((base) => sendOnce(base, s.ours));
    console.log(`===== ${s.id}: ${statements.length} statements`);
    for (const q of statements) {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${q.sql}`, q.params);
      const plan = rows[0]['QUERY PLAN'][0];
      console.log(
        `plan ${plan['Planning Time'].toFixed(2)} ms, exec ${plan['Execution Time'].toFixed(2)} ms: ${q.sql.replace(/\s+/g, ' ').slice(0, 140)}`,
      );
      if (verbose)
        console.log(
          JSON.stringify(
            plan.Plan,
            ['Node Type', 'Relation Name', 'Index Name', 'Actual Rows', 'Actual Total Time', 'Plans'],
            1,
          ),
        );
    }
  }
} finally {
  await client.end();
  await rec.close();
}
