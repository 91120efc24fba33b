// Runs inside Chromium (see scripts/bench-table.js): the same rows in <backorder-table>, <vaadin-grid>, AG Grid
// Community and a floor (bare <lit-virtualizer>, the same cells and no table features), measured the same way:
// - every grid renders the same 13 columns with the same formatters and markup (bench/cells.ts), in the same box, at
//   the same row height, sorted the same way at first (latest noted first);
// - first rows: from mounting to the frame after the one whose first screen shows at least FIRST_SCREEN title cells
//   with their text (one ready check for all);
// - sort: from a click on the Title header to the frame after the first screen shows the smallest title on top;
// - filter: from one input event in the grid's search box ("jardin", as a paste or an autocompletion types it) to the
//   frame after the first screen shows only matching titles. vaadin-grid has no search box of its own: the
//   application filters its items on input, as its documentation shows; AG Grid's is its quick filter; the floor
//   filters its sorted array;
// - scroll: the frame times while the scroll position moves each frame.
import { html, render } from 'lit';
import '@lit-labs/virtualizer';
import '@vaadin/grid';
import '@vaadin/grid/vaadin-grid-sort-column.js';
import { AllCommunityModule, ModuleRegistry, createGrid, type ColDef, type GridApi } from 'ag-grid-community';
import type { BackorderLine } from '@comptoir/contract';
import { generateBackorders } from '@comptoir/contract/fixtures';
import '../packages/elements/src/backorder-table/backorder-table.js';
import type { BackorderTable } from '../packages/elements/src/backorder-table/backorder-table.component.js';
import { prepare } from '../packages/elements/src/backorder-table/backorder-data.js';
import { alignEnd, byNotedDesc, columns, fill, isSortable, label, matches, text, widthOf, type BackorderColumn } from './cells.js';

ModuleRegistry.registerModules([AllCommunityModule]);

export type Kind = 'comptoir' | 'vaadin' | 'aggrid' | 'floor';
const FIRST_SCREEN = 12;
const QUERY = 'jardin';
const stage = document.getElementById('stage')!;
const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const cache = new Map<number, BackorderLine[]>();
const rowsOf = (count: number) => {
  if (!cache.has(count)) cache.set(count, [...generateBackorders(7, count, '2026-11-22')]);
  return cache.get(count)!;
};

interface Mounted {
  el: HTMLElement;
  /** The element that scrolls the rows. */
  scroller: () => HTMLElement | null;
  /** The title cells rendered now (visible or not). */
  titles: () => Iterable<HTMLElement>;
  /** The Title header's sort control. */
  titleHeader?: () => HTMLElement | null;
  /** The search box the reader types in. */
  search: () => HTMLInputElement | null;
  dispose?: () => void;
}

/** The titles the first screen shows, top to bottom. */
function visibleTitles(mounted: Mounted): string[] {
  const scroller = mounted.scroller();
  if (!scroller) return [];
  const box = scroller.getBoundingClientRect();
  const seen: { top: number; text: string }[] = [];
  for (const node of mounted.titles()) {
    const rect = node.getBoundingClientRect();
    if (rect.height > 0 && rect.bottom > box.top + 1 && rect.top < box.bottom - 1)
      seen.push({ top: rect.top, text: node.textContent!.trim() });
  }
  return seen.sort((a, b) => a.top - b.top).map((entry) => entry.text);
}

/** Waits for `ready` (checked at each frame), then for the frame that paints it; returns ms since `start`. */
async function untilPainted(start: number, ready: () => boolean, what: string): Promise<number> {
  const limit = start + 30_000;
  while (!ready()) {
    if ((await frame()) > limit) throw new Error(`${what}: not ready after 30 s`);
  }
  await frame();
  return performance.now() - start;
}

const cellStyle = (column: BackorderColumn) => (alignEnd(column) ? 'end' : 'start');

function searchBox(): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'search';
  input.setAttribute('aria-label', 'Rechercher');
  stage.append(input);
  return input;
}

function mountComptoir(items: BackorderLine[]): Mounted {
  const el = document.createElement('backorder-table');
  el.items = items;
  stage.append(el);
  return {
    el,
    scroller: () => el.shadowRoot?.querySelector<HTMLElement>('.scroller') ?? null,
    titles: () => el.shadowRoot?.querySelectorAll<HTMLElement>('.body [data-column="title"]') ?? [],
    titleHeader: () => el.shadowRoot?.querySelector<HTMLElement>('.head [data-column="title"] button') ?? null,
    search: () => el.shadowRoot?.querySelector<HTMLInputElement>('input[part~="search-input"]') ?? null,
  };
}

type VaadinGrid = HTMLElement & { items: BackorderLine[] };
function mountVaadin(items: BackorderLine[]): Mounted {
  const input = searchBox();
  const grid = document.createElement('vaadin-grid') as VaadinGrid;
  for (const column of columns) {
    const col = document.createElement(isSortable(column) ? 'vaadin-grid-sort-column' : 'vaadin-grid-column') as HTMLElement & {
      path?: string;
      header: string;
      width: string;
      flexGrow: number;
      textAlign: string;
      direction?: string | null;
      renderer: (root: HTMLElement, column: unknown, model: { item: BackorderLine }) => void;
    };
    if (isSortable(column)) col.path = column;
    col.header = label(column);
    col.width = `${widthOf[column]}px`;
    col.flexGrow = column === 'title' ? 1 : 0;
    col.textAlign = cellStyle(column);
    col.renderer = (root, _column, model) => fill(root, model.item, column);
    if (column === 'notedAt') col.direction = 'desc';
    grid.append(col);
  }
  grid.items = items;
  // The application's search: vaadin-grid filters nothing itself.
  input.addEventListener('input', () => (grid.items = items.filter((line) => matches(line, input.value))));
  stage.append(grid);
  return {
    el: grid,
    scroller: () => grid.shadowRoot?.querySelector<HTMLElement>('#table') ?? null,
    titles: () => grid.querySelectorAll<HTMLElement>('.t'),
    titleHeader: () =>
      [...grid.querySelectorAll<HTMLElement & { path: string }>('vaadin-grid-sorter')].find((sorter) => sorter.path === 'title') ?? null,
    search: () => input,
  };
}

function mountAgGrid(items: BackorderLine[]): Mounted {
  const input = searchBox();
  const host = document.createElement('div');
  host.className = 'aggrid';
  stage.append(host);
  const plain = new Set<BackorderColumn>(['status', 'title', 'publisher', 'purgeAt', 'actions']);
  const columnDefs: ColDef<BackorderLine>[] = columns.map((column) => ({
    colId: column,
    headerName: label(column),
    width: widthOf[column],
    flex: column === 'title' ? 1 : undefined,
    sortable: isSortable(column),
    sort: column === 'notedAt' ? 'desc' : undefined,
    type: alignEnd(column) ? 'rightAligned' : undefined,
    // The value sorted and searched: the raw field, as in the other grids.
    valueGetter: (params) => (params.data && column in params.data ? params.data[column as keyof BackorderLine] : null),
    // Text cells: AG Grid's own formatter (its fastest path); the others: the same markup as everywhere.
    ...(plain.has(column)
      ? {
          cellRenderer: (params: { data?: BackorderLine }) => {
            const root = document.createElement('span');
            if (params.data) fill(root, params.data, column);
            return root;
          },
        }
      : { valueFormatter: (params: { data?: BackorderLine }) => (params.data ? text(params.data, column) : '') }),
    getQuickFilterText: (params) => (column === 'title' || column === 'publisher' || column === 'ean13' ? String(params.value) : ''),
  }));
  const api: GridApi<BackorderLine> = createGrid(host, {
    columnDefs,
    rowData: items,
    rowHeight: 40,
    headerHeight: 40,
    suppressColumnVirtualisation: true,
    animateRows: false,
  });
  input.addEventListener('input', () => api.setGridOption('quickFilterText', input.value));
  return {
    el: host,
    scroller: () => host.querySelector<HTMLElement>('.ag-grid-viewport'),
    titles: () => host.querySelectorAll<HTMLElement>('.ag-cell[col-id="title"]'),
    titleHeader: () => host.querySelector<HTMLElement>('.ag-header-cell[col-id="title"] .ag-header-cell-label'),
    search: () => input,
    dispose: () => api.destroy(),
  };
}

/** The floor: the same cells in a bare virtualizer, in the order given (sorted before the clock starts). */
function mountFloor(sorted: BackorderLine[]): Mounted {
  const input = searchBox();
  const host = document.createElement('div');
  host.className = 'floor';
  stage.append(host);
  const row = (line: BackorderLine) =>
    html`<div class="frow">
      ${columns.map((column) =>
        column === 'status'
          ? html`<div><span class="badge ${line.status}">${text(line, column)}</span></div>`
          : column === 'title' || column === 'publisher'
            ? html`<div><div class="two ${column === 'title' ? 't' : ''}" title=${line[column]}>${line[column]}</div></div>`
            : column === 'actions'
              ? html`<div>${line.cancellable ? html`<button type="button">Annuler</button>` : ''}</div>`
              : html`<div class=${cellStyle(column)}>${text(line, column)}</div>`,
      )}
    </div>`;
  const draw = (items: BackorderLine[]) =>
    render(html`<lit-virtualizer scroller .items=${items} .renderItem=${row}></lit-virtualizer>`, host);
  draw(sorted);
  input.addEventListener('input', () => draw(sorted.filter((line) => matches(line, input.value))));
  return {
    el: host,
    scroller: () => host.querySelector<HTMLElement>('lit-virtualizer'),
    titles: () => host.querySelectorAll<HTMLElement>('.t'),
    search: () => input,
  };
}

function mount(kind: Kind, items: BackorderLine[], sorted: BackorderLine[]): Mounted {
  stage.replaceChildren();
  if (kind === 'comptoir') return mountComptoir(items);
  if (kind === 'vaadin') return mountVaadin(items);
  if (kind === 'aggrid') return mountAgGrid(items);
  return mountFloor(sorted);
}

export interface Result {
  firstRows: number;
  scrollP95: number;
  scrollMean: number;
  sort?: number;
  filter?: number;
  /** Comptoir only: a click on Your reference (unique text keys) right after the first paint, before any idle time. */
  coldSort?: number;
  /** Comptoir only: the search, right after the first paint. */
  coldFilter?: number;
}

/** The smallest title, by each order a grid may use (code points, lower case, the French collation). */
function smallestTitles(items: BackorderLine[]): Set<string> {
  const collator = new Intl.Collator('fr');
  const min = (compare: (a: string, b: string) => number) =>
    items.reduce((m, line) => (compare(line.title, m) < 0 ? line.title : m), items[0]!.title);
  return new Set([
    min((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    min((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)),
    min(collator.compare),
  ]);
}

async function toTop(mounted: Mounted): Promise<void> {
  const scroller = mounted.scroller();
  if (scroller) scroller.scrollTop = 0;
  for (let i = 0; i < 4; i++) await frame();
}

async function clickSort(mounted: Mounted, kind: string, smallest: Set<string>): Promise<number> {
  const header = mounted.titleHeader?.();
  if (!header) throw new Error(`${kind}: no Title header`);
  const start = performance.now();
  header.click();
  return untilPainted(
    start,
    () => {
      const titles = visibleTitles(mounted);
      return titles.length >= FIRST_SCREEN && smallest.has(titles[0]!);
    },
    `${kind} sort`,
  );
}

async function typeSearch(mounted: Mounted, kind: string, expected: number): Promise<number> {
  const input = mounted.search();
  if (!input) throw new Error(`${kind}: no search box`);
  const start = performance.now();
  input.value = QUERY;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  const upper = QUERY.toUpperCase();
  return untilPainted(
    start,
    () => {
      const titles = visibleTitles(mounted);
      return titles.length >= Math.min(FIRST_SCREEN, expected) && titles.every((title) => title.includes(upper));
    },
    `${kind} filter`,
  );
}

async function run(kind: Kind, count: number): Promise<Result> {
  // A fresh array each run: nothing a previous run prepared for a list may help this one.
  const items = [...rowsOf(count)];
  const sorted = kind === 'floor' ? [...items].sort(byNotedDesc) : items;
  const smallest = smallestTitles(items);
  const expected = items.filter((line) => matches(line, QUERY)).length;
  stage.replaceChildren();
  await frame();
  // What an earlier run left is collected now, not during this one.
  (window as { gc?: () => void }).gc?.();
  await frame();
  const start = performance.now();
  const mounted = mount(kind, items, sorted);
  const firstRows = await untilPainted(start, () => visibleTitles(mounted).length >= FIRST_SCREEN, `${kind} first rows`).catch(
    (error: Error) => {
      const all = [...mounted.titles()];
      throw new Error(
        `${error.message} (${all.length} title cells, ${visibleTitles(mounted).length} visible, scroller ${mounted.scroller()?.getBoundingClientRect().height} px)`,
      );
    },
  );

  const scroller = mounted.scroller()!;
  const frames: number[] = [];
  let last = await frame();
  for (let step = 0; step < 60; step++) {
    scroller.scrollTop += (scroller.scrollHeight / 80) * (step % 2 === 0 ? 1 : 0.5);
    const now = await frame();
    frames.push(now - last);
    last = now;
  }
  frames.sort((a, b) => a - b);
  const scrollP95 = frames[Math.ceil(frames.length * 0.95) - 1]!;
  const scrollMean = frames.reduce((a, b) => a + b, 0) / frames.length;

  let sort: number | undefined;
  if (kind !== 'floor') {
    await toTop(mounted);
    sort = await clickSort(mounted, kind, smallest);
  }
  await toTop(mounted);
  const filter = await typeSearch(mounted, kind, expected);

  let coldSort: number | undefined;
  let coldFilter: number | undefined;
  if (kind === 'comptoir') {
    for (const change of ['sort', 'filter'] as const) {
      mounted.dispose?.();
      (window as { gc?: () => void }).gc?.();
      await frame();
      const fresh = mount(kind, [...rowsOf(count)], []);
      await untilPainted(performance.now(), () => visibleTitles(fresh).length >= FIRST_SCREEN, 'comptoir cold');
      if (change === 'filter') coldFilter = await typeSearch(fresh, kind, expected);
      else {
        const table = fresh.el as BackorderTable;
        const t = performance.now();
        fresh.el.shadowRoot!.querySelector<HTMLElement>('.head [data-column="yourReference"] button')!.click();
        await table.updateComplete;
        await frame();
        coldSort = performance.now() - t;
      }
    }
  }
  mounted.dispose?.();
  stage.replaceChildren();
  await frame();
  return { firstRows, scrollP95, scrollMean, sort, filter, coldSort, coldFilter };
}

/** Mounts and unmounts <backorder-table> `cycles` times; the caller counts what survives a garbage collection. */
async function cycles(count: number, cyclesToRun: number): Promise<void> {
  for (let i = 0; i < cyclesToRun; i++) {
    const mounted = mount('comptoir', rowsOf(count), []);
    await untilPainted(performance.now(), () => visibleTitles(mounted).length >= FIRST_SCREEN, 'cycle');
    mounted.scroller()!.scrollTop = 4000;
    await frame();
    await frame();
    stage.replaceChildren();
    await frame();
  }
  cache.clear();
}

/** Builds a query's order in idle slices (`prepare`) and returns the longest task seen meanwhile, in ms. */
async function idleLongestTask(count: number): Promise<number> {
  const lines = [...rowsOf(count)];
  await frame();
  let longest = 0;
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => (longest = Math.max(longest, entry.duration))));
  observer.observe({ type: 'longtask' });
  await new Promise<void>((resolve) =>
    prepare(lines, { q: 'roman', statuses: [], sort: { field: 'yourReference', direction: 'asc' } }, resolve),
  );
  await frame();
  observer.disconnect();
  return longest;
}

Object.assign(window, { benchRun: run, benchCycles: cycles, benchIdle: idleLongestTask, benchReady: true });
