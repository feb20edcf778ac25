/**
 * The part of an operation's cost that lies in its inputs: every element of a list given to
 * a field's arguments (a claim's fee items, priorClaims and their items, disease codes…),
 * inline or through variables, counts INPUT_ELEMENT_COST, times the number of settlements the
 * field runs (compareSettlement settles the bill at each level it compares). graphql-armor's
 * cost, computed on the document alone, cannot see them; the two are added up before
 * execution. The walk is iterative (variables may be nested deeply) and stops counting once
 * past `stopAbove`.
 */
import { Kind, valueFromASTUntyped, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { INSTITUTION_LEVELS } from '../domain';

/** The cost of one element of a list input (one fee item, one prior claim). */
export const INPUT_ELEMENT_COST = 1;

/** Fields that run their input more than once: how many times, from their arguments. */
const RUNS: Record<string, (args: Record<string, unknown>) => number> = {
  compareSettlement: (args) => (Array.isArray(args.levels) ? Math.max(1, new Set(args.levels).size) : args.levels == null ? INSTITUTION_LEVELS.length : 1),
};

/** Elements of every list inside `value` (lists of lists counted all the way down), up to `stopAbove` + 1. */
export function countListElements(value: unknown, stopAbove = Number.POSITIVE_INFINITY): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= stopAbove) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      count += v.length;
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
    } else if (v !== null && typeof v === 'object') {
      for (const item of Object.values(v)) if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return count;
}

/** The input cost of `operation` with the request's (raw) variables. */
export function inputCost(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
  stopAbove = Number.POSITIVE_INFINITY,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const visited = new Set<string>();
  const sets: SelectionSetNode[] = [operation.selectionSet];
  let cost = 0;
  while (sets.length > 0 && cost <= stopAbove) {
    const set = sets.pop()!;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.arguments?.length) {
          const args: Record<string, unknown> = {};
          for (const arg of selection.arguments) args[arg.name.value] = valueFromASTUntyped(arg.value, variables ?? undefined);
          const runs = RUNS[selection.name.value]?.(args) ?? 1;
          cost += runs * INPUT_ELEMENT_COST * countListElements(args, stopAbove);
        }
        if (selection.selectionSet) sets.push(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        sets.push(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) sets.push(fragment.selectionSet);
      }
    }
  }
  return cost;
}
