/**
 * The GraphiQL page with every asset inlined (works with no network), for the Worker's
 * static assets.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

export function graphiqlPage(): string {
  return renderGraphiQL({ endpoint: '/graphql', title: 'Medical insurance settlement (医保结算) API' } as never) as string;
}
