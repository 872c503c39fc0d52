/**
 * Looking ahead in the query: does the selection under this field reach a given path (e.g. a
 * region list's `nodes { fte }`)? Lets a resolver start work its children will need at once,
 * alongside its own statement, instead of one round trip later. Fragments are followed.
 */
import {
  getArgumentValues,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  return info.fieldNodes.some(
    (node) => node.selectionSet !== undefined && reaches(node.selectionSet, path, info.fragments),
  );
}

function reaches(
  set: SelectionSetNode,
  path: readonly string[],
  fragments: GraphQLResolveInfo['fragments'],
  depth = 0,
): boolean {
  if (path.length === 0) return true;
  if (depth > 20) return false; // fragments that nest absurdly deep: just do not look ahead
  return set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== path[0]) return false;
      return (
        path.length === 1 ||
        (selection.selectionSet !== undefined && reaches(selection.selectionSet, path.slice(1), fragments, depth + 1))
      );
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
    return fragment !== undefined && reaches(fragment.selectionSet, path, fragments, depth + 1);
  });
}

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** The field nodes selected at `path` below this field (fragments followed), e.g. ['nodes']. */
export function fieldsAt(info: Info, path: readonly string[]): FieldNode[] {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path)
    level = level.flatMap((node) =>
      childFields(node.selectionSet, info.fragments).filter((f) => f.name.value === name),
    );
  return level.flatMap((node) => childFields(node.selectionSet, info.fragments));
}

function childFields(set: SelectionSetNode | undefined, fragments: Info['fragments'], depth = 0): FieldNode[] {
  if (!set || depth > 20) return [];
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
    return fragment ? childFields(fragment.selectionSet, fragments, depth + 1) : [];
  });
}

/** Names of the fields a connection's nodes select, through `nodes` and `edges.node`. */
export function nodeFieldNames(info: Info): Set<string> {
  return new Set([...fieldsAt(info, ['nodes']), ...fieldsAt(info, ['edges', 'node'])].map((f) => f.name.value));
}

/** Whether a connection's total is read: totalCount itself, or pageInfo (hasNextPage needs it). */
export function needsTotal(info: Info): boolean {
  return fieldsAt(info, []).some((f) => f.name.value === 'totalCount' || f.name.value === 'pageInfo');
}

/**
 * The arguments (variables resolved, defaults applied) of the one `field` of `type` that a
 * connection's nodes select; undefined when it is not selected or selected with different
 * arguments (aliases), where a plan cannot serve them all.
 */
export function nodeFieldArgs(
  info: GraphQLResolveInfo,
  type: string,
  field: string,
): Record<string, unknown> | undefined {
  const definition = (info.schema.getType(type) as GraphQLObjectType | undefined)?.getFields()[field];
  const nodes = [...fieldsAt(info, ['nodes']), ...fieldsAt(info, ['edges', 'node'])].filter(
    (f) => f.name.value === field,
  );
  if (!definition || nodes.length === 0) return undefined;
  const all = nodes.map((node) => getArgumentValues(definition, node, info.variableValues));
  return all.every((args) => JSON.stringify(args) === JSON.stringify(all[0])) ? all[0] : undefined;
}

/**
 * What a connection's nodes select of one of their own connection fields (`organisations` of
 * each site): the field names on that relation's nodes, and whether its total is read. Through
 * `nodes` and `edges.node` on both levels; aliases with other sub-selections are merged.
 */
export function relationSelection(info: Info, field: string): { fields: Set<string>; total: boolean } {
  const fields = new Set<string>();
  let total = false;
  for (const outer of [['nodes'], ['edges', 'node']]) {
    const relation = [...outer, field];
    if (fieldsAt(info, relation).some((f) => f.name.value === 'totalCount' || f.name.value === 'pageInfo'))
      total = true;
    for (const inner of [['nodes'], ['edges', 'node']])
      for (const f of fieldsAt(info, [...relation, ...inner])) fields.add(f.name.value);
  }
  return { fields, total };
}
