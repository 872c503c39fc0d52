/**
 * Optimistic locking under contention, through the real HTTP stack on both backends: 100
 * concurrent updates of one record with the same version. Exactly one wins per version; every
 * other writer gets CONFLICT (never a 500, never a lost update), and the audit trail holds
 * exactly one entry per winning write, whose "after" is what is stored.
 */
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';

const UPDATE = `mutation($id: Int!, $version: Int!, $patch: LocationCasePatch!) { updateLocationCase(id: $id, version: $version, patch: $patch) { version note } }`;
const WRITERS = 100;

describe.each(backends())('concurrent conflicting updates on $name', (backend) => {
  let api: Api;
  let id: number;
  const title = `Concurrency-casus ${backend.name} ${Date.now()} (fictieve voorbeelddata)`;

  beforeAll(async () => {
    // Bursts of 50 to 100 writers queue for connections; on a loaded CI machine past the
    // production 5 s wait, which would turn a queued write into SERVICE_BUSY.
    api = await startApi(backend, { connectionTimeoutMs: 60_000 });
    const created = await api.data<{ createLocationCase: { id: number } }>(
      `mutation($input: LocationCaseInput!) { createLocationCase(input: $input) { id } }`,
      { input: { title, kind: 'overig', status: 'test', dataset: 'demo' } },
      { as: 'planner' },
    );
    id = created.createLocationCase.id;
  });

  afterAll(async () => {
    await api?.db.query(`DELETE FROM audit_entry WHERE entity = 'location_case' AND entity_id = $1`, [String(id)]);
    await api?.db.query(`DELETE FROM location_case WHERE id = $1`, [id]);
    await api?.close();
  });

  /** Fires all writers at once; returns the winners' notes and the losers' error codes. */
  async function race(versions: number[], round: string) {
    const results = await Promise.all(
      versions.map((version, i) =>
        api.gql(
          UPDATE,
          { id, version, patch: { note: `${round}-writer-${i}-v${version}` } },
          { as: i % 2 ? 'planner' : 'admin' },
        ),
      ),
    );
    const statuses = new Set(results.map((r) => r.status));
    const winners = results
      .filter((r) => !r.errors)
      .map((r) => r.data!.updateLocationCase as { version: number; note: string });
    const codes = results.filter((r) => r.errors).map((r) => r.errors![0]!.extensions.code as string);
    return { statuses, winners, codes };
  }

  async function stored(): Promise<{ version: number; note: string }> {
    const [row] = await api.db.query(`SELECT version, note FROM location_case WHERE id = $1`, [id]);
    return row;
  }

  async function auditedUpdates(): Promise<{ after: { version: number; note: string } }[]> {
    return api.db.query(
      `SELECT after FROM audit_entry WHERE entity = 'location_case' AND entity_id = $1 AND action = 'update' ORDER BY id`,
      [String(id)],
    );
  }

  it(`lets exactly one of ${WRITERS} writers with the same version win; the rest get CONFLICT`, async () => {
    const { statuses, winners, codes } = await race(Array(WRITERS).fill(1), 'r1');
    expect([...statuses]).toEqual([200]);
    expect(winners).toHaveLength(1);
    expect(winners[0]!.version).toBe(2);
    expect(codes).toHaveLength(WRITERS - 1);
    expect(new Set(codes)).toEqual(new Set(['CONFLICT']));
    expect(await stored()).toEqual({ version: 2, note: winners[0]!.note });
    const audit = await auditedUpdates();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ version: 2, note: winners[0]!.note });
  });

  it('keeps one winner per version when writers hold different versions, and the audit trail complete', async () => {
    // Half hold the current version (2), half the next one (3): at most one write per version lands.
    const versions = Array.from({ length: WRITERS }, (_, i) => (i % 2 ? 2 : 3));
    const { winners, codes } = await race(versions, 'r2');
    expect(codes.every((c) => c === 'CONFLICT')).toBe(true);
    expect(winners.length).toBeGreaterThanOrEqual(1);
    expect(winners.length).toBeLessThanOrEqual(2);
    expect(new Set(winners.map((w) => w.version)).size).toBe(winners.length);
    const final = await stored();
    expect(final.version).toBe(2 + winners.length);
    const audit = await auditedUpdates();
    expect(audit).toHaveLength(1 + winners.length);
    expect(audit.map((a) => a.after.version)).toEqual([2, ...winners.map((w) => w.version).sort()]);
    expect(audit.at(-1)!.after.note).toBe(final.note);
  });
});
