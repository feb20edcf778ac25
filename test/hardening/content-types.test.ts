/**
 * What SECURITY.md says of POST bodies a page can send without a preflight (issue 16, item 9):
 * without a CSRF header they are refused (403); with one, form and multipart bodies and
 * `application/graphql` run, and `text/plain` is not a GraphQL body at all (415).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDirectApp, type DirectApp } from './support';

let app: DirectApp;
beforeAll(async () => {
  app = await openDirectApp();
});
afterAll(() => app?.close());

const post = (contentType: string, body: string, headers: Record<string, string> = {}) =>
  app.fetch('/graphql', { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
const CSRF = { 'x-graphql-yoga-csrf': '1' };
const MULTIPART = '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--x\r\nContent-Disposition: form-data; name="map"\r\n\r\n{}\r\n--x--\r\n';

describe('POST bodies without a preflight', () => {
  it('refuses text/plain, form and multipart bodies without a CSRF header (403 CSRF_PREVENTION)', async () => {
    for (const [type, body] of [['text/plain', '{"query":"{ __typename }"}'], ['application/x-www-form-urlencoded', 'query=%7B__typename%7D'], ['multipart/form-data; boundary=x', MULTIPART]]) {
      const res = await post(type, body);
      expect(res.status).toBe(403);
      expect((await res.json()).errors[0].extensions.code).toBe('CSRF_PREVENTION');
    }
  });

  it('runs form and multipart bodies with a CSRF header, and answers text/plain with 415 even with one', async () => {
    for (const [type, body] of [['application/x-www-form-urlencoded', 'query=%7B__typename%7D'], ['multipart/form-data; boundary=x', MULTIPART], ['application/graphql', '{ __typename }']]) {
      const res = await post(type, body, CSRF);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    }
    const plain = await post('text/plain', '{"query":"{ __typename }"}', CSRF);
    expect(plain.status).toBe(415);
  });
});
