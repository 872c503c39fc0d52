/**
 * The attack phase of the soak (issue 14): while the ordinary load runs, a fragment bomb of 28
 * levels, 12 search strings of 1.9 MB at once, and a table locked by another session for a while.
 * Each attack reports its own answers; the soak reports the ordinary load and /health during each
 * window (attackWindows in soak-stats.ts), which must stay served.
 */
import pg from 'pg';
import { LOCK_SITE, fragmentBomb, longSearchString } from './lib/attacks.js';

export interface AttackRun {
  name: string;
  /** ms since the soak started. */
  startAt: number;
  endAt: number;
  /** "status code" of each answer to the attack itself, counted. */
  answers: Record<string, number>;
}

async function post(base: string, body: string): Promise<string> {
  try {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    return `${response.status} ${/"code":"(\w+)"/.exec(text)?.[1] ?? 'ok'}`;
  } catch (error) {
    return `0 ${(error as Error).name}`;
  }
}

async function timed(name: string, t0: number, work: () => Promise<string[]>): Promise<AttackRun> {
  const startAt = performance.now() - t0;
  const answers: Record<string, number> = {};
  for (const answer of await work()) answers[answer] = (answers[answer] ?? 0) + 1;
  return { name, startAt, endAt: performance.now() - t0, answers };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the three attacks at 15 %, 30 % and 70 % of the soak (the restart, if any, is at 50 %). */
export async function runAttacks(options: {
  base: string;
  databaseUrl: string;
  t0: number;
  seconds: number;
}): Promise<AttackRun[]> {
  const { base, t0, seconds } = options;
  const at = (fraction: number) => sleep(Math.max(0, t0 + seconds * 1000 * fraction - performance.now()));
  const runs: AttackRun[] = [];
  await at(0.15);
  runs.push(
    await timed('fragment bomb, 28 levels', t0, async () => [
      await post(base, JSON.stringify({ query: fragmentBomb(28) })),
    ]),
  );
  await at(0.3);
  const search = JSON.stringify({
    query: 'query($s: String) { regions(search: $s) { totalCount } }',
    variables: { s: longSearchString() },
  });
  runs.push(
    await timed('12 × search of 1.9 MB', t0, () => Promise.all(Array.from({ length: 12 }, () => post(base, search)))),
  );
  await at(0.7);
  runs.push(await timed('table site locked by another session', t0, () => lockWhileAsking(options)));
  return runs;
}

/** Holds LOCK TABLE site for a tenth of the soak (at most 10 s) while 12 clients ask about sites. */
async function lockWhileAsking(options: { base: string; databaseUrl: string; seconds: number }): Promise<string[]> {
  const locker = new pg.Client({ connectionString: options.databaseUrl });
  await locker.connect();
  const answers: string[] = [];
  try {
    for (const statement of LOCK_SITE) await locker.query(statement);
    const until = Date.now() + Math.min(10_000, options.seconds * 100);
    const client = async () => {
      while (Date.now() < until) {
        const search = Math.random().toString(36).slice(2, 8);
        answers.push(
          await post(
            options.base,
            JSON.stringify({ query: `{ sites(first: 3, filter: { search: "${search}" }) { totalCount } }` }),
          ),
        );
      }
    };
    await Promise.all(Array.from({ length: 12 }, client));
  } finally {
    await locker.query('ROLLBACK').catch(() => {});
    await locker.end();
  }
  return answers;
}
