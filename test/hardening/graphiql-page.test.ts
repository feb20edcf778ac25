/**
 * GraphiQL's page (issue 16, item 8), on the Node server and in the built Worker in workerd:
 * served compressed (brotli, else gzip, else plain, as the browser accepts), the same page
 * every time with an ETag and Cache-Control, 304 for a matching If-None-Match, and HEAD
 * answered with the headers alone. Read over raw HTTP (fetch would decompress).
 */
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, GRAPHIQL_CACHE_CONTROL } from '../../src/http/graphiql';
import { startTestServer, type TestServer } from '../support/server';
import { startWorkerStack, type WorkerStack } from '../support/worker-stack';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function raw(base: string, headers: Record<string, string>, method = 'GET'): Promise<Raw> {
  const url = new URL('/graphql', base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method, headers: { accept: 'text/html', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function checks(where: string, base: () => string) {
  describe(`GraphiQL's page on ${where}`, () => {
    it('is brotli for a browser that accepts it, gzip for one that accepts only gzip, plain otherwise; the same page each time', async () => {
      const br = await raw(base(), { 'accept-encoding': 'gzip, deflate, br, zstd' });
      expect(br.status).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
      const html = brotliDecompressSync(br.body).toString('utf8');
      expect(html).toContain('renderYogaGraphiQL');
      expect(html.length).toBeGreaterThan(5_000_000);
      // Compressed to a fraction of the page.
      expect(br.body.byteLength).toBeLessThan(html.length / 3);
      const gz = await raw(base(), { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body).toString('utf8')).toBe(html);
      const plain = await raw(base(), {});
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString('utf8')).toBe(html);
      const noBrotli = await raw(base(), { 'accept-encoding': 'br;q=0, gzip' });
      expect(noBrotli.headers['content-encoding']).toBe('gzip');
    }, 60_000);

    it('has an ETag per encoding and Cache-Control, and answers a matching If-None-Match with 304 and no body', async () => {
      const first = await raw(base(), { 'accept-encoding': 'br' });
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"[0-9a-f]{32}-br"$/);
      expect(first.headers['cache-control']).toBe(GRAPHIQL_CACHE_CONTROL);
      expect(String(first.headers.vary)).toMatch(/Accept-Encoding/);
      const again = await raw(base(), { 'accept-encoding': 'br' });
      expect(again.headers.etag).toBe(etag);
      const gz = await raw(base(), { 'accept-encoding': 'gzip' });
      expect(gz.headers.etag).toBe(etag.replace('-br"', '-gzip"'));
      const cached = await raw(base(), { 'accept-encoding': 'br', 'if-none-match': etag });
      expect(cached.status).toBe(304);
      expect(cached.body.byteLength).toBe(0);
      expect(cached.headers.etag).toBe(etag);
      const weak = await raw(base(), { 'accept-encoding': 'gzip', 'if-none-match': `"other", W/${etag}` });
      expect(weak.status).toBe(304);
      const stale = await raw(base(), { 'accept-encoding': 'br', 'if-none-match': '"0000"' });
      expect(stale.status).toBe(200);
      expect(stale.body.byteLength).toBe(first.body.byteLength);
    }, 60_000);

    it('answers HEAD with the headers and no body', async () => {
      const get = await raw(base(), { 'accept-encoding': 'br' });
      const head = await raw(base(), { 'accept-encoding': 'br' }, 'HEAD');
      expect(head.status).toBe(200);
      expect(head.body.byteLength).toBe(0);
      expect(head.headers['content-type']).toMatch(/^text\/html/);
      expect(head.headers['content-encoding']).toBe('br');
      expect(head.headers.etag).toBe(get.headers.etag);
      expect(Number(head.headers['content-length'])).toBe(get.body.byteLength);
    }, 60_000);
  });
}

describe('Node server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());
  checks('the Node server', () => server.url);
});

describe('Worker', () => {
  let worker: WorkerStack;
  beforeAll(async () => {
    worker = await startWorkerStack();
  }, 60_000);
  afterAll(() => worker?.close());
  checks('the Worker in workerd', () => worker.url);
});

describe('choosing an encoding', () => {
  it('prefers brotli, then gzip, honours q=0 and *', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('identity')).toBe('identity');
    expect(chooseEncoding(null)).toBe('identity');
    expect(chooseEncoding('*;q=0')).toBe('identity');
  });
});
