/**
 * Masterplan projects and their change requests (VtW): the planner page's queries and
 * mutations. Fields come from ProjectsSection's fragments (PlannerProject, PlannerChangeRequest).
 * Updates take id, version and a patch; a stale version gives CONFLICT with extensions.currentVersion.
 */
import { graphql } from '../../gql/index.js';

export const PROJECTS = graphql(`
  query PlannerProjects($dataset: Dataset!) {
    masterplanProjects(filter: { dataset: $dataset }, first: 200) { nodes { ...PlannerProject } }
  }
`);

export const PROJECT_BY_ID = graphql(`
  query PlannerProject($id: Int!) { masterplanProject(id: $id) { ...PlannerProject } }
`);

export const CREATE_PROJECT = graphql(`
  mutation CreateMasterplanProject($input: MasterplanProjectInput!) {
    createMasterplanProject(input: $input) { ...PlannerProject }
  }
`);

export const UPDATE_PROJECT = graphql(`
  mutation UpdateMasterplanProject($id: Int!, $version: Int!, $patch: MasterplanProjectPatch!) {
    updateMasterplanProject(id: $id, version: $version, patch: $patch) { ...PlannerProject }
  }
`);

export const CHANGE_REQUEST_BY_ID = graphql(`
  query PlannerChangeRequest($id: Int!) { changeRequest(id: $id) { ...PlannerChangeRequest } }
`);

export const CREATE_CHANGE_REQUEST = graphql(`
  mutation CreateChangeRequest($input: ChangeRequestInput!) { createChangeRequest(input: $input) { ...PlannerChangeRequest } }
`);

export const UPDATE_CHANGE_REQUEST = graphql(`
  mutation UpdateChangeRequest($id: Int!, $version: Int!, $patch: ChangeRequestPatch!) {
    updateChangeRequest(id: $id, version: $version, patch: $patch) { ...PlannerChangeRequest }
  }
`);
