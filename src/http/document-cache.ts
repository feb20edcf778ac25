/**
 * The parsed-document cache given to Yoga's own parse and validation cache: bounded by an
 * estimate of the bytes the cached documents hold (not by a count of entries), keyed by the
 * query text (the very string the document keeps as its source, so the key costs nothing more)
 * or, for a text too long for V8 to hash by its content, by its SHA-256 (`keyOf`), and holding
 * only documents that passed validation and the operation limits. A document that failed parsing
 * is never cached (Yoga's error cache is replaced by one that keeps nothing); a parsed
 * document waits, unkept, until its validation succeeds (`admit`). Yoga's validation results
 * live in a WeakMap keyed by the document, so they go when the document leaves this cache.
 *
 * The size of a parsed document is dominated by its tokens and AST nodes with their
 * locations: measured in Node 22 (graphql-js 16) at up to ~510 bytes per token, whatever the
 * shape (bench/distinct-documents.ts; issue-16 note). The estimate counts 600 bytes per token
 * plus the query text (two bytes a character), so it is an upper bound.
 */
import { createHash } from 'node:crypto';
import type { DocumentNode, Token } from 'graphql';

/** Bytes charged per lexical token of a cached document (its token, AST node and location). */
export const BYTES_PER_TOKEN = 600;

export interface DocumentCache {
  /** Yoga's documentCache: looks a query text up (by the text, or by its SHA-256 when long). */
  get(text: string): DocumentNode | undefined;
  /** Yoga's documentCache: called after every successful parse; the document is kept only once admitted. */
  set(text: string, document: DocumentNode): void;
  /** Keeps a document that passed validation (no-op for one not parsed here or already kept). */
  admit(document: DocumentNode): void;
  /** The estimated bytes of the cached documents (never above maxBytes). */
  readonly bytes: number;
  /** How many documents are cached. */
  readonly size: number;
  readonly maxBytes: number;
}

/** Yoga's errorCache: a document that failed parsing is never cached. */
export const NO_ERROR_CACHE = { get: (): undefined => undefined, set: (): void => undefined };

/**
 * V8 hashes a string of at most this many characters by its content (with a seed drawn per
 * process) and a longer one by its length alone: keyed by such texts, a Map could be filled
 * with colliding keys. A longer text is keyed by its SHA-256 instead.
 */
export const CONTENT_HASHED_LENGTH = 16_383;
/** Starts every SHA-256 key. A text starting with it (U+0000: no GraphQL document can start with it) is never cached, so the two kinds of key cannot meet. */
const DIGEST_KEY_PREFIX = '\u0000';

/** The key a query text is cached under, or undefined for a text that is never cached. */
export function keyOf(text: string): string | undefined {
  if (text.length > CONTENT_HASHED_LENGTH) return DIGEST_KEY_PREFIX + createHash('sha256').update(text).digest('base64');
  return text.startsWith(DIGEST_KEY_PREFIX) ? undefined : text;
}

/** The estimated heap bytes of a parsed document: its tokens (linked from its location) and its text. */
export function estimateDocumentBytes(document: DocumentNode): number {
  let tokens = 0;
  for (let token: Token | null | undefined = document.loc?.startToken; token; token = token.next) tokens++;
  const textLength = document.loc?.source.body.length ?? 0;
  return tokens * BYTES_PER_TOKEN + 2 * textLength;
}

export function createDocumentCache(maxBytes: number): DocumentCache {
  /** Least recently used first (a Map keeps insertion order; a hit re-inserts). */
  const kept = new Map<string, { document: DocumentNode; bytes: number }>();
  /** Parsed but not yet validated: the key to keep it under. Weak, so a refused document is simply dropped. */
  const pending = new WeakMap<DocumentNode, string>();
  let bytes = 0;
  const cache: DocumentCache = {
    get(text) {
      const key = keyOf(text);
      if (key === undefined) return undefined;
      const entry = kept.get(key);
      if (!entry) return undefined;
      kept.delete(key);
      kept.set(key, entry);
      return entry.document;
    },
    set(text, document) {
      const key = keyOf(text);
      if (key !== undefined) pending.set(document, key);
    },
    admit(document) {
      const key = pending.get(document);
      if (key === undefined) return;
      pending.delete(document);
      if (kept.has(key)) return;
      const size = estimateDocumentBytes(document);
      if (size > maxBytes) return;
      while (bytes + size > maxBytes) {
        const [oldest, entry] = kept.entries().next().value!;
        kept.delete(oldest);
        bytes -= entry.bytes;
      }
      kept.set(key, { document, bytes: size });
      bytes += size;
    },
    get bytes() {
      return bytes;
    },
    get size() {
      return kept.size;
    },
    maxBytes,
  };
  return cache;
}
