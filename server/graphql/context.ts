/** What every resolver gets: the database, who is asking, and this request's DataLoaders. */
import type { DataSource } from 'typeorm';
import { dataVersion } from '../common/data-version.js';
import type { DatabaseMode } from '../config.js';
import type { QueryClassRef } from '../db/pool-guard.js';
import { ANONYMOUS, type Viewer } from '../auth/viewer.js';

/** Who is asking lives in auth/ (plain data for every layer); re-exported for resolvers. */
export { ANONYMOUS, type Role, type Viewer } from '../auth/viewer.js';

export interface RequestContext {
  db: DataSource;
  databaseMode: DatabaseMode;
  viewer: Viewer;
  /** Per-request loaders, created lazily by each feature (see loaders.ts). */
  loaders: Map<string, unknown>;
  /** The data version as this request first read it (requestDataVersion). */
  dataVersion?: Promise<string>;
  /** The pool guard's class of this request, when db is a view that counts against it (db/pool-guard.ts). */
  queryClass?: QueryClassRef;
}

/**
 * The data version for this request, read once (the first caller starts it; see
 * common/version-cache.ts). A resolver may start it early, beside its own statement, when it
 * knows its children will read versioned results. Never rejects unhandled: a caller that awaits
 * it still sees the error.
 */
export function requestDataVersion(context: RequestContext): Promise<string> {
  if (!context.dataVersion) {
    context.dataVersion = dataVersion(context.db, { recheckMs: 0 });
    context.dataVersion.catch(() => {
      /* awaited (and reported) where it is used */
    });
  }
  return context.dataVersion;
}

/** The data version for this request as read inside another statement (data-version.ts dataVersionRead). */
export function useDataVersion(context: RequestContext, version: string): void {
  context.dataVersion ??= Promise.resolve(version);
}

/** A fresh context: loaders never outlive their request, so no caller sees another's data. */
export function createRequestContext(options: {
  db: DataSource;
  databaseMode: DatabaseMode;
  viewer?: Viewer;
  queryClass?: QueryClassRef;
}): RequestContext {
  return {
    db: options.db,
    databaseMode: options.databaseMode,
    viewer: options.viewer ?? ANONYMOUS,
    loaders: new Map(),
    queryClass: options.queryClass,
  };
}
