// The list engine reads a dense search's page by checking each walked row's words in JavaScript (`matchesWords`) and
// counts the same search in FTS5: both must agree on which rows match, or a page and its total would disagree.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { ftsQuery, matchesWords, searchWords } from '../src/search.js';
import { openPostgres } from '../src/postgres.js';
import { makePostgresDatabase, testPostgresUrl } from './harness.js';

const texts = [
  'LE SECRET DE LA LOIRE',
  'Éléphants et hérissons',
  "L'été à Noël — cœur brisé",
  'ÆSOP FABLES ÆTHER',
  'Straße des Ostens',
  'Ørsted og øen',
  'Ἀθῆναι Αθήνα',
  'Москва ёлка Ёж',
  'İstanbul ışık',
  'naïve façade crème brûlée',
  'e\u0301te\u0301 décomposé',
  '12-345 ABC_def 9781433687518',
  'F000123 70012345',
  'jardin/jardins;JARDINAGE',
  '中文 書籍',
  'ﬁn de la ﬁction',
  'Œuvres complètes',
  'compta@librairie-du-centre.fr',
  'x²y³ ½ Ⅻ',
  '',
];
const queries = [
  'secret',
  'loire secret',
  'ele',
  'éLé',
  'herisson',
  'ete',
  'noel',
  'coeur',
  'cœur',
  'aesop',
  'æsop',
  'strasse',
  'straße',
  'orsted',
  'ørsted',
  'athena',
  'αθηναι',
  'ἀθῆναι',
  'αθήνα',
  'αθηνα',
  'αθ',
  'елка',
  'ёлка',
  'istanbul',
  'isik',
  'naive',
  'facade',
  'creme brulee',
  'decompose',
  'ete decompose',
  '12 345',
  'abc',
  'def',
  '978143',
  'f000',
  'jardin',
  'jardinage',
  '中文',
  'fin',
  'ﬁn',
  'oeuvres',
  'œuvres',
  'compta',
  'compta@librairie',
  'x',
  'ⅻ',
  '2',
];

describe('search words', () => {
  it('match the same rows in JavaScript as in the FTS5 index', () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(a, b, tokenize = 'unicode61 remove_diacritics 2')");
    const insert = db.prepare('INSERT INTO t (rowid, a, b) VALUES (?, ?, ?)');
    // Each text alone, and split over two columns (a search matches words of any column).
    texts.forEach((text, index) => insert.run(index + 1, text, null));
    texts.forEach((text, index) => insert.run(index + 1001, text.slice(0, 7), text.slice(7)));
    const rows = [
      ...texts.map((text, index) => [index + 1, [text, null]] as const),
      ...texts.map((text, index) => [index + 1001, [text.slice(0, 7), text.slice(7)]] as const),
    ];
    const disagreements: string[] = [];
    let matched = 0;
    for (const q of queries) {
      const match = ftsQuery(q);
      assert.ok(match, q);
      const inIndex = new Set(db.prepare('SELECT rowid FROM t WHERE t MATCH ?').pluck().all(match) as number[]);
      const words = searchWords(q).join(' ');
      for (const [rowid, columns] of rows) {
        const inJs = matchesWords(words, columns);
        if (inJs) matched++;
        if (inJs !== inIndex.has(rowid)) disagreements.push(`${q} / ${JSON.stringify(columns)}: index ${inIndex.has(rowid)}, JS ${inJs}`);
      }
    }
    assert.deepEqual(disagreements, []);
    // Not vacuous: most queries find something.
    assert.ok(matched > queries.length, `${matched} matches`);
  });

  // PostgreSQL's vectors (schema.pg.ts: the `comptoir` configuration with unaccent) against the same rule, on the
  // same texts: what a list finds must not depend on the engine.
  it('match the same rows on PostgreSQL', { skip: testPostgresUrl ? false : 'runs in npm run test:postgres' }, async () => {
    const made = await makePostgresDatabase();
    const sql = await openPostgres(made.url, { poolSize: 1 });
    try {
      await sql.run(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, search tsvector GENERATED ALWAYS AS (comptoir_vector(coalesce(a, '') || ' ' || coalesce(b, ''))) STORED)",
      );
      const rows = [
        ...texts.map((text, index) => [index + 1, [text, null]] as const),
        ...texts.map((text, index) => [index + 1001, [text.slice(0, 7), text.slice(7)]] as const),
      ];
      for (const [id, [a, b]] of rows) await sql.run('INSERT INTO t (id, a, b) VALUES (?, ?, ?)', [id, a, b]);
      const missed: string[] = [];
      const more = new Set<string>();
      let matched = 0;
      for (const q of queries) {
        const words = searchWords(q);
        const found = new Set(
          await sql.column<number>("SELECT id FROM t WHERE search @@ to_tsquery('comptoir', ?)", [
            words.map((word) => `'${word}':*`).join(' & '),
          ]),
        );
        for (const [id, columns] of rows) {
          const inJs = matchesWords(words.join(' '), columns);
          if (inJs) matched++;
          if (inJs && !found.has(id)) missed.push(`${q} / ${JSON.stringify(columns)}`);
          if (!inJs && found.has(id)) more.add(`${q} → ${columns.join('')}`);
        }
      }
      // Nothing SQLite finds is missed; what PostgreSQL finds besides comes from unaccent's letters, each listed.
      assert.deepEqual(missed, []);
      assert.deepEqual(
        [...more],
        [
          "coeur → L'été à Noël — cœur brisé",
          'aesop → ÆSOP FABLES ÆTHER',
          'strasse → Straße des Ostens',
          'orsted → Ørsted og øen',
          'αθηναι → Ἀθῆναι Αθήνα',
          'αθηνα → Ἀθῆναι Αθήνα',
          'елка → Москва ёлка Ёж',
          'isik → İstanbul ışık',
          'fin → ﬁn de la ﬁction',
          'oeuvres → Œuvres complètes',
        ],
      );
      assert.ok(matched > queries.length, `${matched} matches`);
    } finally {
      await sql.close();
      await made.drop();
    }
  });

  it('makes no FTS syntax of user text', () => {
    assert.equal(ftsQuery('title:x OR "y" NEAR(a b) *'), '"title"* "x"* "or"* "y"* "near"* "a"* "b"*');
    assert.equal(ftsQuery('  ;; '), '');
  });
});
