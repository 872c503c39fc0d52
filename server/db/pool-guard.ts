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
 * The class travels as a DataSource: `scoped(ref)` gives a view of the DataSource whose query
 * runners (and so its query(), transactions, repositories and query builders) count against the
 * class in `ref`. A REST surface takes one view for good; a GraphQL request takes one per request
 * and names its class once it knows the operation (graphql/query-class.ts sets ref.queryClass).
 * Statements on the DataSource itself (start-up, migrations, imports) are not limited.
 * Why not an AsyncLocalStorage, as before: on Node 20 it turns on a promise hook for every promise
 * in the process, measured at ~12 % of the CPU of a small GraphQL request.
 * The semaphore is written here because the slot is held from a query runner's connect() to its
 * release(), not around one function call as p-limit and cockatiel's bulkhead expect.
 */
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** The class a view's statements count against; may change while the request runs. */
export interface QueryClassRef {
  queryClass: string;
}

/** A view of the DataSource for one class of request (see the file comment). */
export type ScopedDataSource = (ref: QueryClassRef) => DataSource;

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

/** Views of this DataSource whose query runners are limited per class. */
export function guardPool(dataSource: DataSource, options: PoolGuardOptions): ScopedDataSource {
  // A class's semaphore lives while it is in use: the classes a client can name are many.
  const semaphores = new Map<string, Semaphore>();
  const semaphore = (name: string, size: number) =>
    semaphores.get(name) ?? semaphores.set(name, new Semaphore(size, () => semaphores.delete(name))).get(name)!;
  const guarded = (runner: QueryRunner, queryClass: string) => {
    const family = queryClass.split('/', 1)[0]!;
    // Looked up when the runner connects: a semaphore found idle may be gone by then.
    const shares = [
      () => semaphore(queryClass, options.perClass),
      ...(family === queryClass ? [] : [() => semaphore(`${family}/`, options.perFamily)]),
    ];
    return guardRunner(runner, shares, queryClass, options.waitMs);
  };
  const views = viewPrototype(dataSource, (runner, view) => guarded(runner, view.ref.queryClass));
  return (ref) => Object.assign(Object.create(views) as View, { ref });
}

/** No limits: every class gets the DataSource itself (the embedded database's one connection). */
export const unguarded =
  (dataSource: DataSource): ScopedDataSource =>
  () =>
    dataSource;

type View = DataSource & { ref: QueryClassRef; ownManager?: EntityManager };

/**
 * What every view of the DataSource inherits: its own createQueryRunner. TypeORM reaches the
 * runner through `this.createQueryRunner()` (query builders, query()) or `this.manager`
 * (transactions, repositories), so the views override those three; everything else is the
 * DataSource's own. Built once, so that a view per request is one small object.
 */
function viewPrototype(dataSource: DataSource, guard: (runner: QueryRunner, view: View) => QueryRunner): DataSource {
  return Object.create(dataSource, {
    createQueryRunner: {
      value(this: View, mode?: 'master' | 'slave') {
        return guard(dataSource.createQueryRunner(mode), this);
      },
    },
    manager: {
      get(this: View) {
        return (this.ownManager ??= dataSource.createEntityManager.call(this));
      },
    },
    // database.ts may have replaced query() on the DataSource (prepared statements), bound to it:
    // hand it a runner of this view and release it afterwards, as DataSource.query does.
    query: {
      async value(this: View, query: string, parameters?: unknown[], runner?: QueryRunner) {
        if (runner) return dataSource.query(query, parameters, runner);
        const own = this.createQueryRunner();
        try {
          return await dataSource.query(query, parameters, own);
        } finally {
          await own.release();
        }
      },
    },
  }) as DataSource;
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
