import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { logger } from 'hono/logger';
import { secureHeaders } from 'hono/secure-headers';
import { getConnInfo } from '@hono/node-server/conninfo';
import { join } from 'node:path';
import { MAX_JSON_BODY_BYTES } from '@comptoir/contract/common';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from '@comptoir/contract/cases';
import { buildOpenApi } from '@comptoir/contract/openapi';
import { routes } from '@comptoir/contract';
import type { Sql } from './sql.js';
import { HttpProblem, authenticate, databaseBuckets, problemResponse, rateLimit, type Env, type Handlers } from './http.js';
import { backorderHandlers } from './routes/backorders.js';
import { shipmentHandlers } from './routes/shipments.js';
import { catalogHandlers, watchlistHandlers } from './routes/watchlist.js';
import { orderHandlers } from './routes/orders.js';
import { caseHandlers } from './routes/cases.js';
import { docsRoutes } from './docs.js';
import { databaseAttachments, folderAttachments } from './attachments.js';
import { guestHandlers, guestScope, guestSecret, isGuestToken, readGuestToken } from './guest.js';
import { DEFAULT_BILLING_THRESHOLD } from './jobs.js';

export interface AppOptions {
  /** The database, on either engine (sql.ts): `openDatabase` (SQLite, db.ts) or `openPostgres` (postgres.ts). */
  sql: Sql;
  dataDir: string;
  /**
   * Origins allowed to call the API from another site: exact origins, or `loopback` for any port of `http://localhost`
   * and `http://127.0.0.1` (what `npm start` allows when none is set, so a page on a developer's own server can try the
   * elements against the demo data).
   */
  corsOrigins?: string[];
  /** Requests per minute and account. */
  rateLimit?: number;
  /** Failed authentications per minute and client address before 429 (default 30). */
  authFailuresPerMinute?: number;
  /** Behind a reverse proxy: the client address is the first of `X-Forwarded-For` (else the socket's). */
  trustProxy?: boolean;
  log?: boolean;
  now?: () => Date;
  /**
   * Rate limits and failed sign-ins counted in the database instead of the process, so that several instances on one
   * database share them (`COMPTOIR_SHARED_LIMITS=1`). Each counted request then writes to the database.
   */
  sharedLimits?: boolean;
  /** Where attachments are kept: `folder` (the data folder's `attachments/`, default) or `database` (no shared disk). */
  attachments?: 'folder' | 'database';
  /** Failed guest look-ups (identifier and e-mail) per minute and client address before 429 (default 5). */
  guestLookupFailuresPerMinute?: number;
  /** Minimum amount (EUR, excluding tax) of available lines for the weekly processing to serve them (default 50). */
  billingThreshold?: number;
}

/** The reference REST API under `/api`. Static files (the demo portal) are mounted by `main.ts`. */
export function createApp(options: AppOptions) {
  const now = options.now ?? (() => new Date());
  const today = () => now().toISOString().slice(0, 10);
  const allowed = new Set(options.corsOrigins ?? []);
  const loopback = allowed.has('loopback');
  const isAllowed = (origin: string) => allowed.has(origin) || (loopback && /^http:\/\/(localhost|127\.0\.0\.1):\d{1,5}$/.test(origin));
  const app = new Hono<Env>();

  if (options.log) app.use(logger());
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problemResponse(c, error);
    console.error(error);
    return problemResponse(
      c,
      new HttpProblem(500, 'Internal Server Error', 'The server failed; the error was logged.', { code: 'server-error' }),
    );
  });
  app.notFound((c) =>
    problemResponse(c, new HttpProblem(404, 'Not Found', `No route for ${c.req.method} ${c.req.path}.`, { code: 'not-found' })),
  );

  const api = new Hono<Env>();
  const corsHeaders = cors({
    origin: (origin) => origin,
    allowHeaders: ['Authorization', 'Content-Type', 'If-None-Match'],
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
    exposeHeaders: ['ETag', 'Retry-After'],
    credentials: true,
    maxAge: 600,
  });
  // Exact origins only (or loopback ones, when asked): never `null`, never a look-alike, never a wildcard. Unknown
  // origins get no CORS header at all.
  api.use(async (c, next) => {
    const origin = c.req.header('Origin');
    if (origin && origin !== 'null' && isAllowed(origin)) return corsHeaders(c, next);
    if (c.req.method === 'OPTIONS' && origin)
      return problemResponse(c, new HttpProblem(403, 'Forbidden', 'This origin may not call the API.', { code: 'forbidden-origin' }));
    await next();
  });
  api.use(secureHeaders({ crossOriginResourcePolicy: false }));
  const openapi = JSON.stringify(buildOpenApi('/api'), null, 2);
  api.get('/openapi.json', (c) => c.body(openapi, 200, { 'Content-Type': 'application/json' }));
  api.route('/', docsRoutes());
  // Bodies are refused above their limit while they arrive, before they are read whole (413): JSON bodies at
  // MAX_JSON_BODY_BYTES, multipart uploads at their files' caps plus the form's own fields.
  const tooLarge = (limit: number) => () => {
    throw new HttpProblem(413, 'Payload Too Large', `The body is larger than ${limit} bytes.`, {
      code: 'payload-too-large',
      params: { max: limit },
    });
  };
  const uploadLimit = MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + 256 * 1024;
  const jsonLimit = bodyLimit({ maxSize: MAX_JSON_BODY_BYTES, onError: tooLarge(MAX_JSON_BODY_BYTES) });
  const multipartLimit = bodyLimit({ maxSize: uploadLimit, onError: tooLarge(uploadLimit) });
  api.use(async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    return (c.req.header('Content-Type') ?? '').startsWith('multipart/') ? multipartLimit(c, next) : jsonLimit(c, next);
  });
  const clientAddress = (c: Parameters<typeof getConnInfo>[0]) => {
    const forwarded = options.trustProxy ? c.req.header('X-Forwarded-For')?.split(',')[0]?.trim() : undefined;
    try {
      return forwarded || getConnInfo(c).remote.address || 'unknown';
    } catch {
      return forwarded || 'unknown'; // not served by @hono/node-server (app.request in a test)
    }
  };
  // Every operation of the contract's route table, at its path and method: a route exists on the server because it is
  // in the contract (and the type below fails to compile when an operation has no handler).
  // The guest links' key, read (or made) once, on the first request that needs it.
  let secretRead: Promise<Buffer> | undefined;
  const secret = () =>
    (secretRead ??= guestSecret(options.sql).catch((error: unknown) => {
      secretRead = undefined;
      throw error;
    }));
  const sql = options.sql;
  const buckets = (name: string) => (options.sharedLimits ? databaseBuckets(sql, name) : undefined);
  const handlers: Required<Handlers> = {
    ...backorderHandlers(sql, { today, billingThreshold: options.billingThreshold ?? DEFAULT_BILLING_THRESHOLD }),
    ...shipmentHandlers(sql),
    ...watchlistHandlers(sql, today),
    ...catalogHandlers(sql),
    ...orderHandlers(sql, today),
    ...caseHandlers(sql, {
      attachments: options.attachments === 'database' ? databaseAttachments(sql) : folderAttachments(join(options.dataDir, 'attachments')),
      now,
    }),
    ...guestHandlers(sql, {
      now,
      secret,
      failuresPerMinute: options.guestLookupFailuresPerMinute,
      clientAddress,
      buckets: buckets('guest-lookups'),
    }),
  };
  const mount = (route: (typeof routes)[number]) =>
    api.on(route.method.toUpperCase(), route.path.replace(/\{(\w+)\}/g, ':$1'), handlers[route.operationId]);
  const isPublic = (route: (typeof routes)[number]) => 'public' in route && route.public === true;
  // The public operations (a guest's look-up) answer before any token is asked for.
  for (const route of routes) if (isPublic(route)) mount(route);
  api.use(
    authenticate(sql, {
      failuresPerMinute: options.authFailuresPerMinute,
      clientAddress,
      readGuest: async (token) => (isGuestToken(token) ? readGuestToken(await secret(), token, now()) : null),
      buckets: buckets('sign-in-failures'),
    }),
  );
  // A guest token opens its one dossier; everything else is 403.
  api.use(guestScope());
  api.use(rateLimit(options.rateLimit ?? 1200, buckets('requests')));
  api.use(etag({ weak: true }));
  for (const route of routes) if (!isPublic(route)) mount(route);
  // Anything else under /api is a 404 problem, never the demo's page (a trailing slash, a method a path lacks…).
  api.all('*', (c) =>
    problemResponse(c, new HttpProblem(404, 'Not Found', `No route for ${c.req.method} ${c.req.path}.`, { code: 'not-found' })),
  );
  app.route('/api', api);
  return app;
}
