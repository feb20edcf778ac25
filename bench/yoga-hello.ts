/**
 * The baseline of the per-request overhead figure: a plain graphql-yoga server of the same
 * version the project uses, with one `hello` field, no plugins of ours, the body limit off,
 * on node:http, in production mode. Started by the benchmark as its own process:
 *   PORT=8899 npx tsx bench/yoga-hello.ts
 */
process.env.NODE_ENV ??= 'production';

const { createServer } = await import('node:http');
const { plainYogaHello } = await import('./plain-yoga');

const yoga = plainYogaHello();
const server = createServer(yoga);
server.listen(Number(process.env.PORT ?? 8899), '127.0.0.1', () => console.log('ready'));

export {};
