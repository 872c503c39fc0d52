/**
 * The pool guard's views on a real TypeORM DataSource (PostgreSQL: the embedded database has one
 * connection and no guard). Every way the services reach the database — query(), transactions,
 * repositories, query builders — must count against the view's class; otherwise one class of
 * request could again take every connection (issue 14, finding 5). The class is read when a
 * connection is taken, so a GraphQL request that names its operation after its view was made
 * (graphql/query-class.ts) counts against the named class.
 */
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardPool, PoolBusyError, type ScopedDataSource } from '../../server/db/pool-guard.js';
import { Site } from '../../server/sites/site.entity.js';
import { backends, connect } from '../support/backends.js';

const postgres = backends().find((b) => b.name === 'postgres');

describe.skipIf(!postgres)('pool guard views on postgres', () => {
  let dataSource: DataSource;
  let views: ScopedDataSource;

  beforeAll(async () => {
    dataSource = await connect(postgres!);
    views = guardPool(dataSource, { perClass: 1, perFamily: 2, waitMs: 150 });
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  /** Holds one connection of the class until the returned function is called. */
  async function hold(queryClass: string): Promise<() => Promise<void>> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const holding = new Promise<void>((resolve) => (started = resolve));
    const done = views({ queryClass }).transaction(async (manager) => {
      await manager.query('SELECT 1');
      started();
      await released;
    });
    await holding;
    return async () => {
      release();
      await done;
    };
  }

  const ways: Record<string, (db: DataSource) => Promise<unknown>> = {
    'query()': (db) => db.query('SELECT 1'),
    'query() with parameters (prepared statement)': (db) => db.query('SELECT $1::int AS n', [1]),
    transaction: (db) => db.transaction((manager) => manager.query('SELECT 1')),
    'manager.query': (db) => db.manager.query('SELECT 1'),
    repository: (db) => db.getRepository(Site).count(),
    'query builder': (db) => db.createQueryBuilder().select('1', 'one').from(Site, 's').limit(1).getRawMany(),
  };

  for (const [way, run] of Object.entries(ways)) {
    it(`counts ${way} against the view's class, and leaves other classes and start-up free`, async () => {
      const free = await hold('graphql/query:sites');
      try {
        await expect(run(views({ queryClass: 'graphql/query:sites' }))).rejects.toBeInstanceOf(PoolBusyError);
        await expect(run(views({ queryClass: 'graphql/query:regions' }))).resolves.toBeDefined();
        await expect(run(dataSource)).resolves.toBeDefined();
      } finally {
        await free();
      }
      await expect(run(views({ queryClass: 'graphql/query:sites' }))).resolves.toBeDefined();
    });
  }

  it('reads the class when it takes a connection: a request named after its view was made counts as named', async () => {
    const free = await hold('graphql/query:sites');
    try {
      const ref = { queryClass: 'graphql' };
      const view = views(ref);
      ref.queryClass = 'graphql/query:sites';
      await expect(view.query('SELECT 1')).rejects.toBeInstanceOf(PoolBusyError);
      ref.queryClass = 'graphql/query:stations';
      await expect(view.query('SELECT 1')).resolves.toEqual([{ '?column?': 1 }]);
    } finally {
      await free();
    }
  });
});
