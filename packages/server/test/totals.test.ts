// A search's total on PostgreSQL, counted from the words' btree (schema.pg.ts, `<table>_terms`) without reading the
// rows: it must be the number of rows the search finds (`search @@ to_tsquery(…)`, the definition of a match), for
// every kind of query, and stay so after writes from outside the server (the triggers keep the words).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { backorderSortFields, caseSortFields, watchSortFields } from '@comptoir/contract';
import { forgetPostgresPages, listStats, postgresProbe } from '../src/list.js';
import { searchWords } from '../src/search.js';
import type { Sql } from '../src/sql.js';
import { startServer, testPostgresUrl, type TestServer } from './harness.js';

const ACCOUNT = 'librairie-du-centre';
const lists = [
  { table: 'backorders', path: '/api/backorders', statuses: ['available', 'out-of-print'] },
  { table: 'watchlist', path: '/api/watchlist', statuses: ['available'] },
  { table: 'cases', path: '/api/cases', statuses: ['pending-seller', 'resolved'] },
] as const;

describe('searches on PostgreSQL, from the words', { skip: testPostgresUrl ? false : 'runs in npm run test:postgres' }, () => {
  let server: TestServer;
  let outside: Sql;
  before(async () => {
    server = await startServer();
    outside = await server.outside();
  });
  after(() => server.close());

  /** Another program's writes: statuses flipped; a line copied in, under an id with `id` after it, its title from SQL of the line's (`title`). */
  const flip = (rowids: number[]) =>
    outside.run(
      "UPDATE backorders SET status = CASE status WHEN 'available' THEN 'out-of-print' ELSE 'available' END WHERE rowid = ANY(?)",
      [rowids],
    );
  const copy = (rowid: number, id: string, title: string, params: unknown[] = []) =>
    outside.run(
      `INSERT INTO backorders (account_id, id, status, noted_at, expected_at, your_reference, distributor_number, ean13, quantity, title,
         publisher, price_amount, price_currency, purge_at, cancellable)
       SELECT account_id, id || ?, 'available', noted_at, expected_at, your_reference, distributor_number, ean13, quantity,
         ${title}, publisher, price_amount, price_currency, purge_at, cancellable FROM backorders WHERE rowid = ?`,
      [id, ...params, rowid],
    );

  describe('totals', () => {
    /** The rows the search finds, counted on the rows themselves. */
    const matches = (table: string, q: string, statuses: readonly string[] = []) =>
      server.sql.value<number>(
        `SELECT count(*) FROM ${table} WHERE account_id = ? AND search @@ to_tsquery('comptoir', ?)${
          statuses.length ? ` AND status IN (${statuses.map(() => '?').join(', ')})` : ''
        }`,
        [
          ACCOUNT,
          searchWords(q)
            .map((word) => `'${word}':*`)
            .join(' & '),
          ...statuses,
        ],
      );
    const total = async (path: string) => {
      const response = await server.api(path);
      assert.equal(response.status, 200, path);
      return ((await response.json()) as { total: number }).total;
    };

    /** Queries from the account's own words: whole words, prefixes shared by several words, pairs, accents and case. */
    async function queriesOf(table: string): Promise<string[]> {
      const common = await server.sql.column<string>(
        `SELECT term FROM ${table}_terms WHERE block = (SELECT block FROM accounts WHERE id = ?) AND length(term) > 3 AND term !~ '^[0-9]' GROUP BY term ORDER BY count(*) DESC, term LIMIT 4`,
        [ACCOUNT],
      );
      assert.ok(common.length >= 2, `${table}: words to search`);
      const shared = await server.sql.column<string>(
        `SELECT left(term, 3) FROM ${table}_terms WHERE block = (SELECT block FROM accounts WHERE id = ?) AND length(term) > 4 AND term !~ '^[0-9]'
       GROUP BY left(term, 3) HAVING count(DISTINCT term) > 1 ORDER BY count(*) DESC LIMIT 2`,
        [ACCOUNT],
      );
      const accented = await server.sql.column<string>(
        `SELECT word FROM (SELECT regexp_split_to_table(${table === 'cases' ? 'short_description' : 'title'}, '[^[:alpha:]]+') AS word FROM ${table} WHERE account_id = ?) w
       WHERE word ~ '[À-ÿ]' AND length(word) > 3 GROUP BY word ORDER BY count(*) DESC LIMIT 2`,
        [ACCOUNT],
      );
      return [...common, ...shared, `${common[0]} ${common[1]}`, ...accented, ...accented.map((word) => word.toUpperCase()), 'zzzqqq'];
    }

    it('is the number of rows the search finds, with and without statuses', async () => {
      for (const { table, path, statuses } of lists) {
        const queries = await queriesOf(table);
        const counted = listStats.fromTerms;
        let found = 0;
        for (const q of queries) {
          const expected = await matches(table, q);
          assert.ok(expected !== undefined);
          found += expected;
          assert.equal(await total(`${path}?q=${encodeURIComponent(q)}`), expected, `${table} "${q}"`);
          assert.equal(
            await total(`${path}?q=${encodeURIComponent(q)}&status=${statuses.join(',')}`),
            await matches(table, q, statuses),
            `${table} "${q}" ${statuses.join(',')}`,
          );
        }
        // Not vacuous: the words' count was taken, and the queries find rows.
        // (A query of the same words as another, in capitals, is the other's total, kept.)
        const distinct = new Set(queries.map((q) => searchWords(q).join(' '))).size;
        assert.equal(listStats.fromTerms - counted, distinct * 2, `${table}: every total from the words`);
        assert.ok(found > queries.length, `${table}: ${found} matches`);
      }
    });

    it('pages under statuses, probed against the words, are the pages read from the rows, in every order', async () => {
      // Orders by a column the search does not search, whose pages are probed; and by one it searches (a walk, or the
      // words in title order, reads those first), for the pages alone.
      const probedSorts = {
        backorders: ['', 'notedAt', 'expectedAt', 'quantity'],
        watchlist: ['', 'subscribedAt', 'price', 'availableAt'],
        cases: ['', 'createdAt', 'status'],
      };
      const searchedSorts = { backorders: ['title', 'publisher'], watchlist: ['title', 'ean13'], cases: ['shortDescription'] };
      const fields: Record<string, readonly string[]> = {
        backorders: backorderSortFields,
        watchlist: watchSortFields,
        cases: caseSortFields,
      };
      for (const table of Object.keys(fields)) {
        for (const field of [...probedSorts[table as keyof typeof probedSorts], ...searchedSorts[table as keyof typeof searchedSorts]])
          assert.ok(field === '' || fields[table]!.includes(field), `${table}: ${field} is a sort field of the contract`);
      }
      // (Few followed titles are available: the probe's under the other status.)
      for (const { table, path, statuses: listed } of lists) {
        const statuses = table === 'watchlist' ? ['unavailable'] : listed;
        const queries = (await queriesOf(table)).filter((q) => q !== 'zzzqqq').slice(0, 4);
        let asked = 0;
        let rows = 0;
        for (const q of queries) {
          for (const field of [...probedSorts[table], ...searchedSorts[table]]) {
            for (const sort of field ? [field, `-${field}`] : ['']) {
              for (const [page, pageSize] of [
                [1, 5],
                [3, 4],
              ] as const) {
                const url = `${path}?q=${encodeURIComponent(q)}&status=${statuses.join(',')}&page=${page}&pageSize=${pageSize}${sort ? `&sort=${sort}` : ''}`;
                const read = async (probe: boolean) => {
                  postgresProbe.statuses = probe;
                  forgetPostgresPages();
                  try {
                    const response = await server.api(url);
                    assert.equal(response.status, 200, url);
                    return ((await response.json()) as { items: { id: string }[] }).items.map((item) => item.id);
                  } finally {
                    postgresProbe.statuses = true;
                  }
                };
                const want = await read(false);
                const before = listStats.probedFromTerms;
                assert.deepEqual(await read(true), want, url);
                if (probedSorts[table].includes(field)) {
                  assert.equal(listStats.probedFromTerms - before, 1, `${url} probed`);
                  rows += want.length;
                  asked++;
                }
              }
            }
          }
        }
        // Not vacuous: the probed pages hold rows.
        assert.ok(rows > asked / 2, `${table}: ${rows} rows in ${asked} pages`);
      }
    });

    it('stays exact after rows are added, changed and removed by another program', async () => {
      const [word, other] = await server.sql.column<string>(
        `SELECT term FROM backorders_terms WHERE block = (SELECT block FROM accounts WHERE id = ?) AND length(term) > 3 AND term !~ '^[0-9]' GROUP BY term ORDER BY count(*) DESC LIMIT 2`,
        [ACCOUNT],
      );
      assert.ok(word && other);
      const queries = [word, other, `${word} ${other}`, 'zygomorphe', `zygo ${word}`];
      const check = async (when: string) => {
        for (const q of queries) {
          for (const statuses of [[], ['available'], ['out-of-print', 'available']]) {
            const path = `/api/backorders?q=${encodeURIComponent(q)}${statuses.length ? `&status=${statuses.join(',')}` : ''}`;
            assert.equal(await total(path), await matches('backorders', q, statuses), `${when}: ${path}`);
          }
        }
      };
      await check('before');
      const rowids = await server.sql.column<number>(
        "SELECT rowid FROM backorders WHERE account_id = ? AND search @@ to_tsquery('comptoir', ?) ORDER BY rowid LIMIT 6",
        [ACCOUNT, `'${word}':*`],
      );
      assert.equal(rowids.length, 6);
      // New words in a title, a status changed, a row copied in, one deleted, one moved to another account.
      await outside.run("UPDATE backorders SET title = title || ' Zygomorphe' WHERE rowid = ?", [rowids[0]]);
      await outside.run("UPDATE backorders SET title = 'Zygomorphe' WHERE rowid = ?", [rowids[1]]);
      await flip(rowids.slice(2, 4));
      await copy(rowids[4]!, '-copy', "title || ' zygomorphes'");
      await outside.run('DELETE FROM backorders WHERE rowid = ?', [rowids[5]]);
      const otherAccount = await server.sql.value<string>('SELECT id FROM accounts WHERE id <> ? ORDER BY id LIMIT 1', [ACCOUNT]);
      await outside.run("UPDATE backorders SET account_id = ?, id = id || '-moved' WHERE rowid = ?", [otherAccount, rowids[2]]);
      assert.equal(await matches('backorders', 'zygomorphe'), 3);
      await check('after');
    });
  });
});
