/** What every resolver gets: the database, who is asking, and this request's DataLoaders. */
import type { DataSource } from 'typeorm';
import { dataVersion } from '../common/data-version.js';
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
  /** The data version as this request first read it (requestDataVersion). */
  dataVersion?: Promise<string>;
}

export const ANONYMOUS: Viewer = { id: 'anoniem', role: 'anonymous' };

/**
 * The data version for this request, read once (the first caller starts it; see
 * common/version-cache.ts). A resolver may start it early, beside its own statement, when it
 * knows its children will read versioned results. Never rejects unhandled: a caller that awaits
 * it still sees the error.
 */
export function requestDataVersion(context: RequestContext): Promise<string> {
  if (!context.dataVersion) {
    context.dataVersion = dataVersion(context.db, { recheckMs: 0 });
    context.dataVersion.catch(() => { /* awaited (and reported) where it is used */ });
  }
  return context.dataVersion;
}

/** A fresh context: loaders never outlive their request, so no caller sees another's data. */
export function createRequestContext(options: { db: DataSource; databaseMode: DatabaseMode; viewer?: Viewer }): RequestContext {
  return { db: options.db, databaseMode: options.databaseMode, viewer: options.viewer ?? ANONYMOUS, loaders: new Map() };
}
