import { expect } from '@open-wc/testing';
import { backorderStatuses, type BackorderLine } from '@comptoir/contract';
import { generateBackorders } from '@comptoir/contract/fixtures';
import {
  filterAndSort,
  firstRows,
  fold,
  isReady,
  prepare,
  setStatusOrder,
  sortFields,
  warmUp,
  wordPattern,
  type ClientQuery,
  type SortSpec,
} from './backorder-data.js';

// The element hands the contract's order of statuses to the engine.
setStatusOrder(backorderStatuses);

/**
 * The plain way, to compare with: one comparison sort of the matching positions. Missing values last, ties by position,
 * text folded, digit-only codes by value (numbers before text).
 */
function reference(lines: readonly BackorderLine[], query: ClientQuery): BackorderLine[] {
  const words = fold(query.q).split(/\s+/).filter(Boolean);
  const { field, direction } = query.sort;
  const key = (line: BackorderLine): string | number => {
    const value = line[field];
    if (typeof value === 'number') return value;
    if (value === null || value === '') return '';
    // Statuses in the glossary's order.
    if (field === 'status') return backorderStatuses.indexOf(value as BackorderLine['status']);
    if (['title', 'publisher', 'yourReference'].includes(field)) return fold(value);
    if ((field === 'ean13' || field === 'distributorNumber') && /^\d{1,15}$/.test(value)) return Number(value);
    return value;
  };
  const positions = lines
    .map((_, i) => i)
    .filter((i) => {
      const line = lines[i]!;
      const text = fold(`${line.ean13} ${line.yourReference} ${line.distributorNumber} ${line.title} ${line.publisher}`);
      return (
        (query.statuses.length === 0 || query.statuses.includes(line.status)) &&
        !query.hidden?.has(line.id) &&
        words.every((word) => text.includes(word))
      );
    });
  const keys = lines.map(key);
  positions.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    if (ka === kb) return a - b;
    if (ka === '') return 1;
    if (kb === '') return -1;
    const order = typeof ka === typeof kb ? (ka < kb ? -1 : 1) : typeof ka === 'number' ? -1 : 1;
    return direction === 'asc' ? order : -order;
  });
  return positions.map((i) => lines[i]!);
}

/** 12 000 lines (more than the merge sort's runs of 2 048 distinct keys), with the awkward values made common. */
function awkwardLines(): BackorderLine[] {
  return [...generateBackorders(11, 12_000, '2026-11-22')].map((line, i) => {
    if (i % 7 === 0) return { ...line, expectedAt: null, price: null };
    if (i % 11 === 0) return { ...line, distributorNumber: `X-${i % 50}`, yourReference: '' };
    if (i % 13 === 0) return { ...line, title: line.title.toUpperCase(), distributorNumber: String(i % 97) };
    return line;
  });
}

const ids = (lines: readonly BackorderLine[]) => lines.map((line) => line.id);
const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve()));

describe('backorder-data: client-side sort and filter', () => {
  const lines = awkwardLines();
  const queries: ClientQuery[] = [];
  for (const field of sortFields) {
    for (const direction of ['asc', 'desc'] as const) queries.push({ q: '', statuses: [], sort: { field, direction } });
  }
  queries.push(
    { q: 'Jardin', statuses: [], sort: { field: 'title', direction: 'desc' } },
    { q: 'ÉDITIONS 978', statuses: ['available', 'reprint-in-progress'], sort: { field: 'expectedAt', direction: 'asc' } },
    { q: '', statuses: ['reprint-under-study'], sort: { field: 'quantity', direction: 'desc' }, hidden: new Set(ids(lines.slice(0, 500))) },
    { q: 'zzzz-nothing', statuses: [], sort: { field: 'notedAt', direction: 'asc' } },
  );

  for (const query of queries) {
    const name = `${query.sort.direction === 'desc' ? '-' : ''}${query.sort.field} q="${query.q}" statuses=${query.statuses.join('|')}${query.hidden ? ' hidden' : ''}`;
    it(`orders and filters as a plain comparison sort: ${name}`, () => {
      const expected = reference(lines, query);
      expect(ids(filterAndSort(lines, query))).to.deep.equal(ids(expected));
      // The first screen, without the full order, is the same as the start of the full order.
      const fresh = [...lines];
      const top = firstRows(fresh, query, 40);
      expect(top.total).to.equal(expected.length);
      expect(ids(top.rows)).to.deep.equal(ids(expected.slice(0, 40)));
    });
  }

  it('searches the same through the search texts (built in idle time) as through the patterns before them', async () => {
    const copy = [...lines];
    const accented = { ...copy[3]!, title: 'Réimpression à l’étude : Garçon', publisher: 'Éditions du Seuil' };
    copy[3] = accented;
    const searches = [
      'Jardin',
      'reimpression',
      'GARCON',
      'editions seuil',
      copy[10]!.ean13,
      copy[20]!.yourReference.slice(0, 5),
      'x-4',
      'zzzz',
    ];
    const sort: SortSpec = { field: 'title', direction: 'asc' };
    const before = searches.map((q) => ids(filterAndSort(copy, { q, statuses: [], sort })));
    expect(isReady(copy, { q: 'jardin', statuses: [], sort })).to.equal(false);
    await new Promise<void>((resolve) => prepare(copy, { q: 'jardin', statuses: [], sort }, resolve));
    expect(isReady(copy, { q: 'jardin', statuses: [], sort })).to.equal(true);
    const after = searches.map((q) => ids(filterAndSort(copy, { q, statuses: [], sort })));
    expect(after).to.deep.equal(before);
    expect(after.map((found, i) => found.length > 0 || searches[i] === 'zzzz')).to.deep.equal(searches.map(() => true));
    expect(after[1]).to.include(accented.id);
    expect(after[2]).to.include(accented.id);
    for (const [i, q] of searches.entries()) expect(after[i]).to.deep.equal(ids(reference(copy, { q, statuses: [], sort })));
  });

  it('sorts digit-only codes by value and puts other codes after them', () => {
    const sample = lines.slice(0, 400);
    const sorted = filterAndSort(sample, { q: '', statuses: [], sort: { field: 'distributorNumber', direction: 'asc' } });
    const numbers = sorted.filter((line) => /^\d+$/.test(line.distributorNumber)).map((line) => Number(line.distributorNumber));
    expect(numbers.length).to.be.greaterThan(300);
    expect(numbers).to.deep.equal([...numbers].sort((a, b) => a - b));
    const firstText = sorted.findIndex((line) => !/^\d+$/.test(line.distributorNumber));
    expect(sorted.slice(firstText).every((line) => !/^\d+$/.test(line.distributorNumber))).to.equal(true);
  });
});

describe('backorder-data: search words', () => {
  it('match whatever the case and accents, on both sides, and are never a pattern themselves', () => {
    expect(wordPattern('reimpression').test('Réimpression en cours')).to.equal(true);
    expect(wordPattern('ÉDITIONS').test('les editions du seuil')).to.equal(true);
    expect(wordPattern('garcon').test('GARÇON')).to.equal(true);
    expect(wordPattern('a.b').test('axb')).to.equal(false);
    expect(wordPattern('a.b').test('A.B')).to.equal(true);
    for (const word of ['(', '[', '\\', '*', 'x|y', '^$', 'a-b', '/']) expect(wordPattern(word).test(`--${word}--`)).to.equal(true);
    expect(wordPattern('x|y').test('x')).to.equal(false);
  });
});

describe('backorder-data: work in idle slices', () => {
  // That no slice is a long task is a timing, measured by the benchmark (npm run bench:table), not asserted here.
  it('prepare() builds what a query needs in idle slices, then says so', async () => {
    const lines = [...generateBackorders(5, 60_000, '2026-11-22')];
    const query: ClientQuery = { q: 'roman', statuses: [], sort: { field: 'yourReference', direction: 'asc' } };
    expect(isReady(lines, query)).to.equal(false);
    await new Promise<void>((resolve) => prepare(lines, query, resolve));
    expect(isReady(lines, query)).to.equal(true);
    expect(ids(filterAndSort(lines, query))).to.deep.equal(ids(reference(lines, query)));
  });

  it('an urgent sort finishes the work an idle job started, with the same result', async () => {
    const lines = [...generateBackorders(6, 30_000, '2026-11-22')];
    const cancel = warmUp(lines);
    await idle(); // one slice of the first job (title) is done
    const sort: SortSpec = { field: 'title', direction: 'desc' };
    const query = { q: '', statuses: [], sort };
    expect(ids(filterAndSort(lines, query))).to.deep.equal(ids(reference(lines, query)));
    cancel();
  });

  it('warmUp() builds every order and the search texts, and can be cancelled', async () => {
    const lines = [...generateBackorders(8, 5_000, '2026-11-22')];
    const cancel = warmUp(lines);
    const everything = () => sortFields.every((field) => isReady(lines, { q: 'x', statuses: [], sort: { field, direction: 'asc' } }));
    for (let i = 0; i < 200 && !everything(); i++) await idle();
    expect(everything()).to.equal(true);
    cancel();
    const other = [...lines];
    warmUp(other)();
    for (let i = 0; i < 5; i++) await idle();
    expect(isReady(other, { q: '', statuses: [], sort: { field: 'title', direction: 'asc' } })).to.equal(false);
  });
});
