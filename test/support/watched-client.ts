/**
 * A libSQL client whose method calls (execute, batch, transaction, …) are reported, with their
 * arguments, before they run: the tests that count the statements a request makes.
 */
import type { Client } from '@libsql/client';

export function watchedClient(client: Client, onCall: (method: string, args: unknown[]) => void): Client {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        onCall(String(property), args);
        return value.apply(target, args);
      };
    },
  });
}
