/**
 * Runs the built Worker (dist/worker) directly in workerd, without the wrangler dev
 * proxy: writes a workerd config with the Worker's bindings and GraphiQL's page as a
 * disk service, and starts `workerd serve`. Used by the Worker test, the benchmark and
 * `npm run dev:worker`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
/** Where configs are written; workerd resolves `embed` paths relative to the config file. */
const configDir = join(root, '.data/workerd');

export interface WorkerdOptions {
  databaseUrl: string;
  databaseAuthToken?: string;
  adminApiKey?: string;
  port?: number;
}

export interface RunningWorkerd {
  url: string;
  process: ChildProcess;
  close(): Promise<void>;
}

/** Reads compatibility_date from wrangler.toml so workerd runs what `wrangler deploy` would. */
function compatibilityDate(): string {
  const toml = readFileSync(join(root, 'wrangler.toml'), 'utf8');
  const m = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml);
  if (!m) throw new Error('wrangler.toml has no compatibility_date');
  return m[1];
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function capnpString(s: string): string {
  return JSON.stringify(s);
}

export function workerdConfig(options: WorkerdOptions & { port: number }): string {
  const workerDir = join(root, 'dist/worker');
  const modules = readdirSync(workerDir).filter((f) => /\.(js|mjs|wasm)$/.test(f));
  const moduleLines = modules
    .sort((a, b) => (a === 'worker.js' ? -1 : b === 'worker.js' ? 1 : a.localeCompare(b)))
    .map((f) => `(name = ${capnpString(f)}, ${f.endsWith('.wasm') ? 'wasm' : 'esModule'} = embed ${capnpString(relative(configDir, join(workerDir, f)))})`);
  const bindings = [
    `(name = "DATABASE_URL", text = ${capnpString(options.databaseUrl)})`,
    options.databaseAuthToken ? `(name = "DATABASE_AUTH_TOKEN", text = ${capnpString(options.databaseAuthToken)})` : null,
    options.adminApiKey ? `(name = "ADMIN_API_KEY", text = ${capnpString(options.adminApiKey)})` : null,
    `(name = "ASSETS", service = "assets")`,
  ].filter(Boolean);
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .mainWorker),
    (name = "assets", disk = (path = ${capnpString(join(root, 'dist/assets'))}, writable = false)),
    (name = "outbound", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = ${capnpString(`127.0.0.1:${options.port}`)}, http = (), service = "main")],
);
const mainWorker :Workerd.Worker = (
  modules = [${moduleLines.join(', ')}],
  compatibilityDate = ${capnpString(compatibilityDate())},
  bindings = [${bindings.join(', ')}],
  globalOutbound = "outbound",
);
`;
}

/** Resolves once the workerd in `child` answers `{ __typename }` at `url`; throws (with its output) if it exits or stays silent for 20 s. */
export async function untilAnswering(child: ChildProcess, url: string, output: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`workerd exited (${child.exitCode}):\n${output()}`);
    try {
      await fetch(`${url}/graphql?query=%7B__typename%7D`);
      return;
    } catch {
      if (Date.now() > deadline) {
        child.kill();
        throw new Error(`workerd did not answer within 20 s:\n${output()}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Starts workerd on the built Worker and resolves once it answers. */
export async function startWorkerd(options: WorkerdOptions): Promise<RunningWorkerd> {
  const port = options.port ?? (await freePort());
  mkdirSync(configDir, { recursive: true });
  const configPath = join(configDir, `config-${port}.capnp`);
  writeFileSync(configPath, workerdConfig({ ...options, port }));
  const child = spawn(join(root, 'node_modules/.bin/workerd'), ['serve', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  await untilAnswering(child, url, () => output);
  return {
    url,
    process: child,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
