// SQLite: the backorders' words in title order (schema.sql.ts, `backorders_sorted`), so that a one-word search sorted
// by title reads its page as ranges of one btree, in order, instead of walking the title index to its first match
// ("LE SECRET DE …" comes after 562,000 lines of a million) or sorting its 62,000 matches (150-450 ms either way).
// The triggers queue the lines any program writes; the entries are brought up to date from the queue before a read.
import type Database from 'better-sqlite3';
import { sortedColumns, sortedText } from './schema.sql.js';
import { searchWords } from './search.js';
import { prepared } from './sql.js';

type Db = Database.Database;

/**
 * How many words a prefix may stand for, and how deep a page may be, for a search sorted by title to be read from its
 * words, on either engine (PostgreSQL's are `<table>_terms`, list.ts); on SQLite, how many queued lines a request
 * enters itself before it reads them (more are entered in the background).
 */
export const sortedLimits = { words: 64, rows: 5_000, queued: 2_000 };

/**
 * Brings the entries of the lines the triggers queued (inserted, deleted, or changed in their words, title, status,
 * account or number) up to date, by batches, each in one immediate transaction (no other writer in between): a queued
 * line's old entries, from the title and text the queue kept, are deleted by their key, and its entries as it is now
 * are entered. A line is entered only in its account's block, as the full-text index has it, so an entry's block is
 * its line's (`line >> 32`). Answers how many lines were brought up to date.
 */
export function catchUpSorted(db: Db, batch = 20_000, batches = Infinity): number {
  let done = 0;
  const insert = prepared(db, 'INSERT OR IGNORE INTO backorders_sorted (block, term, title, line, status) VALUES (?, ?, ?, ?, ?)');
  const remove = prepared(db, 'DELETE FROM backorders_sorted WHERE block = ? AND term = ? AND title = ? AND line = ?');
  const step = db.transaction(() => {
    const queued = prepared(db, 'SELECT line, title, words FROM backorders_sorted_queue ORDER BY line LIMIT ?').all(batch) as {
      line: number;
      title: string | null;
      words: string | null;
    }[];
    if (queued.length === 0) return 0;
    for (const { line, title, words } of queued) {
      if (title === null || words === null) continue;
      for (const term of new Set(searchWords(words))) remove.run(Math.floor(line / 2 ** 32), term, title, line);
    }
    const lines = JSON.stringify(queued.map((row) => row.line));
    const rows = prepared(
      db,
      `SELECT b.rowid AS line, a.block, b.status, b.title, ${sortedText('b')} AS words
       FROM backorders b JOIN accounts a ON a.id = b.account_id WHERE b.rowid IN (SELECT value FROM json_each(?)) AND b.rowid >> 32 = a.block`,
    ).all(lines) as { line: number; block: number; status: string; title: string; words: string }[];
    // The words as FTS5 splits them (search.ts, the same rule), each once; entered in key order.
    const entries = rows.flatMap((row) =>
      [...new Set(searchWords(row.words))].map((term) => [row.block, term, row.title, row.line, row.status] as const),
    );
    entries.sort((x, y) => (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : x[3] - y[3]));
    for (const entry of entries) insert.run(...entry);
    return prepared(db, 'DELETE FROM backorders_sorted_queue WHERE line IN (SELECT value FROM json_each(?))').run(lines).changes;
  });
  for (let n = 0; n < batches; n++) {
    const changed = step.immediate();
    if (changed === 0) break;
    done += changed;
  }
  return done;
}

const catchingUp = new WeakMap<Db, Promise<number>>();
/**
 * Brings the entries up to date in the background, a thousand lines at a time between other work (a long queue: a bulk
 * write by another program), so that no request waits for it. Answers, when the queue is empty, how many lines it did.
 */
function catchUpSortedLater(db: Db): Promise<number> {
  let running = catchingUp.get(db);
  if (!running) {
    running = (async () => {
      let done = 0;
      for (let changed = 1; changed > 0 && db.open; done += changed) {
        await new Promise((resolve) => setImmediate(resolve));
        changed = db.open ? catchUpSorted(db, 1_000, 1) : 0;
      }
      return done;
    })()
      .catch((error: Error) => {
        console.error(`backorders_sorted: catching up failed (${error.message}); the next search sorted by title tries again`);
        return 0;
      })
      .finally(() => catchingUp.delete(db));
    catchingUp.set(db, running);
  }
  return running;
}

/**
 * Makes every line's entries again, from the full-text index's own words (an `fts5vocab` table of its instances: the
 * words FTS5 made of each line, as `searchWords` splits them), in key order: 45-60 s for a million lines, against about
 * two minutes through the queue, whose entries are split in JavaScript and go in one by one. For a file from before
 * the entries, and after a bulk load; the queue is emptied.
 */
export function rebuildSorted(db: Db): number {
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.backorders_search_instances USING fts5vocab(main, backorders_search, instance)');
  try {
    return db
      .transaction(() => {
        db.exec('DELETE FROM backorders_sorted');
        db.exec('DELETE FROM backorders_sorted_queue');
        return db
          .prepare(
            `INSERT OR IGNORE INTO backorders_sorted (block, term, title, line, status)
           SELECT a.block, v.term, b.title, b.rowid, b.status
           FROM temp.backorders_search_instances v JOIN backorders b ON b.rowid = v.doc JOIN accounts a ON a.id = b.account_id
           WHERE v.col IN (${sortedColumns.map((column) => `'${column}'`).join(', ')}) AND b.rowid >> 32 = a.block
           ORDER BY 1, 2, 3, 4`,
          )
          .run().changes;
      })
      .immediate();
  } finally {
    db.exec('DROP TABLE temp.backorders_search_instances');
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
  // A few queued lines (the server's own writes, a small sync) are entered now; a long queue in the background, and
  // meanwhile this page is read as before.
  const queued = prepared(db, 'SELECT count(*) FROM (SELECT 1 FROM backorders_sorted_queue LIMIT ?)')
    .pluck()
    .get(sortedLimits.queued + 1) as number;
  if (queued > sortedLimits.queued) {
    void catchUpSortedLater(db);
    return undefined;
  }
  if (queued) catchUpSorted(db);
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
