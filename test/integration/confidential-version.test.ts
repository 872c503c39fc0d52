/**
 * The data version is public: tiles send it as X-Data-Version and their ETags follow it. A write
 * that touches only confidential location cases must not move it, or anyone polling a tile learns
 * that (and when) something confidential changed. A case that is or becomes public does move it.
 * Writes go through the planner API and through plain SQL (psql, another process), on both backends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';

const CREATE = `mutation($input: LocationCaseInput!) { createLocationCase(input: $input) { id version } }`;
const UPDATE = `mutation($id: Int!, $version: Int!, $patch: LocationCasePatch!) {
  updateLocationCase(id: $id, version: $version, patch: $patch) { id version } }`;

describe.each(backends())('confidential case writes and the public data version on $name', (backend) => {
  let api: Api;
  const title = `Versieproef ${backend.name} ${Date.now()}`;

  beforeAll(async () => {
    api = await startApi(backend);
  });

  afterAll(async () => {
    await api?.db.query('DELETE FROM location_case WHERE title LIKE $1', [`${title}%`]);
    await api?.close();
  });

  const version = async () => (await api.db.query('SELECT version::text AS v FROM data_version'))[0].v as string;
  /** The database part of a tile's X-Data-Version ("<database>.<this process>"). */
  const tileVersion = async () =>
    (await fetch(`${api.url}/tiles/stations/0/0/0.mvt`)).headers.get('x-data-version')?.split('.')[0];
  const input = (confidential: boolean, suffix: string) => ({
    title: `${title} ${suffix}`,
    kind: 'groei',
    status: 'in behandeling',
    confidential,
    dataset: 'gepubliceerd',
    fteChange: 120,
  });

  it('leaves the version alone for a confidential case created, changed and deleted', async () => {
    const before = await version();
    const created = await api.data(CREATE, { input: input(true, 'geheim') }, { as: 'planner' });
    const { id } = created.createLocationCase;
    await api.data(
      UPDATE,
      { id, version: created.createLocationCase.version, patch: { fteChange: 150 } },
      { as: 'planner' },
    );
    await api.db.query(`UPDATE location_case SET note = 'via psql' WHERE id = $1`, [id]);
    await api.db.query('DELETE FROM location_case WHERE id = $1', [id]);
    expect(await version()).toBe(before);
    expect(await tileVersion()).toBe(before);
  });

  it('moves the version for a public case, and for a confidential case made public', async () => {
    let before = await version();
    await api.data(CREATE, { input: input(false, 'openbaar') }, { as: 'planner' });
    expect(BigInt(await version())).toBeGreaterThan(BigInt(before));

    const secret = (await api.data(CREATE, { input: input(true, 'later openbaar') }, { as: 'planner' }))
      .createLocationCase;
    before = await version();
    await api.data(
      UPDATE,
      { id: secret.id, version: secret.version, patch: { confidential: false } },
      { as: 'planner' },
    );
    expect(BigInt(await version())).toBeGreaterThan(BigInt(before));
  });
});
