/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DataNotices {\n    serviceInfo { dataNotices { topic level message } }\n  }\n": typeof types.DataNoticesDocument,
    "\n  fragment CandidateItem on Candidate {\n    rank kind siteId name gemeenteName isRandstad location total explanation nearestStation nearestStationM nearestStationNote\n    freeWorkplaces capacityNote\n    criteria { criterion label score weight contribution detail }\n  }\n": typeof types.CandidateItemFragmentDoc,
    "\n  query RankCandidates($demand: CandidateDemandInput!) {\n    rankCandidates(demand: $demand) {\n      totalCandidates peildatum\n      candidates { ...CandidateItem }\n    }\n  }\n": typeof types.RankCandidatesDocument,
    "\n  query OriginSites($dataset: Dataset!) { sites(filter: { dataset: $dataset }, first: 500) { nodes { id name city } } }\n": typeof types.OriginSitesDocument,
    "\n  query RegionBoundaries($kind: RegionKind!, $tolerance: Float!, $first: Int!) {\n    regions(kind: $kind, first: $first) {\n      totalCount\n      nodes { ...RegionShape }\n    }\n  }\n": typeof types.RegionBoundariesDocument,
    "\n  query FteAggregate(\n    $level: RegionKind!, $peildatum: LocalDate, $comparePeildatum: LocalDate, $sector: Sector, $organisationId: Int, $dataset: Dataset!\n  ) {\n    fteAggregate(\n      level: $level, peildatum: $peildatum, comparePeildatum: $comparePeildatum, sector: $sector,\n      organisationId: $organisationId, dataset: $dataset\n    ) {\n      level peildatum comparePeildatum isDemo\n      national { sources }\n      regions { ...MetricRow }\n    }\n  }\n": typeof types.FteAggregateDocument,
    "\n  query Peildatums($dataset: Dataset!) { peildatums(dataset: $dataset) }\n": typeof types.PeildatumsDocument,
    "\n  query LevelPeildatums($dataset: Dataset!, $level: RegionKind!) {\n    peildatums(dataset: $dataset)\n    atLevel: peildatums(dataset: $dataset, level: $level)\n    demo: peildatums(dataset: demo)\n  }\n": typeof types.LevelPeildatumsDocument,
    "\n  query Ministries($dataset: Dataset!) {\n    organisations(filter: { sector: ministeries }, first: 200) {\n      nodes { id name abbreviation parentId fteCounts(dataset: $dataset, first: 1) { totalCount nodes { peildatum } } }\n    }\n  }\n": typeof types.MinistriesDocument,
    "\n  fragment DatedFigure on RegionFte { fte { value missingReason } asWritten sources }\n": typeof types.DatedFigureFragmentDoc,
    "\n  query RegionBase($code: String!) {\n    region(code: $code) { id code name kind year isRandstad isGrensregio source }\n  }\n": typeof types.RegionBaseDocument,
    "\n  query RegionSectors($code: String!, $dataset: Dataset!, $peildatum: LocalDate!) {\n    region(code: $code) {\n      id\n      ministeries: fte(peildatum: $peildatum, dataset: $dataset, sector: ministeries) { ...DatedFigure }\n      nationale_politie: fte(peildatum: $peildatum, dataset: $dataset, sector: nationale_politie) { ...DatedFigure }\n      rechtspraak: fte(peildatum: $peildatum, dataset: $dataset, sector: rechtspraak) { ...DatedFigure }\n      gevangeniswezen_dji: fte(peildatum: $peildatum, dataset: $dataset, sector: gevangeniswezen_dji) { ...DatedFigure }\n      defensie: fte(peildatum: $peildatum, dataset: $dataset, sector: defensie) { ...DatedFigure }\n      zbo: fte(peildatum: $peildatum, dataset: $dataset, sector: zbo) { ...DatedFigure }\n    }\n  }\n": typeof types.RegionSectorsDocument,
    "\n  query RegionSites($code: String!, $dataset: Dataset!) {\n    region(code: $code) {\n      id\n      sites(filter: { dataset: $dataset }, first: 100) { totalCount nodes { id kind name city locationPrecision sourceUrl dataset } }\n    }\n  }\n": typeof types.RegionSitesDocument,
    "\n  query Monitors($fromPeildatum: String!, $toPeildatum: String!, $dataset: Dataset!) {\n    monitors(fromPeildatum: $fromPeildatum, toPeildatum: $toPeildatum, dataset: $dataset) {\n      id title fromPeildatum toPeildatum dataset verdict explanation missing sources publishedStatements\n      figures { ...MonitorFigureLine }\n    }\n  }\n": typeof types.MonitorsDocument,
    "\n  fragment MonitorFigureLine on MonitorFigure { label regionCode value unit basis flagged }\n": typeof types.MonitorFigureLineFragmentDoc,
    "\n  query OverviewForecasts {\n    forecasts { id regionLabel asWritten precision periodFrom forecastYear sourceUrl sourceTitle }\n  }\n": typeof types.OverviewForecastsDocument,
    "\n  query OverviewFigures {\n    national: fteCounts(first: 100, filter: { dataset: gepubliceerd, scope: nationaal }) {\n      nodes { id peildatum sector organisationId fte fteAsWritten sourceUrl sourceTitle }\n    }\n    regional: fteCounts(first: 200, filter: { dataset: gepubliceerd, scope: regio }) {\n      totalCount\n      nodes { id peildatum sector fte fteAsWritten regionCode region { id name kind } sourceUrl }\n    }\n  }\n": typeof types.OverviewFiguresDocument,
    "\n  query OverviewGrowth($from: String!, $to: String!) {\n    nationalGrowth(fromPeildatum: $from, toPeildatum: $to) { basis growthFte growthPercent sources discrepancies }\n  }\n": typeof types.OverviewGrowthDocument,
    "\n  query OverviewRandstad($from: String!, $to: String!) {\n    monitors(fromPeildatum: $from, toPeildatum: $to) { id title publishedStatements sources }\n  }\n": typeof types.OverviewRandstadDocument,
    "\n  fragment PlannerCase on LocationCase {\n    id\n    version\n    title\n    organisationName\n    kind\n    fteChange\n    fteChangeAsWritten\n    fromRegionCode\n    toRegionCode\n    status\n    advice\n    decision\n    confidential\n    adviceRequired\n    crossesProvinceBorder\n    sourceUrl\n    note\n    dataset\n    fteMoving\n    fromRegion {\n      id\n      code\n      name\n      bbox\n    }\n    toRegion {\n      id\n      code\n      name\n      bbox\n    }\n  }\n": typeof types.PlannerCaseFragmentDoc,
    "\n  fragment PlannerProfile on RegionProfile {\n    id\n    version\n    regionCode\n    coreQualities\n    opportunities\n    receivedOn\n    source\n    region {\n      id\n      code\n      name\n      kind\n      bbox\n    }\n  }\n": typeof types.PlannerProfileFragmentDoc,
    "\n  query PlannerProfiles {\n    regionProfiles(first: 500) {\n      totalCount\n      nodes {\n        ...PlannerProfile\n      }\n    }\n  }\n": typeof types.PlannerProfilesDocument,
    "\n  fragment PlannerProject on MasterplanProject {\n    id\n    version\n    masterplan\n    name\n    city\n    kind\n    status\n    period\n    plannedWorkplaces\n    sourceUrl\n    note\n    dataset\n    location\n    changeRequests(first: 10) {\n      totalCount\n      nodes {\n        ...PlannerChangeRequest\n      }\n    }\n  }\n": typeof types.PlannerProjectFragmentDoc,
    "\n  fragment PlannerChangeRequest on ChangeRequest {\n    id\n    version\n    projectId\n    title\n    description\n    status\n    submittedOn\n    decidedOn\n  }\n": typeof types.PlannerChangeRequestFragmentDoc,
    "\n  query RecordHistory($entity: String!, $entityId: String!) {\n    auditEntries(entity: $entity, entityId: $entityId, first: 100) {\n      totalCount\n      nodes {\n        id\n        actor\n        action\n        at\n        before\n        after\n      }\n    }\n  }\n": typeof types.RecordHistoryDocument,
    "\n  query PlannerScenario($input: ScenarioInput!) {\n    scenario(input: $input) {\n      peildatum\n      applied\n      notApplied\n      nationalBase\n      nationalProjected\n      nationalDeltaWorkplaces\n      nationalCapacityFte\n      workplacesPerFte\n      provinces {\n        code\n        name\n        baseFte\n        deltaFte\n        projectedFte\n        deltaWorkplaces\n        capacityFte\n      }\n      monitors {\n        id\n        title\n        verdict\n        explanation\n      }\n    }\n  }\n": typeof types.PlannerScenarioDocument,
    "\n  query PlannerCases($dataset: Dataset!) {\n    locationCases(filter: { dataset: $dataset, includeConfidential: true }, first: 200) { nodes { ...PlannerCase } }\n  }\n": typeof types.PlannerCasesDocument,
    "\n  query PlannerCase($id: Int!) { locationCase(id: $id) { ...PlannerCase } }\n": typeof types.PlannerCaseDocument,
    "\n  mutation CreateLocationCase($input: LocationCaseInput!) { createLocationCase(input: $input) { ...PlannerCase } }\n": typeof types.CreateLocationCaseDocument,
    "\n  mutation UpdateLocationCase($id: Int!, $version: Int!, $patch: LocationCasePatch!) {\n    updateLocationCase(id: $id, version: $version, patch: $patch) { ...PlannerCase }\n  }\n": typeof types.UpdateLocationCaseDocument,
    "\n  query PlannerProjects($dataset: Dataset!) {\n    masterplanProjects(filter: { dataset: $dataset }, first: 200) { nodes { ...PlannerProject } }\n  }\n": typeof types.PlannerProjectsDocument,
    "\n  query PlannerProject($id: Int!) { masterplanProject(id: $id) { ...PlannerProject } }\n": typeof types.PlannerProjectDocument,
    "\n  mutation CreateMasterplanProject($input: MasterplanProjectInput!) {\n    createMasterplanProject(input: $input) { ...PlannerProject }\n  }\n": typeof types.CreateMasterplanProjectDocument,
    "\n  mutation UpdateMasterplanProject($id: Int!, $version: Int!, $patch: MasterplanProjectPatch!) {\n    updateMasterplanProject(id: $id, version: $version, patch: $patch) { ...PlannerProject }\n  }\n": typeof types.UpdateMasterplanProjectDocument,
    "\n  query PlannerChangeRequest($id: Int!) { changeRequest(id: $id) { ...PlannerChangeRequest } }\n": typeof types.PlannerChangeRequestDocument,
    "\n  mutation CreateChangeRequest($input: ChangeRequestInput!) { createChangeRequest(input: $input) { ...PlannerChangeRequest } }\n": typeof types.CreateChangeRequestDocument,
    "\n  mutation UpdateChangeRequest($id: Int!, $version: Int!, $patch: ChangeRequestPatch!) {\n    updateChangeRequest(id: $id, version: $version, patch: $patch) { ...PlannerChangeRequest }\n  }\n": typeof types.UpdateChangeRequestDocument,
    "\n  query RegionSearch($search: String!) {\n    regions(search: $search, first: 8) { nodes { id code name kind bbox } }\n  }\n": typeof types.RegionSearchDocument,
    "\n  fragment MetricRow on RegionFte {\n    code name basis asWritten sources\n    fte { value missingReason }\n    shareOfNationalPct { value missingReason }\n    ftePer1000Inhabitants { value missingReason }\n    change { absolute { value missingReason } pct { value missingReason } }\n    growthVsNationalPctPoints { value missingReason }\n  }\n": typeof types.MetricRowFragmentDoc,
    "\n  fragment RegionShape on Region { id code name geometry(tolerance: $tolerance) }\n": typeof types.RegionShapeFragmentDoc,
    "\n  query MapSites($kind: SiteKind!, $dataset: Dataset!) {\n    sites(filter: { kinds: [$kind], dataset: $dataset }, first: 500) { nodes { ...SitePoint } }\n  }\n": typeof types.MapSitesDocument,
    "\n  query MapMasterplanProjects($dataset: Dataset!) {\n    masterplanProjects(filter: { dataset: $dataset }, first: 500) { nodes { ...ProjectPoint } }\n  }\n": typeof types.MapMasterplanProjectsDocument,
    "\n  query MapStations { stations(first: 500) { nodes { ...StationPoint } } }\n": typeof types.MapStationsDocument,
    "\n  fragment SitePoint on Site { id kind name address city locationPrecision ropStatus ropOpenedOn sourceUrl dataset location }\n": typeof types.SitePointFragmentDoc,
    "\n  fragment ProjectPoint on MasterplanProject { id name city kind status period plannedWorkplaces locationPrecision sourceUrl dataset location }\n": typeof types.ProjectPointFragmentDoc,
    "\n  fragment StationPoint on Station { code name type sourceUrl location }\n": typeof types.StationPointFragmentDoc,
};
const documents: Documents = {
    "\n  query DataNotices {\n    serviceInfo { dataNotices { topic level message } }\n  }\n": types.DataNoticesDocument,
    "\n  fragment CandidateItem on Candidate {\n    rank kind siteId name gemeenteName isRandstad location total explanation nearestStation nearestStationM nearestStationNote\n    freeWorkplaces capacityNote\n    criteria { criterion label score weight contribution detail }\n  }\n": types.CandidateItemFragmentDoc,
    "\n  query RankCandidates($demand: CandidateDemandInput!) {\n    rankCandidates(demand: $demand) {\n      totalCandidates peildatum\n      candidates { ...CandidateItem }\n    }\n  }\n": types.RankCandidatesDocument,
    "\n  query OriginSites($dataset: Dataset!) { sites(filter: { dataset: $dataset }, first: 500) { nodes { id name city } } }\n": types.OriginSitesDocument,
    "\n  query RegionBoundaries($kind: RegionKind!, $tolerance: Float!, $first: Int!) {\n    regions(kind: $kind, first: $first) {\n      totalCount\n      nodes { ...RegionShape }\n    }\n  }\n": types.RegionBoundariesDocument,
    "\n  query FteAggregate(\n    $level: RegionKind!, $peildatum: LocalDate, $comparePeildatum: LocalDate, $sector: Sector, $organisationId: Int, $dataset: Dataset!\n  ) {\n    fteAggregate(\n      level: $level, peildatum: $peildatum, comparePeildatum: $comparePeildatum, sector: $sector,\n      organisationId: $organisationId, dataset: $dataset\n    ) {\n      level peildatum comparePeildatum isDemo\n      national { sources }\n      regions { ...MetricRow }\n    }\n  }\n": types.FteAggregateDocument,
    "\n  query Peildatums($dataset: Dataset!) { peildatums(dataset: $dataset) }\n": types.PeildatumsDocument,
    "\n  query LevelPeildatums($dataset: Dataset!, $level: RegionKind!) {\n    peildatums(dataset: $dataset)\n    atLevel: peildatums(dataset: $dataset, level: $level)\n    demo: peildatums(dataset: demo)\n  }\n": types.LevelPeildatumsDocument,
    "\n  query Ministries($dataset: Dataset!) {\n    organisations(filter: { sector: ministeries }, first: 200) {\n      nodes { id name abbreviation parentId fteCounts(dataset: $dataset, first: 1) { totalCount nodes { peildatum } } }\n    }\n  }\n": types.MinistriesDocument,
    "\n  fragment DatedFigure on RegionFte { fte { value missingReason } asWritten sources }\n": types.DatedFigureFragmentDoc,
    "\n  query RegionBase($code: String!) {\n    region(code: $code) { id code name kind year isRandstad isGrensregio source }\n  }\n": types.RegionBaseDocument,
    "\n  query RegionSectors($code: String!, $dataset: Dataset!, $peildatum: LocalDate!) {\n    region(code: $code) {\n      id\n      ministeries: fte(peildatum: $peildatum, dataset: $dataset, sector: ministeries) { ...DatedFigure }\n      nationale_politie: fte(peildatum: $peildatum, dataset: $dataset, sector: nationale_politie) { ...DatedFigure }\n      rechtspraak: fte(peildatum: $peildatum, dataset: $dataset, sector: rechtspraak) { ...DatedFigure }\n      gevangeniswezen_dji: fte(peildatum: $peildatum, dataset: $dataset, sector: gevangeniswezen_dji) { ...DatedFigure }\n      defensie: fte(peildatum: $peildatum, dataset: $dataset, sector: defensie) { ...DatedFigure }\n      zbo: fte(peildatum: $peildatum, dataset: $dataset, sector: zbo) { ...DatedFigure }\n    }\n  }\n": types.RegionSectorsDocument,
    "\n  query RegionSites($code: String!, $dataset: Dataset!) {\n    region(code: $code) {\n      id\n      sites(filter: { dataset: $dataset }, first: 100) { totalCount nodes { id kind name city locationPrecision sourceUrl dataset } }\n    }\n  }\n": types.RegionSitesDocument,
    "\n  query Monitors($fromPeildatum: String!, $toPeildatum: String!, $dataset: Dataset!) {\n    monitors(fromPeildatum: $fromPeildatum, toPeildatum: $toPeildatum, dataset: $dataset) {\n      id title fromPeildatum toPeildatum dataset verdict explanation missing sources publishedStatements\n      figures { ...MonitorFigureLine }\n    }\n  }\n": types.MonitorsDocument,
    "\n  fragment MonitorFigureLine on MonitorFigure { label regionCode value unit basis flagged }\n": types.MonitorFigureLineFragmentDoc,
    "\n  query OverviewForecasts {\n    forecasts { id regionLabel asWritten precision periodFrom forecastYear sourceUrl sourceTitle }\n  }\n": types.OverviewForecastsDocument,
    "\n  query OverviewFigures {\n    national: fteCounts(first: 100, filter: { dataset: gepubliceerd, scope: nationaal }) {\n      nodes { id peildatum sector organisationId fte fteAsWritten sourceUrl sourceTitle }\n    }\n    regional: fteCounts(first: 200, filter: { dataset: gepubliceerd, scope: regio }) {\n      totalCount\n      nodes { id peildatum sector fte fteAsWritten regionCode region { id name kind } sourceUrl }\n    }\n  }\n": types.OverviewFiguresDocument,
    "\n  query OverviewGrowth($from: String!, $to: String!) {\n    nationalGrowth(fromPeildatum: $from, toPeildatum: $to) { basis growthFte growthPercent sources discrepancies }\n  }\n": types.OverviewGrowthDocument,
    "\n  query OverviewRandstad($from: String!, $to: String!) {\n    monitors(fromPeildatum: $from, toPeildatum: $to) { id title publishedStatements sources }\n  }\n": types.OverviewRandstadDocument,
    "\n  fragment PlannerCase on LocationCase {\n    id\n    version\n    title\n    organisationName\n    kind\n    fteChange\n    fteChangeAsWritten\n    fromRegionCode\n    toRegionCode\n    status\n    advice\n    decision\n    confidential\n    adviceRequired\n    crossesProvinceBorder\n    sourceUrl\n    note\n    dataset\n    fteMoving\n    fromRegion {\n      id\n      code\n      name\n      bbox\n    }\n    toRegion {\n      id\n      code\n      name\n      bbox\n    }\n  }\n": types.PlannerCaseFragmentDoc,
    "\n  fragment PlannerProfile on RegionProfile {\n    id\n    version\n    regionCode\n    coreQualities\n    opportunities\n    receivedOn\n    source\n    region {\n      id\n      code\n      name\n      kind\n      bbox\n    }\n  }\n": types.PlannerProfileFragmentDoc,
    "\n  query PlannerProfiles {\n    regionProfiles(first: 500) {\n      totalCount\n      nodes {\n        ...PlannerProfile\n      }\n    }\n  }\n": types.PlannerProfilesDocument,
    "\n  fragment PlannerProject on MasterplanProject {\n    id\n    version\n    masterplan\n    name\n    city\n    kind\n    status\n    period\n    plannedWorkplaces\n    sourceUrl\n    note\n    dataset\n    location\n    changeRequests(first: 10) {\n      totalCount\n      nodes {\n        ...PlannerChangeRequest\n      }\n    }\n  }\n": types.PlannerProjectFragmentDoc,
    "\n  fragment PlannerChangeRequest on ChangeRequest {\n    id\n    version\n    projectId\n    title\n    description\n    status\n    submittedOn\n    decidedOn\n  }\n": types.PlannerChangeRequestFragmentDoc,
    "\n  query RecordHistory($entity: String!, $entityId: String!) {\n    auditEntries(entity: $entity, entityId: $entityId, first: 100) {\n      totalCount\n      nodes {\n        id\n        actor\n        action\n        at\n        before\n        after\n      }\n    }\n  }\n": types.RecordHistoryDocument,
    "\n  query PlannerScenario($input: ScenarioInput!) {\n    scenario(input: $input) {\n      peildatum\n      applied\n      notApplied\n      nationalBase\n      nationalProjected\n      nationalDeltaWorkplaces\n      nationalCapacityFte\n      workplacesPerFte\n      provinces {\n        code\n        name\n        baseFte\n        deltaFte\n        projectedFte\n        deltaWorkplaces\n        capacityFte\n      }\n      monitors {\n        id\n        title\n        verdict\n        explanation\n      }\n    }\n  }\n": types.PlannerScenarioDocument,
    "\n  query PlannerCases($dataset: Dataset!) {\n    locationCases(filter: { dataset: $dataset, includeConfidential: true }, first: 200) { nodes { ...PlannerCase } }\n  }\n": types.PlannerCasesDocument,
    "\n  query PlannerCase($id: Int!) { locationCase(id: $id) { ...PlannerCase } }\n": types.PlannerCaseDocument,
    "\n  mutation CreateLocationCase($input: LocationCaseInput!) { createLocationCase(input: $input) { ...PlannerCase } }\n": types.CreateLocationCaseDocument,
    "\n  mutation UpdateLocationCase($id: Int!, $version: Int!, $patch: LocationCasePatch!) {\n    updateLocationCase(id: $id, version: $version, patch: $patch) { ...PlannerCase }\n  }\n": types.UpdateLocationCaseDocument,
    "\n  query PlannerProjects($dataset: Dataset!) {\n    masterplanProjects(filter: { dataset: $dataset }, first: 200) { nodes { ...PlannerProject } }\n  }\n": types.PlannerProjectsDocument,
    "\n  query PlannerProject($id: Int!) { masterplanProject(id: $id) { ...PlannerProject } }\n": types.PlannerProjectDocument,
    "\n  mutation CreateMasterplanProject($input: MasterplanProjectInput!) {\n    createMasterplanProject(input: $input) { ...PlannerProject }\n  }\n": types.CreateMasterplanProjectDocument,
    "\n  mutation UpdateMasterplanProject($id: Int!, $version: Int!, $patch: MasterplanProjectPatch!) {\n    updateMasterplanProject(id: $id, version: $version, patch: $patch) { ...PlannerProject }\n  }\n": types.UpdateMasterplanProjectDocument,
    "\n  query PlannerChangeRequest($id: Int!) { changeRequest(id: $id) { ...PlannerChangeRequest } }\n": types.PlannerChangeRequestDocument,
    "\n  mutation CreateChangeRequest($input: ChangeRequestInput!) { createChangeRequest(input: $input) { ...PlannerChangeRequest } }\n": types.CreateChangeRequestDocument,
    "\n  mutation UpdateChangeRequest($id: Int!, $version: Int!, $patch: ChangeRequestPatch!) {\n    updateChangeRequest(id: $id, version: $version, patch: $patch) { ...PlannerChangeRequest }\n  }\n": types.UpdateChangeRequestDocument,
    "\n  query RegionSearch($search: String!) {\n    regions(search: $search, first: 8) { nodes { id code name kind bbox } }\n  }\n": types.RegionSearchDocument,
    "\n  fragment MetricRow on RegionFte {\n    code name basis asWritten sources\n    fte { value missingReason }\n    shareOfNationalPct { value missingReason }\n    ftePer1000Inhabitants { value missingReason }\n    change { absolute { value missingReason } pct { value missingReason } }\n    growthVsNationalPctPoints { value missingReason }\n  }\n": types.MetricRowFragmentDoc,
    "\n  fragment RegionShape on Region { id code name geometry(tolerance: $tolerance) }\n": types.RegionShapeFragmentDoc,
    "\n  query MapSites($kind: SiteKind!, $dataset: Dataset!) {\n    sites(filter: { kinds: [$kind], dataset: $dataset }, first: 500) { nodes { ...SitePoint } }\n  }\n": types.MapSitesDocument,
    "\n  query MapMasterplanProjects($dataset: Dataset!) {\n    masterplanProjects(filter: { dataset: $dataset }, first: 500) { nodes { ...ProjectPoint } }\n  }\n": types.MapMasterplanProjectsDocument,
    "\n  query MapStations { stations(first: 500) { nodes { ...StationPoint } } }\n": types.MapStationsDocument,
    "\n  fragment SitePoint on Site { id kind name address city locationPrecision ropStatus ropOpenedOn sourceUrl dataset location }\n": types.SitePointFragmentDoc,
    "\n  fragment ProjectPoint on MasterplanProject { id name city kind status period plannedWorkplaces locationPrecision sourceUrl dataset location }\n": types.ProjectPointFragmentDoc,
    "\n  fragment StationPoint on Station { code name type sourceUrl location }\n": types.StationPointFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataNotices {\n    serviceInfo { dataNotices { topic level message } }\n  }\n"): (typeof documents)["\n  query DataNotices {\n    serviceInfo { dataNotices { topic level message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CandidateItem on Candidate {\n    rank kind siteId name gemeenteName isRandstad location total explanation nearestStation nearestStationM nearestStationNote\n    freeWorkplaces capacityNote\n    criteria { criterion label score weight contribution detail }\n  }\n"): (typeof documents)["\n  fragment CandidateItem on Candidate {\n    rank kind siteId name gemeenteName isRandstad location total explanation nearestStation nearestStationM nearestStationNote\n    freeWorkplaces capacityNote\n    criteria { criterion label score weight contribution detail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankCandidates($demand: CandidateDemandInput!) {\n    rankCandidates(demand: $demand) {\n      totalCandidates peildatum\n      candidates { ...CandidateItem }\n    }\n  }\n"): (typeof documents)["\n  query RankCandidates($demand: CandidateDemandInput!) {\n    rankCandidates(demand: $demand) {\n      totalCandidates peildatum\n      candidates { ...CandidateItem }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OriginSites($dataset: Dataset!) { sites(filter: { dataset: $dataset }, first: 500) { nodes { id name city } } }\n"): (typeof documents)["\n  query OriginSites($dataset: Dataset!) { sites(filter: { dataset: $dataset }, first: 500) { nodes { id name city } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionBoundaries($kind: RegionKind!, $tolerance: Float!, $first: Int!) {\n    regions(kind: $kind, first: $first) {\n      totalCount\n      nodes { ...RegionShape }\n    }\n  }\n"): (typeof documents)["\n  query RegionBoundaries($kind: RegionKind!, $tolerance: Float!, $first: Int!) {\n    regions(kind: $kind, first: $first) {\n      totalCount\n      nodes { ...RegionShape }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FteAggregate(\n    $level: RegionKind!, $peildatum: LocalDate, $comparePeildatum: LocalDate, $sector: Sector, $organisationId: Int, $dataset: Dataset!\n  ) {\n    fteAggregate(\n      level: $level, peildatum: $peildatum, comparePeildatum: $comparePeildatum, sector: $sector,\n      organisationId: $organisationId, dataset: $dataset\n    ) {\n      level peildatum comparePeildatum isDemo\n      national { sources }\n      regions { ...MetricRow }\n    }\n  }\n"): (typeof documents)["\n  query FteAggregate(\n    $level: RegionKind!, $peildatum: LocalDate, $comparePeildatum: LocalDate, $sector: Sector, $organisationId: Int, $dataset: Dataset!\n  ) {\n    fteAggregate(\n      level: $level, peildatum: $peildatum, comparePeildatum: $comparePeildatum, sector: $sector,\n      organisationId: $organisationId, dataset: $dataset\n    ) {\n      level peildatum comparePeildatum isDemo\n      national { sources }\n      regions { ...MetricRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Peildatums($dataset: Dataset!) { peildatums(dataset: $dataset) }\n"): (typeof documents)["\n  query Peildatums($dataset: Dataset!) { peildatums(dataset: $dataset) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LevelPeildatums($dataset: Dataset!, $level: RegionKind!) {\n    peildatums(dataset: $dataset)\n    atLevel: peildatums(dataset: $dataset, level: $level)\n    demo: peildatums(dataset: demo)\n  }\n"): (typeof documents)["\n  query LevelPeildatums($dataset: Dataset!, $level: RegionKind!) {\n    peildatums(dataset: $dataset)\n    atLevel: peildatums(dataset: $dataset, level: $level)\n    demo: peildatums(dataset: demo)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ministries($dataset: Dataset!) {\n    organisations(filter: { sector: ministeries }, first: 200) {\n      nodes { id name abbreviation parentId fteCounts(dataset: $dataset, first: 1) { totalCount nodes { peildatum } } }\n    }\n  }\n"): (typeof documents)["\n  query Ministries($dataset: Dataset!) {\n    organisations(filter: { sector: ministeries }, first: 200) {\n      nodes { id name abbreviation parentId fteCounts(dataset: $dataset, first: 1) { totalCount nodes { peildatum } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DatedFigure on RegionFte { fte { value missingReason } asWritten sources }\n"): (typeof documents)["\n  fragment DatedFigure on RegionFte { fte { value missingReason } asWritten sources }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionBase($code: String!) {\n    region(code: $code) { id code name kind year isRandstad isGrensregio source }\n  }\n"): (typeof documents)["\n  query RegionBase($code: String!) {\n    region(code: $code) { id code name kind year isRandstad isGrensregio source }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionSectors($code: String!, $dataset: Dataset!, $peildatum: LocalDate!) {\n    region(code: $code) {\n      id\n      ministeries: fte(peildatum: $peildatum, dataset: $dataset, sector: ministeries) { ...DatedFigure }\n      nationale_politie: fte(peildatum: $peildatum, dataset: $dataset, sector: nationale_politie) { ...DatedFigure }\n      rechtspraak: fte(peildatum: $peildatum, dataset: $dataset, sector: rechtspraak) { ...DatedFigure }\n      gevangeniswezen_dji: fte(peildatum: $peildatum, dataset: $dataset, sector: gevangeniswezen_dji) { ...DatedFigure }\n      defensie: fte(peildatum: $peildatum, dataset: $dataset, sector: defensie) { ...DatedFigure }\n      zbo: fte(peildatum: $peildatum, dataset: $dataset, sector: zbo) { ...DatedFigure }\n    }\n  }\n"): (typeof documents)["\n  query RegionSectors($code: String!, $dataset: Dataset!, $peildatum: LocalDate!) {\n    region(code: $code) {\n      id\n      ministeries: fte(peildatum: $peildatum, dataset: $dataset, sector: ministeries) { ...DatedFigure }\n      nationale_politie: fte(peildatum: $peildatum, dataset: $dataset, sector: nationale_politie) { ...DatedFigure }\n      rechtspraak: fte(peildatum: $peildatum, dataset: $dataset, sector: rechtspraak) { ...DatedFigure }\n      gevangeniswezen_dji: fte(peildatum: $peildatum, dataset: $dataset, sector: gevangeniswezen_dji) { ...DatedFigure }\n      defensie: fte(peildatum: $peildatum, dataset: $dataset, sector: defensie) { ...DatedFigure }\n      zbo: fte(peildatum: $peildatum, dataset: $dataset, sector: zbo) { ...DatedFigure }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionSites($code: String!, $dataset: Dataset!) {\n    region(code: $code) {\n      id\n      sites(filter: { dataset: $dataset }, first: 100) { totalCount nodes { id kind name city locationPrecision sourceUrl dataset } }\n    }\n  }\n"): (typeof documents)["\n  query RegionSites($code: String!, $dataset: Dataset!) {\n    region(code: $code) {\n      id\n      sites(filter: { dataset: $dataset }, first: 100) { totalCount nodes { id kind name city locationPrecision sourceUrl dataset } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Monitors($fromPeildatum: String!, $toPeildatum: String!, $dataset: Dataset!) {\n    monitors(fromPeildatum: $fromPeildatum, toPeildatum: $toPeildatum, dataset: $dataset) {\n      id title fromPeildatum toPeildatum dataset verdict explanation missing sources publishedStatements\n      figures { ...MonitorFigureLine }\n    }\n  }\n"): (typeof documents)["\n  query Monitors($fromPeildatum: String!, $toPeildatum: String!, $dataset: Dataset!) {\n    monitors(fromPeildatum: $fromPeildatum, toPeildatum: $toPeildatum, dataset: $dataset) {\n      id title fromPeildatum toPeildatum dataset verdict explanation missing sources publishedStatements\n      figures { ...MonitorFigureLine }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonitorFigureLine on MonitorFigure { label regionCode value unit basis flagged }\n"): (typeof documents)["\n  fragment MonitorFigureLine on MonitorFigure { label regionCode value unit basis flagged }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewForecasts {\n    forecasts { id regionLabel asWritten precision periodFrom forecastYear sourceUrl sourceTitle }\n  }\n"): (typeof documents)["\n  query OverviewForecasts {\n    forecasts { id regionLabel asWritten precision periodFrom forecastYear sourceUrl sourceTitle }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewFigures {\n    national: fteCounts(first: 100, filter: { dataset: gepubliceerd, scope: nationaal }) {\n      nodes { id peildatum sector organisationId fte fteAsWritten sourceUrl sourceTitle }\n    }\n    regional: fteCounts(first: 200, filter: { dataset: gepubliceerd, scope: regio }) {\n      totalCount\n      nodes { id peildatum sector fte fteAsWritten regionCode region { id name kind } sourceUrl }\n    }\n  }\n"): (typeof documents)["\n  query OverviewFigures {\n    national: fteCounts(first: 100, filter: { dataset: gepubliceerd, scope: nationaal }) {\n      nodes { id peildatum sector organisationId fte fteAsWritten sourceUrl sourceTitle }\n    }\n    regional: fteCounts(first: 200, filter: { dataset: gepubliceerd, scope: regio }) {\n      totalCount\n      nodes { id peildatum sector fte fteAsWritten regionCode region { id name kind } sourceUrl }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewGrowth($from: String!, $to: String!) {\n    nationalGrowth(fromPeildatum: $from, toPeildatum: $to) { basis growthFte growthPercent sources discrepancies }\n  }\n"): (typeof documents)["\n  query OverviewGrowth($from: String!, $to: String!) {\n    nationalGrowth(fromPeildatum: $from, toPeildatum: $to) { basis growthFte growthPercent sources discrepancies }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewRandstad($from: String!, $to: String!) {\n    monitors(fromPeildatum: $from, toPeildatum: $to) { id title publishedStatements sources }\n  }\n"): (typeof documents)["\n  query OverviewRandstad($from: String!, $to: String!) {\n    monitors(fromPeildatum: $from, toPeildatum: $to) { id title publishedStatements sources }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlannerCase on LocationCase {\n    id\n    version\n    title\n    organisationName\n    kind\n    fteChange\n    fteChangeAsWritten\n    fromRegionCode\n    toRegionCode\n    status\n    advice\n    decision\n    confidential\n    adviceRequired\n    crossesProvinceBorder\n    sourceUrl\n    note\n    dataset\n    fteMoving\n    fromRegion {\n      id\n      code\n      name\n      bbox\n    }\n    toRegion {\n      id\n      code\n      name\n      bbox\n    }\n  }\n"): (typeof documents)["\n  fragment PlannerCase on LocationCase {\n    id\n    version\n    title\n    organisationName\n    kind\n    fteChange\n    fteChangeAsWritten\n    fromRegionCode\n    toRegionCode\n    status\n    advice\n    decision\n    confidential\n    adviceRequired\n    crossesProvinceBorder\n    sourceUrl\n    note\n    dataset\n    fteMoving\n    fromRegion {\n      id\n      code\n      name\n      bbox\n    }\n    toRegion {\n      id\n      code\n      name\n      bbox\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlannerProfile on RegionProfile {\n    id\n    version\n    regionCode\n    coreQualities\n    opportunities\n    receivedOn\n    source\n    region {\n      id\n      code\n      name\n      kind\n      bbox\n    }\n  }\n"): (typeof documents)["\n  fragment PlannerProfile on RegionProfile {\n    id\n    version\n    regionCode\n    coreQualities\n    opportunities\n    receivedOn\n    source\n    region {\n      id\n      code\n      name\n      kind\n      bbox\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannerProfiles {\n    regionProfiles(first: 500) {\n      totalCount\n      nodes {\n        ...PlannerProfile\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlannerProfiles {\n    regionProfiles(first: 500) {\n      totalCount\n      nodes {\n        ...PlannerProfile\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlannerProject on MasterplanProject {\n    id\n    version\n    masterplan\n    name\n    city\n    kind\n    status\n    period\n    plannedWorkplaces\n    sourceUrl\n    note\n    dataset\n    location\n    changeRequests(first: 10) {\n      totalCount\n      nodes {\n        ...PlannerChangeRequest\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlannerProject on MasterplanProject {\n    id\n    version\n    masterplan\n    name\n    city\n    kind\n    status\n    period\n    plannedWorkplaces\n    sourceUrl\n    note\n    dataset\n    location\n    changeRequests(first: 10) {\n      totalCount\n      nodes {\n        ...PlannerChangeRequest\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlannerChangeRequest on ChangeRequest {\n    id\n    version\n    projectId\n    title\n    description\n    status\n    submittedOn\n    decidedOn\n  }\n"): (typeof documents)["\n  fragment PlannerChangeRequest on ChangeRequest {\n    id\n    version\n    projectId\n    title\n    description\n    status\n    submittedOn\n    decidedOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordHistory($entity: String!, $entityId: String!) {\n    auditEntries(entity: $entity, entityId: $entityId, first: 100) {\n      totalCount\n      nodes {\n        id\n        actor\n        action\n        at\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordHistory($entity: String!, $entityId: String!) {\n    auditEntries(entity: $entity, entityId: $entityId, first: 100) {\n      totalCount\n      nodes {\n        id\n        actor\n        action\n        at\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannerScenario($input: ScenarioInput!) {\n    scenario(input: $input) {\n      peildatum\n      applied\n      notApplied\n      nationalBase\n      nationalProjected\n      nationalDeltaWorkplaces\n      nationalCapacityFte\n      workplacesPerFte\n      provinces {\n        code\n        name\n        baseFte\n        deltaFte\n        projectedFte\n        deltaWorkplaces\n        capacityFte\n      }\n      monitors {\n        id\n        title\n        verdict\n        explanation\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlannerScenario($input: ScenarioInput!) {\n    scenario(input: $input) {\n      peildatum\n      applied\n      notApplied\n      nationalBase\n      nationalProjected\n      nationalDeltaWorkplaces\n      nationalCapacityFte\n      workplacesPerFte\n      provinces {\n        code\n        name\n        baseFte\n        deltaFte\n        projectedFte\n        deltaWorkplaces\n        capacityFte\n      }\n      monitors {\n        id\n        title\n        verdict\n        explanation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannerCases($dataset: Dataset!) {\n    locationCases(filter: { dataset: $dataset, includeConfidential: true }, first: 200) { nodes { ...PlannerCase } }\n  }\n"): (typeof documents)["\n  query PlannerCases($dataset: Dataset!) {\n    locationCases(filter: { dataset: $dataset, includeConfidential: true }, first: 200) { nodes { ...PlannerCase } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannerCase($id: Int!) { locationCase(id: $id) { ...PlannerCase } }\n"): (typeof documents)["\n  query PlannerCase($id: Int!) { locationCase(id: $id) { ...PlannerCase } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLocationCase($input: LocationCaseInput!) { createLocationCase(input: $input) { ...PlannerCase } }\n"): (typeof documents)["\n  mutation CreateLocationCase($input: LocationCaseInput!) { createLocationCase(input: $input) { ...PlannerCase } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLocationCase($id: Int!, $version: Int!, $patch: LocationCasePatch!) {\n    updateLocationCase(id: $id, version: $version, patch: $patch) { ...PlannerCase }\n  }\n"): (typeof documents)["\n  mutation UpdateLocationCase($id: Int!, $version: Int!, $patch: LocationCasePatch!) {\n    updateLocationCase(id: $id, version: $version, patch: $patch) { ...PlannerCase }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannerProjects($dataset: Dataset!) {\n    masterplanProjects(filter: { dataset: $dataset }, first: 200) { nodes { ...PlannerProject } }\n  }\n"): (typeof documents)["\n  query PlannerProjects($dataset: Dataset!) {\n    masterplanProjects(filter: { dataset: $dataset }, first: 200) { nodes { ...PlannerProject } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannerProject($id: Int!) { masterplanProject(id: $id) { ...PlannerProject } }\n"): (typeof documents)["\n  query PlannerProject($id: Int!) { masterplanProject(id: $id) { ...PlannerProject } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMasterplanProject($input: MasterplanProjectInput!) {\n    createMasterplanProject(input: $input) { ...PlannerProject }\n  }\n"): (typeof documents)["\n  mutation CreateMasterplanProject($input: MasterplanProjectInput!) {\n    createMasterplanProject(input: $input) { ...PlannerProject }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMasterplanProject($id: Int!, $version: Int!, $patch: MasterplanProjectPatch!) {\n    updateMasterplanProject(id: $id, version: $version, patch: $patch) { ...PlannerProject }\n  }\n"): (typeof documents)["\n  mutation UpdateMasterplanProject($id: Int!, $version: Int!, $patch: MasterplanProjectPatch!) {\n    updateMasterplanProject(id: $id, version: $version, patch: $patch) { ...PlannerProject }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannerChangeRequest($id: Int!) { changeRequest(id: $id) { ...PlannerChangeRequest } }\n"): (typeof documents)["\n  query PlannerChangeRequest($id: Int!) { changeRequest(id: $id) { ...PlannerChangeRequest } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChangeRequest($input: ChangeRequestInput!) { createChangeRequest(input: $input) { ...PlannerChangeRequest } }\n"): (typeof documents)["\n  mutation CreateChangeRequest($input: ChangeRequestInput!) { createChangeRequest(input: $input) { ...PlannerChangeRequest } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChangeRequest($id: Int!, $version: Int!, $patch: ChangeRequestPatch!) {\n    updateChangeRequest(id: $id, version: $version, patch: $patch) { ...PlannerChangeRequest }\n  }\n"): (typeof documents)["\n  mutation UpdateChangeRequest($id: Int!, $version: Int!, $patch: ChangeRequestPatch!) {\n    updateChangeRequest(id: $id, version: $version, patch: $patch) { ...PlannerChangeRequest }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionSearch($search: String!) {\n    regions(search: $search, first: 8) { nodes { id code name kind bbox } }\n  }\n"): (typeof documents)["\n  query RegionSearch($search: String!) {\n    regions(search: $search, first: 8) { nodes { id code name kind bbox } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MetricRow on RegionFte {\n    code name basis asWritten sources\n    fte { value missingReason }\n    shareOfNationalPct { value missingReason }\n    ftePer1000Inhabitants { value missingReason }\n    change { absolute { value missingReason } pct { value missingReason } }\n    growthVsNationalPctPoints { value missingReason }\n  }\n"): (typeof documents)["\n  fragment MetricRow on RegionFte {\n    code name basis asWritten sources\n    fte { value missingReason }\n    shareOfNationalPct { value missingReason }\n    ftePer1000Inhabitants { value missingReason }\n    change { absolute { value missingReason } pct { value missingReason } }\n    growthVsNationalPctPoints { value missingReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionShape on Region { id code name geometry(tolerance: $tolerance) }\n"): (typeof documents)["\n  fragment RegionShape on Region { id code name geometry(tolerance: $tolerance) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapSites($kind: SiteKind!, $dataset: Dataset!) {\n    sites(filter: { kinds: [$kind], dataset: $dataset }, first: 500) { nodes { ...SitePoint } }\n  }\n"): (typeof documents)["\n  query MapSites($kind: SiteKind!, $dataset: Dataset!) {\n    sites(filter: { kinds: [$kind], dataset: $dataset }, first: 500) { nodes { ...SitePoint } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapMasterplanProjects($dataset: Dataset!) {\n    masterplanProjects(filter: { dataset: $dataset }, first: 500) { nodes { ...ProjectPoint } }\n  }\n"): (typeof documents)["\n  query MapMasterplanProjects($dataset: Dataset!) {\n    masterplanProjects(filter: { dataset: $dataset }, first: 500) { nodes { ...ProjectPoint } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapStations { stations(first: 500) { nodes { ...StationPoint } } }\n"): (typeof documents)["\n  query MapStations { stations(first: 500) { nodes { ...StationPoint } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SitePoint on Site { id kind name address city locationPrecision ropStatus ropOpenedOn sourceUrl dataset location }\n"): (typeof documents)["\n  fragment SitePoint on Site { id kind name address city locationPrecision ropStatus ropOpenedOn sourceUrl dataset location }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectPoint on MasterplanProject { id name city kind status period plannedWorkplaces locationPrecision sourceUrl dataset location }\n"): (typeof documents)["\n  fragment ProjectPoint on MasterplanProject { id name city kind status period plannedWorkplaces locationPrecision sourceUrl dataset location }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StationPoint on Station { code name type sourceUrl location }\n"): (typeof documents)["\n  fragment StationPoint on Station { code name type sourceUrl location }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;