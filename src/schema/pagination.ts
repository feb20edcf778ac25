/**
 * Relay connection helpers: bounded page sizes and opaque keyset cursors over integer ids.
 */
import { GraphQLError } from 'graphql';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Validates forward-pagination arguments and returns the page size and the id to start after. */
export function forwardPage(args: PageArgs, cursorPrefix: string): { size: number; afterId: number } {
  if (args.last != null || args.before != null) {
    throw new GraphQLError('Only forward pagination (first/after) is supported.', { extensions: { code: 'UNSUPPORTED_PAGINATION' } });
  }
  const size = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new GraphQLError(`"first" must be between 0 and ${MAX_PAGE_SIZE}; got ${size}.`, {
      extensions: { code: 'PAGE_SIZE_LIMIT', limit: MAX_PAGE_SIZE },
    });
  }
  return { size, afterId: args.after ? decodeCursor(args.after, cursorPrefix) : 0 };
}

export function encodeCursor(prefix: string, id: number): string {
  return btoa(`${prefix}:${id}`);
}

function decodeCursor(cursor: string, prefix: string): number {
  let text = '';
  try {
    text = atob(cursor);
  } catch {
    /* falls through to the error below */
  }
  const m = new RegExp(`^${prefix}:(\\d{1,12})$`).exec(text);
  if (!m) throw new GraphQLError('"after" is not a cursor of this connection.', { extensions: { code: 'INVALID_CURSOR' } });
  return Number(m[1]);
}

/** Builds a connection from rows fetched with one extra row to tell whether a next page exists. */
export function toConnection<T>(rows: T[], size: number, prefix: string, idOf: (row: T) => number) {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(prefix, idOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
