/**
 * The SQL floor of a scenario: the exact statements our API sends to PostgreSQL for one request,
 * captured in-process (the app built from dist/, its DataSource.query wrapped), then replayed
 * on a plain `pg` connection and timed. Floor = the sum of those statements' round trips,
 * i.e. what the same answer costs in PostgreSQL without Node, GraphQL or HTTP on top.
 */
import http from 'node:http';
import pg from 'pg';
import { summarize } from './stats.mjs';
import { resolveAppPeildatum } from './app-documents.mjs';

/** Starts the app in this process with a recording DataSource; returns capture(fn) and close(). */
export async function startRecordingApp({ databaseUrl, sharedDataDir }) {
  const { loadConfig } = await import('../../dist/server/config.js');
  const { openDatabase } = await import('../../dist/server/db/database.js');
  const { createSchema } = await import('../../dist/server/graphql/schema.js');
  const { createApp } = await import('../../dist/server/http/app.js');
  const { invalidateTiles } = await import('../../dist/server/common/data-version.js');
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, SHARED_DATA_DIR: sharedDataDir });
  const database = await openDatabase(config);
  let recording = null;
  const ds = database.dataSource;
  const original = ds.query.bind(ds);
  ds.query = (sql, params, runner) => {
    if (recording) recording.push({ sql, params: params ?? [] });
    return original(sql, params, runner);
  };
  const app = await createApp({ database, schema: await createSchema(), webRoot: '/nonexistent', isReady: () => true });
  const server = http.createServer(app.handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  // The web app's FteAggregate is sent for the date its first request (LevelPeildatums) names.
  await resolveAppPeildatum(base);
  return {
    base,
    /** Makes every result kept per data version stale (the next request recomputes it). */
    invalidateVersionCaches: invalidateTiles,
    /** Runs one request and returns the statements it caused. */
    async capture(send) {
      recording = [];
      await send(base);
      const statements = recording;
      recording = null;
      return statements;
    },
    async close() {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(resolve));
      await app.close();
      await database.close();
    },
  };
}

/** Replays statements on one connection `runs` times; returns latency stats of the sum. */
export async function measureFloor(databaseUrl, statements, { runs = 50, warmup = 5 } = {}) {
  // The session and statements as the API sends them (server/db/database.ts): parameterised SQL
  // as named prepared statements, plans as PostgreSQL chooses (generic after five calls where no worse).
  const client = new pg.Client({ connectionString: databaseUrl, options: '-c jit=off' });
  await client.connect();
  const named = statements.map((s, i) =>
    s.params.length > 0 ? { name: `floor_${i}`, text: s.sql, values: s.params } : { text: s.sql },
  );
  try {
    const times = [];
    for (let i = 0; i < warmup + runs; i++) {
      const started = performance.now();
      for (const s of named) await client.query(s);
      if (i >= warmup) times.push(performance.now() - started);
    }
    return { statements: statements.length, ...summarize(times) };
  } finally {
    await client.end();
  }
}
