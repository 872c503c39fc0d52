/**
 * A figure that can be missing with a reason (never a silent zero), and a source reference, as
 * plain data: services, exports, tiles and OGC build them without loading GraphQL. The GraphQL
 * object types with the same shape are in graphql/common.types.ts.
 */
export interface Figure {
  value: number | null;
  missingReason: string | null;
}

export interface SourceRef {
  url: string;
  title: string | null;
}

/** A figure with a value. */
export function known(value: number): Figure {
  return { value, missingReason: null };
}

/** A figure without a value, and why. */
export function missing(reason: string): Figure {
  return { value: null, missingReason: reason };
}
