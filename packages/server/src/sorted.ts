// SQLite: the backorders' words in title order (schema.sql.ts, `backorders_sorted`), so that a one-word search sorted
// by title reads its page as ranges of one btree, in order, instead of walking the title index to its first match
// ("LE SECRET DE …" comes after 562,000 lines of a million) or sorting its 62,000 matches (150-450 ms either way).
// The triggers queue the lines any program writes; the entries are brought up to date from the queue before a read.
import type Database from 'better-sqlite3';
import { sortedColumns } from './schema.sql.js';
import { searchWords } from './search.js';
import { prepared } from './sql.js';

type Db = Database.Database;

/**
 * How many words a prefix may stand for, and how deep a page may be, for a search sorted by title to be read from its
 * words, on either engine (PostgreSQL's are `<table>_terms`, list.ts).
 */
export const sortedLimits = { words: 64, rows: 5_000 };

/**
 * Writes again the entries of the lines the triggers queued (inserted, deleted, or changed in their words, title,
 * status, account or number), by batches, each in one immediate transaction (no other writer in between). A line is
 * entered only in its account's block, as the full-text index has it. Answers how many lines were brought up to date.
 */
export function catchUpSorted(db: Db, batch = 20_000): number {
  let done = 0;
  const insert = prepared(db, 'INSERT OR IGNORE INTO backorders_sorted (block, term, title, line, status) VALUES (?, ?, ?, ?, ?)');
  const step = db.transaction(() => {
    const lines = JSON.stringify(prepared(db, 'SELECT line FROM backorders_sorted_queue ORDER BY line LIMIT ?').pluck().all(batch));
    prepared(db, 'DELETE FROM backorders_sorted WHERE line IN (SELECT value FROM json_each(?))').run(lines);
    const rows = prepared(
      db,
      `SELECT b.rowid AS line, a.block, b.status, ${sortedColumns.map((column) => `b.${column}`).join(', ')}
       FROM backorders b JOIN accounts a ON a.id = b.account_id WHERE b.rowid IN (SELECT value FROM json_each(?)) AND b.rowid >> 32 = a.block`,
    ).all(lines) as Record<string, string | number>[];
    for (const row of rows) {
      // The words as FTS5 splits them (search.ts, the same rule), each once.
      for (const term of new Set(searchWords(sortedColumns.map((column) => row[column]).join(' ')))) {
        insert.run(row.block, term, row.title, row.line, row.status);
      }
    }
    return prepared(db, 'DELETE FROM backorders_sorted_queue WHERE line IN (SELECT value FROM json_each(?))').run(lines).changes;
  });
  for (;;) {
    const changed = step.immediate();
    if (changed === 0) return done;
    done += changed;
  }
}

/**
 * The rowids of a page of a one-word search (`word`, folded, a prefix) sorted by title, in an account's block, or
 * undefined when the prefix stands for too many words or the page is too deep (then the page is walked or sorted).
 * The words the prefix stands for are found by skipping from one to the next in the btree; each word's lines are a
 * range in title order, of which the first offset + pageSize are read, and the page is theirs, merged, a line under
 * two words once. Exact: a line of the page is among the first offset + pageSize of each of its words, since every
 * line before it under that word is a match before it.
 */
export function sortedKeys(
  db: Db,
  block: number,
  word: string,
  statuses: string[],
  direction: 'ASC' | 'DESC',
  offset: number,
  pageSize: number,
): number[] | undefined {
  if (offset + pageSize > sortedLimits.rows) return undefined;
  if (prepared(db, 'SELECT 1 FROM backorders_sorted_queue LIMIT 1').get()) catchUpSorted(db);
  const terms: string[] = [];
  const next = (after: string, inclusive: boolean) =>
    prepared(db, `SELECT term FROM backorders_sorted WHERE block = ? AND term ${inclusive ? '>=' : '>'} ? ORDER BY term LIMIT 1`)
      .pluck()
      .get(block, after) as string | undefined;
  // Terms are in byte order (BINARY), so those starting with the word are one range.
  for (let term = next(word, true); term !== undefined && term.startsWith(word); term = next(term, false)) {
    if (terms.length === sortedLimits.words) return undefined;
    terms.push(term);
  }
  if (terms.length === 0) return [];
  const status = statuses.length ? ` AND status IN (${statuses.map(() => '?').join(', ')})` : '';
  const order = `title ${direction}, line ${direction}`;
  const branch = `SELECT * FROM (SELECT line, title FROM backorders_sorted WHERE block = ? AND term = ?${status} ORDER BY ${order} LIMIT ?)`;
  return prepared(
    db,
    `SELECT line FROM (${terms.map(() => branch).join(' UNION ALL ')}) GROUP BY line, title ORDER BY ${order} LIMIT ? OFFSET ?`,
  )
    .pluck()
    .all(...terms.flatMap((term) => [block, term, ...statuses, offset + pageSize]), pageSize, offset) as number[];
}
