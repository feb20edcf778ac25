/**
 * The GraphiQL page with every asset inlined (works with no network), and its static assets
 * for the Worker: the page, its brotli and gzip encodings, and its hash (the ETag's base),
 * precompressed here at build (src/http/graphiql.ts serves them).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { ENCODING_SUFFIX } from '../src/http/graphiql';
import { GRAPHIQL_DEFAULT_QUERY, GRAPHIQL_TITLE } from '../src/http/graphiql-example';
import { compressPage } from '../src/http/graphiql-node';

export function graphiqlPage(): string {
  return renderGraphiQL({ endpoint: '/graphql', title: GRAPHIQL_TITLE, defaultQuery: GRAPHIQL_DEFAULT_QUERY } as never) as string;
}

/** Writes graphiql.html, graphiql.html.br, graphiql.html.gz and graphiql.etag into `dir`. */
export async function writeGraphiQLAssets(dir: string): Promise<{ hash: string; bytes: Record<string, number> }> {
  const { hash, bodies } = await compressPage(graphiqlPage());
  const bytes: Record<string, number> = {};
  for (const [encoding, body] of Object.entries(bodies) as [keyof typeof ENCODING_SUFFIX, Uint8Array][]) {
    writeFileSync(join(dir, `graphiql.html${ENCODING_SUFFIX[encoding]}`), body);
    bytes[encoding] = body.byteLength;
  }
  writeFileSync(join(dir, 'graphiql.etag'), hash);
  return { hash, bytes };
}
