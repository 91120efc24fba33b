// A search's total on PostgreSQL, counted from the words' btree (schema.pg.ts, `<table>_terms`) without reading the
// rows: it must be the number of rows the search finds (`search @@ to_tsquery(…)`, the definition of a match), for
// every kind of query, and stay so after writes from outside the server (the triggers keep the words).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listStats, termsSortedLimits } from '../src/list.js';
import { searchWords } from '../src/search.js';
import type { Sql } from '../src/sql.js';
import { startServer, testPostgresUrl, type TestServer } from './harness.js';

const ACCOUNT = 'librairie-du-centre';
const lists = [
  { table: 'backorders', path: '/api/backorders', statuses: ['available', 'out-of-print'] },
  { table: 'watchlist', path: '/api/watchlist', statuses: ['available'] },
  { table: 'cases', path: '/api/cases', statuses: ['pending-seller', 'resolved'] },
] as const;

// One server for both suites: each reads what it expects from the database, after the other's writes too.
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

  // A one-word search sorted by title reads its page from the words kept in title order (migration 3): it must be the
  // page the rows give (`ORDER BY title, rowid` of the matches), each way, at any depth, and stay so after writes.
  describe('pages sorted by title', () => {
    /** The page by its definition: the matching rows, sorted, cut. */
    const expected = async (q: string, statuses: readonly string[], direction: 'ASC' | 'DESC', page: number, pageSize: number) =>
      server.sql.column<string>(
        `SELECT id FROM backorders WHERE account_id = ? AND search @@ to_tsquery('comptoir', ?)${
          statuses.length ? ` AND status IN (${statuses.map(() => '?').join(', ')})` : ''
        } ORDER BY title ${direction}, rowid ${direction} LIMIT ? OFFSET ?`,
        [ACCOUNT, `'${searchWords(q)[0]}':*`, ...statuses, pageSize, (page - 1) * pageSize],
      );
    const ids = async (path: string) => {
      const response = await server.api(path);
      assert.equal(response.status, 200, path);
      return ((await response.json()) as { items: { id: string }[] }).items.map((item) => item.id);
    };

    async function check(when: string, queries: string[]) {
      const before = listStats.sortedFromTerms;
      let rows = 0;
      let asked = 0;
      const seen = new Set<string>();
      for (const q of queries) {
        // (The same words in capitals are the same query: their pages are the kept ones, not read again.)
        const repeated = seen.has(searchWords(q).join(' '));
        seen.add(searchWords(q).join(' '));
        for (const statuses of [[], ['available', 'out-of-print']]) {
          for (const direction of ['ASC', 'DESC'] as const) {
            for (const [page, pageSize] of [
              [1, 5],
              [3, 4],
              [2, 50],
            ] as const) {
              const path = `/api/backorders?q=${encodeURIComponent(q)}&sort=${direction === 'ASC' ? '' : '-'}title&page=${page}&pageSize=${pageSize}${
                statuses.length ? `&status=${statuses.join(',')}` : ''
              }`;
              const want = await expected(q, statuses, direction, page, pageSize);
              rows += want.length;
              if (!repeated) asked++;
              assert.deepEqual(await ids(path), want, `${when}: ${path}`);
            }
          }
        }
      }
      // Not vacuous: the pages hold rows, and each was read from the words (no page is kept across these queries).
      assert.ok(rows > asked, `${when}: ${rows} rows`);
      assert.equal(listStats.sortedFromTerms - before, asked, `${when}: every page from the words`);
    }

    it('is the page the rows give, each way, with statuses, at any depth, and after writes by another program', async () => {
      const words = await server.sql.column<string>(
        `SELECT term FROM backorders_terms WHERE block = (SELECT block FROM accounts WHERE id = ?) AND length(term) > 3 AND term !~ '^[0-9]'
       GROUP BY term ORDER BY count(*) DESC, term LIMIT 3`,
        [ACCOUNT],
      );
      // A prefix several words share ("mais": maison, maisons), where the page merges each word's range.
      const [shared] = await server.sql.column<string>(
        `SELECT left(term, 3) FROM backorders_terms WHERE block = (SELECT block FROM accounts WHERE id = ?) AND length(term) > 4 AND term !~ '^[0-9]'
       GROUP BY left(term, 3) HAVING count(DISTINCT term) > 2 ORDER BY count(*) DESC LIMIT 1`,
        [ACCOUNT],
      );
      assert.ok(words.length === 3 && shared);
      const queries = [...words, shared, shared.toUpperCase()];
      await check('before', queries);

      // Another program writes: titles changed in case only (the same words, another place in the order), renamed,
      // statuses flipped, a row copied in under two words, one deleted, one moved to another account.
      const rowids = await server.sql.column<number>(
        "SELECT rowid FROM backorders WHERE account_id = ? AND search @@ to_tsquery('comptoir', ?) ORDER BY title, rowid",
        [ACCOUNT, `'${words[0]}':*`],
      );
      assert.ok(rowids.length >= 8, `${rowids.length} rows of "${words[0]}"`);
      const last = rowids.at(-1);
      await outside.run('UPDATE backorders SET title = lower(title) WHERE rowid = ?', [rowids[0]]);
      await outside.run("UPDATE backorders SET title = 'AAA ' || title WHERE rowid = ?", [last]);
      await flip(rowids.slice(1, 4));
      // (Under two words of the prefix: the word and its plural, one row of the page.)
      await copy(rowids[4]!, '-plural', "'A ' || ? || ' ' || title", [`${words[0]!.toUpperCase()} ${words[0]!.toUpperCase()}S`]);
      await outside.run('DELETE FROM backorders WHERE rowid = ?', [rowids[5]]);
      const otherAccount = await server.sql.value<string>('SELECT id FROM accounts WHERE id <> ? ORDER BY id LIMIT 1', [ACCOUNT]);
      await outside.run("UPDATE backorders SET account_id = ?, id = id || '-moved' WHERE rowid = ?", [otherAccount, rowids[6]]);
      await check('after', queries);
    });

    it('reads a prefix of more words than its bound as before, with the same page', async () => {
      const [shared] = await server.sql.column<string>(
        `SELECT left(term, 2) FROM backorders_terms WHERE block = (SELECT block FROM accounts WHERE id = ?) AND term !~ '^[0-9]'
       GROUP BY left(term, 2) HAVING count(DISTINCT term) > 3 ORDER BY count(*) DESC LIMIT 1`,
        [ACCOUNT],
      );
      assert.ok(shared);
      const bound = termsSortedLimits.words;
      termsSortedLimits.words = 3;
      try {
        const before = listStats.sortedFromTerms;
        for (const sort of ['title', '-title']) {
          const path: string = `/api/backorders?q=${shared}&sort=${sort}&pageSize=20`;
          const want = await expected(shared, [], sort === 'title' ? 'ASC' : 'DESC', 1, 20);
          assert.ok(want.length > 0);
          assert.deepEqual(await ids(path), want, path);
        }
        assert.equal(listStats.sortedFromTerms, before, 'not read from the words');
      } finally {
        termsSortedLimits.words = bound;
      }
    });
  });
});
