import { css } from 'lit';

/**
 * The layouts of a semantic table too wide for its element (TableFit), loaded the first time one is: the lowest
 * priorities drop, then each row becomes a card.
 */
export const fitStyles = css`
  /* Middle widths (TableFit): the lowest priorities drop, their values shown under the row's main cell. */
  table[data-fit~='3'] [data-p='3'],
  table[data-fit~='2'] [data-p='2'] {
    display: none;
  }
  table[data-fit='3'] td[data-more3]::after {
    content: attr(data-more3);
  }
  table[data-fit='3 2'] td[data-more32]::after {
    content: attr(data-more32);
  }
  /* Narrow (a phone, a CMS column; TableFit): each row becomes a card of labelled fields, nothing scrolls sideways; the
     sortable headers stay, as a row of sort buttons above the cards. */
  .table-wrap:has(> [data-fit~='cards']) {
    overflow: visible;
    border: 0;
  }
  table[data-fit~='cards'],
  [data-fit~='cards'] tbody,
  [data-fit~='cards'] tr {
    display: block;
  }
  [data-fit~='cards'] thead tr {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_rem)) var(--_space);
    padding-block-end: var(--_space);
  }
  [data-fit~='cards'] th {
    padding: 2px 6px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [data-fit~='cards'] th:not([aria-sort], :has(input)) {
    display: none;
  }
  [data-fit~='cards'] tbody tr {
    margin-block-end: var(--_space);
    padding: calc(0.4 * var(--_rem)) calc(0.6 * var(--_rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [data-fit~='cards'] td {
    display: grid;
    grid-template-columns: minmax(6.5rem, 32%) minmax(0, 1fr);
    gap: 0 var(--_space);
    padding: 2px 0;
    border: 0;
    white-space: normal;
    overflow-wrap: anywhere;
    text-align: start;
  }
  [data-fit~='cards'] td[data-label]::before {
    /* The label stays beside every line of a value (a title, then its author). */
    grid-row: span 3;
    content: attr(data-label);
    color: var(--_fg-muted);
    font-size: 0.85em;
  }
`;
