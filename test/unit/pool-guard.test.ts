import type { DataSource, QueryRunner } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { PoolBusyError, guardPool, type ScopedDataSource } from '../../server/db/pool-guard.js';

/** A DataSource whose query runners only count the connections they hold. */
function fakeDataSource() {
  const state = { held: 0 };
  const dataSource = {
    createQueryRunner: () => {
      let connected = false;
      return {
        connect: async () => {
          if (!connected) {
            connected = true;
            state.held++;
          }
        },
        release: async () => {
          if (connected) {
            connected = false;
            state.held--;
          }
        },
      } as unknown as QueryRunner;
    },
  } as unknown as DataSource;
  const views = guardPool(dataSource, { perClass: 2, perFamily: 3, waitMs: 100 });
  return { dataSource, views, state };
}

/** A runner of a view that starts as "graphql" and is then named, as a GraphQL request is. */
const connectAs = async (views: ScopedDataSource, queryClass: string) => {
  const ref = { queryClass: 'graphql' };
  const view = views(ref);
  ref.queryClass = queryClass;
  const runner = view.createQueryRunner();
  await runner.connect();
  return runner;
};

describe('pool guard', () => {
  it('lets one class hold at most its share; the next waits its turn, then gives up typed', async () => {
    const { views, state } = fakeDataSource();
    const [a, b] = [await connectAs(views, 'graphql/query:sites'), await connectAs(views, 'graphql/query:sites')];
    const waiting = connectAs(views, 'graphql/query:sites');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(state.held).toBe(2);
    await a.release();
    const c = await waiting; // got a's slot
    expect(state.held).toBe(2);
    await expect(connectAs(views, 'graphql/query:sites')).rejects.toBeInstanceOf(PoolBusyError);
    // Another class is not held up by the first.
    const other = await connectAs(views, 'graphql/query:stations');
    expect(state.held).toBe(3);
    await Promise.all([b.release(), c.release(), other.release()]);
    expect(state.held).toBe(0);
  });

  it('limits a family of classes together, so many classes at once still leave room for the rest', async () => {
    const { views, state } = fakeDataSource();
    const held = [
      await connectAs(views, 'graphql/query:a'),
      await connectAs(views, 'graphql/query:a'),
      await connectAs(views, 'graphql/query:b'),
    ];
    await expect(connectAs(views, 'graphql/query:c')).rejects.toBeInstanceOf(PoolBusyError);
    // A REST surface is its own family.
    const tiles = views({ queryClass: 'tiles' }).createQueryRunner();
    await tiles.connect();
    expect(state.held).toBe(4);
    for (const runner of [...held, tiles]) await runner.release();
    expect(state.held).toBe(0);
  });

  it('does not limit statements outside any request (start-up, migrations, imports)', async () => {
    const { dataSource, state } = fakeDataSource();
    const runners = Array.from({ length: 6 }, () => dataSource.createQueryRunner());
    await Promise.all(runners.map((r) => r.connect()));
    expect(state.held).toBe(6);
  });
});
