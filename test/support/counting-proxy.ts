/**
 * Test support: an HTTP proxy in front of a libSQL server that counts the requests passing
 * through it: each is one round trip between the service and its database, which is what
 * an edge deployment pays for in latency.
 */
import { createServer, request as httpRequest } from 'node:http';

export interface CountingProxy {
  url: string;
  /** Round trips since the start or the last reset. */
  count(): number;
  reset(): void;
  close(): Promise<void>;
}

export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const to = new URL(target);
  let n = 0;
  const server = createServer((req, res) => {
    n += 1;
    const upstream = httpRequest(
      { host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    count: () => n,
    reset: () => (n = 0),
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
