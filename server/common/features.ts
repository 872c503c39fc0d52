/**
 * Optional parts of the API, by name, and the schema fields each one needs. The server lists the
 * features its running schema serves in `serviceInfo { features }`; the web app asks for that
 * instead of introspecting the schema, which production switches off (GRAPHQL_INTROSPECTION).
 * No imports: safe to bundle for the browser.
 */
export const SERVICE_FEATURES = [
  'figures', 'regionDetail', 'sites', 'stations', 'organisations', 'masterplan', 'changeRequests', 'locationCases', 'candidates', 'monitors',
] as const;
export type ServiceFeature = (typeof SERVICE_FEATURES)[number];

/** `Type.field` coordinates (Query, Mutation or an object type) a feature needs, all of them. */
export const FEATURE_FIELDS: Record<ServiceFeature, readonly string[]> = {
  figures: ['Query.fteAggregate', 'Query.peildatums'],
  regionDetail: ['Region.fte', 'Region.sites'],
  sites: ['Query.sites'],
  stations: ['Query.stations'],
  organisations: ['Query.organisations'],
  masterplan: ['Query.masterplanProjects', 'Query.masterplanProject', 'Mutation.createMasterplanProject', 'Mutation.updateMasterplanProject'],
  changeRequests: ['Query.changeRequest', 'Mutation.createChangeRequest', 'Mutation.updateChangeRequest'],
  locationCases: ['Query.locationCases', 'Query.locationCase', 'Mutation.createLocationCase', 'Mutation.updateLocationCase'],
  candidates: ['Query.rankCandidates'],
  monitors: ['Query.monitors'],
};

/** Dutch descriptions for the schema (other teams read them there). */
export const FEATURE_LABELS: Record<ServiceFeature, string> = {
  figures: 'Fte-cijfers per regio en de beschikbare peildata (fteAggregate, peildatums)',
  regionDetail: 'Regiodetail: fte en locaties per regio (Region.fte, Region.sites)',
  sites: 'Locaties: rijkskantoren en rijksontmoetingspleinen (sites)',
  stations: 'Treinstations (stations)',
  organisations: 'Ministeries en organisaties (organisations)',
  masterplan: 'Masterplanprojecten lezen en bewerken (planners)',
  changeRequests: 'Verzoeken tot wijziging (VtW) op masterplanprojecten (planners)',
  locationCases: 'Locatieadviezen (casussen) met de uitkomst van de adviesregel (planners)',
  candidates: 'Kandidaat-locaties rangschikken (rankCandidates)',
  monitors: 'Beleidsmonitors: Randstad-aandeel, motie-De Vries, evenredigheid, Drenthe (monitors)',
};

/**
 * The features whose fields all exist, given a lookup of `Type.field` coordinates. A feature
 * whose fields are partly missing is not offered: a client then says so instead of failing.
 */
export function featuresServed(hasField: (coordinate: string) => boolean): ServiceFeature[] {
  return SERVICE_FEATURES.filter((feature) => FEATURE_FIELDS[feature].every(hasField));
}
