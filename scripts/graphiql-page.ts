/**
 * The GraphiQL page with every asset inlined (works with no network), for the Worker's
 * static assets.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GRAPHIQL_DEFAULT_QUERY, GRAPHIQL_TITLE } from '../src/http/graphiql-example';

export function graphiqlPage(): string {
  return renderGraphiQL({ endpoint: '/graphql', title: GRAPHIQL_TITLE, defaultQuery: GRAPHIQL_DEFAULT_QUERY } as never) as string;
}
