/**
 * Fetching politely from a local server: spaced-out requests, retries with backoff on 429 and 503
 * honouring Retry-After, and a clear code once the retries are spent (rate-limited, timeout,
 * unreachable) or at once for statuses retrying cannot fix.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PoliteFetcher, isModernGovError, retryAfterMs, type ModernGovErrorCode } from '@govgraph/moderngov';
import { startFixtureSite, type FixtureSite } from './fixture-site.js';

let site: FixtureSite;
let waits: number[];
beforeEach(async () => {
  site = await startFixtureSite();
  waits = [];
});
afterEach(async () => site.close());

/** A fetcher whose waits are recorded, not slept. */
function fetcher(options: ConstructorParameters<typeof PoliteFetcher>[0] = {}): PoliteFetcher {
  return new PoliteFetcher({ minIntervalMs: 0, backoffMs: 100, retries: 3, sleep: async (ms) => void waits.push(ms), ...options });
}

async function failure(run: Promise<unknown>): Promise<ModernGovErrorCode | string> {
  try {
    await run;
    return 'no error';
  } catch (error) {
    return isModernGovError(error) ? error.code : String(error);
  }
}

const PATH = '/mgWebService.asmx/GetCommittees';

describe('PoliteFetcher', () => {
  it('waits as long as Retry-After asks, then succeeds', async () => {
    site.override(PATH, [{ status: 503, headers: { 'retry-after': '7' } }, { status: 429, headers: { 'retry-after': '2' } }, { body: '<committees/>' }]);
    const got = await fetcher().get(`${site.url}${PATH}`);
    expect(new TextDecoder().decode(got.body)).toBe('<committees/>');
    expect(waits).toEqual([7000, 2000]);
    expect(site.requests).toHaveLength(3);
  });

  it('backs off exponentially when the server gives no Retry-After, and caps the wait', async () => {
    site.override(PATH, [{ status: 502 }, { status: 504 }, { status: 503, headers: { 'retry-after': '3600' } }, { body: '<committees/>' }]);
    await fetcher({ maxWaitMs: 60_000 }).get(`${site.url}${PATH}`);
    expect(waits).toEqual([100, 200, 60_000]);
  });

  it('is rate-limited once the retries are spent', async () => {
    site.override(PATH, [{ status: 429, headers: { 'retry-after': '1' } }]);
    expect(await failure(fetcher().get(`${site.url}${PATH}`))).toBe('rate-limited');
    expect(site.requests).toHaveLength(4);
  });

  it('does not retry a status retrying cannot fix', async () => {
    site.override(PATH, [{ status: 404 }]);
    expect(await failure(fetcher().get(`${site.url}${PATH}`))).toBe('http-error');
    expect(site.requests).toHaveLength(1);
  });

  it('times out a server that never answers', async () => {
    site.override(PATH, ['hang']);
    expect(await failure(fetcher({ timeoutMs: 150, retries: 1 }).get(`${site.url}${PATH}`))).toBe('timeout');
    expect(site.requests).toHaveLength(2);
  });

  it('calls a dropped connection and a closed port unreachable', async () => {
    site.override(PATH, ['drop']);
    expect(await failure(fetcher({ retries: 1 }).get(`${site.url}${PATH}`))).toBe('unreachable');
    const closed = await startFixtureSite();
    const url = closed.url;
    await closed.close();
    expect(await failure(fetcher({ retries: 1 }).get(`${url}${PATH}`))).toBe('unreachable');
  });

  it('spaces requests out by the minimum interval, one at a time', async () => {
    let clock = 1_000;
    const f = new PoliteFetcher({ minIntervalMs: 500, now: () => clock, sleep: async (ms) => void (waits.push(ms), (clock += ms)) });
    await Promise.all([f.get(`${site.url}${PATH}`), f.get(`${site.url}${PATH}`), f.get(`${site.url}${PATH}`)]);
    expect(waits).toEqual([500, 500]);
    expect(f.requests).toBe(3);
  });

  it('sends a User-Agent that says who is asking', async () => {
    let agent = '';
    const f = new PoliteFetcher({ minIntervalMs: 0, fetch: async (input, init) => ((agent = new Headers(init?.headers).get('user-agent') ?? ''), fetch(input, init)) });
    await f.get(`${site.url}${PATH}`);
    expect(agent).toMatch(/^govgraph/);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('30', now)).toBe(30_000);
    expect(retryAfterMs('Thu, 01 Jan 2026 00:01:00 GMT', now)).toBe(60_000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});
