/**
 * Planner screens' data: masterplan projects with change requests (VtW), location cases with the
 * advice rule's outcome; create and edit with optimistic concurrency (version).
 * NEEDS API (branch api): masterplanProjects, masterplanProject, changeRequest, locationCases,
 * locationCase and the create/update mutations of projects, change requests and cases — names as
 * on branch api today (updates take id, version and a patch). Errors carry extensions.code and extensions.field; a stale version gives CONFLICT with
 * extensions.currentVersion.
 */
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Dataset } from '../state/view.js';

export interface ChangeRequest {
  id: number;
  version: number;
  projectId?: number;
  title: string;
  description?: string | null;
  status: string;
  submittedOn: string | null;
  decidedOn: string | null;
}

export interface MasterplanProject {
  id: number;
  version: number;
  masterplan: string | null;
  name: string;
  city: string | null;
  kind: string;
  status: string;
  period: string | null;
  plannedWorkplaces: number | null;
  sourceUrl: string;
  note: string | null;
  dataset: 'gepubliceerd' | 'demo';
  /** The newest change requests (first: 10) and how many there are in all. */
  changeRequests: { totalCount: number; nodes: ChangeRequest[] };
}

export interface LocationCase {
  id: number;
  version: number;
  title: string;
  organisationName: string | null;
  kind: string;
  fteChange: number | null;
  fteChangeAsWritten: string | null;
  fromRegionCode: string | null;
  toRegionCode: string | null;
  status: string;
  advice: string | null;
  decision: string | null;
  confidential: boolean;
  adviceRequired: boolean | null;
  crossesProvinceBorder: boolean | null;
  sourceUrl: string | null;
  note: string | null;
  dataset: 'gepubliceerd' | 'demo';
}

const PROJECT = gql`
  fragment PlannerProject on MasterplanProject {
    id version masterplan name city kind status period plannedWorkplaces sourceUrl note dataset
    changeRequests(first: 10) { totalCount nodes { id version projectId title description status submittedOn decidedOn } }
  }
`;

const CASE = gql`
  fragment PlannerCase on LocationCase {
    id version title organisationName kind fteChange fteChangeAsWritten fromRegionCode toRegionCode status
    advice decision confidential adviceRequired crossesProvinceBorder sourceUrl note dataset
  }
`;

export const PROJECTS: TypedDocumentNode<{ masterplanProjects: { nodes: MasterplanProject[] } }, { dataset: Dataset }> = gql`
  query PlannerProjects($dataset: Dataset!) { masterplanProjects(filter: { dataset: $dataset }, first: 200) { nodes { ...PlannerProject } } }
  ${PROJECT}
`;

export const PROJECT_BY_ID: TypedDocumentNode<{ masterplanProject: MasterplanProject }, { id: number }> = gql`
  query PlannerProject($id: Int!) { masterplanProject(id: $id) { ...PlannerProject } }
  ${PROJECT}
`;

export const CASES: TypedDocumentNode<{ locationCases: { nodes: LocationCase[] } }, { dataset: Dataset }> = gql`
  query PlannerCases($dataset: Dataset!) { locationCases(filter: { dataset: $dataset, includeConfidential: true }, first: 200) { nodes { ...PlannerCase } } }
  ${CASE}
`;

/** What the forms send: the edited fields only (see features/planner/fields.ts). */
export type RecordInput = Record<string, string | number | boolean | null>;

export const UPDATE_PROJECT: TypedDocumentNode<{ updateMasterplanProject: MasterplanProject }, { id: number; version: number; patch: RecordInput }> = gql`
  mutation UpdateMasterplanProject($id: Int!, $version: Int!, $patch: MasterplanProjectPatch!) {
    updateMasterplanProject(id: $id, version: $version, patch: $patch) { ...PlannerProject }
  }
  ${PROJECT}
`;

export const CREATE_PROJECT: TypedDocumentNode<{ createMasterplanProject: MasterplanProject }, { input: RecordInput }> = gql`
  mutation CreateMasterplanProject($input: MasterplanProjectInput!) {
    createMasterplanProject(input: $input) { ...PlannerProject }
  }
  ${PROJECT}
`;

const CHANGE_REQUEST = gql`
  fragment PlannerChangeRequest on ChangeRequest { id version projectId title description status submittedOn decidedOn }
`;

export const CHANGE_REQUEST_BY_ID: TypedDocumentNode<{ changeRequest: ChangeRequest }, { id: number }> = gql`
  query PlannerChangeRequest($id: Int!) { changeRequest(id: $id) { ...PlannerChangeRequest } }
  ${CHANGE_REQUEST}
`;

export const CREATE_CHANGE_REQUEST: TypedDocumentNode<{ createChangeRequest: ChangeRequest }, { input: RecordInput }> = gql`
  mutation CreateChangeRequest($input: ChangeRequestInput!) { createChangeRequest(input: $input) { ...PlannerChangeRequest } }
  ${CHANGE_REQUEST}
`;

export const UPDATE_CHANGE_REQUEST: TypedDocumentNode<{ updateChangeRequest: ChangeRequest }, { id: number; version: number; patch: RecordInput }> = gql`
  mutation UpdateChangeRequest($id: Int!, $version: Int!, $patch: ChangeRequestPatch!) {
    updateChangeRequest(id: $id, version: $version, patch: $patch) { ...PlannerChangeRequest }
  }
  ${CHANGE_REQUEST}
`;

export const CASE_BY_ID: TypedDocumentNode<{ locationCase: LocationCase }, { id: number }> = gql`
  query PlannerCase($id: Int!) { locationCase(id: $id) { ...PlannerCase } }
  ${CASE}
`;

export const CREATE_CASE: TypedDocumentNode<{ createLocationCase: LocationCase }, { input: RecordInput }> = gql`
  mutation CreateLocationCase($input: LocationCaseInput!) { createLocationCase(input: $input) { ...PlannerCase } }
  ${CASE}
`;

export const UPDATE_CASE: TypedDocumentNode<{ updateLocationCase: LocationCase }, { id: number; version: number; patch: RecordInput }> = gql`
  mutation UpdateLocationCase($id: Int!, $version: Int!, $patch: LocationCasePatch!) {
    updateLocationCase(id: $id, version: $version, patch: $patch) { ...PlannerCase }
  }
  ${CASE}
`;

