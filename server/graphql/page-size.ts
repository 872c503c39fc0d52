/** Page sizes of every list in the API, shared by connections and the query-cost rule (no decorators here). */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
