import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { createApp } from './app.js';
import { openDatabase } from './db.js';
import { isSeeded, seedDatabase } from './seed.js';
import { sqliteSql, type Sql } from './sql.js';
import { importSqlite, openPostgres, seedPostgres } from './postgres.js';
import { clockOf } from './clock.js';
import { DEFAULT_BILLING_THRESHOLD, runJobs, startJobs, type JobReport } from './jobs.js';
import { fileTransport, smtpTransport } from './mail.js';
import { GUEST_LINK_DAYS, guestSecret, guestToken } from './guest.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};

const root = resolve(import.meta.dirname, '../../..');
const dataDir = resolve(option('data-dir', process.env.COMPTOIR_DATA_DIR ?? resolve(root, 'data')));
const port = Number(option('port', process.env.PORT ?? '8080'));
const staticDir = resolve(option('static', resolve(root, 'dist/demo')));
const cdnDir = resolve(root, 'packages/elements/cdn');

// `--today YYYY-MM-DD` runs the server on a fixed day: the seed's dates, the jobs and every "today" of the API.
let clock;
try {
  clock = clockOf(args.includes('--today') ? option('today', '') : process.env.COMPTOIR_TODAY || undefined);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
// `DATABASE_URL=postgres://…`: the server's data is in that PostgreSQL database (its schema is brought up to date at
// start; an empty one gets the demo data). Otherwise an embedded SQLite file in the data folder.
const databaseUrl = process.env.DATABASE_URL;
let sql: Sql;
const started = performance.now();
if (databaseUrl) {
  const postgres = await openPostgres(databaseUrl, {
    poolSize: Number(process.env.COMPTOIR_PG_POOL_SIZE ?? 10),
    reset: flag('reset'),
  }).catch((error: Error) => {
    // Where and why, without the password the URL may carry.
    const where = (() => {
      try {
        const url = new URL(databaseUrl);
        return `${url.hostname}:${url.port || 5432}${url.pathname}`;
      } catch {
        return 'DATABASE_URL (not a URL)';
      }
    })();
    console.error(`Cannot open the PostgreSQL database ${where}: ${error.message}`);
    process.exit(2);
  });
  sql = postgres;
  // `--import-sqlite FILE`: moves a deployment from the embedded file to PostgreSQL (into an empty database), then goes
  // on as asked (`--no-serve` to stop there).
  if (flag('import-sqlite')) {
    const file = resolve(option('import-sqlite', ''));
    if (!existsSync(file) || (await sql.value('SELECT 1 FROM accounts LIMIT 1'))) {
      console.error(existsSync(file) ? 'The PostgreSQL database already holds accounts: import into an empty one.' : `No file ${file}.`);
      process.exit(2);
    }
    // Opened as the server opens it, so that a file of an earlier version is brought to the current schema first.
    const source = openDatabase(dirname(file), { file: basename(file) });
    const counts = await importSqlite(source, postgres);
    source.close();
    console.log(
      `Imported ${file}: ${Object.entries(counts)
        .filter(([, n]) => n)
        .map(([table, n]) => `${n} ${table}`)
        .join(', ')}`,
    );
  }
  if (await seedPostgres(postgres, { today: clock.today() }))
    console.log(`Seeded the PostgreSQL database as of ${clock.today()} in ${Math.round(performance.now() - started)} ms`);
} else {
  const db = openDatabase(dataDir, { reset: flag('reset') });
  if (!isSeeded(db)) {
    seedDatabase(db, { today: clock.today() });
    console.log(`Seeded ${dataDir} as of ${clock.today()} in ${Math.round(performance.now() - started)} ms`);
  }
  sql = sqliteSql(db);
}

// `--guest-link REF` prints the link an e-mail would carry to open that dossier as a guest (no sign-in), for
// GUEST_LINK_DAYS days, and exits. The token rides in the address's fragment, which no server and no log receives.
if (flag('guest-link')) {
  const ref = option('guest-link', '');
  const row = await sql.get<{ account_id: string; our_ref: string }>(
    'SELECT account_id, our_ref FROM orders WHERE upper(our_ref) = upper(?) OR upper(your_ref) = upper(?)',
    [ref, ref],
  );
  if (!row) {
    console.error(`No dossier ${ref}.`);
    process.exit(2);
  }
  const expiresAt = new Date(clock.now().getTime() + GUEST_LINK_DAYS * 86_400_000);
  const token = guestToken(await guestSecret(sql), { account: row.account_id, ourRef: row.our_ref, expiresAt });
  console.log(`/suivi.html#order=${encodeURIComponent(row.our_ref)}&access=${token}`);
  await sql.close();
  process.exit(0);
}

const billingThreshold = Number(process.env.COMPTOIR_BILLING_THRESHOLD ?? DEFAULT_BILLING_THRESHOLD);
const jobSettings = {
  clock,
  billingThreshold,
  historyMonths: Number(process.env.COMPTOIR_SHIPMENT_HISTORY_MONTHS ?? 3),
  // Mail through SMTP when configured; otherwise each mail is a file in the data folder's outbox/.
  mail: process.env.COMPTOIR_SMTP_URL ? smtpTransport(process.env.COMPTOIR_SMTP_URL) : fileTransport(resolve(dataDir, 'outbox')),
  mailFrom: process.env.COMPTOIR_MAIL_FROM,
};
const printJobs = (reports: JobReport[]) => {
  for (const report of reports)
    if (report.ran && (report.count || report.job !== 'alerts')) console.log(`job ${report.job}: ${report.summary}`);
};
// `--run-jobs` runs every job now (the purge, the shipments' history, the weekly processing, the alerts), whether due
// or not; with `--no-serve` the process then exits (a cron entry), else it goes on serving.
if (flag('run-jobs')) printJobs(await runJobs(sql, jobSettings, { force: true }));
if (flag('no-serve')) {
  await sql.close();
  process.exit(0);
}
startJobs(sql, jobSettings, printJobs);

const app = createApp({
  sql,
  dataDir,
  // Without a setting, pages on the developer's own machine (any localhost port) may call the API: the README's snippet
  // then works from any local page. A deployment names its portal's origins.
  corsOrigins: (process.env.COMPTOIR_CORS_ORIGINS ?? 'loopback').split(',').filter(Boolean),
  rateLimit: Number(process.env.COMPTOIR_RATE_LIMIT ?? 1200),
  authFailuresPerMinute: Number(process.env.COMPTOIR_AUTH_FAILURES_PER_MINUTE ?? 30),
  guestLookupFailuresPerMinute: Number(process.env.COMPTOIR_GUEST_LOOKUP_FAILURES_PER_MINUTE ?? 5),
  // On PostgreSQL (several instances, as a rule), limits are counted in the database unless told otherwise.
  sharedLimits: (process.env.COMPTOIR_SHARED_LIMITS ?? (databaseUrl ? '1' : '0')) === '1',
  attachments: process.env.COMPTOIR_ATTACHMENTS === 'database' ? 'database' : 'folder',
  trustProxy: process.env.COMPTOIR_TRUST_PROXY === '1',
  log: !flag('quiet'),
  now: () => clock.now(),
  billingThreshold,
});
if (existsSync(cdnDir)) {
  // The CDN files, as a CMS page loads them (`<script type="module" src="…/comptoir/comptoir.js">`), from any site.
  app.use('/comptoir/*', async (c, next) => {
    await next();
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', c.req.path.includes('/chunks/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
  });
  app.use('/comptoir/*', serveStatic({ root: cdnDir, rewriteRequestPath: (path) => path.slice('/comptoir'.length) }));
  app.get('/comptoir/*', (c) => c.text('Not found', 404));
}
if (existsSync(staticDir)) {
  // The demo portal runs under a strict policy, as a careful distributor's portal would: no inline script or style,
  // Trusted Types enforced (Lit's policy is named lit-html).
  app.use('/*', async (c, next) => {
    await next();
    if (!c.req.path.startsWith('/api/')) {
      c.header(
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
      );
      // No other site may frame the portal (a framed Cancel or Unfollow could be clickjacked), sniff a type, or read
      // the portal's addresses (which carry deep links) from a Referer.
      c.header('X-Frame-Options', 'DENY');
      c.header('X-Content-Type-Options', 'nosniff');
      c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    }
  });
  app.use('/*', serveStatic({ root: staticDir }));
  app.get('/*', serveStatic({ path: resolve(staticDir, 'index.html') }));
}

serve({ fetch: app.fetch, port, hostname: option('host', '127.0.0.1') }, (info) => {
  console.log(`Comptoir reference server on http://localhost:${info.port}/  (API: /api, docs: /api/docs)`);
});
