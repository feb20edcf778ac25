/**
 * Relay connections, one convention for all: a connection type is named by its node
 * (`InstitutionConnection`, `InstitutionEdge`), carries `edges`, `nodes`, `pageInfo` and
 * `totalCount`, and pages both ways (`first`/`after` and `last`/`before`, at most 100) over
 * opaque keyset cursors on integer ids. A cursor is not a global id: it names the
 * connection's position (`cursor:Institution:42`, base64), never an object to fetch.
 */
import { resolveCursorConnection, type DefaultConnectionArguments, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { codedError } from '../error-codes';
import { builder } from './builder';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** What a connection's resolver fetches: ids strictly between the cursors, ascending or (paging backwards) descending. */
export interface KeysetPage {
  afterId: number | null;
  beforeId: number | null;
  limit: number;
  descending: boolean;
}

/** Refuses page sizes outside 0..100 and `first` with `last`. */
export function checkPageArgs(args: PageArgs): void {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size != null && (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE)) {
      throw codedError('PAGE_SIZE_LIMIT', `"${name}" must be between 0 and ${MAX_PAGE_SIZE}; got ${size}.`, { limit: MAX_PAGE_SIZE });
    }
  }
  if (args.first != null && args.last != null) {
    throw codedError('INVALID_PAGINATION', 'Give "first" (with "after") or "last" (with "before"), not both.');
  }
}

export function encodeCursor(kind: string, id: number): string {
  return btoa(`cursor:${kind}:${id}`);
}

export function decodeCursor(cursor: string, kind: string, argument: 'after' | 'before'): number {
  let text = '';
  try {
    text = atob(cursor);
  } catch {
    /* falls through to the error below */
  }
  const m = /^cursor:([A-Za-z]+):(\d{1,12})$/.exec(text);
  if (!m || m[1] !== kind) throw codedError('INVALID_CURSOR', `"${argument}" is not a cursor of this connection.`);
  return Number(m[2]);
}

/**
 * A keyset connection: validates the page arguments, fetches one extra row to tell whether
 * another page exists, and carries `totalCount` (counted only when asked for).
 */
export async function keysetConnection<T>(
  args: PageArgs,
  kind: string,
  idOf: (row: T) => number,
  fetch: (page: KeysetPage) => Promise<T[]>,
  count: () => Promise<number>,
) {
  checkPageArgs(args);
  const afterId = args.after ? decodeCursor(args.after, kind, 'after') : null;
  const beforeId = args.before ? decodeCursor(args.before, kind, 'before') : null;
  const connection = await resolveCursorConnection(
    { args: args as DefaultConnectionArguments, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE, toCursor: (row: T) => encodeCursor(kind, idOf(row)) },
    ({ limit, inverted }: ResolveCursorConnectionArgs) => fetch({ afterId, beforeId, limit, descending: inverted }),
  );
  return { ...connection, totalCount: count };
}

/** Every connection's `totalCount`: the parent carries a number or a function counting on demand. */
builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: '符合条件的总数 / How many nodes the arguments select in all (filters, not pages).',
    resolve: (parent) => {
      const total = (parent as { totalCount?: number | (() => Promise<number>) }).totalCount;
      if (total === undefined) throw new Error('A connection resolver did not give totalCount.');
      return typeof total === 'function' ? total() : total;
    },
  }),
);
