/**
 * Serving GraphiQL's page (about 9 MB of HTML with every asset inlined, so that it works
 * offline) the same way on Node and in the Worker: compressed (brotli or gzip, as the browser
 * accepts), with an ETag per encoding and `Cache-Control`, a 304 for a matching
 * `If-None-Match`, and HEAD answered with the headers alone. The page is rendered and
 * compressed once (Node: at first use; Worker: at build, as static assets), never per request.
 */

export type PageEncoding = 'br' | 'gzip' | 'identity';

/** Browsers may keep the page ten minutes, then revalidate it with its ETag. */
export const GRAPHIQL_CACHE_CONTROL = 'public, max-age=600';

/** The file name suffix of each encoding's asset (dist/assets/graphiql.html + suffix). */
export const ENCODING_SUFFIX: Record<PageEncoding, string> = { br: '.br', gzip: '.gz', identity: '' };

/** A browser's request for GraphiQL: GET or HEAD of /graphql accepting HTML (with or without ?query=). */
export function wantsGraphiQL(request: Request, url: URL): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && url.pathname === '/graphql' && (request.headers.get('accept') ?? '').includes('text/html');
}

/** The best encoding the request accepts: brotli, then gzip, else none (a `q=0` refuses one). */
export function chooseEncoding(acceptEncoding: string | null): PageEncoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name, q ? Number(q[1]) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

/** The ETag of the page in one encoding: the page's hash, marked with the encoding. */
export function pageEtag(hash: string, encoding: PageEncoding): string {
  return `"${hash}${encoding === 'identity' ? '' : `-${encoding}`}"`;
}

/** True when If-None-Match names any encoding of the page (weak comparison). */
export function notModified(request: Request, hash: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  if (header.trim() === '*') return true;
  const tags = new Set((['br', 'gzip', 'identity'] as const).map((e) => pageEtag(hash, e)));
  return header.split(',').some((tag) => tags.has(tag.trim().replace(/^W\//, '')));
}

/** The response for the page: `body` is the page in `encoding` (null for a 304 or a HEAD). */
export function pageResponse(
  request: Request,
  page: { hash: string; encoding: PageEncoding; body: BodyInit | null; length?: number },
  extra: ResponseInit & { encodeBody?: 'manual' | 'automatic' } = {},
): Response {
  const headers = new Headers({
    'content-type': 'text/html; charset=utf-8',
    'cache-control': GRAPHIQL_CACHE_CONTROL,
    etag: pageEtag(page.hash, page.encoding),
    vary: 'Accept, Accept-Encoding',
  });
  if (notModified(request, page.hash)) return new Response(null, { status: 304, headers });
  if (page.encoding !== 'identity') headers.set('content-encoding', page.encoding);
  if (page.length !== undefined) headers.set('content-length', String(page.length));
  return new Response(request.method === 'HEAD' ? null : page.body, { ...extra, status: 200, headers });
}
