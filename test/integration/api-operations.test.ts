/**
 * The published example operations (schema/operations/*.graphql) are what other teams copy.
 * Each must validate against the COMMITTED schema/schema.graphql — a client built from those two
 * alone — and run through the HTTP API against a seeded database, with its example variables.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';
import { Fixtures } from '../support/fixtures.js';
import { insertPublished, nationalTotals, population } from '../support/published.js';

const DIR = 'schema/operations';
const files = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort();
const read = (file: string) => fs.readFileSync(path.join(DIR, file), 'utf8');
const variablesOf = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(DIR, file.replace(/\.graphql$/, '.variables.json')), 'utf8'));

describe('example operations against the committed SDL', () => {
  const committed = buildSchema(fs.readFileSync('schema/schema.graphql', 'utf8'));

  it('has one file per main job, each with example variables', () => {
    expect(files).toEqual([
      'candidate-search.graphql',
      'map-layers.graphql',
      'nearby-sites.graphql',
      'planner-edits.graphql',
      'region-detail.graphql',
    ]);
    for (const file of files)
      expect(fs.existsSync(path.join(DIR, file.replace(/\.graphql$/, '.variables.json'))), file).toBe(true);
  });

  it.each(files)('%s validates against schema/schema.graphql', (file) => {
    expect(validate(committed, parse(read(file))).map((e) => e.message)).toEqual([]);
  });
});

describe.each(backends())('example operations on $name', (backend) => {
  let api: Api;
  let fixtures: Fixtures;
  let removePublished: () => Promise<void>;
  const created: [string, number][] = [];
  const demo = { dataset: 'demo' };

  beforeAll(async () => {
    api = await startApi(backend);
    removePublished = await insertPublished(api.db);
    fixtures = new Fixtures(api.db, `operations-${backend.name}`);
    const organisation = await fixtures.organisation('Uitvoeringsdienst', 'zbo');
    const [asn] = await api.db.query(`SELECT ST_X(geom) AS lon, ST_Y(geom) AS lat FROM station WHERE code = 'ASN'`);
    await fixtures.site('Kantoor bij station', asn.lon, asn.lat, { organisationIds: [organisation], workplaces: 200 });
    await fixtures.site('Ontmoetingsplein', asn.lon + 0.01, asn.lat, {
      kind: 'rijksontmoetingsplein',
      ropStatus: 'open',
      workplaces: 40,
    });
  });

  afterAll(async () => {
    for (const [table, id] of created.reverse()) {
      await api.db.query(`DELETE FROM audit_entry WHERE entity = $1 AND entity_id = $2`, [table, String(id)]);
      await api.db.query(`DELETE FROM ${table} WHERE id = $1`, [id]);
    }
    await fixtures?.cleanup();
    await removePublished?.();
    await api?.close();
  });

  it('map-layers: a choropleth of published figures with light boundaries, and the sites in view', async () => {
    const data = await api.data(read('map-layers.graphql'), variablesOf('map-layers.graphql'));
    expect(data.fteAggregate).toMatchObject({
      dataset: 'gepubliceerd',
      isDemo: false,
      national: { fte: { value: nationalTotals().at(-1)!.fte } },
    });
    expect(data.fteAggregate.regions).toHaveLength(12);
    expect(data.fteAggregate.regions[0].region.geometry.type).toBe('MultiPolygon');
    const withDemo = await api.data(read('map-layers.graphql'), { ...variablesOf('map-layers.graphql'), ...demo });
    expect(withDemo.fteAggregate.datasetLabel).toBe('fictieve voorbeelddata');
    expect(withDemo.sites.nodes.map((s: any) => s.name)).toContain(fixtures.name('Kantoor bij station'));
  });

  it('region-detail: Drenthe with population, figures (missing as null with reason) and its sites', async () => {
    const data = await api.data(read('region-detail.graphql'), variablesOf('region-detail.graphql'));
    expect(data.region).toMatchObject({ code: 'PV22', name: 'Drenthe', provincie: { code: 'PV22' }, corop: null });
    expect(data.region.population.inhabitants.value).toBe(population().find((p) => p.code === 'PV22')!.inhabitants);
    expect(data.region.fte.fte).toEqual({ value: null, missingReason: 'geen gepubliceerd cijfer' });
    const withDemo = await api.data(read('region-detail.graphql'), {
      ...variablesOf('region-detail.graphql'),
      ...demo,
    });
    expect(withDemo.region.sites.nodes.map((s: any) => s.name)).toEqual(
      expect.arrayContaining([fixtures.name('Kantoor bij station'), fixtures.name('Ontmoetingsplein')]),
    );
  });

  it('nearby-sites: sites around Assen station, nearest first, and the nearest stations', async () => {
    const data = await api.data(read('nearby-sites.graphql'), { ...variablesOf('nearby-sites.graphql'), ...demo });
    const mine = data.sites.edges.filter((e: any) => e.node.name.includes(fixtures.tag));
    expect(mine.map((e: any) => e.node.name)).toEqual([
      fixtures.name('Kantoor bij station'),
      fixtures.name('Ontmoetingsplein'),
    ]);
    expect(mine[1].distanceM).toBeGreaterThan(mine[0].distanceM);
    expect(data.nearestStations[0].station.code).toBe('ASN');
  });

  it('candidate-search: offices and meeting hubs in the region and around the point, with rail access', async () => {
    const data = await api.data(read('candidate-search.graphql'), {
      ...variablesOf('candidate-search.graphql'),
      ...demo,
    });
    expect(data.region.name).toBe('Drenthe');
    const office = data.inRegion.nodes.find((s: any) => s.name === fixtures.name('Kantoor bij station'));
    expect(office.nearestStations[0].station).toMatchObject({ code: 'ASN' });
    expect(office.nearestStations[0].distanceM).toBeLessThan(1);
    expect(office.organisations).toEqual({
      totalCount: 1,
      nodes: [{ name: fixtures.name('Uitvoeringsdienst'), sector: 'zbo' }],
    });
    const workplaces = data.inRegion.nodes.map((s: any) => s.workplaces ?? -1);
    expect(workplaces).toEqual([...workplaces].sort((a, b) => b - a));
    expect(data.nearPoint.edges.map((e: any) => e.node.name)).toContain(fixtures.name('Ontmoetingsplein'));
  });

  it('planner-edits: every create and update runs with a planner token, chained by id and version', async () => {
    const document = read('planner-edits.graphql');
    const examples = variablesOf('planner-edits.graphql');
    const operations = parse(document)
      .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((d) => d.name!.value);
    expect(Object.keys(examples).sort()).toEqual([...operations].sort());
    const run = async (name: string, variables: Record<string, unknown>) =>
      Object.values(await api.data(document, variables, { as: 'planner', operationName: name }))[0] as any;
    const tagged = (input: any) => ({
      ...input,
      ...(input.name ? { name: fixtures.name(input.name) } : {}),
      ...(input.title ? { title: fixtures.name(input.title) } : {}),
    });

    const site = await run('CreateSite', { input: tagged(examples.CreateSite.input) });
    fixtures.siteIds.push(site.id);
    expect(site.gemeenteCode).toBe('GM0106');
    expect(await run('UpdateSite', { ...examples.UpdateSite, id: site.id, version: site.version })).toMatchObject({
      version: 2,
    });

    const project = await run('CreateMasterplanProject', { input: tagged(examples.CreateMasterplanProject.input) });
    created.push(['masterplan_project', project.id]);
    const request = await run('CreateChangeRequest', {
      input: tagged({ ...examples.CreateChangeRequest.input, projectId: project.id }),
    });
    created.push(['change_request', request.id]);
    expect(
      await run('UpdateChangeRequest', { ...examples.UpdateChangeRequest, id: request.id, version: request.version }),
    ).toMatchObject({ status: 'goedgekeurd' });
    const updatedProject = await run('UpdateMasterplanProject', {
      ...examples.UpdateMasterplanProject,
      id: project.id,
      version: project.version,
    });
    expect(updatedProject).toMatchObject({
      version: 2,
      changeRequests: { totalCount: 1, nodes: [{ status: 'goedgekeurd' }] },
    });

    const caseRow = await run('CreateLocationCase', { input: tagged(examples.CreateLocationCase.input) });
    created.push(['location_case', caseRow.id]);
    expect(caseRow).toMatchObject({ adviceRequired: true, crossesProvinceBorder: true });
    expect(
      await run('UpdateLocationCase', { ...examples.UpdateLocationCase, id: caseRow.id, version: caseRow.version }),
    ).toMatchObject({ version: 2 });

    const profile = await run('CreateRegionProfile', {
      input: { ...examples.CreateRegionProfile.input, coreQualities: [fixtures.name('voorbeeldkwaliteit')] },
    });
    created.push(['region_profile', profile.id]);
    expect(
      await run('UpdateRegionProfile', { ...examples.UpdateRegionProfile, id: profile.id, version: profile.version }),
    ).toMatchObject({ version: 2 });

    const cases = await run('PlannerCases', examples.PlannerCases);
    expect(cases.nodes.map((c: any) => c.id)).toContain(caseRow.id);
    const trail = await run('PlannerAuditTrail', { entity: 'location_case', entityId: String(caseRow.id) });
    expect(trail.nodes.map((n: any) => n.action)).toEqual(['update', 'create']);
  });
});
