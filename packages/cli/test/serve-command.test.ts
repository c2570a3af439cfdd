import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/index.js';
import { captureOutput } from './output-capture.js';

const fixtures = fileURLToPath(new URL('../../seeds/test/fixtures/', import.meta.url));
const seeds = ['--seeds', `${fixtures}clean-national`, `${fixtures}clean-local`];

const captured = captureOutput();

async function waitForUrl(): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const match = /GraphQL API: (http:\/\/\S+\/graphql)/.exec(captured.stdout.join(''));
    if (match?.[1]) return match[1];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the server printed no URL: ${captured.stdout.join('')}`);
}

/** Asks the served API one search question. */
function askSearch(url: string): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ search(text: "ECSP") { entity { id } } }' }) });
}

describe('govgraph serve', () => {
  it('serves the API, prints the URL and a hint, and stops on SIGINT', async () => {
    const running = runCli(['serve', '--port', '0', ...seeds]);
    const url = await waitForUrl();
    expect(captured.stdout.join('')).toContain('Try: curl');
    const response = await askSearch(url);
    expect(await response.json()).toEqual({ data: { search: [{ entity: { id: 'example-partnership' } }] } });
    process.emit('SIGINT', 'SIGINT');
    expect(await running).toBe(EXIT.ok);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('rejects a bad --port as a usage error', async () => {
    expect(await runCli(['serve', '--port', 'eighty', ...seeds])).toBe(EXIT.usage);
  });

  it('limits each client with --rate-limit, and rejects a bad one as a usage error', async () => {
    captured.stdout = [];
    const running = runCli(['serve', '--port', '0', '--rate-limit', '2', ...seeds]);
    const url = await waitForUrl();
    expect(captured.stdout.join('')).toContain('Rate limit: 2 GraphQL requests per minute per client');
    expect((await askSearch(url)).status).toBe(200);
    expect((await askSearch(url)).status).toBe(200);
    expect((await askSearch(url)).status).toBe(429);
    process.emit('SIGINT', 'SIGINT');
    expect(await running).toBe(EXIT.ok);
    for (const bad of ['0', 'many', '1.5']) expect(await runCli(['serve', '--port', '0', '--rate-limit', bad, ...seeds])).toBe(EXIT.usage);
  });

  it('caps the requests each client has running with --max-in-flight, and rejects a bad one as a usage error', async () => {
    captured.stdout = [];
    const running = runCli(['serve', '--port', '0', '--max-in-flight', '1', ...seeds]);
    const url = await waitForUrl();
    expect(captured.stdout.join('')).toContain('Requests running at once: at most 1 per client');
    // One at a time is within the cap (library tests hold requests open to reach it).
    for (let i = 0; i < 3; i++) expect((await askSearch(url)).status).toBe(200);
    process.emit('SIGINT', 'SIGINT');
    expect(await running).toBe(EXIT.ok);
    for (const bad of ['0', 'two', '1.5']) expect(await runCli(['serve', '--port', '0', '--max-in-flight', bad, ...seeds])).toBe(EXIT.usage);
  });

  it('gives no "Did you mean" suggestions, no introspection and no IDE with --production', async () => {
    captured.stdout = [];
    const running = runCli(['serve', '--port', '0', '--production', ...seeds]);
    const url = await waitForUrl();
    const ask = async (query: string) =>
      (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as { errors?: { message: string }[] };
    expect((await ask('{ serch(text: "ECSP") { entity { id } } }')).errors?.map((e) => e.message)).toEqual(['Cannot query field "serch" on type "Query".']);
    expect((await ask('{ __schema { types { name } } }')).errors?.[0]?.message).toContain('introspection');
    expect((await fetch(url.replace(/graphql$/, ''), { headers: { accept: 'text/html' } })).status).toBe(404);
    process.emit('SIGINT', 'SIGINT');
    expect(await running).toBe(EXIT.ok);
  });

  it('rejects a bad --request-timeout as a usage error', async () => {
    expect(await runCli(['serve', '--port', '0', '--request-timeout', '5s', ...seeds])).toBe(EXIT.usage);
  });
});
