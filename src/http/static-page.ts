/**
 * A static HTML page served by the app (the calculator): gzip when the browser accepts it,
 * a strong ETag and 304 for a revalidation, `no-cache` so a new release is seen at once.
 * Compressed once, on first request, with the platform's CompressionStream (Node and Workers).
 */
export const HTML_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-cache',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

export type PageHandler = (request: Request) => Promise<Response>;

async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function etagOf(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return `"${Array.from(digest.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')}"`;
}

export function staticPage(html: string): PageHandler {
  const raw = new TextEncoder().encode(html);
  let prepared: Promise<{ gz: Uint8Array; etag: string }> | undefined;
  return async (request) => {
    prepared ??= Promise.all([gzip(raw), etagOf(raw)]).then(([gz, etag]) => ({ gz, etag }));
    const { gz, etag } = await prepared;
    const headers = new Headers({ ...HTML_HEADERS, etag, vary: 'accept-encoding' });
    if ((request.headers.get('if-none-match') ?? '').split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers });
    const zipped = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
    if (zipped) headers.set('content-encoding', 'gzip');
    const body = zipped ? gz : raw;
    headers.set('content-length', String(body.byteLength));
    return new Response(request.method === 'HEAD' ? null : (body as BodyInit), { status: 200, headers });
  };
}
