/**
 * Values a list resolver has already read for its items' fields (planned from the selection:
 * a site's organisations in the site list's own statement, a region's fte for the whole page).
 * The list sets them on the objects it returns; the field answers with them before its own
 * resolver runs, so a page of 100 items costs no 100 resolver calls (type-graphql converts and
 * checks the arguments per call) and no loader round trip. Only a list that did the field's
 * own checks may plan it; a field without a planned value resolves as before.
 */
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

const PLANNED = Symbol('planned');

type WithPlanned = { [PLANNED]?: Record<string, unknown> };

export function setPlanned(item: object, field: string, value: unknown): void {
  ((item as WithPlanned)[PLANNED] ??= {})[field] = value;
}

export function plannedValue(item: unknown, field: string): unknown {
  return item !== null && typeof item === 'object' ? (item as WithPlanned)[PLANNED]?.[field] : undefined;
}

/** The fields (type → field names) that answer a planned value first; set once on the schema. */
export const PLANNED_FIELDS: Record<string, readonly string[]> = {
  Site: ['organisations'],
  Region: ['fte'],
};

export function answerPlannedFirst(schema: GraphQLSchema, fields = PLANNED_FIELDS): void {
  for (const [typeName, names] of Object.entries(fields)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`planned.ts: ${typeName} is geen objecttype`);
    for (const name of names) {
      const field = type.getFields()[name];
      if (!field?.resolve) throw new Error(`planned.ts: ${typeName}.${name} heeft geen resolver`);
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve;
      field.resolve = (source, args, context, info) => {
        const value = plannedValue(source, name);
        return value !== undefined ? value : resolve(source, args, context, info);
      };
    }
  }
}
