/**
 * Closed-loop load generator (the autocannon model, written out so that p95 is exact):
 * `concurrency` workers over keep-alive connections, each sending its next request as soon as
 * the previous answer is fully read, for `durationMs`. Every latency is kept; a non-2xx/304
 * answer or a GraphQL `errors` member counts as an error and makes the figure invalid.
 */
import http from 'node:http';
import { summarize } from './stats.mjs';

/**
 * @param {object} o
 * @param {string} o.base        http://127.0.0.1:port
 * @param {(i: number) => {method?: string, path: string, body?: string, headers?: object}} o.request
 * @param {number} o.concurrency
 * @param {number} o.durationMs
 * @param {number} [o.maxRequests]  stop after this many (e.g. a list of distinct tiles)
 */
export async function runLoad({ base, request, concurrency, durationMs, maxRequests = Infinity }) {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const times = [];
  let errors = 0;
  let next = 0;
  let firstError = null;
  const started = performance.now();
  const deadline = started + durationMs;
  async function worker() {
    while (performance.now() < deadline && next < maxRequests) {
      const req = request(next++);
      const t0 = performance.now();
      let status;
      let body;
      try {
        ({ status, body } = await send(agent, url, req));
      } catch (e) {
        // A connection the server closed (reset, hang-up) is an error of the figure, not of the run.
        errors++;
        firstError ??= `${e.code ?? ''} ${e.message}`.trim();
        continue;
      }
      const ms = performance.now() - t0;
      const bad = (status !== 200 && status !== 304) || (req.graphql && body.includes('"errors"'));
      if (bad) {
        errors++;
        firstError ??= `${status} ${body.slice(0, 200)}`;
      } else times.push(ms);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const out = {
    concurrency,
    requests: times.length,
    errors,
    firstError,
    elapsedS: Math.round(elapsed * 1000) / 1000,
    rps: Math.round((times.length / elapsed) * 10) / 10,
    ...summarize(times),
  };
  // The raw latencies, for combining A/B rounds (combineRounds); not written to results.json.
  Object.defineProperty(out, 'times', { value: times, enumerable: false });
  return out;
}

/**
 * One figure from several rounds of the same load (A/B interleaving): requests over the summed
 * time, percentiles over all latencies, errors summed.
 */
export function combineRounds(rounds) {
  if (rounds.length === 1) return rounds[0];
  const times = rounds.flatMap((r) => r.times ?? []);
  const requests = rounds.reduce((n, r) => n + r.requests, 0);
  const elapsed = rounds.reduce((n, r) => n + r.elapsedS, 0);
  return {
    concurrency: rounds[0].concurrency,
    rounds: rounds.length,
    requests,
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    firstError: rounds.find((r) => r.firstError)?.firstError ?? null,
    elapsedS: Math.round(elapsed * 1000) / 1000,
    rps: Math.round((requests / elapsed) * 10) / 10,
    roundRps: rounds.map((r) => r.rps),
    ...summarize(times),
  };
}

/** One GraphQL answer as text (a plain fetch); throws on an HTTP error or GraphQL errors. */
export async function graphqlAnswer(base, doc) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(doc),
  });
  const text = await res.text();
  if (!res.ok || text.includes('"errors"')) throw new Error(`${res.status} ${text.slice(0, 300)}`);
  return text;
}

function send(agent, url, req) {
  return new Promise((resolve, reject) => {
    const r = http.request(
      { agent, host: url.hostname, port: url.port, method: req.method ?? 'GET', path: req.path, headers: req.headers },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode, body: req.graphql ? Buffer.concat(chunks).toString('utf8') : '' }),
        );
      },
    );
    r.on('error', reject);
    r.end(req.body);
  });
}

/** A GraphQL POST as a load request. */
export function graphqlRequest(path, doc) {
  const body = JSON.stringify(doc);
  return () => ({
    method: 'POST',
    path,
    body,
    graphql: true,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
}
