/**
 * What the load test sends: the normal traffic (the README's example questions, as the IDE asks
 * them) and the abusive stream (too deep, too costly, too many aliases, oversized pages and hops,
 * heavy fields by the score (SVG diagrams, health reports), huge bodies, malformed JSON, batches,
 * token floods, cross-site GETs), each abusive request with
 * what counts as rejecting it.
 */
import { EXAMPLE_QUESTIONS } from '@govgraph/graphql';

/** One request autocannon sends, by name. */
export interface LoadRequest {
  name: string;
  method: 'GET' | 'POST';
  /** Path and query string, e.g. `/graphql`. */
  path: string;
  headers: Record<string, string>;
  body?: string | undefined;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

function graphqlPost(name: string, query: string, variables?: Record<string, unknown>): LoadRequest {
  return { name, method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify({ query, variables }) };
}

/** The normal traffic: every example question of the README and the IDE, in turn. */
export function normalRequests(): LoadRequest[] {
  return EXAMPLE_QUESTIONS.map((q) => graphqlPost(q.name, q.query, q.variables));
}

function nested(levels: number, leaf: string): string {
  return levels === 0 ? leaf : `links { kind from { id ${nested(levels - 1, leaf)} } }`;
}

/** The abusive stream: each must be refused with a 4xx status or a typed error code, never answered and never a 5xx. */
export function abusiveRequests(): LoadRequest[] {
  const hugeText = 'x'.repeat(2 * 1024 * 1024);
  return [
    graphqlPost('too deep (22 levels)', `{ entity(id: "safer-sefton-together") { ${nested(10, 'id')} } }`),
    graphqlPost(
      'too costly (over the cost limit)',
      `{ search(text: "partnership", first: 100) { entity { id name kind aliases ${nested(4, 'name kind aliases status confidence')} } } }`,
    ),
    graphqlPost('too costly, nested unpaged lists (within depth and alias limits)', `{ entity(id: "safer-sefton-together") { ${nested(3, 'id')} } }`),
    graphqlPost('too costly, page size hidden in a variable', 'query ($n: Int) { search(text: "partnership", first: $n) { entity { id links { id } } } }', { n: 100000 }),
    graphqlPost('too many aliases (50)', `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: entity(id: "safer-sefton-together") { id }`).join(' ')} }`),
    graphqlPost('page too large (first: 100 000)', '{ search(text: "safer", first: 100000) { score } }'),
    graphqlPost('too many hops (maxHops: 50)', '{ path(from: "prevent", to: "safer-sefton-together", maxHops: 50) { length } }'),
    graphqlPost(
      'heavy: 20 aliased depth-4 SVG diagrams',
      `{ ${Array.from({ length: 20 }, (_, i) => `d${i}: diagram(focus: "safer-sefton-together", format: SVG, depth: 4)`).join(' ')} }`,
    ),
    graphqlPost('heavy: 10 aliased health reports', `{ ${Array.from({ length: 10 }, (_, i) => `r${i}: healthReport(format: HTML)`).join(' ')} }`),
    graphqlPost('token flood (90 000 fields, 1 MB)', `{ ${'__typename '.repeat(90_000)}}`),
    { name: 'huge body (2 MiB)', method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify({ query: `{ search(text: "${hugeText}") { score } }` }) },
    { name: 'malformed JSON', method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: '{"query": "{ search(text: \\"safer\\") { score } }"' },
    { name: 'batch of 100 operations', method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ search(text: "safer") { score } }' }))) },
    { name: 'cross-site GET (no preflight header)', method: 'GET', path: `/graphql?query=${encodeURIComponent('{ search(text: "safer") { score } }')}`, headers: {} },
  ];
}

/** How the server answered one abusive request. */
export type AbuseOutcome = 'rejected' | 'answered' | 'server error';

/** The `extensions.code` values of a response body (cheap: a regular expression, not a JSON parse). */
export function errorCodes(body: string): string[] {
  return [...body.matchAll(/"code":"([A-Z_]+)"/g)].map((m) => m[1]!);
}

/** Classifies an answer to an abusive request: a 4xx, or a 200 carrying only typed errors and no data, is a rejection. */
export function classifyAbuse(status: number, body: string): AbuseOutcome {
  if (status >= 500) return 'server error';
  if (status >= 400) return 'rejected';
  const codes = errorCodes(body);
  return codes.length > 0 && !/"data":\{/.test(body) ? 'rejected' : 'answered';
}
