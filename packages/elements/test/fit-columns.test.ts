// Every table at any width of its element (the lowest priorities drop, then cards; nothing scrolls sideways), and the
// column chooser of each element: keyboard, remembered per element id, the `columns` attribute winning.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  generateCases,
  generateCatalog,
  generateOrders,
  generateShipments,
  generateWatchlist,
  seedBackorders,
} from '@comptoir/contract/fixtures';
import type { ShipmentDetail } from '@comptoir/contract';
import '../src/all.js';
import { json, stateOf, stubFetch, until, type Handler } from './helpers.js';
import { summaryOf } from './order-fixtures.js';
import { orderColumns } from '../src/order-timeline/order-timeline.columns.js';
import { clearCache } from '../src/runtime/api-client.js';
import { backorderColumns } from '../src/backorder-table/backorder-table.columns.js';

const today = '2026-11-23';
const page = (items: unknown[]) => json({ items, total: items.length, page: 1, pageSize: 50 });
const shipmentDetails = generateShipments(7, 12, today);
const shipments = shipmentDetails.map(({ lines: _l, parcels: _p, ...summary }: ShipmentDetail) => summary);
const caseDetails = generateCases(7, 12, today, 'librairie-centre.fr');
const cases = caseDetails.map(({ cc: _c, messages: _m, ...summary }) => summary);
const catalog = generateCatalog(7, 40, today);
const watched = generateWatchlist(7, catalog, 12, today);
// Orders at different steps and offers (their validity, amount and state fill the offers' columns).
const dossiers = generateOrders(1, today).reverse();
const orders = dossiers.map(summaryOf);

interface Case {
  tag: 'shipment-tracker' | 'order-timeline' | 'case-journal' | 'availability-watchlist' | 'backorder-table';
  handler: Handler;
  /** Every column's key, in the model's order. */
  keys: string[];
}
const semantic: Case[] = [
  {
    tag: 'shipment-tracker',
    handler: () => page(shipments),
    keys: ['orderedAt', 'yourReference', 'orderNumber', 'nature', 'parcelCount', 'shipmentNumber', 'status'],
  },
  {
    tag: 'order-timeline',
    handler: () => page(orders),
    keys: [...orderColumns],
  },
  { tag: 'case-journal', handler: () => page(cases), keys: ['createdAt', 'id', 'status', 'primaryEmail', 'shortDescription'] },
  {
    tag: 'availability-watchlist',
    handler: (url) => (url.pathname.includes('catalog') ? page([]) : page(watched)),
    keys: ['ean13', 'subscribedAt', 'title', 'available', 'availableAt', 'notifiedAt', 'publisher', 'price', 'yourReference'],
  },
];
const all: Case[] = [
  ...semantic,
  {
    tag: 'backorder-table',
    handler: () => page(seedBackorders),
    keys: [...backorderColumns],
  },
];

/** The element in a box of `width` px (a CMS column, a portal pane), in French, with its data. */
async function mountIn(test: Case, width: number, setup: (el: HTMLElement) => void = () => undefined) {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const el = document.createElement(test.tag) as HTMLElement & { endpoint: string; fetch: typeof fetch; updateComplete: Promise<unknown> };
  el.endpoint = `/api/${test.tag}`;
  el.lang = 'fr';
  el.fetch = stubFetch(test.handler);
  setup(el);
  box.append(el);
  document.body.append(box);
  const row = test.tag === 'backorder-table' ? '.body .row' : 'tbody tr';
  await until(() => stateOf(el) === 'data' && el.shadowRoot!.querySelector(row) !== null, 4000, `${test.tag} rows`);
  return { el, box };
}
const tableOf = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLTableElement>('table[data-fit]')!;
/** The headers that show, by their column key (a sort header carries it; the others by their position). */
const shownHeaders = (el: HTMLElement) =>
  [...tableOf(el).querySelectorAll<HTMLElement>('thead th[data-p]')].filter((th) => getComputedStyle(th).display !== 'none');
/** The fit once the element settled: at least two frames after the last change of width. */
const settledFit = async (el: HTMLElement) => {
  let last = '';
  let same = 0;
  await until(() => {
    const fit = tableOf(el)?.dataset.fit ?? 'none';
    same = fit === last ? same + 1 : 0;
    last = fit;
    return same > 12;
  });
  return last;
};

afterEach(() => {
  document
    .querySelectorAll('div:has(> :is(shipment-tracker, order-timeline, case-journal, availability-watchlist, backorder-table))')
    .forEach((box) => box.remove());
  localStorage.clear();
  clearCache();
});

describe('tables fit their element’s own width', () => {
  for (const test of semantic) {
    it(`<${test.tag}>: every column when wide, columns dropped by priority in the middle, cards when narrow; never sideways`, async () => {
      const { el, box } = await mountIn(test, 1900);
      const wrap = () => el.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
      expect(await settledFit(el)).to.equal('');
      expect(shownHeaders(el)).to.have.length(test.keys.length);
      const seen = new Set<string>();
      for (const width of [320, 390, 480, 600, 700, 768, 900, 1024, 1200, 1400]) {
        box.style.width = `${width}px`;
        const fit = await settledFit(el);
        seen.add(fit);
        expect(wrap().scrollWidth, `${test.tag} at ${width}px (${fit}) scrolls sideways`).to.be.at.most(wrap().clientWidth + 1);
        expect(el.scrollWidth, `${test.tag} at ${width}px`).to.be.at.most(el.clientWidth + 1);
        // Nothing clipped: no button, badge or date cut.
        for (const piece of el.shadowRoot!.querySelectorAll<HTMLElement>('td .button, td .badge, td time, th .sort')) {
          if (piece.offsetParent) expect(piece.scrollWidth, `${piece.textContent} at ${width}px`).to.be.at.most(piece.clientWidth + 1);
        }
        if (fit === '3' || fit === '3 2') {
          // A dropped column's values show under the row's main cell, with their label.
          const hidden = [...tableOf(el).querySelectorAll<HTMLElement>('tbody tr:first-child td[data-p]')].filter(
            (td) => getComputedStyle(td).display === 'none' && td.textContent!.trim(),
          );
          expect(hidden.length, `${test.tag} at ${width}px drops a column`).to.be.greaterThan(0);
          const main = tableOf(el).querySelector<HTMLElement>('tbody tr:first-child td[data-more32]')!;
          const more = getComputedStyle(main, '::after').content;
          for (const td of hidden) expect(more, `${test.tag} at ${width}px`).to.contain(`${td.dataset.label} ${td.textContent!.trim()}`);
        }
        // A phone's column: cards, unless the fewest columns fit side by side.
        if (width <= 390) expect(fit, `${test.tag} at ${width}px`).to.be.oneOf(['cards', '3 2']);
      }
      expect(
        [...seen].some((fit) => fit === '3' || fit === '3 2'),
        `${test.tag} has a middle layout`,
      ).to.equal(true);
      box.style.width = '1900px';
      expect(await settledFit(el)).to.equal('');
      expect(shownHeaders(el)).to.have.length(test.keys.length);
    });
  }

  it('is accessible in the middle layout (the dropped values are read in the main cell)', async function () {
    this.timeout(30000);
    for (const test of semantic) {
      const { el, box } = await mountIn(test, 1300);
      let width = 1300;
      while (!(await settledFit(el)).startsWith('3') && width > 320) box.style.width = `${(width -= 80)}px`;
      expect(tableOf(el).dataset.fit, `${test.tag} at ${width}px`).to.match(/^3/);
      await expect(el).to.be.accessible();
    }
  });
});

describe('details fit a phone’s column', () => {
  /** The list, and each item at `/api/<tag>/<id>`. */
  const withDetails = (test: Case, details: { id?: string; ourRef?: string }[]): Case => ({
    ...test,
    handler: (url, init) => {
      const id = decodeURIComponent(/\/api\/[a-z-]+\/([^/]+)$/.exec(url.pathname)?.[1] ?? '');
      const found = id && details.find((item) => item.id === id || item.ourRef === id);
      return found ? json(found) : test.handler(url, init);
    },
  });
  const cases: Case[] = [
    withDetails(semantic[0]!, shipmentDetails),
    // The first row is an offer: its panel and actions fit a phone's column too.
    withDetails(semantic[1]!, dossiers),
    withDetails(semantic[2]!, caseDetails),
  ];
  for (const test of cases)
    for (const width of [320, 390]) {
      it(`<${test.tag}> at ${width}px: the open item never wider than the element, nothing scrolling sideways`, async () => {
        const { el } = await mountIn(test, width);
        el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="open"]')!.click();
        // The detail's heading, and no loading state left (the dossier's steps carry their own data-state).
        const shown = () => el.shadowRoot!.querySelector('h2[tabindex="-1"]') && !el.shadowRoot!.querySelector('[data-state="loading"]');
        await until(() => Boolean(shown()), 4000, 'the detail');
        await settledFit(el).catch(() => '');
        await new Promise((resolve) => setTimeout(resolve, 100));
        const right = el.getBoundingClientRect().right;
        const wider = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(
          (node) => !node.closest('.visually-hidden') && node.getBoundingClientRect().right > right + 1,
        );
        expect(wider.map((node) => `${node.tagName}.${node.className}`)).to.deep.equal([]);
        for (const wrap of el.shadowRoot!.querySelectorAll<HTMLElement>('.table-wrap'))
          expect(wrap.scrollWidth, `${test.tag} lines at ${width}px`).to.be.at.most(wrap.clientWidth + 1);
        await expect(el).to.be.accessible();
      });
    }
});

describe('the columns attribute', () => {
  for (const test of all) {
    it(`<${test.tag}>: removed by the host (a framework toggling it), every column shows again and still fits`, async () => {
      const { el } = await mountIn(test, 1100, (el) => el.setAttribute('columns', test.keys.slice(0, 3).join(',')));
      expect(test.keys.filter((key) => hasColumn(el, test, key))).to.deep.equal(test.keys.slice(0, 3));
      el.removeAttribute('columns');
      await until(() => test.keys.slice(3).some((key) => hasColumn(el, test, key)), 2000, 'more columns');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const box = el.shadowRoot!.querySelector<HTMLElement>(test.tag === 'backorder-table' ? '.scroller' : '.table-wrap')!;
      expect(box.scrollWidth, 'sideways').to.be.at.most(box.clientWidth + 1);
      // At 1,100 px not every column fits side by side: some are dropped by priority (or the rows are cards).
      const shown = test.keys.filter((key) => hasColumn(el, test, key));
      if (test.tag === 'backorder-table') expect(el.shadowRoot!.querySelector('.scroller.fit-2, .scroller.cards')).not.to.equal(null);
      else expect(shown.length).to.be.greaterThan(3);
    });
  }
});

describe('the column chooser', () => {
  for (const test of all) {
    it(`<${test.tag}>: hides and shows columns from the keyboard, remembered per id; the columns attribute wins`, async () => {
      const { el } = await mountIn(test, 1900, (el) => (el.id = 'mine'));
      const summary = el.shadowRoot!.querySelector<HTMLElement>('[part~="column-chooser-button"]')!;
      expect(summary.textContent!.trim()).to.equal('Colonnes');
      summary.focus();
      await sendKeys({ press: 'Enter' });
      const boxes = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="column-chooser-menu"] input[type=checkbox]')];
      await until(() => boxes().length === test.keys.length, 3000, 'the checkboxes');
      expect(boxes().map((box) => box.name)).to.deep.equal(test.keys);
      expect(boxes().every((box) => box.checked)).to.equal(true);
      await expect(el).to.be.accessible();
      // The second column goes, from the keyboard.
      boxes()[1]!.focus();
      await sendKeys({ press: 'Space' });
      await until(() => !boxes()[1]!.checked);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const stored = localStorage.getItem(`comptoir-columns:${test.tag}#mine`)!;
      expect(stored.split(',')).to.deep.equal(test.keys.filter((_, i) => i !== 1));
      expect((el as unknown as { columns: string }).columns).to.equal(stored);
      expect(hasColumn(el, test, test.keys[1]!)).to.equal(false);
      expect(hasColumn(el, test, test.keys[0]!)).to.equal(true);
      // Escape closes the list, back on its button.
      await sendKeys({ press: 'Escape' });
      expect(summary.closest('details')!.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(summary);

      // The same element on the next visit (a reload) shows the reader's choice.
      el.parentElement!.remove();
      const again = await mountIn(test, 1900, (el) => (el.id = 'mine'));
      expect(hasColumn(again.el, test, test.keys[1]!)).to.equal(false);
      // Another id keeps every column.
      const other = await mountIn(test, 1900, (el) => (el.id = 'other'));
      expect(hasColumn(other.el, test, test.keys[1]!)).to.equal(true);
      // The page's own columns attribute wins over the remembered choice.
      const attribute = await mountIn(test, 1900, (el) => {
        el.id = 'mine';
        el.setAttribute('columns', `${test.keys[1]},${test.keys[2]}`);
      });
      expect(hasColumn(attribute.el, test, test.keys[1]!)).to.equal(true);
      expect(hasColumn(attribute.el, test, test.keys[0]!)).to.equal(false);
    });
  }

  it('never lets the last shown column go', async () => {
    const test = semantic[2]!;
    const { el } = await mountIn(test, 1900, (el) => el.setAttribute('columns', 'status'));
    el.shadowRoot!.querySelector<HTMLElement>('[part~="column-chooser-button"]')!.click();
    await until(() => el.shadowRoot!.querySelector('[part="column-chooser-menu"] input') !== null);
    const status = el.shadowRoot!.querySelector<HTMLInputElement>('[part="column-chooser-menu"] input[name="status"]')!;
    expect(status.checked).to.equal(true);
    expect(status.disabled).to.equal(true);
  });

  it('stays inside a 320 px column when open', async () => {
    const { el } = await mountIn(semantic[3]!, 320);
    el.shadowRoot!.querySelector<HTMLElement>('[part~="column-chooser-button"]')!.click();
    const menu = () => el.shadowRoot!.querySelector<HTMLElement>('[part="column-chooser-menu"]');
    await until(() => menu() !== null && menu()!.offsetWidth > 0);
    const box = el.getBoundingClientRect();
    const rect = menu()!.getBoundingClientRect();
    expect(rect.left).to.be.at.least(box.left - 1);
    expect(rect.right).to.be.at.most(box.right + 1);
    for (const label of menu()!.querySelectorAll('label')) expect(label.getBoundingClientRect().height).to.be.at.least(24);
  });
});

/** Whether the column `key` shows: a cell of the first row (the backorder grid renders every cell, hiding some). */
function hasColumn(el: HTMLElement, test: Case, key: string): boolean {
  const selector = test.tag === 'backorder-table' ? `.body .row .cell[data-column="${key}"]` : `tbody tr td[data-column="${key}"]`;
  const cell = el.shadowRoot!.querySelector<HTMLElement>(selector);
  return cell !== null && getComputedStyle(cell).display !== 'none';
}

describe('printed', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  for (const test of all) {
    it(`<${test.tag}>: every row readable at A4 width, no scroll box, under a heading that states the view`, async () => {
      const { el } = await mountIn(test, 718, (el) => el.setAttribute('q', 'a'));
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
      await settledFit(el).catch(() => '');
      const root = el.shadowRoot!;
      const heading = root.querySelector<HTMLElement>('[part="print-heading"]')!;
      expect(getComputedStyle(heading).display).to.equal('block');
      const text = heading.textContent!.trim();
      expect(text).to.match(/ — imprimé le \d\d\/\d\d\/\d{4}$/);
      expect(text).to.contain(' — Recherche : a — ');
      expect(getComputedStyle(root.querySelector('[part~="toolbar"], [part~="finder"]')!).display).to.equal('none');
      const box = root.querySelector<HTMLElement>(test.tag === 'backorder-table' ? '.scroller' : '.table-wrap')!;
      expect(box.scrollWidth, 'sideways').to.be.at.most(box.clientWidth + 1);
      expect(box.scrollHeight, 'an inner scroll box').to.be.at.most(box.clientHeight + 1);
      if (test.tag === 'backorder-table') {
        // Every line is rendered for paper, not only those a screen shows.
        const shown = Number(root.querySelector('.count')!.textContent!.replace(/\D/g, ''));
        expect(root.querySelectorAll('.body .row')).to.have.length(shown);
      }
      for (const cell of root.querySelectorAll<HTMLElement>('td, .body .cell')) {
        if (cell.offsetParent) expect(cell.scrollWidth, cell.textContent!).to.be.at.most(cell.clientWidth + 1);
      }
      window.dispatchEvent(new Event('afterprint'));
    });
  }
});

describe('long texts in the backorder grid', () => {
  const longTitle = 'UNE TRÈS LONGUE HISTOIRE DES LIBRAIRIES DE FRANCE, DE LEURS LIBRAIRES ET DE LEURS LECTEURS, TOME PREMIER';
  /** The grid at `width` px with a first line of that title; its title cell. */
  async function withLongTitle(width: number) {
    const long = { ...seedBackorders[0]!, id: 'long', title: longTitle };
    const { el } = await mountIn({ ...all[4]!, handler: () => page([long, ...seedBackorders.slice(1)]) }, width);
    const cell = () => el.shadowRoot!.querySelector<HTMLElement>('.body .row[data-id="long"] [data-column="title"]')!;
    await until(() => cell() !== null);
    return { el, cell };
  }

  it('wrap to two lines, then show whole on the focused line', async () => {
    const { cell } = await withLongTitle(1900);
    expect(cell().title).to.equal(longTitle);
    expect(cell().scrollHeight, 'cut after two lines').to.be.greaterThan(cell().clientHeight + 1);
    cell().closest<HTMLElement>('.row')!.focus();
    await until(() => cell().scrollHeight <= cell().clientHeight + 1, 2000, 'the whole title on focus');
    expect(cell().getBoundingClientRect().height).to.be.greaterThan(2 * parseFloat(getComputedStyle(cell()).lineHeight));
  });

  it('on a phone’s card, show two whole lines of the title and no part of a third', async () => {
    const { el, cell } = await withLongTitle(390);
    await until(() => el.shadowRoot!.querySelector('.scroller.cards') !== null, 2000, 'cards');
    const line = parseFloat(getComputedStyle(cell()).lineHeight);
    expect(cell().scrollHeight, 'cut').to.be.greaterThan(cell().clientHeight + 1);
    expect(cell().clientHeight, `${cell().clientHeight}px for lines of ${line}px`).to.be.within(2 * line - 1, 2 * line + 1);
  });
});
