/**
 * Hashes with Web Crypto (runs on Node and in Workers): the keyed hash of ID numbers
 * (HMAC-SHA-256, so a copy of the database alone cannot be searched by guessing numbers) and
 * the plain SHA-256 of API keys (high-entropy random tokens need no key).
 */
import type { AppConfig } from '../context';

const encoder = new TextEncoder();

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The secret of the ID-number hash, from config; null when none is configured. */
export function idNumberHashSecret(config: AppConfig): string | null {
  return config.idNumberHashKey || config.adminApiKey || null;
}

/** HMAC-SHA-256 of a canonical ID number under the secret, hex. */
export async function idNumberHash(secret: string, idNumber: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return hex(await crypto.subtle.sign('HMAC', key, encoder.encode(`id-number:${idNumber}`)));
}

/** SHA-256 of an API key, hex. */
export async function apiKeyHash(key: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', encoder.encode(key)));
}

/** JSON with object keys in sorted order and undefined members left out: equal values, equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 of the canonical JSON of a request, hex: what an idempotency key was first used for. */
export async function requestHash(request: unknown): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', encoder.encode(canonicalJson(request))));
}

/** A new API key: 'mik_' and 32 random bytes in base64url. */
export function newApiKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const b64 = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `mik_${b64}`;
}
