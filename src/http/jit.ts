/**
 * Compiled execution of queries (graphql-jit), with graphql-js semantics kept: a query
 * document that validated is compiled once into a JavaScript function and then executed by
 * it; whenever the compiled run's result has errors (bad variables, a resolver error, a null
 * in a non-null field…), the same operation is run again through the standard executor and
 * that result is answered, so every error response is exactly the standard one. Only
 * queries are compiled: a mutation writes, and must never run twice.
 *
 * Where code generation from strings is refused (Cloudflare Workers: `new Function` throws),
 * nothing is compiled and every operation runs through the standard executor.
 *
 * Only hot documents are compiled: a document runs through the standard executor the first
 * time, and is compiled when it comes again (compiling costs more than one run, and a client
 * sending ever-new documents should not make the server compile each of them).
 *
 * The compiled functions are kept per parsed document in a WeakMap: Yoga's parse cache
 * returns the same document object for the same query text, and when it evicts a document
 * its compiled function goes with it, so this adds no cache of its own to bound.
 */
import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/** True where `new Function` works (Node), false where the runtime refuses it (workerd). */
export function codeGenerationAllowed(): boolean {
  try {
    return new Function('return 1')() === 1;
  } catch {
    return false;
  }
}

/** A document graphql-jit could not compile: run it through the standard executor, always. */
const NOT_COMPILED = Symbol('not compiled');
/** A document seen once: compiled the next time it comes. */
const SEEN_ONCE = Symbol('seen once');
type Compiled = CompiledQuery | typeof NOT_COMPILED;

function hasErrors(result: ExecutionResult): boolean {
  return result.errors !== undefined && result.errors.length > 0;
}

/** How many operations ran compiled to the end, and how many were rerun by the standard executor (tests read these). */
export const compiledRuns = { compiled: 0, rerun: 0 };

export function useCompiledQueries(): Plugin {
  if (!codeGenerationAllowed()) return {};
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled | typeof SEEN_ONCE>>();

  /** The compiled operation, or NOT_COMPILED for one to run through the standard executor (this time or always). */
  function compiledFor(args: { schema: any; document: DocumentNode; operationName?: string | null }): Compiled {
    let byOperation = compiled.get(args.document);
    if (!byOperation) compiled.set(args.document, (byOperation = new Map()));
    const key = args.operationName ?? '';
    let entry = byOperation.get(key);
    if (entry === undefined) {
      byOperation.set(key, SEEN_ONCE);
      return NOT_COMPILED;
    }
    if (entry === SEEN_ONCE) {
      try {
        const result = compileQuery(args.schema, args.document, args.operationName ?? undefined);
        entry = isCompiledQuery(result) ? result : NOT_COMPILED;
      } catch {
        entry = NOT_COMPILED;
      }
      byOperation.set(key, entry);
    }
    return entry;
  }

  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      if (operation?.operation !== 'query') return;
      const query = compiledFor(args);
      if (query === NOT_COMPILED) return;
      setExecuteFn(async (execArgs) => {
        const result = (await query.query(execArgs.rootValue, execArgs.contextValue, execArgs.variableValues ?? {})) as ExecutionResult;
        if (!hasErrors(result)) {
          compiledRuns.compiled++;
          return result;
        }
        compiledRuns.rerun++;
        return executeFn(execArgs);
      });
    },
  };
}
