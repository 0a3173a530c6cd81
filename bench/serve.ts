/**
 * A bounded load test of `npm start`'s server on 127.0.0.1: autocannon for a fixed time over a
 * mix of pages (articles, index, search, a 404), reporting throughput, latency and errors.
 */
import autocannon from 'autocannon'
import { startServer } from '../scripts/serve'

export interface ServeResult {
  seconds: number
  connections: number
  requestsPerSecond: number
  p50ms: number
  p99ms: number
  errors: number
  timeouts: number
  non2xx: number
  requests: number
}

export async function runServe(paths: string[], seconds = 20, connections = 10, port = 4322): Promise<ServeResult> {
  const server = await startServer({ dir: 'out', port })
  try {
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      duration: seconds,
      headers: { 'accept-encoding': 'gzip' },
      requests: paths.map((path) => ({ method: 'GET', path })),
    })
    return {
      seconds,
      connections,
      requestsPerSecond: result.requests.average,
      p50ms: result.latency.p50,
      p99ms: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      // The mix includes one unknown page on purpose; its 404 is the expected answer.
      non2xx: result.non2xx,
      requests: result.requests.total,
    }
  } finally {
    server.close()
  }
}

export function serveTable(r: ServeResult): string {
  return [
    `${r.seconds} s, ${r.connections} connections, ${r.requests} requests`,
    `requests/s ${r.requestsPerSecond.toFixed(0)}, latency p50 ${r.p50ms} ms, p99 ${r.p99ms} ms`,
    `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx} (the mix requests one unknown page on purpose)`,
  ].join('\n')
}
