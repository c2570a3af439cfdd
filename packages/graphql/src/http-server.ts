/**
 * govgraph over HTTP on plain node:http (no framework): POST/GET `/graphql`, the offline GraphQL
 * IDE at `/` (and at `/graphql` for browsers), `/healthz`, and extra routes (e.g. the explorer at
 * `/explorer`) tried first. GET requests follow Apollo's CSRF prevention: send a
 * `content-type: application/json` or `apollo-require-preflight: true` header.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { GovgraphError, isGovgraphError, type IsoDay } from '@govgraph/core';
import { authenticateRequest, type ApiKeyVerifier, type Principal } from '@govgraph/editing';
import { createGovgraphContext, type GovgraphContext } from './context.js';
import { IDE_ASSET_PREFIX, readIdeAsset, renderIdePage } from './ide.js';
import { createInFlightLimiter, type InFlightLimiter } from './in-flight-limit.js';
import { createClientRateLimiter, limitedClient, type ClientRateLimiter, type RateLimitOptions } from './rate-limit.js';
import { createGovgraphServer, type CreateGovgraphServerOptions } from './server.js';
import { describeError, jsonLinesLog, serverLogOf, type ServerLog } from './server-log.js';

/** An extra route: handles the request and returns true, or returns false to let the next route try. */
export type HttpRoute = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

/** Options of {@link startGovgraphHttpServer}. */
export interface StartGovgraphHttpServerOptions extends CreateGovgraphServerOptions {
  /** Port to listen on; 0 picks a free one. Default 4000. */
  port?: number | undefined;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string | undefined;
  /** Routes tried before govgraph's own, in order. */
  routes?: readonly HttpRoute[] | undefined;
  /** Largest request body accepted; default 1 MiB. */
  maxBodyBytes?: number | undefined;
  /** Day an omitted `asOf` means; default today, fixed per request. */
  defaultAsOf?: IsoDay | undefined;
  /** How long `close()` lets requests in flight finish before cutting them off; default 5 s. */
  stopGracePeriodMillis?: number | undefined;
  /** Serve the GraphQL IDE at `/` and `/graphql`; default true. Turn off in production (with `introspection: false`). */
  ide?: boolean | undefined;
  /**
   * Longest a GraphQL request may take, body included, before the server answers HTTP 503 with
   * `extensions.code` TIMEOUT and stops waiting for it, so one slow query or a stalled store cannot
   * hold a client (or a proxy's connection) for ever; default {@link DEFAULT_REQUEST_TIMEOUT_MILLIS}, 0 turns it off.
   * The abandoned work is not cancelled: pair it with the store's own timeout (the Neo4j store's
   * `transactionTimeoutMillis`) so the database abandons it too.
   */
  requestTimeoutMillis?: number | undefined;
  /**
   * The API keys requests may present (`Authorization: Bearer <key>`), e.g. `await ApiKeyFile.open(file)`
   * of @govgraph/editing. Without it no key is valid, so nobody can edit.
   */
  keys?: ApiKeyVerifier | undefined;
  /** Answer 401 UNAUTHENTICATED to GraphQL requests without a key, instead of serving them as the anonymous reader. */
  requireKeyForReads?: boolean | undefined;
  /**
   * GraphQL requests one client (its API key, else its IP address) may make per window; past it the
   * server answers HTTP 429 with `Retry-After` and code RATE_LIMITED. Default: no limit.
   */
  rateLimit?: RateLimitOptions | undefined;
  /**
   * GraphQL requests one client may have running at once, counted until each one's work settles
   * (a request abandoned at `requestTimeoutMillis` counts until the store finishes it); past it the
   * server answers HTTP 429 with code RATE_LIMITED. Default: no limit.
   */
  maxInFlightPerClient?: number | undefined;
  /**
   * Longest `/healthz` waits for the store before answering 503 unavailable; default
   * {@link DEFAULT_HEALTH_CHECK_TIMEOUT_MILLIS}. A store that stops answering is then reported at once,
   * not when its own checks give up.
   */
  healthCheckTimeoutMillis?: number | undefined;
}

/** Default of {@link StartGovgraphHttpServerOptions.healthCheckTimeoutMillis}: 5 s. */
export const DEFAULT_HEALTH_CHECK_TIMEOUT_MILLIS = 5_000;

/** The per-client limits a server was started with. */
interface ClientLimits {
  rate?: ClientRateLimiter | undefined;
  inFlight?: InFlightLimiter | undefined;
}

/** Default of {@link StartGovgraphHttpServerOptions.requestTimeoutMillis}: 30 s. */
export const DEFAULT_REQUEST_TIMEOUT_MILLIS = 30_000;

/** A running govgraph HTTP server. */
export interface GovgraphHttpServer {
  /** Base URL, e.g. `http://127.0.0.1:4000/`. */
  url: string;
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  graphqlUrl: string;
  /** The Apollo server behind it. */
  apollo: ApolloServer<GovgraphContext>;
  /** The node:http server. */
  httpServer: Server;
  /** Stops accepting requests, lets those in flight finish (up to the grace period), then closes. Safe to call twice. */
  close(): Promise<void>;
}

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The keys file could not be read or parsed while checking a request's key: the server's fault, not the client's. */
class KeysUnreadable extends Error {
  constructor(readonly reason: unknown) {
    super('the server cannot check API keys: its keys file cannot be read; requests with a key fail until its administrator mends it');
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(value));
}

function sendError(res: ServerResponse, status: number, message: string, code: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/**
 * Reads the body, refusing (413) one larger than `maxBytes` as soon as it passes the limit. The rest
 * is still read and dropped rather than the socket destroyed mid-upload, which the client would see
 * as a connection reset instead of the 413.
 */
function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > maxBytes) return;
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
      else {
        chunks.length = 0;
        reject(new HttpFailure(413, `request body is larger than ${maxBytes} bytes`));
      }
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function wantsHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

/** Resolves to what `work` gives, or to `null` once `millis` have passed (0: never). */
async function withinTimeout<T>(work: Promise<T>, millis: number): Promise<T | null> {
  if (millis <= 0) return work;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), millis);
  });
  work.catch(() => undefined); // an abandoned request may still fail later: nobody is waiting for it
  try {
    return await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

async function executeGraphql(
  apollo: ApolloServer<GovgraphContext>,
  options: StartGovgraphHttpServerOptions,
  limits: ClientLimits,
  req: IncomingMessage,
  url: URL,
) {
  const principal = await authenticateRequest(req.headers.authorization, options).catch((error: unknown) => {
    if (isGovgraphError(error, 'UNAUTHENTICATED')) throw error;
    throw new KeysUnreadable(error);
  });
  // Before the body is read: a refused client costs the server as little as possible.
  const client = limitedClient(principal, req);
  await limits.rate?.take(client);
  const leave = limits.inFlight?.enter(client);
  try {
    return await executeAdmitted(apollo, options, principal, req, url);
  } finally {
    leave?.();
  }
}

/** Runs an admitted request: reads its body and hands it to Apollo as `principal`. */
async function executeAdmitted(apollo: ApolloServer<GovgraphContext>, options: StartGovgraphHttpServerOptions, principal: Principal, req: IncomingMessage, url: URL) {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown;
  if (req.method === 'POST') {
    const text = await readBody(req, options.maxBodyBytes ?? 1024 * 1024);
    if ((headers.get('content-type') ?? '').includes('application/json')) {
      try {
        body = text === '' ? {} : JSON.parse(text);
      } catch {
        throw new HttpFailure(400, 'the request body is not valid JSON');
      }
    } else {
      body = text;
    }
  }
  return apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () => createGovgraphContext(options.store, { defaultAsOf: options.defaultAsOf, principal }),
  });
}

async function serveGraphql(
  apollo: ApolloServer<GovgraphContext>,
  options: StartGovgraphHttpServerOptions,
  limits: ClientLimits,
  log: ServerLog,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const timeoutMillis = options.requestTimeoutMillis ?? DEFAULT_REQUEST_TIMEOUT_MILLIS;
  const result = await withinTimeout(executeGraphql(apollo, options, limits, req, url), timeoutMillis);
  if (result === null) {
    const error = new GovgraphError('TIMEOUT', `the request took longer than ${timeoutMillis} ms and was abandoned`, {
      limit: 'requestTimeoutMillis',
      max: timeoutMillis,
    });
    log({ event: 'request-timeout', code: error.code, status: 503, message: error.message, method: req.method, path: url.pathname });
    sendJson(res, 503, { errors: [{ message: error.message, extensions: { code: error.code, details: error.details } }] });
    return;
  }
  res.statusCode = result.status ?? 200;
  if (res.statusCode >= 500) log({ event: 'http-5xx', status: res.statusCode, message: `GraphQL answered HTTP ${res.statusCode}`, method: req.method, path: url.pathname });
  for (const [key, value] of result.headers) res.setHeader(key, value);
  if (result.body.kind === 'complete') {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

async function handle(
  apollo: ApolloServer<GovgraphContext>,
  options: StartGovgraphHttpServerOptions,
  limits: ClientLimits,
  log: ServerLog,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  for (const route of options.routes ?? []) {
    if (await route(req, res)) return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = req.method ?? 'GET';
  const isRead = method === 'GET' || method === 'HEAD';
  if (url.pathname === '/healthz' && isRead) {
    const healthMillis = options.healthCheckTimeoutMillis ?? DEFAULT_HEALTH_CHECK_TIMEOUT_MILLIS;
    try {
      const stats = await withinTimeout(options.store.stats(), healthMillis);
      if (stats) {
        sendJson(res, 200, { status: 'ok', store: options.store.name, entities: stats.entities, links: stats.links });
        return;
      }
      log({ event: 'health-check-failed', status: 503, message: `the ${options.store.name} store did not answer within ${healthMillis} ms`, method, path: url.pathname });
    } catch (error) {
      log({ event: 'health-check-failed', status: 503, ...describeError(error), stack: undefined, method, path: url.pathname });
    }
    sendJson(res, 503, { status: 'unavailable', store: options.store.name });
    return;
  }
  const ide = options.ide ?? options.production !== true;
  if (ide && url.pathname.startsWith(IDE_ASSET_PREFIX) && isRead) {
    const asset = await readIdeAsset(url.pathname.slice(IDE_ASSET_PREFIX.length));
    if (!asset) return sendError(res, 404, `no such file: ${url.pathname}`, 'NOT_FOUND');
    res.statusCode = 200;
    res.setHeader('content-type', asset.type);
    res.setHeader('cache-control', 'public, max-age=86400');
    res.end(method === 'HEAD' ? undefined : asset.body);
    return;
  }
  const idePage = url.pathname === '/' || (url.pathname === '/graphql' && wantsHtml(req) && !url.searchParams.has('query'));
  if (ide && idePage && isRead) {
    res.statusCode = 200;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(method === 'HEAD' ? undefined : renderIdePage());
    return;
  }
  if (url.pathname === '/graphql') return serveGraphql(apollo, options, limits, log, req, res, url);
  sendError(res, 404, `nothing at ${url.pathname}: the GraphQL endpoint is /graphql`, 'NOT_FOUND');
}

/** Starts govgraph's HTTP server and resolves once it is listening. */
export async function startGovgraphHttpServer(options: StartGovgraphHttpServerOptions): Promise<GovgraphHttpServer> {
  const timeout = options.requestTimeoutMillis;
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new GovgraphError('INVALID_INPUT', `requestTimeoutMillis must be a whole number of milliseconds (0: no timeout), got ${timeout}`, { requestTimeoutMillis: timeout });
  }
  const health = options.healthCheckTimeoutMillis;
  if (health !== undefined && !(Number.isInteger(health) && health >= 1)) {
    throw new GovgraphError('INVALID_INPUT', `healthCheckTimeoutMillis must be a whole number of milliseconds of at least 1, got ${health}`, { healthCheckTimeoutMillis: health });
  }
  const limits: ClientLimits = {
    rate: options.rateLimit ? createClientRateLimiter(options.rateLimit) : undefined,
    inFlight: options.maxInFlightPerClient === undefined ? undefined : createInFlightLimiter(options.maxInFlightPerClient),
  };
  const log = serverLogOf(options.log === undefined ? jsonLinesLog() : options.log);
  let apollo: ApolloServer<GovgraphContext> | undefined;
  const httpServer = createServer((req, res) => {
    if (!apollo) return sendError(res, 503, 'the server is starting', 'UNAVAILABLE');
    handle(apollo, options, limits, log, req, res).catch((error: unknown) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (res.headersSent) {
        log({ event: 'http-5xx', ...describeError(error), method: req.method, path, message: `the answer failed part-way: ${describeError(error).message}` });
        res.destroy();
        return;
      }
      if (error instanceof HttpFailure) sendError(res, error.status, error.message, 'BAD_REQUEST');
      else if (isGovgraphError(error, 'UNAUTHENTICATED')) {
        res.setHeader('www-authenticate', 'Bearer');
        sendError(res, 401, error.message, error.code);
      } else if (isGovgraphError(error, 'RATE_LIMITED')) {
        res.setHeader('retry-after', String(error.details?.['retryAfterSeconds'] ?? 1));
        sendJson(res, 429, { errors: [{ message: error.message, extensions: { code: error.code, details: error.details } }] });
      } else if (error instanceof KeysUnreadable) {
        log({ event: 'keys-file-unreadable', status: 500, code: 'INTERNAL_SERVER_ERROR', message: describeError(error.reason).message, method: req.method, path });
        sendError(res, 500, error.message, 'INTERNAL_SERVER_ERROR');
      } else {
        log({ event: 'http-5xx', status: 500, ...describeError(error), code: 'INTERNAL_SERVER_ERROR', method: req.method, path });
        sendError(res, 500, 'internal server error; the details are in the server log', 'INTERNAL_SERVER_ERROR');
      }
    });
  });
  const started = createGovgraphServer({
    ...options,
    log,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.stopGracePeriodMillis ?? 5000 }),
      ...(options.plugins ?? []),
    ],
  });
  await started.start();
  apollo = started;
  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(options.port ?? 4000, options.host ?? '127.0.0.1', () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await started.stop();
    throw error;
  }
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}/`;
  let closing: Promise<void> | undefined;
  return {
    url,
    graphqlUrl: `${url}graphql`,
    apollo: started,
    httpServer,
    close: () => {
      closing ??= started.stop().then(async () => {
        if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      });
      return closing;
    },
  };
}
