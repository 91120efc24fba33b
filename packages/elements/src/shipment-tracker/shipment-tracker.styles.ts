import { css } from 'lit';

/** <shipment-tracker>'s own styles (the shared ones come from the runtime). */
export const shipmentStyles = css`
  .head {
    margin-bottom: var(--_space);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(calc(11 * var(--_rem)), 1fr));
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-alt);
  }
  .facts dt {
    color: var(--_fg-muted);
    font-size: 0.85em;
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }
  .missing h3 {
    color: var(--_danger);
  }
  .parcel-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    color: var(--_fg-muted);
  }
  td.title {
    white-space: normal;
    min-width: calc(14 * var(--_rem));
  }
`;
