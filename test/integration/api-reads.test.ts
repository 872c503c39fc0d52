/**
 * Every read query and filter through the HTTP API on both backends, on fixtures made here:
 * organisations (with a parent), sites of each kind, figures, an import (provenance), masterplan
 * projects; each filter is checked to select exactly what it should.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';
import { FIXTURE_SOURCE, Fixtures } from '../support/fixtures.js';

describe.each(backends())('read queries and filters on $name', (backend) => {
  let api: Api;
  let fixtures: Fixtures;
  let ministry: number;
  let agency: number;
  let importId: number;
  const sites: Record<string, number> = {};
  const projects: number[] = [];
  const names = (data: any) => data.nodes.map((n: any) => n.name);

  beforeAll(async () => {
    api = await startApi(backend);
    fixtures = new Fixtures(api.db, `reads-${backend.name}`);
    ministry = await fixtures.organisation('Ministerie van Testzaken', 'ministeries');
    agency = await fixtures.organisation('Testagentschap', 'zbo', ministry);
    const [run] = await api.db.query(
      `INSERT INTO import_run (kind, file_name, file_hash, dataset, rows_total, rows_written, rows_rejected, actor, finished_at)
       VALUES ('locaties', $1, $2, 'demo', 3, 2, 1, 'importeur@example.org', now()) RETURNING id`,
      [`${fixtures.tag}.csv`, 'a'.repeat(64)],
    );
    importId = run.id;
    fixtures.onCleanup(`DELETE FROM import_run WHERE id = $1`, [importId]);
    sites.assen = await fixtures.site('Kantoor Assen', 6.56, 52.99, {
      organisationIds: [agency],
      workplaces: 300,
      importId,
    });
    sites.rop = await fixtures.site('Plein Assen', 6.57, 52.995, {
      kind: 'rijksontmoetingsplein',
      ropStatus: 'gepland',
      workplaces: 20,
    });
    sites.utrecht = await fixtures.site('Kantoor Utrecht', 5.11, 52.09, {
      organisationIds: [ministry, agency],
      workplaces: 900,
    });
    await api.db.query(
      `INSERT INTO fte_count (peildatum, scope, site_id, sector, organisation_id, fte, source_url, dataset, import_id)
       VALUES ('2024-01-01', 'locatie', $1, 'zbo', $2, 25, $3, 'demo', $4), ('2023-01-01', 'locatie', $1, 'zbo', $2, 20, $3, 'demo', NULL)`,
      [sites.assen, agency, FIXTURE_SOURCE, importId],
    );
    for (const [name, status, siteId, masterplan] of [
      ['Renovatie A', 'gerealiseerd', sites.assen, 'Plan Noord'],
      ['Nieuwbouw B', 'in voorbereiding', null, 'Plan Midden'],
    ] as const) {
      const [row] = await api.db.query(
        `INSERT INTO masterplan_project (masterplan, name, site_id, gemeente_code, geom, kind, status, source_url, dataset)
         VALUES ($1, $2, $3, $4, ST_SetSRID(ST_MakePoint($5, $6), 4326), $7, $8, $9, 'demo') RETURNING id`,
        [
          fixtures.name(masterplan),
          fixtures.name(name),
          siteId,
          siteId ? 'GM0106' : 'GM0344',
          siteId ? 6.56 : 5.11,
          siteId ? 52.99 : 52.09,
          siteId ? 'renovatie' : 'nieuwbouw',
          status,
          FIXTURE_SOURCE,
        ],
      );
      projects.push(row.id);
    }
    fixtures.onCleanup(`DELETE FROM masterplan_project WHERE id = ANY($1::int[])`, [projects]);
  });

  afterAll(async () => {
    await fixtures?.cleanup();
    await api?.close();
  });

  it('regions: by kind, year, codes, name and Randstad flag', async () => {
    const data = await api.data(`{
      byCodes: regions(codes: ["PV22", "PV26"]) { totalCount nodes { code year } }
      byName: regions(kind: gemeente, search: "assen") { nodes { code name } }
      randstad: regions(kind: provincie, isRandstad: true) { nodes { code } }
      older: regions(kind: provincie, year: 2024, first: 1) { nodes { year } }
      one: region(code: "gm0106", year: 2024) { name year parent(kind: arbeidsmarktregio) { kind } }
    }`);
    expect(data.byCodes.nodes.map((n: any) => n.code)).toEqual(['PV22', 'PV26']);
    expect(data.byName.nodes).toContainEqual({ code: 'GM0106', name: 'Assen' });
    expect(data.byName.nodes.every((n: any) => /assen/i.test(n.name))).toBe(true);
    expect(data.randstad.nodes.map((n: any) => n.code)).toEqual(['PV26', 'PV27', 'PV28']);
    expect(data.older.nodes).toEqual([{ year: 2024 }]);
    expect(data.one).toMatchObject({ name: 'Assen', year: 2024, parent: { kind: 'arbeidsmarktregio' } });
    const missing = await api.gql(`{ region(code: "PV99") { name } }`);
    expect(missing.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('sites: by gemeente, organisation, sector, ROP status, kind, and sorted by every key', async () => {
    const q = (filter: string, order = '') =>
      api.data(
        `{ sites(filter: { dataset: demo, search: "[${fixtures.tag}]", ${filter} } ${order}) { totalCount nodes { name } } }`,
      );
    expect(names((await q('gemeenteCode: "GM0106"')).sites).sort()).toEqual([
      fixtures.name('Kantoor Assen'),
      fixtures.name('Plein Assen'),
    ]);
    expect(names((await q(`organisationId: ${ministry}`)).sites)).toEqual([fixtures.name('Kantoor Utrecht')]);
    expect(names((await q('sector: zbo')).sites)).toEqual([
      fixtures.name('Kantoor Assen'),
      fixtures.name('Kantoor Utrecht'),
    ]);
    expect(names((await q('ropStatus: gepland')).sites)).toEqual([fixtures.name('Plein Assen')]);
    expect(
      names((await q('kinds: [rijkskantoor]', ', orderBy: { field: WORKPLACES, direction: DESC }')).sites),
    ).toEqual([fixtures.name('Kantoor Utrecht'), fixtures.name('Kantoor Assen')]);
    expect(names((await q('', ', orderBy: { field: KIND, direction: DESC }')).sites)[0]).toBe(
      fixtures.name('Plein Assen'),
    );
    expect((await q('', ', orderBy: { field: ID }')).sites.nodes.length).toBe(3);
    expect((await q('', ', orderBy: { field: CITY }')).sites.totalCount).toBe(3);
  });

  it('site: one by id with its relations and provenance', async () => {
    const data = await api.data(
      `query($id: Int!) { site(id: $id) {
      name gemeente { name } organisations { totalCount nodes { name parent { name } } } fteCounts { totalCount nodes { peildatum fte site { id } organisation { name } importRun { id } } }
      fteOf2023: fteCounts(peildatum: "2023-01-01") { nodes { fte } } masterplanProjects { totalCount nodes { name } } importRun { id kind fileName fileHash rowsTotal rowsWritten rowsRejected actor dataset startedAt finishedAt } } }`,
      { id: sites.assen },
    );
    expect(data.site).toMatchObject({
      gemeente: { name: 'Assen' },
      organisations: {
        totalCount: 1,
        nodes: [{ name: fixtures.name('Testagentschap'), parent: { name: fixtures.name('Ministerie van Testzaken') } }],
      },
      fteOf2023: { nodes: [{ fte: 20 }] },
      masterplanProjects: { totalCount: 1, nodes: [{ name: fixtures.name('Renovatie A') }] },
    });
    expect(data.site.fteCounts.totalCount).toBe(2);
    expect(data.site.fteCounts.nodes.map((f: any) => f.peildatum)).toEqual(['2024-01-01', '2023-01-01']);
    expect(data.site.fteCounts.nodes[0]).toMatchObject({
      site: { id: sites.assen },
      organisation: { name: fixtures.name('Testagentschap') },
      importRun: { id: importId },
    });
    expect(data.site.importRun).toMatchObject({
      id: importId,
      kind: 'locaties',
      fileHash: 'a'.repeat(64),
      rowsRejected: 1,
      actor: null,
      dataset: 'demo',
    });
    const asPlanner = await api.data(
      `query($id: Int!) { importRun(id: $id) { actor } importRuns(kind: "locaties", dataset: demo) { totalCount nodes { id } } }`,
      { id: importId },
      { as: 'planner' },
    );
    expect(asPlanner.importRun.actor).toBe('importeur@example.org');
    expect(asPlanner.importRuns.nodes.map((n: any) => n.id)).toContain(importId);
    expect((await api.gql(`{ site(id: 999999999) { name } }`)).errors![0]!.extensions.code).toBe('NOT_FOUND');
  });

  it('nested lists page like top-level ones: first, after, totalCount and pageInfo per parent', async () => {
    const PAGE = `query($id: Int!, $after: String) { site(id: $id) { fteCounts(first: 1, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { peildatum } } nodes { peildatum } } } }`;
    const first = (await api.data(PAGE, { id: sites.assen })).site.fteCounts;
    expect(first).toMatchObject({
      totalCount: 2,
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
      nodes: [{ peildatum: '2024-01-01' }],
    });
    expect(first.edges[0].cursor).toBe(first.pageInfo.endCursor);
    const second = (await api.data(PAGE, { id: sites.assen, after: first.pageInfo.endCursor })).site.fteCounts;
    expect(second).toMatchObject({
      totalCount: 2,
      pageInfo: { hasNextPage: false, hasPreviousPage: true },
      nodes: [{ peildatum: '2023-01-01' }],
    });
    const beyond = (await api.data(PAGE, { id: sites.assen, after: second.pageInfo.endCursor })).site.fteCounts;
    expect(beyond).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] });
    const empty = (
      await api.data(`query($id: Int!) { site(id: $id) { fteCounts(first: 0) { totalCount nodes { fte } } } }`, {
        id: sites.assen,
      })
    ).site.fteCounts;
    expect(empty).toEqual({ totalCount: 2, nodes: [] });
    const tooBig = await api.gql(`query($id: Int!) { site(id: $id) { organisations(first: 501) { totalCount } } }`, {
      id: sites.assen,
    });
    expect(tooBig.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(tooBig.errors![0]!.message).toMatch(/first moet tussen 0 en 500 liggen/);
  });

  it('organisations: filters, order, one by id, with parent, sites and figures', async () => {
    const list = await api.data(
      `query($s: String!) {
      bySector: organisations(filter: { search: $s, sector: zbo }) { totalCount nodes { name } }
      children: organisations(filter: { parentId: ${ministry} }) { nodes { name } }
      ordered: organisations(filter: { search: $s }, orderBy: { field: SECTOR, direction: DESC }) { nodes { name sector } }
      byId: organisations(filter: { search: $s }, orderBy: { field: ID }) { nodes { id } }
    }`,
      { s: fixtures.tag },
    );
    expect(names(list.bySector)).toEqual([fixtures.name('Testagentschap')]);
    expect(names(list.children)).toEqual([fixtures.name('Testagentschap')]);
    expect(list.ordered.nodes.map((n: any) => n.sector)).toEqual(['zbo', 'ministeries']);
    expect(list.byId.nodes.map((n: any) => n.id)).toEqual([ministry, agency]);
    const one = await api.data(
      `query($id: Int!) { organisation(id: $id) { name parent { id } sites(filter: { dataset: demo }, first: 1) { totalCount pageInfo { hasNextPage } nodes { name } } all: sites(filter: { dataset: demo }) { nodes { name } } fteCounts(dataset: demo, peildatum: "2024-01-01") { totalCount nodes { fte } } } }`,
      { id: agency },
    );
    expect(one.organisation).toMatchObject({
      parent: { id: ministry },
      fteCounts: { totalCount: 1, nodes: [{ fte: 25 }] },
    });
    expect(names(one.organisation.all)).toEqual([fixtures.name('Kantoor Assen'), fixtures.name('Kantoor Utrecht')]);
    expect(one.organisation.sites).toEqual({
      totalCount: 2,
      pageInfo: { hasNextPage: true },
      nodes: [{ name: fixtures.name('Kantoor Assen') }],
    });
    expect((await api.gql(`{ organisation(id: 999999999) { name } }`)).errors![0]!.extensions.code).toBe('NOT_FOUND');
  });

  it('fteCounts: by site, sector and organisation', async () => {
    const data = await api.data(
      `query($site: Int!, $org: Int!) {
      bySite: fteCounts(filter: { dataset: demo, siteId: $site }) { totalCount }
      bySector: fteCounts(filter: { dataset: demo, siteId: $site, sector: zbo, scope: locatie }) { totalCount }
      byOrganisation: fteCounts(filter: { dataset: demo, organisationId: $org, peildatum: "2024-01-01" }) { nodes { fte } }
    }`,
      { site: sites.assen, org: agency },
    );
    expect(data).toEqual({
      bySite: { totalCount: 2 },
      bySector: { totalCount: 2 },
      byOrganisation: { nodes: [{ fte: 25 }] },
    });
  });

  it('stations: by type and name, one by code, nearest with a filter', async () => {
    const data = await api.data(`{
      types: stations(filter: { types: ["megastation"], search: "Den Haag" }) { nodes { code type } }
      one: station(code: "asn") { name type location }
      nearest: nearestStations(point: { type: "Point", coordinates: [6.6, 53.0] }, count: 1, filter: { types: ["knooppuntIntercitystation"] }) { station { code } }
    }`);
    expect(data.types.nodes).toEqual([{ code: 'GVC', type: 'megastation' }]);
    expect(data.one).toMatchObject({ name: 'Assen', location: { type: 'Point' } });
    expect(data.nearest).toEqual([{ station: { code: 'ASN' } }]);
    expect((await api.gql(`{ station(code: "XXX") { name } }`)).errors![0]!.extensions.code).toBe('NOT_FOUND');
  });

  it('masterplan projects: by masterplan, status, gemeente, site, polygon, and sorted', async () => {
    const q = async (filter: string, order = '') =>
      names(
        (
          await api.data(
            `{ masterplanProjects(filter: { dataset: demo, search: "[${fixtures.tag}]", ${filter} } ${order}) { nodes { name } } }`,
          )
        ).masterplanProjects,
      );
    expect(await q(`masterplan: "${fixtures.name('Plan Noord')}"`)).toEqual([fixtures.name('Renovatie A')]);
    expect(await q('status: "in voorbereiding"')).toEqual([fixtures.name('Nieuwbouw B')]);
    expect(await q('gemeenteCode: "gm0344"')).toEqual([fixtures.name('Nieuwbouw B')]);
    expect(await q(`siteId: ${sites.assen}`)).toEqual([fixtures.name('Renovatie A')]);
    expect(
      await q(
        'intersects: { type: "Polygon", coordinates: [[[5.0, 52.0], [5.2, 52.0], [5.2, 52.2], [5.0, 52.2], [5.0, 52.0]]] }',
      ),
    ).toEqual([fixtures.name('Nieuwbouw B')]);
    expect(await q('', ', orderBy: { field: STATUS, direction: DESC }')).toEqual([
      fixtures.name('Nieuwbouw B'),
      fixtures.name('Renovatie A'),
    ]);
    expect(await q('', ', orderBy: { field: MASTERPLAN }')).toEqual([
      fixtures.name('Nieuwbouw B'),
      fixtures.name('Renovatie A'),
    ]);
    expect(await q('', ', orderBy: { field: MASTERPLAN, direction: DESC }')).toEqual([
      fixtures.name('Renovatie A'),
      fixtures.name('Nieuwbouw B'),
    ]);
    expect((await q('', ', orderBy: { field: KIND }')).length).toBe(2);
    const published = await api.data(`{ masterplanProjects(filter: { search: "[${fixtures.tag}]" }) { totalCount } }`);
    expect(published.masterplanProjects.totalCount).toBe(0);
  });

  it('location cases and profiles: by status, organisation and region codes; audit by actor', async () => {
    const created = await api.data(
      `mutation($org: Int!, $t: String!) {
      createLocationCase(input: { title: $t, kind: overig, status: "afgerond", organisationId: $org, dataset: demo }) { id adviceRequired crossesProvinceBorder }
    }`,
      { org: agency, t: fixtures.name('Casus') },
      { as: 'planner' },
    );
    fixtures.onCleanup(`DELETE FROM location_case WHERE id = $1`, [created.createLocationCase.id]);
    fixtures.onCleanup(`DELETE FROM audit_entry WHERE entity = 'location_case' AND entity_id = $1`, [
      String(created.createLocationCase.id),
    ]);
    // No fte given: whether advice is needed is unknown (null), not "no" (issue 16 finding 2).
    expect(created.createLocationCase).toMatchObject({ adviceRequired: null, crossesProvinceBorder: null });
    const data = await api.data(
      `query($org: Int!) {
      byStatus: locationCases(filter: { dataset: demo, status: "afgerond", organisationId: $org }) { nodes { title } }
      profiles: regionProfiles(regionCodes: ["pv99"]) { totalCount }
    }`,
      { org: agency },
    );
    expect(data.byStatus.nodes).toEqual([{ title: fixtures.name('Casus') }]);
    expect(data.profiles.totalCount).toBe(0);
    const trail = await api.data(
      `{ auditEntries(actor: "planner-test", entity: "location_case", first: 1) { nodes { entityId } } }`,
      {},
      { as: 'planner' },
    );
    expect(trail.auditEntries.nodes).toEqual([{ entityId: String(created.createLocationCase.id) }]);
  });
});
