/** Renders a load test run (see load-test.ts) as docs/load-test.md. */

/** Latency and outcome of one stream of requests. */
export interface TrafficSummary {
  connections: number;
  seconds: number;
  requests: number;
  /** Requests answered per second. */
  throughput: number;
  /** Latency percentiles and maximum, in ms, from every response. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Responses by HTTP status. */
  byStatus: Record<string, number>;
  serverErrors: number;
  socketErrors: number;
  timeouts: number;
  /** 200 responses carrying GraphQL errors. */
  graphqlErrors: number;
}

/** How one kind of abusive request was answered. */
export interface AbuseTally {
  requests: number;
  rejected: number;
  answered: number;
  serverErrors: number;
  statuses: Record<string, number>;
  codes: Record<string, number>;
}

/** Everything measured on one store. */
export interface StoreLoadResult {
  store: string;
  peakServerRssMb: number;
  /** Normal traffic with nothing else. */
  alone: TrafficSummary;
  /** The same normal traffic while the abusive stream runs. */
  withAbuse: TrafficSummary;
  /** The abusive stream itself. */
  abusive: TrafficSummary;
  /** The abusive stream, by request name. */
  abuse: Record<string, AbuseTally>;
}

/** One run of `pnpm loadtest`. */
export interface LoadRunResult {
  command: string;
  date: string;
  machine: string[];
  duration: number;
  connections: number;
  abuseConnections: number;
  neo4jVersion?: string | undefined;
  entities: number;
  links: number;
  normalQuestions: string[];
  results: StoreLoadResult[];
}

const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const count = (value: number): string => value.toLocaleString('en-GB');
const counts = (record: Record<string, number>): string =>
  Object.entries(record)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, n]) => `${key} × ${count(n)}`)
    .join(', ') || '-';

function trafficRow(label: string, t: TrafficSummary): string {
  const non2xx = Object.entries(t.byStatus)
    .filter(([status]) => !status.startsWith('2'))
    .reduce((sum, [, n]) => sum + n, 0);
  return `| ${label} | ${t.connections} | ${count(t.requests)} | ${t.throughput.toFixed(0)} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.p99)} | ${ms(t.max)} | ${count(t.serverErrors)} | ${count(non2xx)} | ${count(t.socketErrors)} / ${count(t.timeouts)} |`;
}

function storeSection(r: StoreLoadResult): string[] {
  const ratio = r.alone.p99 > 0 ? r.withAbuse.p99 / r.alone.p99 : 0;
  const abuseRows = Object.entries(r.abuse).map(
    ([name, t]) => `| ${name} | ${count(t.requests)} | ${count(t.rejected)} | ${count(t.answered)} | ${count(t.serverErrors)} | ${counts(t.statuses)} | ${counts(t.codes)} |`,
  );
  const sent = Object.values(r.abuse).reduce((sum, t) => sum + t.requests, 0);
  const rejected = Object.values(r.abuse).reduce((sum, t) => sum + t.rejected, 0);
  const fiveXx = r.alone.serverErrors + r.withAbuse.serverErrors + r.abusive.serverErrors;
  return [
    `## ${r.store} store`,
    '',
    '| traffic | connections | requests | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | 5xx | non-2xx | socket errors / timeouts |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    trafficRow('normal, alone', r.alone),
    trafficRow('normal, with the abusive stream', r.withAbuse),
    trafficRow('abusive stream', r.abusive),
    '',
    `- 5xx answers: **${count(fiveXx)}**. Example questions answered with GraphQL errors: ${count(r.alone.graphqlErrors + r.withAbuse.graphqlErrors)}.`,
    `- Normal traffic with the abusive stream: p50 ${ms(r.withAbuse.p50)} ms (alone ${ms(r.alone.p50)}), p99 ${ms(r.withAbuse.p99)} ms (alone ${ms(r.alone.p99)}, ×${ratio.toFixed(2)}); throughput ${r.withAbuse.throughput.toFixed(0)} req/s (alone ${r.alone.throughput.toFixed(0)}).`,
    `- Abusive requests rejected: ${count(rejected)} of ${count(sent)}. Peak resident memory of the server process: ${r.peakServerRssMb} MB.`,
    '',
    '| abusive request | sent | rejected | answered | 5xx | HTTP statuses | error codes |',
    '| --- | ---: | ---: | ---: | ---: | --- | --- |',
    ...abuseRows,
    '',
  ];
}

/** The whole of docs/load-test.md. */
export function renderLoadReport(run: LoadRunResult): string {
  return [
    '# Load test',
    '',
    '<!-- Written by `pnpm loadtest` (packages/bench/src/load-test.ts); edit that, not this file. -->',
    '',
    `govgraph's HTTP API under ${run.connections} concurrent clients for ${run.duration} seconds on each store, first alone, then`,
    'while a stream of abusive requests runs beside it. Not part of the test run: it takes minutes and',
    'its figures depend on the machine. Limits and how to change them: [security.md](security.md).',
    '',
    '## How it was run',
    '',
    '```sh',
    run.command,
    '```',
    '',
    `- Date: ${run.date}`,
    ...run.machine.map((line) => `- ${line}`),
    `- Graph: the seeds (seeds/reference + seeds/sefton), ${count(run.entities)} entities and ${count(run.links)} links.`,
    `- Stores: memory (filled from the seeds by \`govgraph serve\`)${run.neo4jVersion ? `; Neo4j Community ${run.neo4jVersion} started by the command (@govgraph/neo4j-local: 512 MB heap, 64 MB page cache), seeds loaded, then \`govgraph serve --store neo4j\`` : ''}.`,
    '- Server: `govgraph serve` in its own process with its defaults (limits, 1 MiB bodies, 30 s request timeout); load from [autocannon](https://github.com/mcollina/autocannon) over loopback, the normal traffic from the command itself and the abusive stream from a child process.',
    `- Normal traffic: ${run.connections} connections, each asking the example questions of the README and the IDE in turn (${run.normalQuestions.join(', ')}), ${run.duration} s per phase after a short warm-up.`,
    `- Abusive stream: ${run.abuseConnections} more connections sending, flat out and in turn, the requests in the tables below. A request counts as rejected when it gets a 4xx, or a 200 with only typed errors and no data; "answered" would mean it got through.`,
    '- Latency is measured by the load generator for every response (percentiles over all of them, not averages of samples).',
    '',
    ...run.results.flatMap(storeSection),
    '## Reading the figures',
    '',
    '- Latency includes the load generator, the server and (for Neo4j) the database competing for the same cores, so it is an upper bound for a server with a machine of its own.',
    '- Every abusive request is refused before any resolver runs, except oversized `maxHops` (refused by the resolver, HTTP 200 with `LIMIT_EXCEEDED`): depth, cost and aliases in validation, bodies while reading, JSON before GraphQL, batches and cross-site GETs by Apollo. What the abusive stream costs normal traffic is the server time spent reading and refusing each request (a few milliseconds for the megabyte bodies, less for the rest): the load test runs without `--rate-limit` (off by default), so five clients sending flat out take that share of the server; with it, each would be refused with 429 past its allowance.',
    '',
  ].join('\n');
}
