/**
 * A local libSQL server for development and tests: Hrana over HTTP (JSON, versions 2 and 3;
 * docs/HRANA_3_SPEC.md in tursodatabase/libsql) in front of an embedded libSQL file, so the
 * Worker build (`@libsql/client/web`, HTTP only) can run against a real database offline.
 * Dev/test infrastructure only: production points at Turso. Not implemented: Protobuf
 * encoding (`GET /v3-protobuf` answers 404, so clients fall back to JSON) and WebSocket.
 *
 * Each stream gets its own connection to the file, so one stream's open transaction stays
 * invisible to the others; a stream lives across HTTP requests through a fresh random baton
 * per response and is closed (rolled back) after `streamIdleMs` without a request.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Connection, type ResolvedStmt } from './connection';
import {
  decodeCursorBody,
  decodePipelineBody,
  ProtocolError,
  StmtError,
  type BatchResult,
  type BatchStep,
  type Stmt,
  type StreamRequest,
  type Version,
} from './protocol';

export interface HranaServerOptions {
  /** The database file, as `file:path.db` (relative to the working directory) or `file:///abs/path.db`. */
  url: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** When set, POST requests need `Authorization: Bearer <authToken>`. */
  authToken?: string;
  /** A stream with no request for this long is closed and its transaction rolled back. */
  streamIdleMs?: number;
  /** How long a statement waits for another stream's write lock before failing with SQLITE_BUSY. */
  busyTimeoutMs?: number;
  maxBodyBytes?: number;
}

export interface HranaServer {
  /** Base URL for `createClient({ url })`, e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_STREAMS = 256;
const MAX_STORED_SQLS = 1_000;
/** Expired batons are remembered this long to answer "stream expired" rather than "invalid baton". */
const EXPIRED_BATON_MEMORY_MS = 5 * 60_000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** One Hrana stream: a connection, the SQL texts stored on it, and when it was last used. */
class Stream {
  readonly sqls = new Map<number, string>();
  lastUsed = Date.now();
  closed = false;

  constructor(readonly conn: Connection) {}

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.conn.close();
  }

  sqlText(sql: string | undefined, sqlId: number | undefined): string {
    if (sql !== undefined) return sql;
    const stored = this.sqls.get(sqlId!);
    if (stored === undefined) throw new ProtocolError(`SQL text ${sqlId} not found`);
    return stored;
  }

  resolve(stmt: Stmt): ResolvedStmt {
    return { sql: this.sqlText(stmt.sql, stmt.sqlId), args: stmt.args, namedArgs: stmt.namedArgs, wantRows: stmt.wantRows };
  }

  resolveSteps(steps: BatchStep[]) {
    return steps.map((step) => ({ condition: step.condition, stmt: this.resolve(step.stmt) }));
  }
}

export async function startHranaServer(options: HranaServerOptions): Promise<HranaServer> {
  const path = databasePath(options.url);
  const host = options.host ?? '127.0.0.1';
  const streamIdleMs = options.streamIdleMs ?? 10_000;
  const busyTimeoutMs = options.busyTimeoutMs ?? 5_000;
  const maxBodyBytes = options.maxBodyBytes ?? 10 * 1024 * 1024;
  const expectedAuth = options.authToken === undefined ? undefined : Buffer.from(`Bearer ${options.authToken}`);

  mkdirSync(dirname(path), { recursive: true });
  // Fail fast on an unusable file, and use WAL as sqld does: readers never wait for the writer.
  const setup = new Connection(path, busyTimeoutMs);
  try {
    await setup.execute({ sql: 'PRAGMA journal_mode = WAL', args: [], namedArgs: [], wantRows: false });
  } finally {
    setup.close();
  }

  /** Idle streams by their current baton; a stream is absent while a request is using it. */
  const idle = new Map<string, Stream>();
  const open = new Set<Stream>();
  const expiredBatons = new Map<string, number>();

  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [baton, stream] of idle) {
      if (now - stream.lastUsed < streamIdleMs) continue;
      idle.delete(baton);
      open.delete(stream);
      stream.close();
      expiredBatons.set(baton, now);
    }
    for (const [baton, at] of expiredBatons) if (now - at > EXPIRED_BATON_MEMORY_MS) expiredBatons.delete(baton);
  }, Math.min(1_000, streamIdleMs));
  sweep.unref();

  function acquire(baton: string | null): Stream {
    if (baton === null) {
      if (open.size >= MAX_STREAMS) throw new HttpError(503, 'Too many open streams', 'TOO_MANY_STREAMS');
      const stream = new Stream(new Connection(path, busyTimeoutMs));
      open.add(stream);
      return stream;
    }
    const stream = idle.get(baton);
    if (stream === undefined) {
      if (expiredBatons.has(baton)) throw new HttpError(400, 'The stream has expired due to inactivity', 'STREAM_EXPIRED');
      throw new ProtocolError('Received an invalid or already used baton', 'BATON_INVALID');
    }
    idle.delete(baton);
    return stream;
  }

  /** Returns the stream for its next request under a new baton, or null once it is closed. */
  function release(stream: Stream): string | null {
    if (stream.closed) {
      open.delete(stream);
      return null;
    }
    const baton = randomBytes(24).toString('base64url');
    stream.lastUsed = Date.now();
    idle.set(baton, stream);
    return baton;
  }

  /** Runs `work` on the stream; a protocol or internal failure closes the stream. */
  async function withStream<T>(baton: string | null, work: (stream: Stream) => Promise<T>): Promise<{ baton: string | null; result: T }> {
    const stream = acquire(baton);
    try {
      const result = await work(stream);
      return { baton: release(stream), result };
    } catch (e) {
      stream.close();
      release(stream);
      throw e;
    }
  }

  async function handleRequest(stream: Stream, request: StreamRequest): Promise<object> {
    if (stream.closed) throw new ProtocolError('Stream for this baton was closed');
    switch (request.type) {
      case 'close':
        stream.close();
        return { type: 'close' };
      case 'execute':
        return { type: 'execute', result: await stream.conn.execute(stream.resolve(request.stmt)) };
      case 'batch':
        return { type: 'batch', result: await stream.conn.batch(stream.resolveSteps(request.steps)) };
      case 'sequence':
        await stream.conn.sequence(stream.sqlText(request.sql, request.sqlId));
        return { type: 'sequence' };
      case 'describe':
        return { type: 'describe', result: stream.conn.describe(stream.sqlText(request.sql, request.sqlId)) };
      case 'store_sql':
        if (stream.sqls.has(request.sqlId)) throw new ProtocolError(`SQL text ${request.sqlId} already exists`);
        if (stream.sqls.size >= MAX_STORED_SQLS) throw new ProtocolError(`Too many stored SQL texts (at most ${MAX_STORED_SQLS})`);
        stream.sqls.set(request.sqlId, request.sql);
        return { type: 'store_sql' };
      case 'close_sql':
        stream.sqls.delete(request.sqlId);
        return { type: 'close_sql' };
      case 'get_autocommit':
        return { type: 'get_autocommit', is_autocommit: stream.conn.isAutocommit };
    }
  }

  async function pipeline(body: unknown, version: Version): Promise<object> {
    const { baton, requests } = decodePipelineBody(body, version);
    const done = await withStream(baton, async (stream) => {
      const results: object[] = [];
      for (const request of requests) {
        try {
          results.push({ type: 'ok', response: await handleRequest(stream, request) });
        } catch (e) {
          if (!(e instanceof StmtError)) throw e;
          results.push({ type: 'error', error: e.toProto() });
        }
      }
      return results;
    });
    return { baton: done.baton, base_url: null, results: done.result };
  }

  /** The cursor endpoint: the batch's result as newline-separated JSON entries. */
  async function cursor(body: unknown): Promise<string> {
    const { baton, steps } = decodeCursorBody(body, 3);
    const done = await withStream(baton, (stream) => stream.conn.batch(stream.resolveSteps(steps)));
    const lines: object[] = [{ baton: done.baton, base_url: null }, ...cursorEntries(done.result)];
    return lines.map((line) => JSON.stringify(line) + '\n').join('');
  }

  function authorize(req: IncomingMessage): void {
    if (expectedAuth === undefined) return;
    const given = Buffer.from(req.headers.authorization ?? '');
    if (given.length !== expectedAuth.length || !timingSafeEqual(given, expectedAuth)) {
      throw new HttpError(401, 'Authentication required: Authorization: Bearer <token>', 'UNAUTHORIZED');
    }
  }

  async function readJson(req: IncomingMessage): Promise<unknown> {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBodyBytes) throw new HttpError(413, `Request body is larger than ${maxBodyBytes} bytes`, 'BODY_TOO_LARGE');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBodyBytes) throw new HttpError(413, `Request body is larger than ${maxBodyBytes} bytes`, 'BODY_TOO_LARGE');
      chunks.push(chunk);
    }
    try {
      return JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch (e) {
      throw new ProtocolError(`Cannot deserialize client message from JSON: ${(e as Error).message}`);
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const post = req.method === 'POST';
    if (req.method === 'GET' && (pathname === '/v2' || pathname === '/v3' || pathname === '/health')) {
      res.writeHead(200, { 'content-type': 'text/plain' }).end();
    } else if (post && (pathname === '/v2/pipeline' || pathname === '/v3/pipeline')) {
      authorize(req);
      sendJson(res, 200, await pipeline(await readJson(req), pathname === '/v2/pipeline' ? 2 : 3));
    } else if (post && pathname === '/v3/cursor') {
      authorize(req);
      const body = await cursor(await readJson(req));
      res.writeHead(200, { 'content-type': 'text/plain' }).end(body);
    } else {
      throw new HttpError(404, `No Hrana endpoint ${req.method} ${pathname} (JSON v2 and v3 only)`, 'NOT_FOUND');
    }
  }

  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError || e instanceof ProtocolError ? e.status : 500;
      const code = e instanceof HttpError || e instanceof ProtocolError ? e.code : 'INTERNAL_ERROR';
      const message = e instanceof Error ? e.message : String(e);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // The client parses an error body only when content-type is exactly application/json.
      if (status === 413) {
        res.setHeader('connection', 'close');
        res.on('finish', () => req.destroy());
      }
      sendJson(res, status, { message, code });
    });
  });
  server.listen(options.port ?? 0, host);
  await new Promise<void>((ok, fail) => {
    server.once('listening', ok);
    server.once('error', fail);
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    async close() {
      clearInterval(sweep);
      const closed = new Promise<void>((ok) => server.close(() => ok()));
      server.closeAllConnections();
      await closed;
      for (const stream of open) stream.close();
      open.clear();
      idle.clear();
    },
  };
}

function sendJson(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function cursorEntries(result: BatchResult): object[] {
  const entries: object[] = [];
  result.step_results.forEach((stepResult, step) => {
    const error = result.step_errors[step];
    if (error) entries.push({ type: 'step_error', step, error });
    if (!stepResult) return;
    entries.push({ type: 'step_begin', step, cols: stepResult.cols });
    for (const row of stepResult.rows) entries.push({ type: 'row', row });
    entries.push({ type: 'step_end', affected_row_count: stepResult.affected_row_count, last_insert_rowid: stepResult.last_insert_rowid });
  });
  return entries;
}

function databasePath(url: string): string {
  if (!url.startsWith('file:')) throw new Error(`The Hrana dev server serves a file: URL, got ${url}`);
  const path = url.startsWith('file://') ? fileURLToPath(url.split('?')[0]) : url.slice('file:'.length).split('?')[0];
  if (path === '' || path === ':memory:') throw new Error('The Hrana dev server needs a database file (streams open their own connections)');
  return resolve(path);
}
