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
