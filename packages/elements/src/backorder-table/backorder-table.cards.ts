// Fewer columns, then cards, when the shown columns do not fit the element's own width (a portal's pane, a CMS column, a
// phone): loaded only then, so a wide portal never downloads them.
// - Middle widths (`.fit-1`, `.fit-2`): the columns of lower priority leave the row's tracks. Their cells stay in the
//   row, clipped to nothing but labelled and read by screen readers; the focused row (arrows, a click, Tab) expands
//   over the next ones and shows them, up to three a line. Rows keep one height, so they stay virtual.
// - Narrow: each line is a card of labelled fields, as many side by side as the width allows; every card has one
//   height (the grid reads it from its probe), so the rows stay virtual.
import { css } from 'lit';
import type { BackorderColumn } from './backorder-table.columns.js';

export const cardStyles = css`
  .fit .cell::before {
    display: none;
    margin-inline-end: 0.4em;
    color: var(--_fg-muted);
    font-size: 0.85em;
  }
  .fit .body .row:focus-within {
    height: auto !important;
    min-height: var(--_row-height);
    grid-template-rows: minmax(var(--_row-height), auto);
    z-index: 2;
    background: var(--_bg-alt);
    box-shadow: 0 4px 8px -2px var(--_fg-muted);
  }
  /* The sortable headers become a row of sort buttons above the cards. */
  .cards {
    --_card: calc(2 * var(--_space) + 2.5 * var(--_rem) + var(--_lines) * 1.5em);
    height: calc(var(--_n) * var(--_card) + 6 * var(--_rem));
    max-height: max(var(--_table-height), 75vh);
  }
  .cards .grid {
    min-width: 0;
  }
  .cards .head {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_rem)) var(--_space);
    padding: var(--_space);
  }
  .cards .head .cell {
    padding: 2px 6px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .cards .head .cell:not([aria-sort]) {
    display: none;
  }
  .cards .row-probe {
    height: var(--_card);
  }
  .cards .body .row {
    grid-template-columns: repeat(var(--_fields), minmax(0, 1fr));
    grid-template-rows: calc(2 * var(--_rem)) repeat(var(--_lines), 1.5em);
    grid-auto-flow: row dense;
    gap: 0 calc(2 * var(--_space));
    padding: var(--_space) calc(1.5 * var(--_space));
    border-bottom: calc(0.5 * var(--_rem)) solid var(--_bg-alt);
  }
  .cards .body .cell {
    align-self: stretch;
    line-height: 1.5em;
    position: relative;
    padding: 0 0 0 min(8rem, 42%);
    text-align: start;
  }
  .cards .body .cell::before {
    position: absolute;
    inset-inline-start: 0;
    width: calc(min(8rem, 42%) - var(--_space));
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--_fg-muted);
    font-size: 0.85em;
  }
  .cards .body [data-column='status'] {
    grid-area: 1 / 1 / 2 / -1;
    padding: 0;
  }
  .cards .body [data-column='actions'] {
    grid-area: 1 / -2 / 2 / -1;
    justify-self: end;
    padding: 0;
  }
  /* Its two lines of 1.3 take less than the two lines of 1.5em it spans: as tall as they are, no part of a third. */
  .cards .body [data-column='title'] {
    grid-column: 1 / -1;
    order: -1;
    align-self: start;
    font-weight: 600;
    line-height: 1.3;
  }
  .cards .body [data-column='title'],
  .cards .body [data-column='publisher'],
  .cards .body [data-column='purgeAt'] {
    grid-row: span 2;
  }
  .cards .body [data-column='publisher'] {
    order: -1;
  }
  .cards .purge {
    white-space: normal;
  }
  .cards .days {
    display: inline-block;
    margin-inline-start: 0.4em;
  }
`;

/** How many fields a card of this width (rem) holds side by side: each at least 15rem wide. */
export const fieldsIn = (widthRem: number) => Math.max(1, Math.floor(widthRem / 15));

/** The custom properties of a card's grid: its fields side by side, its lines. */
export const cardVars = (shown: readonly BackorderColumn[], fields: number) => `--_fields:${fields};--_lines:${cardLines(shown, fields)}`;

/**
 * The lines of a card with `fields` fields side by side (the status and its action share the first, taller line): the
 * title spans the card on two lines, the publisher and the purge date take two lines of their column, every other
 * field one.
 */
export function cardLines(shown: readonly BackorderColumn[], fields: number): number {
  const rest = shown.filter((column) => column !== 'status' && column !== 'actions' && column !== 'title');
  const tall = rest.filter((column) => column === 'publisher' || column === 'purgeAt').length;
  return (shown.includes('title') ? 2 : 0) + Math.max(tall && 2, Math.ceil((rest.length + tall) / fields));
}

/**
 * Each field of a card, and each column a middle width drops, is labelled with its column's name (a quoted CSS string;
 * the status and the action need none); `dropped` says which columns each middle level drops (the column model's).
 */
export const labelRules = (
  shown: readonly BackorderColumn[],
  label: (column: BackorderColumn) => string,
  dropped: (level: number) => readonly BackorderColumn[],
): string => {
  const at = (inner: string, suffix = '') =>
    [1, 2].flatMap((level) => dropped(level).map((column) => `.fit-${level} .body ${inner}[data-column="${column}"]${suffix}`)).join();
  const labels = shown
    .filter((column) => column !== 'actions' && column !== 'status')
    .map((column) => `:is(.cards, .fit) .body [data-column="${column}"]::before { content: "${label(column).replace(/["\\]/g, '\\$&')}"; }`)
    .join('');
  if (!at('')) return labels;
  // Out of the row's tracks, clipped to nothing (still read, with its label); on the focused row, shown.
  return `${labels}${at('')} { position: absolute; width: 1px; height: 1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    ${at('.row:focus-within ')} { position: static; width: auto; height: auto; clip-path: none; order: 1; text-align: start;
      grid-column: span var(--_span); align-self: start;
      padding: 0 calc(0.5 * var(--_rem)) calc(0.4 * var(--_rem)); white-space: normal;
      overflow-wrap: anywhere; -webkit-line-clamp: unset; }
    ${at('', '::before')} { display: inline; }`;
};
