/**
 * The Pothos schema builder: the project's context, scalars and plugins.
 * Money travels as integer fen inside and as a yuan string ("1234.50") at the API.
 */
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { Context } from '../context';

/** How many ids `nodes(ids:)` takes at once, like a connection page. */
export const MAX_NODES = 100;

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  Scalars: {
    /** Yuan amount as a decimal string with two places; integer fen in resolvers. */
    Money: { Input: number; Output: number };
    /** Calendar date "YYYY-MM-DD". */
    Date: { Input: string; Output: string };
    /** A point in time, ISO 8601 with an offset; an ISO string (UTC) or a Date in resolvers. */
    DateTime: { Input: string; Output: string | Date };
    /** A percentage: basis points in resolvers (9400 = 94.00 %), "94.00" at the API. */
    Percent: { Input: number; Output: number };
    ID: { Input: string; Output: string | number };
  };
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: { list: false, items: false } },
    nodeFieldOptions: { nullable: false },
    nodesOnConnection: { description: 'The nodes of the edges, for clients that need no cursors.' },
    nodesQueryOptions: {
      description: 'Fetches up to 100 objects by global id.',
      resolve: (_root, args, _ctx, _info, resolveNodes) => {
        if (args.ids.length > MAX_NODES) {
          throw new GraphQLError(`"ids" holds at most ${MAX_NODES} ids; got ${args.ids.length}.`, { extensions: { code: 'LIST_LIMIT_EXCEEDED', limit: MAX_NODES } });
        }
        return resolveNodes(args.ids);
      },
    },
  },
});

builder.queryType({ description: 'Catalogues, estimates and (with a key) insured persons and their settlements.' });
