/**
 * `npm run bench`: the benchmark (bench/run.ts) measured as production runs it, with
 * NODE_ENV=production set before graphql is loaded.
 */
process.env.NODE_ENV ??= 'production';
await import('./run');

export {};
