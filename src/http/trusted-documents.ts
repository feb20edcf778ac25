/**
 * Trusted documents (persisted operations): a client sends a document's id instead of its
 * text, either as `extensions.persistedQuery.sha256Hash` (Apollo's format) or as
 * `documentId` ("sha256:<hex>" or the bare hex, the GraphQL over HTTP proposal). With
 * TRUSTED_DOCUMENTS_ONLY only such ids run; otherwise query text runs too.
 */
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLParams, Plugin } from 'graphql-yoga';

/** The parameter names this adds to a request besides query, variables, operationName, extensions. */
export const TRUSTED_DOCUMENT_PARAMS = ['documentId'];

function documentIdOf(params: GraphQLParams & { documentId?: unknown }): string | null {
  const persisted = (params.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)?.persistedQuery;
  if (persisted && persisted.version === 1 && typeof persisted.sha256Hash === 'string') return persisted.sha256Hash;
  if (typeof params.documentId === 'string') return params.documentId.replace(/^sha256:/, '');
  return null;
}

export function useTrustedDocuments(documents: ReadonlyMap<string, string>, only: boolean): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: !only,
    extractPersistedOperationId: (params) => documentIdOf(params),
    getPersistedOperation: (id) => documents.get(id.toLowerCase()) ?? null,
    customErrors: {
      notFound: {
        message: 'No trusted document has this id.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
      keyNotFound: {
        message: 'Send a trusted document id (documentId, or extensions.persistedQuery.sha256Hash).',
        extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
      },
      persistedQueryOnly: {
        message: 'This server runs trusted documents only: send the document id, not the query text.',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 403 } },
      },
    },
  }) as Plugin;
}
