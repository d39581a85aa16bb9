/**
 * Runs the sample site by itself until Ctrl-C, to poke at it with a browser, curl or `npm run feed`:
 * `node --import tsx shared/local/sample-site/serve.ts [--port 8080] [--faults]`
 */
import { parseArgs } from 'node:util';
import { startSampleSite } from './server.js';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '0' }, faults: { type: 'boolean', default: false } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be an integer from 0 to 65535, got "${values.port}"`);
  process.exit(2);
}

const site = await startSampleSite({ port, faults: values.faults });
console.log(`sample site on ${site.baseUrl}`);
for (const feed of site.feeds) console.log(`  ${feed.id.padEnd(17)} ${feed.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void site.close().then(() => process.exit(0));
  });
}
