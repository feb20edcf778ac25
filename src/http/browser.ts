/**
 * What browsers may do. CORS: any origin may call the API from a web page, never with
 * credentials (no cookies exist; a key travels in `Authorization`), and the page may read
 * `x-request-id`. CSRF prevention: a request a page could send without a CORS preflight
 * (a GET, or a POST as a form: text/plain, urlencoded, multipart) runs only when it carries
 * a header that forces a preflight; a JSON POST always preflights and passes.
 */
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import type { CORSOptions, Plugin } from 'graphql-yoga';
import { REQUEST_ID_HEADER } from './errors';

/** Headers of which any one marks a GET or form request as preflighted (not a simple request). */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'x-graphql-client-name', 'apollo-require-preflight', 'authorization'];

export const CORS: CORSOptions = {
  origin: '*',
  credentials: false,
  methods: ['GET', 'POST', 'OPTIONS'],
  allowedHeaders: [
    'content-type',
    'accept',
    'authorization',
    'x-graphql-client-name',
    'x-graphql-client-version',
    'x-graphql-yoga-csrf',
    'apollo-require-preflight',
  ],
  exposedHeaders: [REQUEST_ID_HEADER],
  maxAge: 86_400,
};

/** Yoga's CSRF prevention, its refusal given a code and a message that says what to send. */
export function useCsrfPrevention(): Plugin {
  const check = useCSRFPrevention({ requestHeaders: CSRF_HEADERS }).onRequestParse!;
  return {
    onRequestParse(payload) {
      try {
        return check(payload);
      } catch {
        throw new GraphQLError(
          `A GET or form request must carry one of these headers (CSRF prevention): ${CSRF_HEADERS.join(', ')}; or POST with content-type application/json.`,
          { extensions: { code: 'CSRF_PREVENTION', http: { status: 403 } } },
        );
      }
    },
  };
}
