/**
 * Makes sure the bundled GraphiQL exists for the HTTP tests: builds it with Vite into
 * test-output/graphiql (once per run, ~20 s) from the same config `npm run build:graphiql` uses.
 */
import fs from 'node:fs';
import path from 'node:path';

const OUT = path.resolve('test-output', 'graphiql');
let building: Promise<string> | undefined;

export function buildGraphiql(): Promise<string> {
  building ??= (async () => {
    const { build } = await import('vite');
    await build({
      configFile: path.resolve('server/graphiql/vite.config.ts'),
      logLevel: 'error',
      build: { outDir: OUT, emptyOutDir: true },
    });
    if (!fs.existsSync(path.join(OUT, 'index.html'))) throw new Error('GraphiQL-build leverde geen index.html op');
    return OUT;
  })();
  return building;
}
