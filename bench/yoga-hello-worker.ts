/**
 * The plain graphql-yoga hello server of bench/yoga-hello.ts as a Cloudflare Worker: the
 * floor under the workerd ÷ Node figure (the same Yoga, bundled by wrangler like the
 * project's Worker, run in workerd). Built and started by the benchmark (bench/servers.ts).
 */
import { plainYogaHello } from './plain-yoga';

const yoga = plainYogaHello();

export default { fetch: (request: Request) => yoga.fetch(request) };
