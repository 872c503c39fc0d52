/**
 * Looking ahead in the query: does the selection under this field reach a given path (e.g. a
 * region list's `nodes { fte }`)? Lets a resolver start work its children will need at once,
 * alongside its own statement, instead of one round trip later. Fragments are followed.
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && reaches(node.selectionSet, path, info.fragments));
}

function reaches(set: SelectionSetNode, path: readonly string[], fragments: GraphQLResolveInfo['fragments'], depth = 0): boolean {
  if (path.length === 0) return true;
  if (depth > 20) return false; // fragments that nest absurdly deep: just do not look ahead
  return set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== path[0]) return false;
      return path.length === 1 || (selection.selectionSet !== undefined && reaches(selection.selectionSet, path.slice(1), fragments, depth + 1));
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
    return fragment !== undefined && reaches(fragment.selectionSet, path, fragments, depth + 1);
  });
}
