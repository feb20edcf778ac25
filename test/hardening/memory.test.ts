/**
 * Memory under distinct documents (issue 16, item 1): the parsed-document cache is bounded by
 * bytes, keyed by a hash, and keeps only documents that passed parsing, validation and the
 * limits. The attack (distinct ~32 KB documents of unknown field names, 16 at a time) leaves
 * nothing cached; distinct valid documents never hold more than the budget, on Node's budget
 * and on the Worker's. RSS under the full attack is measured by bench/distinct-documents.ts.
 */
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { BYTES_PER_TOKEN, CONTENT_HASHED_LENGTH, createDocumentCache, estimateDocumentBytes, keyOf } from '../../src/http/document-cache';
import { LIMITS } from '../../src/http/limits';
import { distinctDocument } from '../../bench/attack-documents';
import { ADMIN_KEY, openDirectApp, type DirectApp } from './support';

let direct: DirectApp;
beforeAll(async () => {
  direct = await openDirectApp();
});
afterAll(() => direct?.close());

/** Sends `documents` through `app`, `concurrency` at a time; returns the statuses. */
async function attack(app: ReturnType<typeof createApp>, documents: string[], concurrency = 16): Promise<number[]> {
  const statuses: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < documents.length) {
        const query = documents[next++];
        const res = await app.fetch(
          new Request('http://api.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ query }) }),
          direct.db,
        );
        await res.text();
        statuses.push(res.status);
      }
    }),
  );
  return statuses;
}

const newApp = (documentCacheBytes?: number) => createApp({ config: { adminApiKey: ADMIN_KEY }, log: { error: () => undefined }, documentCacheBytes });

/** A valid document of about `lines` tokens more than its operation, distinct per n (comments are tokens too). */
const validDocument = (n: number, lines: number) => `${'# padding\n'.repeat(lines)}query Q${n} { __typename }`;

describe('the parsed-document cache', () => {
  it('keeps nothing of the distinct-documents attack: unknown fields fail validation and are never cached', async () => {
    const app = newApp();
    const documents = Array.from({ length: 48 }, (_, i) => distinctDocument(i));
    expect(new TextEncoder().encode(documents[0]).byteLength).toBeGreaterThan(28_000);
    expect(new TextEncoder().encode(documents[0]).byteLength).toBeLessThanOrEqual(LIMITS.queryBytes);
    const statuses = await attack(app, documents);
    expect(statuses.every((s) => s === 400)).toBe(true);
    expect(app.documents.size).toBe(0);
    expect(app.documents.bytes).toBe(0);
  });

  it('never caches a document that failed parsing, or one refused by a limit', async () => {
    const app = newApp();
    const statuses = await attack(app, ['{ __typename', `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: __typename`).join(' ')} }`]);
    expect(statuses).toEqual([400, 400]);
    expect(app.documents.size).toBe(0);
    const ok = await attack(app, ['{ __typename }']);
    expect(ok).toEqual([200]);
    expect(app.documents.size).toBe(1);
  });

  it('serves a repeated document from the cache, found by its text', async () => {
    const app = newApp();
    await attack(app, ['query Again { __typename }', 'query Again { __typename }', 'query Again { __typename }'], 1);
    expect(app.documents.size).toBe(1);
    const cached = app.documents.get('query Again { __typename }');
    expect(cached?.definitions).toHaveLength(1);
    expect(app.documents.get('query Again { __typename } ')).toBeUndefined();
  });

  for (const [where, budget] of [
    ['Node', LIMITS.documentCacheBytes],
    ['a Worker isolate', LIMITS.workerDocumentCacheBytes],
  ] as const) {
    it(`stays within its byte budget on ${where} (${budget / 1024 / 1024} MiB) under distinct valid documents`, async () => {
      expect(budget).toBeLessThan(64 * 1024 * 1024);
      const app = newApp(budget);
      // Each ~3,000 tokens: ~1.8 MB estimated; three times the budget's worth of them.
      const count = Math.ceil((3 * budget) / (3000 * BYTES_PER_TOKEN));
      const statuses = await attack(app, Array.from({ length: count }, (_, i) => validDocument(i, 3000)));
      expect(statuses.every((s) => s === 200)).toBe(true);
      expect(app.documents.bytes).toBeLessThanOrEqual(budget);
      expect(app.documents.bytes).toBeGreaterThan(budget * 0.8);
      expect(app.documents.size).toBeLessThan(count);
      // The most recent documents are the ones kept.
      expect(app.documents.get(validDocument(count - 1, 3000))).toBeDefined();
      expect(app.documents.get(validDocument(0, 3000))).toBeUndefined();
    }, 60_000);
  }
});

describe('the document size estimate', () => {
  it('counts every token of the document at BYTES_PER_TOKEN, plus its text', () => {
    const text = '{ a b c }';
    expect(estimateDocumentBytes(parse(text))).toBe((5 + 2) * BYTES_PER_TOKEN + 2 * text.length); // <SOF> { a b c } <EOF>
  });

  it('evicts the least recently used document first', () => {
    const one = parse('{ a }');
    const size = estimateDocumentBytes(one);
    const cache = createDocumentCache(2 * size);
    const docs = ['{ a }', '{ b }', '{ c }'].map((t) => [t, parse(t)] as const);
    for (const [text, doc] of docs.slice(0, 2)) {
      cache.set(text, doc);
      cache.admit(doc);
    }
    expect(cache.get('{ a }')).toBe(docs[0][1]); // a is now the most recent
    cache.set(docs[2][0], docs[2][1]);
    cache.admit(docs[2][1]);
    expect(cache.size).toBe(2);
    expect(cache.get('{ b }')).toBeUndefined();
    expect(cache.get('{ a }')).toBe(docs[0][1]);
    expect(cache.bytes).toBe(2 * size);
  });

  it('keys a text V8 would hash by its length alone by its SHA-256, and never serves a text starting with U+0000', () => {
    const cache = createDocumentCache(64 * 1024 * 1024);
    // Two texts of the same length above CONTENT_HASHED_LENGTH, differing only at the end.
    const long = (field: string) => `{ ${'__typename '.repeat(Math.ceil(CONTENT_HASHED_LENGTH / 11))}${field} }`;
    const [first, second] = [long('a'), long('b')];
    expect(first.length).toBeGreaterThan(CONTENT_HASHED_LENGTH);
    expect(second.length).toBe(first.length);
    const [firstDoc, secondDoc] = [parse(first), parse(second)];
    for (const [text, doc] of [[first, firstDoc], [second, secondDoc]] as const) {
      cache.set(text, doc);
      cache.admit(doc);
    }
    expect(keyOf(first)).toMatch(/^\u0000[A-Za-z0-9+/]{43}=$/);
    expect(keyOf(first)).not.toBe(keyOf(second));
    expect(keyOf('{ a }')).toBe('{ a }');
    expect(cache.size).toBe(2);
    expect(cache.get(first)).toBe(firstDoc);
    expect(cache.get(second)).toBe(secondDoc);
    // A short text whose first character is U+0000 could otherwise meet a SHA-256 key.
    const odd = '\u0000{ a }';
    cache.set(odd, parse('{ a }'));
    expect(cache.get(odd)).toBeUndefined();
    expect(cache.size).toBe(2);
  });

  it('keeps nothing that was parsed but not admitted, and nothing larger than the budget', () => {
    const cache = createDocumentCache(1000);
    const small = parse('{ a }');
    cache.set('{ a }', small);
    expect(cache.get('{ a }')).toBeUndefined();
    const big = parse('{ a b c d e f }');
    cache.set('{ a b c d e f }', big);
    cache.admit(big);
    expect(cache.size).toBe(0);
  });
});
