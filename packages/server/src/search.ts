/**
 * Words as the full-text index sees them (FTS5's `unicode61` tokenizer with `remove_diacritics 2`): split on anything
 * that is not a letter or a digit, lower case, accents dropped. The same rule runs here in JavaScript so that a page can
 * be read by walking a sort index and checking each row's words (see `listRows`), and it must agree with the index:
 * `search.test.ts` compares both on tricky text.
 */
const separators = /[^\p{L}\p{N}\p{Co}]+/u;
// FTS5 drops the accents of Latin letters only (a Cyrillic ё stays ё): the same here.
const marks = /(\p{Script=Latin})\p{Mn}+/gu;
// eslint-disable-next-line no-control-regex -- the plain-ASCII test, where folding has nothing to do but lower case
const ascii = /^[\x00-\x7f]*$/;

export function fold(text: string): string {
  return ascii.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(marks, '$1').toLowerCase().normalize('NFC');
}

/** The words of a query, each matched as a prefix of a word of the row (all required). */
export function searchWords(q: string): string[] {
  return fold(q).split(separators).filter(Boolean);
}

/** FTS5 query text for words: each a quoted prefix, so that user text is never FTS syntax. */
export function ftsPhrase(words: readonly string[]): string {
  return words.map((word) => `"${word}"*`).join(' ');
}

/** FTS5 query: each word a prefix, all required; only letters and digits pass, so user text is never FTS syntax. */
export function ftsQuery(q: string): string {
  return ftsPhrase(searchWords(q));
}

const parsed = new Map<string, RegExp[]>();
/**
 * Whether every word (space-separated, already folded) is the start of a word of `texts`: the check FTS5 makes for
 * `"w1"* "w2"*`, made on one row.
 */
export function matchesWords(words: string, texts: readonly unknown[]): boolean {
  let wanted = parsed.get(words);
  if (!wanted) {
    if (parsed.size > 500) parsed.clear();
    // A word starts where no letter or digit comes before it.
    wanted = words
      .split(' ')
      .filter(Boolean)
      .map((word) => new RegExp(`(?<![\\p{L}\\p{N}\\p{Co}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'));
    parsed.set(words, wanted);
  }
  const folded = fold(texts.filter((text) => text !== null && text !== undefined).join(' '));
  return wanted.every((word) => word.test(folded));
}

/** A status as one word of a search table's `scope` column (`reprint-in-progress` → `reprintinprogress`). */
export const scopeWord = (code: string) => code.replace(/-/g, '');
