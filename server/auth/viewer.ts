/**
 * Who is asking: a plain value the HTTP layer builds from a token and every layer below may read.
 * It lives in auth/, not in the GraphQL context, so queries, services, OGC and exports can check
 * roles without loading GraphQL (ARCHITECTURE.md).
 */
export type Role = 'anonymous' | 'viewer' | 'planner' | 'admin';

export interface Viewer {
  id: string;
  role: Role;
}

export const ANONYMOUS: Viewer = { id: 'anoniem', role: 'anonymous' };
