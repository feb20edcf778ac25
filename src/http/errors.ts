/**
 * Error hygiene. Every request gets an id, returned in the `x-request-id` header. An
 * unexpected error (anything but a GraphQLError the code raised on purpose: a bug, a
 * database failure) reaches the caller only as "Unexpected error." with code
 * INTERNAL_SERVER_ERROR and the request id: no message, stack or SQL. The original is
 * logged with the request id. Expected errors keep their message and `extensions.code`;
 * request errors that graphql-js raises without a code (variable coercion) get
 * BAD_USER_INPUT.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin, YogaLogger } from 'graphql-yoga';

export const REQUEST_ID_HEADER = 'x-request-id';
export const UNEXPECTED_MESSAGE = 'Unexpected error.';

/** Where errors go: one JSON object per event. */
export interface Logger {
  error(entry: { requestId: string; message: string; name?: string; stack?: string; cause?: string }): void;
}

export const consoleLogger: Logger = {
  error: (entry) => console.error(JSON.stringify({ level: 'error', ...entry })),
};

/** What the Yoga server context carries for this layer. */
export interface RequestIdentity {
  requestId: string;
}

/** The originals of masked errors, until the result is written and they are logged. */
const originals = new WeakMap<GraphQLError, unknown>();

/** A GraphQLError raised on purpose: not wrapping anything but another such error. */
function isExpected(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && (error.originalError == null || isExpected(error.originalError));
}

/** Yoga's maskError: expected errors pass; anything else becomes a bare INTERNAL_SERVER_ERROR. */
export function maskError(error: unknown): Error {
  if (isExpected(error)) return error;
  const graphQLError = error instanceof GraphQLError ? error : null;
  const masked = new GraphQLError(UNEXPECTED_MESSAGE, {
    nodes: graphQLError?.nodes,
    path: graphQLError?.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
  originals.set(masked, graphQLError?.originalError ?? error);
  return masked;
}

/** Drops the bound parameters of a failed query (names, hashes) from a logged text; the SQL stays. */
function withoutParams(text: string | undefined): string | undefined {
  return text?.replace(/^params: .*$/gm, 'params: [omitted]');
}

/** True for the abort of a request whose client went away (an AbortError, also as a cause). */
export function isClientGone(request: Request | undefined, error: unknown): boolean {
  if (!request?.signal?.aborted) return false;
  for (let e = error as { name?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e === request.signal.reason || e.name === 'AbortError') return true;
  }
  return false;
}

/** Logs an unexpected error under the request id; never throws. */
export function logUnexpected(log: Logger, requestId: string, error: unknown): void {
  const e = error instanceof Error ? error : new Error(String(error));
  const cause = e.cause instanceof Error ? `${e.cause.name}: ${e.cause.message}` : e.cause === undefined ? undefined : String(e.cause);
  try {
    log.error({
      requestId,
      name: e.name,
      message: withoutParams(e.message)!,
      stack: withoutParams(e.stack),
      ...(cause === undefined ? {} : { cause: withoutParams(cause) }),
    });
  } catch {
    /* a failing logger must not fail the request */
  }
}

function withCode(error: GraphQLError, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, ...extensions },
  });
}

/**
 * Gives each error of a result its code, and each masked one the request id (logging the
 * original). A masked error with no data at all answers 500; with partial data, 200.
 */
export function finishErrors(result: ExecutionResult, requestId: string, log: Logger, request?: Request): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => {
    if (originals.has(error)) {
      // A client that went away is no error of ours: nothing to log (and no one to answer).
      if (!isClientGone(request, originals.get(error))) logUnexpected(log, requestId, originals.get(error));
      return withCode(error, { requestId, ...(result.data == null ? { http: { status: 500 } } : {}) });
    }
    // Expected errors that came without a code (graphql-js validation, Pothos' relay id checks
    // such as "Invalid global ID") are the caller's input.
    if (error.extensions?.code == null) return withCode(error, { code: 'BAD_USER_INPUT' });
    return error;
  });
  return { ...result, errors };
}

/** Yoga's logger: its error log is replaced by the request-id log above (it logs only errors it masks). */
export const yogaLogger: YogaLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (...args: unknown[]) => console.warn(...args),
  error: () => undefined,
};

/** Applies finishErrors to every result (the app sets the request id header on every response). */
export function useErrorHygiene(log: Logger, requestIdOf: (request: Request) => string): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
      setResult(finishErrors(result as ExecutionResult, requestIdOf(request), log, request));
    },
  };
}
