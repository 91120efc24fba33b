// A one-word search sorted by title reads its page from the words kept in title order (SQLite: sorted.ts,
// `backorders_sorted`; PostgreSQL: migration 3, `backorders_terms`): it must be the page the rows give (the matches in
// `ORDER BY title, rowid`), each way, with statuses, at any depth, and stay so after another program's writes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listStats } from '../src/list.js';
import { searchWords } from '../src/search.js';
import { catchUpSorted, rebuildSorted, sortedLimits } from '../src/sorted.js';
import { isSqlite, type Sql } from '../src/sql.js';
import { startServer, type TestServer } from './harness.js';

const ACCOUNT = 'librairie-du-centre';

describe('search pages sorted by title, read from the words', () => {
  let server: TestServer;
  let outside: Sql;
  before(async () => {
    server = await startServer();
    outside = await server.outside();
  });
  after(() => server.close());

  const postgres = () => server.engine === 'postgres';
  /** The words table, and SQL of both engines (no `~`, `left`, `= ANY`). */
  const words = () => (postgres() ? 'backorders_terms' : 'backorders_sorted');
  const inAccount = "block = (SELECT block FROM accounts WHERE id = ?) AND substr(term, 1, 1) NOT BETWEEN '0' AND '9'";
  /** The lines that match a word, by each engine's own full-text index (the definition of a match). */
  const matching = (word: string): [string, string] =>
    postgres()
      ? ["search @@ to_tsquery('comptoir', ?)", `'${word}':*`]
      : [
          'rowid IN (SELECT rowid FROM backorders_search WHERE backorders_search MATCH ?)',
          `{title publisher your_reference distributor_number ean13} : "${word}"*`,
        ];

  /** The page by its definition: the matching rows, sorted, cut. */
  const expected = async (q: string, statuses: readonly string[], direction: 'ASC' | 'DESC', page: number, pageSize: number) => {
    const [match, param] = matching(searchWords(q)[0]!);
    return server.sql.column<string>(
      `SELECT id FROM backorders WHERE account_id = ? AND ${match}${
        statuses.length ? ` AND status IN (${statuses.map(() => '?').join(', ')})` : ''
      } ORDER BY title ${direction}, rowid ${direction} LIMIT ? OFFSET ?`,
      [ACCOUNT, param, ...statuses, pageSize, (page - 1) * pageSize],
    );
  };
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
            const read = listStats.sortedFromTerms;
            assert.deepEqual(await ids(path), want, `${when}: ${path}`);
            // Each page of rows read from the words (a page past the last match may be answered from the count alone).
            if (!repeated && want.length) {
              asked++;
              assert.equal(listStats.sortedFromTerms - read, 1, `${when}: ${path} from the words`);
            }
          }
        }
      }
    }
    // Not vacuous: the pages hold rows, and those of each new query were read from the words.
    assert.ok(asked >= 20 && rows > asked, `${when}: ${rows} rows in ${asked} pages`);
    assert.ok(listStats.sortedFromTerms - before >= asked);
  }

  it('is the page the rows give, each way, with statuses, at any depth, and after writes by another program', async () => {
    const common = await server.sql.column<string>(
      `SELECT term FROM ${words()} WHERE ${inAccount} AND length(term) > 3 GROUP BY term ORDER BY count(*) DESC, term LIMIT 3`,
      [ACCOUNT],
    );
    // A prefix several words share ("mais": maison, maisons), where the page merges each word's range.
    const [shared] = await server.sql.column<string>(
      `SELECT substr(term, 1, 3) FROM ${words()} WHERE ${inAccount} AND length(term) > 4
       GROUP BY substr(term, 1, 3) HAVING count(DISTINCT term) > 2 ORDER BY count(*) DESC LIMIT 1`,
      [ACCOUNT],
    );
    assert.ok(common.length === 3 && shared);
    const queries = [...common, shared, shared.toUpperCase()];
    await check('before', queries);

    // Another program writes: titles changed in case only (the same words, another place in the order), renamed,
    // statuses flipped, a row copied in under two words, one deleted, one moved to another account.
    const [match, param] = matching(common[0]!);
    const rowids = await server.sql.column<number>(`SELECT rowid FROM backorders WHERE account_id = ? AND ${match} ORDER BY title, rowid`, [
      ACCOUNT,
      param,
    ]);
    assert.ok(rowids.length >= 8, `${rowids.length} rows of "${common[0]}"`);
    await outside.run('UPDATE backorders SET title = lower(title) WHERE rowid = ?', [rowids[0]]);
    // (Changed twice before the next read: the entries made of its first title are the ones to replace.)
    await outside.run("UPDATE backorders SET title = title || ' bis' WHERE rowid = ?", [rowids[0]]);
    await outside.run("UPDATE backorders SET title = 'AAA ' || title WHERE rowid = ?", [rowids.at(-1)]);
    for (const rowid of rowids.slice(1, 4)) {
      await outside.run(
        "UPDATE backorders SET status = CASE status WHEN 'available' THEN 'out-of-print' ELSE 'available' END WHERE rowid = ?",
        [rowid],
      );
    }
    // (Under two words of the prefix: the word and its plural, one row of the page.)
    await outside.run(
      `INSERT INTO backorders (account_id, id, status, noted_at, expected_at, your_reference, distributor_number, ean13, quantity, title,
         publisher, price_amount, price_currency, purge_at, cancellable)
       SELECT account_id, id || '-plural', 'available', noted_at, expected_at, your_reference, distributor_number, ean13, quantity,
         'A ' || ? || ' ' || title, publisher, price_amount, price_currency, purge_at, cancellable FROM backorders WHERE rowid = ?`,
      [`${common[0]!.toUpperCase()} ${common[0]!.toUpperCase()}S`, rowids[4]],
    );
    await outside.run('DELETE FROM backorders WHERE rowid = ?', [rowids[5]]);
    const otherAccount = await server.sql.value<string>('SELECT id FROM accounts WHERE id <> ? ORDER BY id LIMIT 1', [ACCOUNT]);
    await outside.run("UPDATE backorders SET account_id = ?, id = id || '-moved' WHERE rowid = ?", [otherAccount, rowids[6]]);
    await check('after', queries);
  });

  it('SQLite: the entries made again from the full-text index are those the queue made, after writes too', async (t) => {
    if (!isSqlite(server.sql)) return t.skip('SQLite keeps its words in title order in backorders_sorted');
    const { db } = server.sql;
    // (Lines of every account, written after the seed and after the previous test's writes by another program.)
    await outside.run("UPDATE backorders SET publisher = publisher || ' Œuvres-complètes' WHERE rowid % 7 = 0");
    await outside.run('DELETE FROM backorders WHERE rowid % 11 = 0');
    catchUpSorted(db);
    const entries = () => db.prepare('SELECT * FROM backorders_sorted ORDER BY block, term, title, line').all();
    const queued = entries();
    assert.ok(queued.length > 1000, `${queued.length} entries`);
    assert.equal(rebuildSorted(db), queued.length);
    assert.deepEqual(entries(), queued);
  });

  it('SQLite: after a long run of writes by another program, reads as before until the background has entered them', async (t) => {
    if (!isSqlite(server.sql)) return t.skip('SQLite keeps its words in title order in backorders_sorted');
    const { db } = server.sql;
    const [word] = await server.sql.column<string>(
      `SELECT term FROM backorders_sorted WHERE ${inAccount} AND length(term) > 3 GROUP BY term ORDER BY count(*) DESC, term LIMIT 1 OFFSET 3`,
      [ACCOUNT],
    );
    assert.ok(word);
    const bound = sortedLimits.queued;
    sortedLimits.queued = 3;
    try {
      // Ten lines of the word renamed at once: over the bound, so the request does not enter them itself.
      const [match, param] = matching(word);
      await outside.run(
        `UPDATE backorders SET title = 'ZZ ' || title WHERE rowid IN (SELECT rowid FROM backorders WHERE account_id = ? AND ${match} ORDER BY title LIMIT 10)`,
        [ACCOUNT, param],
      );
      assert.equal(db.prepare('SELECT count(*) FROM backorders_sorted_queue').pluck().get(), 10);
      const before = listStats.sortedFromTerms;
      const path = (pageSize: number) => `/api/backorders?q=${word}&sort=-title&pageSize=${pageSize}`;
      assert.deepEqual(await ids(path(12)), await expected(word, [], 'DESC', 1, 12));
      assert.equal(listStats.sortedFromTerms, before, 'read as before');
      // The request started the background, which empties the queue by itself between requests.
      const queue = () => db.prepare('SELECT count(*) FROM backorders_sorted_queue').pluck().get();
      for (let wait = 0; wait < 200 && queue() !== 0; wait++) await new Promise((resolve) => setTimeout(resolve, 10));
      assert.equal(queue(), 0, 'entered in the background');
      assert.deepEqual(await ids(path(13)), await expected(word, [], 'DESC', 1, 13));
      assert.equal(listStats.sortedFromTerms, before + 1, 'from the words again');
    } finally {
      sortedLimits.queued = bound;
    }
  });

  it('reads a prefix of more words than its bound as before, with the same page', async () => {
    const [shared] = await server.sql.column<string>(
      `SELECT substr(term, 1, 2) FROM ${words()} WHERE ${inAccount} GROUP BY substr(term, 1, 2) HAVING count(DISTINCT term) > 3 ORDER BY count(*) DESC LIMIT 1`,
      [ACCOUNT],
    );
    assert.ok(shared);
    const bound = sortedLimits.words;
    sortedLimits.words = 3;
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
      sortedLimits.words = bound;
    }
  });
});
