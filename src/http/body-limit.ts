/**
 * Bounds the request body before it is parsed: a declared Content-Length over the limit is
 * refused with 413 without parsing, and a body without one (chunked, streamed) is counted as
 * it is read and refused as soon as it passes the limit, so no more than the limit is ever held.
 *
 * A declared body of at most twice the limit is read and discarded before the 413 goes out
 * ("lingering close"): a client still sending when the answer comes would otherwise see its
 * connection reset (EPIPE) instead of the 413. Anything larger is refused at once.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

function tooLarge(limit: number, declared: number | null): GraphQLError {
  const message =
    declared === null
      ? `The request body is over the limit of ${limit} bytes.`
      : `The request body is ${declared} bytes; the limit is ${limit} (${declared - limit} over).`;
  return new GraphQLError(message, {
    extensions: { code: 'REQUEST_TOO_LARGE', limit, ...(declared === null ? {} : { found: declared }), http: { status: 413 } },
  });
}

function badContentLength(): GraphQLError {
  return new GraphQLError('The Content-Length header is not a byte count.', {
    extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
  });
}

/** A copy of `request` whose body errors with 413 once more than `limit` bytes have come. */
function countedRequest(request: Request, limit: number): Request {
  const body = request.body as ReadableStream<Uint8Array>;
  const reader = body.getReader();
  let bytes = 0;
  const counted = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      bytes += value.byteLength;
      if (bytes > limit) {
        controller.error(tooLarge(limit, null));
        await reader.cancel().catch(() => undefined);
        return;
      }
      controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: counted,
    duplex: 'half',
  } as RequestInit);
}

/** Reads a body to its end, keeping nothing. */
async function discard(body: ReadableStream<Uint8Array>): Promise<void> {
  const reader = body.getReader();
  try {
    while (!(await reader.read()).done);
  } catch {
    // The client went away: nothing to answer.
  }
}

export function useRequestBodyLimit(limit: number): Plugin {
  return {
    async onRequestParse({ request, requestParser, setRequestParser }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!/^\d+$/.test(declared)) throw badContentLength();
        if (Number(declared) > limit) {
          if (Number(declared) <= 2 * limit && request.body) await discard(request.body);
          throw tooLarge(limit, Number(declared));
        }
      }
      // A declared length within the limit is the length: HTTP framing ends the body there.
      // Only a body without one (chunked) is counted as it streams in.
      if (declared !== null || !requestParser || !request.body) return;
      const parser = requestParser;
      setRequestParser((req) => parser(countedRequest(req, limit)));
    },
  };
}
