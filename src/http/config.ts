/**
 * The HTTP layer's settings from the environment (the Node process env or the Worker's
 * bindings): introspection, GraphiQL, and trusted documents (persisted operations).
 *
 * | variable | default | meaning |
 * | --- | --- | --- |
 * | GRAPHQL_INTROSPECTION | true | `false` refuses `__schema` / `__type` queries |
 * | GRAPHIQL | true | `false` serves no GraphiQL page |
 * | TRUSTED_DOCUMENTS | unset | the manifest itself: a JSON object `{ "<sha256 hex>": "<document>" }` |
 * | TRUSTED_DOCUMENTS_FILE | unset | Node only: path of that JSON manifest |
 * | TRUSTED_DOCUMENTS_ONLY | false | `true` runs only documents of the manifest |
 * | GRAPHQL_JIT | true | `false` runs every query through the standard executor (see src/http/jit.ts; the Worker never compiles) |
 */
export interface HttpConfig {
  introspection: boolean;
  graphiql: boolean;
  /** Trusted documents by id (the lowercase sha256 hex of the document text); null = none. */
  trustedDocuments: ReadonlyMap<string, string> | null;
  /** Only documents of the manifest run; arbitrary query text is refused. */
  trustedDocumentsOnly: boolean;
  /** Queries run compiled (graphql-jit) where the runtime allows code generation, falling back on any error. */
  compiledQueries: boolean;
}

export const DEFAULT_HTTP_CONFIG: HttpConfig = {
  introspection: true,
  graphiql: true,
  trustedDocuments: null,
  trustedDocumentsOnly: false,
  compiledQueries: true,
};

/** The variable names read, for callers that cache on them (the Worker). */
export const HTTP_ENV_NAMES = ['GRAPHQL_INTROSPECTION', 'GRAPHIQL', 'TRUSTED_DOCUMENTS', 'TRUSTED_DOCUMENTS_FILE', 'TRUSTED_DOCUMENTS_ONLY', 'GRAPHQL_JIT'] as const;

const DOCUMENT_ID = /^[0-9a-f]{64}$/;

/**
 * Reads the settings. `readFile` reads TRUSTED_DOCUMENTS_FILE (Node); without it that
 * variable is refused. A bad value throws at start-up rather than being read as a default.
 */
export function readHttpConfig(env: Record<string, unknown>, readFile?: (path: string) => string): HttpConfig {
  const trustedDocumentsOnly = readBoolean(env, 'TRUSTED_DOCUMENTS_ONLY', false);
  let manifest: unknown = env.TRUSTED_DOCUMENTS || undefined;
  const file = env.TRUSTED_DOCUMENTS_FILE;
  if (typeof file === 'string' && file) {
    if (manifest !== undefined) throw new Error('Set TRUSTED_DOCUMENTS or TRUSTED_DOCUMENTS_FILE, not both.');
    if (!readFile) throw new Error('TRUSTED_DOCUMENTS_FILE needs a file system; give the manifest in TRUSTED_DOCUMENTS.');
    manifest = readFile(file);
  }
  const trustedDocuments = manifest === undefined ? null : parseManifest(manifest);
  if (trustedDocumentsOnly && !trustedDocuments) {
    throw new Error('TRUSTED_DOCUMENTS_ONLY=true needs a manifest in TRUSTED_DOCUMENTS or TRUSTED_DOCUMENTS_FILE.');
  }
  return {
    introspection: readBoolean(env, 'GRAPHQL_INTROSPECTION', true),
    graphiql: readBoolean(env, 'GRAPHIQL', true),
    trustedDocuments,
    trustedDocumentsOnly,
    compiledQueries: readBoolean(env, 'GRAPHQL_JIT', true),
  };
}

function readBoolean(env: Record<string, unknown>, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined || value === null || value === '') return fallback;
  if (value === true || value === 'true' || value === '1') return true;
  if (value === false || value === 'false' || value === '0') return false;
  throw new Error(`${name} must be "true" or "false"; got "${String(value)}".`);
}

/** A manifest as written by GraphQL Code Generator's client preset: `{ "<sha256 hex>": "<document>" }`. */
export function parseManifest(manifest: unknown): Map<string, string> {
  let value = manifest;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (error) {
      throw new Error(`The trusted documents manifest is not JSON: ${(error as Error).message}`);
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('The trusted documents manifest must be a JSON object of document id to document text.');
  }
  const documents = new Map<string, string>();
  for (const [id, text] of Object.entries(value)) {
    if (!DOCUMENT_ID.test(id)) throw new Error(`Trusted document id "${id}" is not a lowercase sha256 hex digest.`);
    if (typeof text !== 'string' || !text.trim()) throw new Error(`Trusted document "${id}" has no document text.`);
    documents.set(id, text);
  }
  return documents;
}
