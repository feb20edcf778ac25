/**
 * Is DATABASE_URL usable by the Worker? A Worker reads a libSQL server over HTTP (Turso):
 * `libsql://…`, `https://…` or `http://…`. Missing, the placeholder wrangler.toml ships, or a
 * `file:` URL is a configuration mistake that must say so at the first request, with the code
 * DATABASE_NOT_CONFIGURED, rather than fail as an unexpected error.
 */

/** What wrangler.toml's [vars] ships; anything with it (or with angle brackets) is a placeholder. */
export const DATABASE_URL_PLACEHOLDER = 'libsql://REPLACE-WITH-YOUR-DATABASE.turso.io';

/** The problem with a Worker's DATABASE_URL, or null when it looks usable. */
export function workerDatabaseUrlProblem(url: string | undefined): string | null {
  if (!url || !url.trim()) {
    return 'DATABASE_URL is not set. Set it to your libSQL server (Turso), e.g. `npx wrangler secret put DATABASE_URL`, and deploy again.';
  }
  if (url.includes('REPLACE-WITH') || /[<>]/.test(url)) {
    return 'DATABASE_URL is still the placeholder of wrangler.toml. Put your Turso URL (`turso db show <name> --url`) in [vars] or remove the line and `npx wrangler secret put DATABASE_URL`, then deploy again.';
  }
  if (!/^(libsql|https?):\/\/[^/\s]+/i.test(url)) {
    return 'DATABASE_URL must be the URL of a libSQL server (libsql://, https:// or http://); a Worker cannot open a file: database.';
  }
  return null;
}
