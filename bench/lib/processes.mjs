/** Starting and stopping the servers under test (our app, PostGraphile) as child processes. */
import { spawn } from 'node:child_process';
import net from 'node:net';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/**
 * Spawns `command args` with env and waits until GET `readyUrl` answers `ok(res)`.
 * Returns { child, startMs, log() }; startMs = spawn → first ready answer.
 */
export async function startProcess({
  command,
  args,
  env,
  readyUrl,
  ready = (res) => res.ok,
  timeoutMs = 180_000,
  cwd,
}) {
  const started = performance.now();
  const child = spawn(command, args, { env: { ...process.env, ...env }, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  while (performance.now() - started < timeoutMs) {
    if (exited) throw new Error(`${command} stopte tijdens het starten:\n${output.slice(-2000)}`);
    try {
      const res = await fetch(readyUrl, { signal: AbortSignal.timeout(2000) });
      if (await ready(res)) return { child, startMs: Math.round(performance.now() - started), log: () => output };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`${command} niet gereed binnen ${timeoutMs} ms:\n${output.slice(-2000)}`);
}

export async function stopProcess(proc) {
  if (!proc || proc.child.exitCode !== null) return;
  const exited = new Promise((r) => proc.child.once('exit', r));
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Ready check for our /health: 200 with status ok. */
export async function healthOk(res) {
  if (!res.ok) return false;
  const body = await res.json();
  return body.status === 'ok';
}

/**
 * Starts a built checkout's server (`<dir>/dist/server/main.js`) in production mode on a free port,
 * with the demo data and no rate limit, as the A/B benchmarks compare two builds on one database.
 */
export async function startBuiltServer(dir, { databaseUrl, sharedDir, timeoutMs }) {
  const port = await freePort();
  const env = {
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    SHARED_DATA_DIR: sharedDir,
    DEMO_DATA: 'true',
    RATE_LIMIT_PER_MINUTE: '0',
    BOUNDARY_DOWNLOAD: 'false',
    API_TOKENS: '',
  };
  const proc = await startProcess({
    command: process.execPath,
    args: ['dist/server/main.js'],
    cwd: dir,
    env,
    readyUrl: `http://127.0.0.1:${port}/health`,
    ready: healthOk,
    timeoutMs,
  });
  return { ...proc, base: `http://127.0.0.1:${port}` };
}
