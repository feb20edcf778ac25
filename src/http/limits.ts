/**
 * Limits on every operation, checked before it runs: the query document's size and token
 * count while parsing, then its depth, aliases, directives and cost (graphql-armor's rules)
 * before the standard validation rules, so a hostile document costs no more than a linear
 * walk. Each rejection says which limit, the limit and what was found, with a code in
 * `extensions` (`extensions.limit`, `extensions.found`).
 */
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { getOperationAST, GraphQLError, Kind, parse, validate, type DocumentNode, type ValidationContext, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ErrorCode } from '../error-codes';
import type { DocumentCache } from './document-cache';
import { inputCost } from './input-cost';
import { maxNesting } from './nesting';

export const LIMITS = {
  /** Request body, bytes: fits a claim of MAX_ITEMS_PER_CLAIM fee items (~100 bytes each) sent as variables. */
  bodyBytes: 1024 * 1024,
  /** The query document, bytes (UTF-8). Fee items belong in variables, not in the document. */
  queryBytes: 32 * 1024,
  /**
   * Nesting of brackets (`{`, `[`, `(`) in the query document, counted on the raw text before
   * parsing (graphql-js's recursive parser overflows its stack near 1,900). Selections 15 deep
   * with an input object or list in an argument stay well within it.
   */
  nesting: 64,
  /** Lexical tokens in the query document. */
  tokens: 4000,
  /** Nesting of selections, fragments flattened, introspection counted (GraphiQL's own introspection query is 15). */
  depth: 15,
  /** Aliased fields (every alias counts, `__typename` too). */
  aliases: 20,
  /** Directives in the operation. */
  directives: 20,
  /**
   * graphql-armor's cost: 1 per scalar, 2 per object, ×1.5 per level of depth, × `first`
   * on a connection, introspection counted; plus 1 per element of a list input (fee items,
   * prior claims) for each settlement it runs (src/http/input-cost.ts). A page of 100
   * institutions with every field costs ~6,300; a claim of 5,000 items ~5,000 more, compared
   * at five levels 25,000 more.
   */
  cost: 50_000,
  /**
   * Parsed documents kept between requests, in estimated bytes (src/http/document-cache.ts):
   * on Node, and in a Worker isolate (128 MB in all, so far less).
   */
  documentCacheBytes: 32 * 1024 * 1024,
  workerDocumentCacheBytes: 16 * 1024 * 1024,
} as const;

type LimitName = 'DEPTH' | 'ALIAS' | 'DIRECTIVE' | 'COST' | 'TOKEN' | 'QUERY_SIZE' | 'NESTING';

const CODES: Record<LimitName, ErrorCode> = {
  DEPTH: 'DEPTH_LIMIT_EXCEEDED',
  ALIAS: 'ALIAS_LIMIT_EXCEEDED',
  DIRECTIVE: 'DIRECTIVE_LIMIT_EXCEEDED',
  COST: 'COST_LIMIT_EXCEEDED',
  TOKEN: 'TOKEN_LIMIT_EXCEEDED',
  QUERY_SIZE: 'QUERY_TOO_LARGE',
  NESTING: 'NESTING_LIMIT_EXCEEDED',
};

const WHAT: Record<LimitName, string> = {
  DEPTH: 'Query depth',
  ALIAS: 'Number of aliases',
  DIRECTIVE: 'Number of directives',
  COST: 'Query cost',
  TOKEN: 'Number of tokens in the query document',
  QUERY_SIZE: 'Query document size in bytes',
  NESTING: 'Nesting of brackets in the query document',
};

/** The error of a limit: "Query depth is 20; the limit is 15 (5 over)." */
export function limitError(name: LimitName, limit: number, found: number | null): GraphQLError {
  const message =
    found === null
      ? `${WHAT[name]} is over the limit of ${limit}.`
      : `${WHAT[name]} is ${found}; the limit is ${limit} (${found - limit} over).`;
  return new GraphQLError(message, {
    extensions: { code: CODES[name], limit, ...(found === null ? {} : { found }), http: { status: 400 } },
  });
}

/** Turns an armor rejection ("… limit of 15 exceeded, found 20.") into the limit's own error. */
function reporter(name: LimitName) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const m = /limit of ([\d.]+) exceeded(?:, found ([\d.]+))?/.exec(error.message);
    const limit = m ? Number(m[1]) : NaN;
    const found = m?.[2] ? Math.ceil(Number(m[2])) : null;
    context?.reportError(limitError(name, limit, found));
  };
}

const armor = { propagateOnRejection: false, exposeLimits: true };

/** The structural limits as validation rules. */
const STRUCTURE_RULES: ValidationRule[] = [
  maxDepthRule({ ...armor, n: LIMITS.depth, flattenFragments: true, ignoreIntrospection: false, onReject: [reporter('DEPTH')] }),
  maxAliasesRule({ ...armor, n: LIMITS.aliases, allowList: [], onReject: [reporter('ALIAS')] }),
  maxDirectivesRule({ ...armor, n: LIMITS.directives, onReject: [reporter('DIRECTIVE')] }),
];

/** The structural limits and the cost of the document (introspection counted), each operation's
 *  accepted cost pushed onto `costs` in document order. */
function limitRules(costs: number[]): ValidationRule[] {
  return [
    ...STRUCTURE_RULES,
    costLimitRule({ ...armor, maxCost: LIMITS.cost, ignoreIntrospection: false, flattenFragments: true, onReject: [reporter('COST')], onAccept: [(_, { n }) => costs.push(n)] }),
  ];
}

/** What the limits found of a document: their errors, and each operation's cost (by definition order). */
interface Checked {
  errors: readonly GraphQLError[];
  costs: number[];
}

/** graphql-js's own bound on the overlapping-fields check (many selections of the same field). */
const ABORTED = 'Validation aborted.';

function budgetError(): GraphQLError {
  return new GraphQLError('The query repeats the same fields too often to be validated (graphql-js validation budget); remove the duplicate selections.', {
    extensions: { code: 'VALIDATION_BUDGET_EXCEEDED', http: { status: 400 } },
  });
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/**
 * Size and bracket nesting before parsing, tokens while parsing, structure before the standard validation. Parsed
 * documents are cached by Yoga's own parse and validation cache, with `documents` as its
 * document cache: a document is admitted there only once it has passed validation and these
 * limits (src/http/document-cache.ts).
 */
export function useOperationLimits(documents: DocumentCache): Plugin {
  // A document passes or fails the limits the same way every time: checked once per document
  // (weakly held: the check goes when the document does).
  const checked = new WeakMap<DocumentNode, Checked>();
  return {
    onParams({ params }) {
      if (typeof params.query !== 'string' || params.query.length <= LIMITS.queryBytes / 3) return;
      const bytes = utf8Length(params.query);
      if (bytes > LIMITS.queryBytes) throw limitError('QUERY_SIZE', LIMITS.queryBytes, bytes);
    },
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        const nesting = maxNesting(typeof source === 'string' ? source : source.body);
        if (nesting > LIMITS.nesting) throw limitError('NESTING', LIMITS.nesting, nesting);
        try {
          return parse(source, { ...options, maxTokens: LIMITS.tokens });
        } catch (error) {
          if (error instanceof GraphQLError && /contains more th(?:at|an) \d+ tokens/.test(error.message)) {
            throw limitError('TOKEN', LIMITS.tokens, null);
          }
          throw error;
        }
      });
    },
    onValidate({ params, setResult }) {
      let found = checked.get(params.documentAST);
      if (!found) {
        const costs: number[] = [];
        found = { errors: validate(params.schema, params.documentAST, limitRules(costs)), costs };
        checked.set(params.documentAST, found);
      }
      if (found.errors.length > 0) setResult([...found.errors]);
      return ({ result, setResult: replace }) => {
        if (result.length === 0) documents.admit(params.documentAST);
        else if (result.some((e) => e.message === ABORTED)) replace(result.map((e) => (e.message === ABORTED ? budgetError() : e)));
      };
    },
    onExecute({ args, setResultAndStopExecution }) {
      // The document's cost plus its inputs' (fee items, prior claims), now that variables are known.
      const operation = getOperationAST(args.document, args.operationName);
      const costs = checked.get(args.document)?.costs;
      if (!operation || !costs) return;
      const documentCost = costs[(args.document as DocumentNode).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).indexOf(operation)] ?? 0;
      const total = documentCost + inputCost(args.document, operation, args.variableValues, LIMITS.cost - documentCost);
      if (total > LIMITS.cost) setResultAndStopExecution({ errors: [limitError('COST', LIMITS.cost, Math.ceil(total))] });
    },
  };
}
