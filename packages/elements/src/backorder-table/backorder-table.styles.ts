import { css } from 'lit';

export const backorderTableStyles = css`
  :host {
    --_table-height: var(--comptoir-table-height, 32rem);
    --_columns: 11.5rem 6.5rem 6.5rem 10rem 8rem 8.5rem 3.5rem minmax(14rem, 2fr) 10rem 6rem 7rem 9.5rem 6.5rem;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    color: var(--_fg-muted);
  }
  .count {
    font-weight: 600;
    color: var(--_fg);
  }
  .scroller {
    position: relative;
    overflow: auto;
    max-height: var(--_table-height);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    contain: strict;
    height: var(--_height);
  }
  .grid {
    min-width: max-content;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
    height: var(--_row-height);
    border-bottom: 1px solid var(--_border);
  }
  .head .cell {
    white-space: normal;
    line-height: 1.15;
  }
  .toolbar [part='search'] input {
    min-width: min(20rem, 70vw);
  }
  .row-probe {
    position: absolute;
    visibility: hidden;
    height: var(--_row-height);
  }
  .head {
    height: auto;
    min-height: var(--_row-height);
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_bg-alt);
    font-weight: 600;
  }
  .body {
    position: relative;
  }
  .body .row {
    position: absolute;
    inset-inline: 0;
    background: var(--_bg);
    cursor: pointer;
  }
  .body .row:hover {
    background: var(--_bg-alt);
  }
  .body .row:focus-visible {
    outline-offset: -2px;
  }
  .cell {
    padding: 0 0.5rem;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .cell[data-align='end'] {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    width: 100%;
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: inherit;
    cursor: pointer;
  }
  [data-align='end'] .sort {
    justify-content: flex-end;
  }
  .sort .arrow {
    color: var(--_fg-muted);
    font-size: 0.8em;
  }
  .days {
    display: block;
    font-size: 0.8em;
    color: var(--_fg-muted);
  }
  .days[data-soon] {
    color: var(--_warning);
    font-weight: 600;
  }
  .days[data-past] {
    color: var(--_danger);
  }
  .purge {
    line-height: 1.1;
  }
  .cancel {
    min-height: 1.8rem;
    padding: 0.1rem 0.5rem;
  }
  .glossary dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.4rem 1rem;
    align-items: baseline;
  }
  .glossary dd {
    margin: 0;
  }
  dialog {
    max-width: 28rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  dialog .actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space);
  }
`;
