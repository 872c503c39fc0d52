/**
 * Location cases: the planner page's queries and mutations. Fields come from CaseList's fragment
 * (PlannerCase). Updates take id, version and a patch; a stale version gives CONFLICT.
 */
import { graphql } from '../../gql/index.js';

export const CASES = graphql(`
  query PlannerCases($dataset: Dataset!) {
    locationCases(filter: { dataset: $dataset, includeConfidential: true }, first: 200) { nodes { ...PlannerCase } }
  }
`);

export const CASE_BY_ID = graphql(`
  query PlannerCase($id: Int!) { locationCase(id: $id) { ...PlannerCase } }
`);

export const CREATE_CASE = graphql(`
  mutation CreateLocationCase($input: LocationCaseInput!) { createLocationCase(input: $input) { ...PlannerCase } }
`);

export const UPDATE_CASE = graphql(`
  mutation UpdateLocationCase($id: Int!, $version: Int!, $patch: LocationCasePatch!) {
    updateLocationCase(id: $id, version: $version, patch: $patch) { ...PlannerCase }
  }
`);
