// Runs inside Chromium (see scripts/bench-table.js): the same rows in <backorder-table>, <vaadin-grid> and bare
// <lit-virtualizer>, measured the same way.
import { html, render } from 'lit';
import '@lit-labs/virtualizer';
import '@vaadin/grid';
import '@vaadin/grid/vaadin-grid-sort-column.js';
import { backorderSortFields, type BackorderLine } from '@comptoir/contract';
import { generateBackorders } from '@comptoir/contract/fixtures';
import '../packages/elements/src/backorder-table/backorder-table.js';
import type { BackorderTable } from '../packages/elements/src/backorder-table/backorder-table.component.js';
import { filterAndSort, prepare } from '../packages/elements/src/backorder-table/backorder-data.js';

type Kind = 'comptoir' | 'vaadin' | 'virtualizer';
const stage = document.getElementById('stage')!;
const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const cache = new Map<number, BackorderLine[]>();
const rowsOf = (count: number) => {
  if (!cache.has(count)) cache.set(count, [...generateBackorders(7, count, '2026-11-22')]);
  return cache.get(count)!;
};

/** Waits for `ready`, then for the frame that paints it; returns ms since `start`. */
async function untilPainted(start: number, ready: () => boolean): Promise<number> {
  while (!ready()) await frame();
  await frame();
  return performance.now() - start;
}

function mount(kind: Kind, items: BackorderLine[]): { el: HTMLElement; ready: () => boolean; scroller: () => HTMLElement } {
  stage.replaceChildren();
  if (kind === 'comptoir') {
    const el = document.createElement('backorder-table');
    el.items = items;
    stage.append(el);
    return {
      el,
      ready: () => (el.shadowRoot?.querySelectorAll('.body [role="row"]').length ?? 0) > 5,
      scroller: () => el.shadowRoot!.querySelector<HTMLElement>('.scroller')!,
    };
  }
  if (kind === 'vaadin') {
    const grid = document.createElement('vaadin-grid') as HTMLElement & { items: BackorderLine[] };
    for (const path of backorderSortFields.filter((field) => field !== 'purgeAt')) {
      const column = document.createElement('vaadin-grid-sort-column');
      column.setAttribute('path', path);
      column.setAttribute('header', path);
      grid.append(column);
    }
    grid.items = items;
    stage.append(grid);
    return {
      el: grid,
      ready: () => {
        const cells = grid.querySelectorAll('vaadin-grid-cell-content');
        return cells.length > 20 && [...cells].some((cell) => cell.textContent === items[0]!.ean13);
      },
      scroller: () => grid.shadowRoot!.querySelector<HTMLElement>('#table')!,
    };
  }
  const host = document.createElement('div');
  host.style.overflow = 'auto';
  stage.append(host);
  render(
    html`<lit-virtualizer
      .items=${items}
      .renderItem=${(line: BackorderLine) =>
        html`<div class="vrow">
          <span>${line.status}</span><span>${line.notedAt}</span><span>${line.expectedAt ?? ''}</span><span>${line.yourReference}</span
          ><span>${line.distributorNumber}</span><span>${line.ean13}</span><span>${line.quantity}</span><span>${line.title}</span
          ><span>${line.publisher}</span>
        </div>`}
    ></lit-virtualizer>`,
    host,
  );
  return { el: host, ready: () => host.querySelectorAll('.vrow').length > 5, scroller: () => host };
}

export interface Result {
  firstRows: number;
  scrollP95: number;
  scrollMean: number;
  sort?: number;
  filter?: number;
  /** Comptoir only: a sort on unique text keys (your reference) right after the first paint, before any idle time. */
  coldSort?: number;
  /** Comptoir only: the same for a search. */
  coldFilter?: number;
}

async function run(kind: Kind, count: number): Promise<Result> {
  // A fresh array each run: nothing a previous run prepared for a list may help this one.
  const items = [...rowsOf(count)];
  stage.replaceChildren();
  await frame();
  // What an earlier run left is collected now, not during this one.
  (window as { gc?: () => void }).gc?.();
  await frame();
  const start = performance.now();
  const mounted = mount(kind, items);
  const firstRows = await untilPainted(start, mounted.ready);

  const scroller = mounted.scroller();
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
  let filter: number | undefined;
  if (kind === 'comptoir') {
    const table = mounted.el as BackorderTable;
    let t = performance.now();
    table.sort = 'title';
    await table.updateComplete;
    await frame();
    sort = performance.now() - t;
    t = performance.now();
    table.q = 'jardin';
    await table.updateComplete;
    await frame();
    filter = performance.now() - t;
  } else if (kind === 'vaadin') {
    const grid = mounted.el as HTMLElement & { items: BackorderLine[]; clearCache(): void };
    const sorter = grid.querySelector('vaadin-grid-sort-column[path="title"]') as HTMLElement & { direction: string | null };
    let t = performance.now();
    sorter.direction = 'asc';
    await untilPainted(t, () => true);
    sort = performance.now() - t;
    // vaadin-grid has no built-in text filter over every column: the application filters and sets items.
    t = performance.now();
    grid.items = items.filter((line) =>
      `${line.title} ${line.publisher} ${line.ean13} ${line.yourReference}`.toLowerCase().includes('jardin'),
    );
    await frame();
    await frame();
    filter = performance.now() - t;
  } else {
    const virtualizer = mounted.el.querySelector('lit-virtualizer') as HTMLElement & { items: BackorderLine[] };
    let t = performance.now();
    virtualizer.items = filterAndSort(items, { q: '', statuses: [], sort: { field: 'title', direction: 'asc' } });
    await frame();
    await frame();
    sort = performance.now() - t;
    t = performance.now();
    virtualizer.items = filterAndSort(items, { q: 'jardin', statuses: [], sort: { field: 'title', direction: 'asc' } });
    await frame();
    await frame();
    filter = performance.now() - t;
  }
  let coldSort: number | undefined;
  let coldFilter: number | undefined;
  if (kind === 'comptoir') {
    for (const change of ['sort', 'filter'] as const) {
      const items = [...rowsOf(count)];
      (window as { gc?: () => void }).gc?.();
      await frame();
      const fresh = mount(kind, items);
      await untilPainted(performance.now(), fresh.ready);
      const table = fresh.el as BackorderTable;
      const t = performance.now();
      if (change === 'sort') table.sort = 'yourReference';
      else table.q = 'jardin';
      await table.updateComplete;
      await frame();
      if (change === 'sort') coldSort = performance.now() - t;
      else coldFilter = performance.now() - t;
    }
  }
  stage.replaceChildren();
  await frame();
  return { firstRows, scrollP95, scrollMean, sort, filter, coldSort, coldFilter };
}

/** Mounts and unmounts <backorder-table> `cycles` times; the caller counts what survives a garbage collection. */
async function cycles(count: number, cyclesToRun: number): Promise<void> {
  for (let i = 0; i < cyclesToRun; i++) {
    const mounted = mount('comptoir', rowsOf(count));
    await untilPainted(performance.now(), mounted.ready);
    mounted.scroller().scrollTop = 4000;
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
