/**
 * Starts the local Hrana-over-HTTP libSQL server for development:
 *   npx tsx src/dev/hrana/cli.ts --db .data/medins.db --port 8080 [--host 127.0.0.1] [--auth-token T]
 * then point `@libsql/client/web` (the Worker build) at the printed URL.
 * Dev/test infrastructure only: production points at Turso.
 */
import { parseArgs } from 'node:util';
import { startHranaServer } from './server';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: '.data/medins.db' },
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    'auth-token': { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a port number, got ${values.port}`);
  process.exit(2);
}
const db = values.db.startsWith('file:') ? values.db : `file:${values.db}`;
const server = await startHranaServer({ url: db, port, host: values.host, authToken: values['auth-token'] });
console.log(`libSQL (Hrana over HTTP) dev server for ${db} at ${server.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
