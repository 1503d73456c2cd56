// The load generator of bench/feed.mjs, in a process of its own so that its work does not slow
// the server it measures: autocannon on one URL, printing {throughput, p95, errors} as JSON.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const { url, headers, body, connections, duration } = JSON.parse(process.argv[2]);

const latencies = [];
const instance = autocannon({ url, method: 'POST', headers, body, connections, duration });
instance.on('response', (_client, status, _bytes, time) => {
  if (status === 200) latencies.push(time);
});
const result = await instance;
latencies.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({
    throughput: latencies.length / duration,
    p95: latencies[Math.min(latencies.length - 1, Math.floor(0.95 * latencies.length))] ?? NaN,
    errors: result.errors + result.non2xx,
  }),
);
