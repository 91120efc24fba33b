// The database file as other programs and earlier versions leave it: rows written outside the server, and a file from
// before the rows were numbered in account blocks (schema.sql.ts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openDatabase } from '../src/db.js';
import { listStats, termsTables } from '../src/list.js';
import { isSqlite, type Sql } from '../src/sql.js';
import { makePostgresDatabase, QUAIS, startServer, testPostgresUrl, type TestServer } from './harness.js';
import pg from 'pg';
import { openPostgres } from '../src/postgres.js';
import { postgresMigrations } from '../src/schema.pg.js';

interface Page {
  items: Record<string, unknown>[];
  total: number;
}
const page = async (server: TestServer, path: string, token?: string) => {
  const response = await server.api(path, token ? { token } : {});
  assert.equal(response.status, 200, path);
  return (await response.json()) as Page;
};
const outOfBlock = (db: Database.Database, table: string) =>
  db.prepare(`SELECT count(*) FROM ${table} t JOIN accounts a ON a.id = t.account_id WHERE t.rowid >> 32 != a.block`).pluck().get();

describe('a file from before account blocks', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ file: new URL('./fixtures/comptoir-before-blocks.db', import.meta.url).pathname });
  });
  after(() => server.close());

  it('is migrated: rows moved into their blocks, search tables built, lists, searches and sorts as before', async () => {
    // Blocks are SQLite's (PostgreSQL searches by each row's vector): on PostgreSQL the file's rows were imported.
    const { sql } = server;
    if (isSqlite(sql)) for (const table of ['backorders', 'cases', 'watchlist']) assert.equal(outOfBlock(sql.db, table), 0, table);
    const all = await page(server, '/api/backorders?sort=title');
    assert.equal(all.total, 6);
    assert.equal(all.items.length, 6);
    const found = await page(server, '/api/backorders?q=plantes');
    assert.deepEqual(
      found.items.map((item) => item.title),
      ['LE JARDIN DES PLANTES'],
    );
    assert.equal(found.total, 1);
    assert.equal((await page(server, '/api/backorders?q=plantes', QUAIS)).total, 0);
    const quais = await page(server, '/api/backorders', QUAIS);
    assert.equal(quais.total, 6);
    // The words in title order (SQLite: every line queued and entered at the open; PostgreSQL: imported), each way.
    const read = listStats.sortedFromTerms;
    const titles = async (sort: string) => (await page(server, `/api/backorders?q=jardin&sort=${sort}`)).items.map((item) => item.title);
    assert.deepEqual(await titles('title'), ['LE JARDIN DES MATHS CE2', 'LE JARDIN DES PLANTES']);
    assert.deepEqual(await titles('-title'), ['LE JARDIN DES PLANTES', 'LE JARDIN DES MATHS CE2']);
    assert.equal(listStats.sortedFromTerms - read, 2, 'read from the words');

    const watched = await page(server, '/api/watchlist?sort=title');
    assert.equal(watched.total, 3);
    assert.deepEqual(
      watched.items.map((item) => item.title),
      [...watched.items.map((item) => item.title as string)].sort(),
    );
    assert.equal((await page(server, '/api/watchlist?q=jardins')).items[0]?.title, 'JARDINS DU MONDE');
    assert.equal((await page(server, '/api/watchlist', QUAIS)).total, 1);

    const cases = await page(server, '/api/cases');
    assert.equal(cases.total, 3);
    const word = String(cases.items[0]!.shortDescription).split(' ')[0]!;
    assert.ok((await page(server, `/api/cases?q=${encodeURIComponent(word)}`)).total >= 1, word);
    assert.equal((await page(server, '/api/orders?q=45kl89g00e')).total, 1);
  });

  it('opens again unchanged', () => {
    const again = openDatabase(server.dataDir);
    try {
      assert.equal(again.prepare('SELECT count(*) FROM backorders').pluck().get(), 12);
      assert.equal(again.prepare("SELECT count(*) FROM backorders_search WHERE backorders_search MATCH 'plantes'").pluck().get(), 1);
      for (const table of ['backorders', 'cases', 'watchlist']) assert.equal(outOfBlock(again, table), 0, table);
    } finally {
      again.close();
    }
  });
});

describe('rows written by another program', () => {
  let server: TestServer;
  let other: Sql;
  before(async () => {
    server = await startServer();
    other = await server.outside();
  });
  after(() => server.close());

  it('are found, counted and forgotten at once, whatever rowid SQLite gave them', async () => {
    const before = await page(server, '/api/backorders?status=available');
    // The first account's block is not the last: SQLite's own next rowid lies in the second account's block.
    await other.run(
      `INSERT INTO backorders (account_id, id, status, noted_at, expected_at, your_reference, distributor_number, ean13, quantity, title, publisher,
        price_amount, price_currency, purge_at, cancellable)
       VALUES ('librairie-du-centre', 'ERP-1', 'available', '2026-11-20', NULL, 'ERP 1', '11000001', '9782070000001', 1, 'ZYGOMATIQUE PAPILLON',
        'GALLIMARD', NULL, NULL, '2027-02-20', 0)`,
    );
    if (isSqlite(other)) assert.equal(outOfBlock(other.db, 'backorders'), 0);
    const found = await page(server, '/api/backorders?q=zygomatique');
    assert.deepEqual(
      found.items.map((item) => item.id),
      ['ERP-1'],
    );
    assert.equal(found.total, 1);
    assert.equal((await page(server, '/api/backorders?q=zygomatique', QUAIS)).total, 0);
    assert.equal((await page(server, '/api/backorders?status=available')).total, before.total + 1);
    assert.equal((await page(server, '/api/backorders?q=papillon&status=available')).total, 1);

    await other.run("DELETE FROM backorders WHERE id = 'ERP-1'");
    assert.equal((await page(server, '/api/backorders?q=zygomatique')).total, 0);
    assert.equal((await page(server, '/api/backorders?status=available')).total, before.total);
  });

  it('give a followed title its fields, and a title changed in the catalogue changes where it is followed', async () => {
    const ean13 = (await other.value<string>('SELECT ean13 FROM titles WHERE ean13 NOT IN (SELECT ean13 FROM watchlist) LIMIT 1'))!;
    await other.run(
      "INSERT INTO watchlist (account_id, ean13, subscribed_at, your_reference) VALUES ('librairie-du-centre', ?, '2026-11-01', 'ERP')",
      [ean13],
    );
    await other.run("UPDATE titles SET title = 'QUETZALCOATL EN VOYAGE', available = 1, available_at = '2026-11-21' WHERE ean13 = ?", [
      ean13,
    ]);
    const found = await page(server, '/api/watchlist?q=quetzalcoatl&status=available');
    assert.equal(found.total, 1);
    assert.equal(found.items[0]!.ean13, ean13);
    assert.equal(found.items[0]!.available, true);
    await other.run('DELETE FROM watchlist WHERE ean13 = ?', [ean13]);
    assert.equal((await page(server, '/api/watchlist?q=quetzalcoatl')).total, 0);
  });
});

describe('a SQLite file imported in bulk into PostgreSQL', { skip: testPostgresUrl ? false : 'runs in npm run test:postgres' }, () => {
  it('lists, counts and searches as when imported row by row; its indexes and triggers are back', async () => {
    const bulk = await startServer({ bulkImport: true });
    const rows = await startServer();
    try {
      const serial = await rows.sql.value<string>("SELECT serial FROM order_serials WHERE account_id = 'librairie-du-centre' LIMIT 1");
      assert.ok(serial);
      const paths = [
        '/api/backorders?status=available',
        '/api/backorders?q=jardin',
        '/api/backorders?sort=expectedAt',
        '/api/cases?status=pending-seller',
        '/api/cases?q=colis',
        '/api/watchlist?status=available',
        '/api/shipments?status=delivered',
        '/api/orders?status=quote',
        `/api/orders?q=${serial}`,
        '/api/catalog/unavailable?q=secret',
      ];
      for (const path of paths) {
        const [a, b] = [await page(bulk, path), await page(rows, path)];
        assert.equal(a.total, b.total, path);
        assert.deepEqual(a.items, b.items, path);
      }
      assert.ok((await page(bulk, `/api/orders?q=${serial}`)).total >= 1);
      const indexes = (server: TestServer) =>
        server.sql.column('SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname');
      assert.deepEqual(await indexes(bulk), await indexes(rows));
      // The searches' words (schema.pg.ts, `<table>_terms`) are filled in one pass as the triggers fill them row by row.
      for (const table of termsTables) {
        const words = (server: TestServer) =>
          server.sql.get(
            `SELECT count(*) AS n, count(DISTINCT term) AS terms, md5(string_agg(t::text, '|' ORDER BY t::text)) AS entries FROM ${table}_terms t`,
          );
        const [a, b] = [await words(bulk), await words(rows)];
        assert.deepEqual(a, b, table);
        assert.ok((a as { n: number }).n > 0, table);
      }
      // The triggers are on again: a deleted line leaves the kept counts.
      const line = (await page(bulk, '/api/backorders?pageSize=200')).items.find((item) => item.cancellable);
      assert.ok(line, 'a line the customer may cancel');
      const before = (await page(bulk, `/api/backorders?status=${line.status}`)).total;
      assert.equal((await bulk.api(`/api/backorders/${line.id}`, { method: 'DELETE' })).status, 204);
      assert.equal((await page(bulk, `/api/backorders?status=${line.status}`)).total, before - 1);
    } finally {
      await bulk.close();
      await rows.close();
    }
  });
});

describe(
  'a PostgreSQL database from before the words were kept in title order',
  { skip: testPostgresUrl ? false : 'runs in npm run test:postgres' },
  () => {
    it('is migrated: every word of every line with its title, kept so by the triggers after', async () => {
      const database = await makePostgresDatabase();
      try {
        // The schema as of migration 2, with lines in it.
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        await client.query('CREATE TABLE comptoir_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)');
        for (const [index, migration] of postgresMigrations.slice(0, 2).entries()) {
          await client.query(migration);
          await client.query('INSERT INTO comptoir_migrations VALUES ($1, now())', [index + 1]);
        }
        await client.query(
          "INSERT INTO accounts (id, name, token_hash, email_domain) VALUES ('a', 'A', 'x', 'a.fr'), ('b', 'B', 'y', 'b.fr')",
        );
        for (const [account, title] of [
          ['a', 'Le Jardin des plantes'],
          ['a', 'JARDINS DE LOIRE'],
          ['b', 'Un jardin'],
        ])
          await client.query(
            `INSERT INTO backorders (account_id, id, status, noted_at, your_reference, distributor_number, ean13, quantity, title, publisher, purge_at, cancellable)
           VALUES ($1, $2, 'available', '2026-01-01', 'R', 'N', '9782070000000', 1, $2, 'Gallimard', '2027-01-01', 1)`,
            [account, title],
          );
        const before = Number((await client.query('SELECT count(*) FROM backorders_terms')).rows[0].count);
        assert.ok(before >= 8, `${before} words`);
        await client.end();

        const sql = await openPostgres(database.url);
        try {
          const entries = () =>
            sql.column<string>(
              `SELECT t.block || ' ' || t.rowid || ' ' || t.status || ' ' || t.term || ' ' || coalesce(t.title, '(none)') FROM backorders_terms t ORDER BY 1`,
            );
          const expected = () =>
            sql.column<string>(
              `SELECT a.block || ' ' || b.rowid || ' 1 ' || w.term || ' ' || b.title
             FROM backorders b JOIN accounts a ON a.id = b.account_id, unnest(tsvector_to_array(b.search)) AS w (term) ORDER BY 1`,
            );
          assert.equal(await sql.value<number>('SELECT max(version) FROM comptoir_migrations'), postgresMigrations.length);
          assert.deepEqual(await entries(), await expected());
          assert.equal((await entries()).length, before);
          // A title changed in case only keeps its words and changes its place: its entries follow.
          await sql.run("UPDATE backorders SET title = upper(title) WHERE title = 'Un jardin'");
          assert.deepEqual(await entries(), await expected());
          assert.ok((await entries()).some((entry) => entry.endsWith(' jardin UN JARDIN')));
        } finally {
          await sql.close();
        }
      } finally {
        await database.drop();
      }
    });
  },
);
