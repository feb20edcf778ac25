/**
 * Configuration from the environment (api-contract "Running"): PORT, HOST, DATABASE_URL,
 * DATABASE_AUTH_TOKEN, ADMIN_API_KEY, ID_NUMBER_HASH_KEY.
 */
export interface EnvConfig {
  port: number;
  host: string;
  databaseUrl: string;
  databaseAuthToken?: string;
  adminApiKey?: string;
  idNumberHashKey?: string;
}

export const DEFAULT_PORT = 8787;
/** The embedded default, relative to the directory the server is started from (the repo). */
export const DEFAULT_DATABASE_URL = 'file:.data/medins.db';

export function readEnvConfig(env: Record<string, string | undefined>): EnvConfig {
  const port = env.PORT ? Number(env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number; got "${env.PORT}".`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    databaseAuthToken: env.DATABASE_AUTH_TOKEN || undefined,
    adminApiKey: env.ADMIN_API_KEY || undefined,
    idNumberHashKey: env.ID_NUMBER_HASH_KEY || undefined,
  };
}

/** Default staleness bound of what a process keeps in memory, against a libSQL server. */
export const REMOTE_MAX_AGE_MS = 30_000;

/**
 * A staleness bound in milliseconds from an environment variable of whole seconds (0 to 3600),
 * else 0 for the embedded file (reading it costs microseconds) and REMOTE_MAX_AGE_MS for a
 * libSQL server. A bad value throws at start-up. Used by DIRECTORY_MAX_AGE_SECONDS (the
 * directory in memory) and API_KEY_MAX_AGE_SECONDS (institution keys in memory).
 */
export function maxAgeMsFromEnv(env: Record<string, unknown>, name: string, remote: boolean): number {
  const value = env[name];
  if (value === undefined || value === null || value === '') return remote ? REMOTE_MAX_AGE_MS : 0;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 3600) {
    throw new Error(`${name} must be a whole number of seconds from 0 to 3600; got "${String(value)}".`);
  }
  return seconds * 1000;
}
