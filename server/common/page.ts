/**
 * A page of a list as the queries see it: how many rows and from which offset. Plain data, so
 * query builders need nothing from GraphQL; graphql/connection.ts turns Relay arguments into it.
 */
export interface Page {
  limit: number;
  offset: number;
}
