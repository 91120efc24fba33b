import { serve, type ServerType } from '@hono/node-server';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app.js';
import { openDatabase, type Db } from '../src/db.js';
import { seedDatabase, testSizes } from '../src/seed.js';

export const TODAY = '2026-11-22';
export const CENTRE = 'demo-token-centre';
export const QUAIS = 'demo-token-quais';

export interface TestServer {
  url: string;
  db: Db;
  dataDir: string;
  /** fetch against the server with a bearer token. */
  api: (path: string, init?: RequestInit & { token?: string | null }) => Promise<Response>;
  storedFiles: () => string[];
  close: () => Promise<void>;
}

/** A real server on a free loopback port, over a real SQLite file in a fresh temporary folder. */
export async function startServer(
  options: {
    rateLimit?: number;
    corsOrigins?: string[];
    authFailuresPerMinute?: number;
    /** A database file to start from, instead of the seed. */ file?: string;
    /** The server's clock (default: TODAY at 10:00 UTC). */
    now?: () => Date;
    trustProxy?: boolean;
    guestLookupFailuresPerMinute?: number;
    log?: boolean;
  } = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'comptoir-test-'));
  if (options.file) copyFileSync(options.file, join(dataDir, 'comptoir.db'));
  const db = openDatabase(dataDir);
  if (!options.file) seedDatabase(db, { today: TODAY, sizes: testSizes });
  const app = createApp({
    db,
    dataDir,
    rateLimit: options.rateLimit ?? 100_000,
    authFailuresPerMinute: options.authFailuresPerMinute,
    corsOrigins: options.corsOrigins ?? ['https://portal.librairie-du-centre.fr'],
    now: options.now ?? (() => new Date(`${TODAY}T10:00:00Z`)),
    trustProxy: options.trustProxy,
    guestLookupFailuresPerMinute: options.guestLookupFailuresPerMinute,
    log: options.log,
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    dataDir,
    api: (path, init = {}) => {
      const { token = CENTRE, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (token) headers.set('Authorization', `Bearer ${token}`);
      return fetch(url + path, { ...rest, headers });
    },
    storedFiles: () => readdirSync(join(dataDir, 'attachments')),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function problemOf(response: Response) {
  const type = response.headers.get('Content-Type') ?? '';
  const body = (await response.json()) as {
    title: string;
    status: number;
    code?: string;
    params?: Record<string, string | number>;
    detail?: string;
    errors?: { path: string; message: string }[];
  };
  return { ...body, contentType: type };
}
