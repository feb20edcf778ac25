/**
 * GraphiQL's page on the Node server: rendered and compressed (brotli and gzip, on libuv's
 * thread pool, off the event loop) once, at the first request for it, and served from memory
 * with its ETag (src/http/graphiql.ts). The Worker serves the same page precompressed at build.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { chooseEncoding, pageResponse, type PageEncoding } from './graphiql';

export interface CompressedPage {
  /** SHA-256 of the HTML, hex: the ETag's base. */
  hash: string;
  bodies: Record<PageEncoding, Uint8Array>;
}

/** Brotli quality at build (scripts/graphiql-page.ts) and at first use on Node. */
export const BROTLI_QUALITY = 9;

export async function compressPage(html: string): Promise<CompressedPage> {
  const identity = new TextEncoder().encode(html);
  const [br, gz] = await Promise.all([
    promisify(brotliCompress)(identity, {
      params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: identity.byteLength, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    }),
    promisify(gzip)(identity, { level: 9 }),
  ]);
  return { hash: createHash('sha256').update(identity).digest('hex').slice(0, 32), bodies: { br, gzip: gz, identity } };
}

/** Serves the page that `render` makes, rendering and compressing it once. */
export function graphiqlServer(render: () => string): (request: Request) => Promise<Response> {
  let page: Promise<CompressedPage> | undefined;
  return async (request) => {
    page ??= compressPage(render());
    const { hash, bodies } = await page;
    const encoding = chooseEncoding(request.headers.get('accept-encoding'));
    return pageResponse(request, { hash, encoding, body: bodies[encoding] as Uint8Array<ArrayBuffer>, length: bodies[encoding].byteLength });
  };
}
