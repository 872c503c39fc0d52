/**
 * What a record may give as its source, for server validation and the planner forms alike: a web
 * address; a government document beside the repository (../shared/sources), cited by file name,
 * since those documents have no address in our sources and one is never made up; or, on demo
 * records only, the demonstration data's own URN.
 */
export const WEB_SOURCE = /^https?:\/\/\S+$/;
export const DOCUMENT_SOURCE = /^document:[A-Za-z0-9_.-]+\.txt$/;
export const DEMO_SOURCE_URN = /^urn:rijkspresentie:[a-z0-9-]+$/;
