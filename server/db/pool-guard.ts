/**
 * A bulkhead on the connection pool: statements of one class of request (a GraphQL operation's
 * root fields, a REST surface) may hold at most `perClass` connections at once, and all classes
 * of one family ("graphql/…") at most `perFamily`; the others wait in their class's queue, not in
 * the pool's. So one slow class — a table someone holds locked, an expensive search sent many
 * times — cannot take every connection, many classes at once still leave connections for the
 * REST surfaces and /health (issue 14, findings 4 and 5).
 * A statement that waited `waitMs` for its class's turn fails with PoolBusyError, which the
 * error translator answers as SERVICE_BUSY (503, Retry-After), as for a full pool.
 *
 * The class travels with the request in an AsyncLocalStorage: the HTTP layer opens a scope per
 * request (runInQueryClass) and the GraphQL layer names the class once it knows the operation
 * (setQueryClass). Statements outside any scope (start-up, migrations, imports) are not limited.
 * The semaphore is written here because the slot is held from a query runner's connect() to its
 * release(), not around one function call as p-limit and cockatiel's bulkhead expect.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, QueryRunner } from 'typeorm';

const scope = new AsyncLocalStorage<{ queryClass: string }>();

/** Runs fn (and everything it starts) as a request of this class. */
export function runInQueryClass<T>(queryClass: string, fn: () => T): T {
  return scope.run({ queryClass }, fn);
}

/** Names the class of the current request more precisely (a GraphQL operation's root fields). */
export function setQueryClass(queryClass: string): void {
  const store = scope.getStore();
  if (store) store.queryClass = queryClass;
}

export class PoolBusyError extends Error {
  readonly code = 'RP_POOL_BUSY';
  constructor(queryClass: string, waitMs: number) {
    super(`no connection for query class ${queryClass} within ${waitMs} ms`);
  }
}

export interface PoolGuardOptions {
  /** Connections one class may hold at once. */
  perClass: number;
  /** Connections all classes of one family ("graphql/…": the part before the slash) may hold. */
  perFamily: number;
  /** Longest a statement waits for its class's turn before PoolBusyError. */
  waitMs: number;
}

/** Limits every query runner of this DataSource (and so dataSource.query and transactions). */
export function guardPool(dataSource: DataSource, options: PoolGuardOptions): void {
  // A class's semaphore lives while it is in use: the classes a client can name are many.
  const semaphores = new Map<string, Semaphore>();
  const semaphore = (name: string, size: number) =>
    semaphores.get(name) ?? semaphores.set(name, new Semaphore(size, () => semaphores.delete(name))).get(name)!;
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode) => {
    const runner = create(mode);
    const queryClass = scope.getStore()?.queryClass;
    if (queryClass === undefined) return runner;
    const family = queryClass.split('/', 1)[0]!;
    // Looked up when the runner connects: a semaphore found idle may be gone by then.
    const shares = [
      () => semaphore(queryClass, options.perClass),
      ...(family === queryClass ? [] : [() => semaphore(`${family}/`, options.perFamily)]),
    ];
    return guardRunner(runner, shares, queryClass, options.waitMs);
  };
}

function guardRunner(
  runner: QueryRunner,
  shares: (() => Semaphore)[],
  queryClass: string,
  waitMs: number,
): QueryRunner {
  const connect = runner.connect.bind(runner);
  const release = runner.release.bind(runner);
  const held: Semaphore[] = [];
  runner.connect = async () => {
    for (const lookup of shares.slice(held.length)) {
      const share = lookup();
      if (!(await share.acquire(waitMs))) {
        freeAll(held);
        throw new PoolBusyError(queryClass, waitMs);
      }
      held.push(share);
    }
    return connect();
  };
  runner.release = async () => {
    try {
      return await release();
    } finally {
      freeAll(held);
    }
  };
  return runner;
}

function freeAll(held: Semaphore[]): void {
  while (held.length > 0) held.pop()!.release();
}

/** A counting semaphore whose waiters give up after a time; says when it is idle again. */
class Semaphore {
  private free: number;
  private readonly waiting: ((granted: boolean) => void)[] = [];

  constructor(
    private readonly size: number,
    private readonly onIdle: () => void,
  ) {
    this.free = size;
  }

  acquire(waitMs: number): Promise<boolean> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const waiter = (granted: boolean) => {
        clearTimeout(timer);
        resolve(granted);
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        resolve(false);
      }, waitMs);
      this.waiting.push(waiter);
    });
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next(true);
    else if (++this.free === this.size) this.onIdle();
  }
}
