/**
 * Who is calling, from the `Authorization: Bearer <key>` header: the administrator
 * (`ADMIN_API_KEY`), an institution (an active key issued by the administrator, looked up by
 * its hash), or nobody. A key that matches nothing (malformed, unknown, revoked) is refused
 * with UNAUTHENTICATED and HTTP 401 on every operation, never taken as public; no key where
 * one is needed gets the very same answer (useKeyRequirement below).
 */
import {
  getOperationAST, GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode,
  type GraphQLFieldMap, type SelectionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { AppConfig, Caller } from './context';
import type { Database } from './db/client';
import { codedError } from './error-codes';
import { invalidKey, keyRequired } from './records/access';
import type { ApiKeyCache } from './records/apiKeyCache';
import { findActiveKey, keyStillActive } from './records/apiKeys';

/** Compares two strings in time independent of where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const ea = new TextEncoder().encode(a);
  const eb = new TextEncoder().encode(b);
  let diff = ea.length ^ eb.length;
  for (let i = 0; i < Math.max(ea.length, eb.length); i++) diff |= (ea[i] ?? 0) ^ (eb[i] ?? 0);
  return diff === 0;
}

export function unauthenticated(message: string): GraphQLError {
  return codedError('UNAUTHENTICATED', message, { http: { status: 401 } });
}

/**
 * The caller of a request, and whether an institution key came from the process's key cache
 * (`keys`, records/apiKeyCache.ts) rather than from the database just now.
 */
export async function resolveCaller(
  db: Database, config: AppConfig, authorization: string | null, keys?: ApiKeyCache,
): Promise<{ caller: Caller; fromMemory: boolean }> {
  if (!authorization) return { caller: { kind: 'PUBLIC' }, fromMemory: false };
  const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!m) throw unauthenticated('The Authorization header must be "Bearer <key>".');
  const key = m[1];
  if (config.adminApiKey && constantTimeEqual(key, config.adminApiKey)) return { caller: { kind: 'ADMIN' }, fromMemory: false };
  const { row, cached } = keys ? await keys.lookup(db, key) : { row: await findActiveKey(db, key), cached: false };
  if (row) return { caller: { kind: 'INSTITUTION', institutionId: row.institutionId, keyId: row.id }, fromMemory: cached };
  throw invalidKey();
}

/**
 * One behaviour for a missing key: an operation that selects a root field needing a key
 * (every mutation, and the query fields marked `extensions: { needsKey: true }`) without one
 * is refused before anything runs, with UNAUTHENTICATED and HTTP 401, exactly as a wrong
 * key is. Nothing is read or written and no input is looked at.
 */
export function needsKey(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): boolean {
  if (operation.operation === 'mutation') return true;
  const root = operation.operation === 'query' ? schema.getQueryType() : schema.getSubscriptionType();
  return selectsKeyField(operation.selectionSet.selections, root?.getFields() ?? {}, fragments, new Set());
}

function selectsKeyField(
  selections: readonly SelectionNode[], fields: GraphQLFieldMap<unknown, unknown>, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>,
): boolean {
  return selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return fields[selection.name.value]?.extensions?.needsKey === true;
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectsKeyField(selection.selectionSet.selections, fields, fragments, seen);
    const name = selection.name.value;
    if (seen.has(name)) return false;
    seen.add(name);
    const fragment = fragments.get(name);
    return fragment ? selectsKeyField(fragment.selectionSet.selections, fields, fragments, seen) : false;
  });
}

/**
 * Whether a document's operation needs a key, worked out once per parsed document (the
 * document cache keeps the same document for the same text) and operation name.
 */
const verdicts = new WeakMap<DocumentNode, Map<string, boolean>>();

function operationNeedsKey(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): boolean | null {
  let known = verdicts.get(document);
  const name = operationName ?? '';
  const cached = known?.get(name);
  if (cached !== undefined) return cached;
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const verdict = needsKey(schema, operation, fragments);
  if (!known) verdicts.set(document, (known = new Map()));
  known.set(name, verdict);
  return verdict;
}

/** Mutations that confirm the caller's key inside their own batch (no extra round trip): records/settle.ts, records/persons.ts. */
const CONFIRMS_ITS_KEY = new Set(['settleClaim', 'identifyInsuredPerson', '__typename']);

export function useKeyRequirement(): Plugin<{ caller?: Caller }> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as { caller?: Caller; callerFromMemory?: boolean; db?: Database };
      if (context.caller?.kind === 'INSTITUTION' && context.callerFromMemory && context.db) {
        return confirmBeforeWrite(args.document as DocumentNode, args.operationName, context.caller.keyId, context.db, setResultAndStopExecution);
      }
      if (context.caller?.kind !== 'PUBLIC') return;
      if (operationNeedsKey(args.schema as GraphQLSchema, args.document as DocumentNode, args.operationName)) setResultAndStopExecution({ errors: [keyRequired()] });
    },
  };
}

/**
 * A key taken from memory is confirmed with one statement before a mutation runs, so a key
 * revoked in another process cannot write (records/apiKeyCache.ts); settleClaim confirms it in
 * its read batch instead. Queries are served within the cache's bound.
 */
async function confirmBeforeWrite(
  document: DocumentNode, operationName: string | null | undefined, keyId: number, db: Database,
  stop: (result: { errors: GraphQLError[] }) => void,
): Promise<void> {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'mutation') return;
  const confirmsItself = operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && CONFIRMS_ITS_KEY.has(s.name.value));
  if (confirmsItself) return;
  if (!(await keyStillActive(db, keyId))) stop({ errors: [invalidKey()] });
}
