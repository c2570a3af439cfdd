/**
 * A ModernGov site on a local port for tests: `mgWebService.asmx/GetCommittees`, `GetMeetings`
 * and `GetMeeting` answer with the Westmarsh fixtures (written in the service's XML shapes), and
 * `/documents/...` serves the meetings' documents. A test can replace any path's answers with a
 * sequence (an error page, a 503 with Retry-After, a hang) and read the requests made.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { GraphStore } from '@govgraph/core';
import { hasSeedErrors, loadSeedDirectories } from '@govgraph/seeds';
import { createMemoryStore } from '@govgraph/store-memory';

const FIXTURES = fileURLToPath(new URL('./fixtures/westmarsh/', import.meta.url));

/** A fixture file's text. */
export function fixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

/** How the site answers one request. */
export type Answer = { status?: number; type?: string; body?: string | Uint8Array; headers?: Record<string, string> } | 'hang' | 'drop';

/** The fixture site's answer for a path and query, before any override. */
function defaultAnswer(path: string, query: URLSearchParams): Answer {
  const xml = (name: string): Answer => ({ type: 'text/xml; charset=utf-8', body: fixture(name) });
  if (path === '/mgWebService.asmx/GetCommittees') return xml('get-committees.xml');
  if (path === '/mgWebService.asmx/GetMeetings') {
    const id = query.get('lCommitteeId');
    return id === '301' ? xml('get-meetings-301.xml') : { type: 'text/xml', body: `<getmeetings><committee><committeeid>${id}</committeeid><committeemeetings/></committee></getmeetings>` };
  }
  if (path === '/mgWebService.asmx/GetMeeting') {
    const id = query.get('lMeetingId') ?? '';
    try {
      return xml(`get-meeting-${id}.xml`);
    } catch {
      return { status: 500, type: 'text/html', body: '<html><head><title>Runtime Error</title></head><body>Server Error</body></html>' };
    }
  }
  if (path === '/documents/g4101/Printed%20minutes%2014th-Mar-2023.html') return { type: 'text/html; charset=utf-8', body: fixture('printed-minutes-4101.html') };
  return { status: 404, type: 'text/html', body: '<html><head><title>Not found</title></head></html>' };
}

/** A running fixture site. */
export interface FixtureSite {
  url: string;
  /** Every request, as `path?query`. */
  requests: string[];
  /** Answers `path` (without query) with these in turn; the last repeats. */
  override(path: string, answers: Answer[]): void;
  /** Answers `path` as the fixtures do again. */
  reset(path: string): void;
  close(): Promise<void>;
}

/** Starts the fixture site on a free local port. */
export async function startFixtureSite(): Promise<FixtureSite> {
  const overrides = new Map<string, { answers: Answer[]; next: number }>();
  const requests: string[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(`${url.pathname}${url.search}`);
    const override = overrides.get(url.pathname);
    const answer = override ? override.answers[Math.min(override.next++, override.answers.length - 1)]! : defaultAnswer(url.pathname, url.searchParams);
    if (answer === 'hang') {
      hanging.add(res);
      return;
    }
    if (answer === 'drop') {
      req.socket.destroy();
      return;
    }
    res.writeHead(answer.status ?? 200, { 'content-type': answer.type ?? 'text/xml', ...answer.headers });
    res.end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    override: (path, answers) => overrides.set(path, { answers, next: 0 }),
    reset: (path) => overrides.delete(path),
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The seed folder of the invented Westmarsh graph the fixtures name (a partnership, a board, duties, people). */
export const WESTMARSH_SEEDS = fileURLToPath(new URL('./fixtures/westmarsh-seeds/', import.meta.url));

/** A memory store holding the Westmarsh seeds. */
export async function westmarshStore(): Promise<GraphStore> {
  const { data, problems } = await loadSeedDirectories([WESTMARSH_SEEDS]);
  if (hasSeedErrors(problems)) throw new Error(`the Westmarsh fixture seeds have errors: ${JSON.stringify(problems)}`);
  const store = createMemoryStore();
  await store.replaceAll(data);
  return store;
}
