/** What every resolver gets: the database, who is asking, and this request's DataLoaders. */
import type { DataSource } from 'typeorm';
import type { DatabaseMode } from '../config.js';

export type Role = 'anonymous' | 'viewer' | 'planner' | 'admin';

export interface Viewer {
  id: string;
  role: Role;
}

export interface RequestContext {
  db: DataSource;
  databaseMode: DatabaseMode;
  viewer: Viewer;
  /** Per-request loaders, created lazily by each feature (see loaders.ts). */
  loaders: Map<string, unknown>;
}

export const ANONYMOUS: Viewer = { id: 'anoniem', role: 'anonymous' };

/** A fresh context: loaders never outlive their request, so no caller sees another's data. */
export function createRequestContext(options: { db: DataSource; databaseMode: DatabaseMode; viewer?: Viewer }): RequestContext {
  return { db: options.db, databaseMode: options.databaseMode, viewer: options.viewer ?? ANONYMOUS, loaders: new Map() };
}
