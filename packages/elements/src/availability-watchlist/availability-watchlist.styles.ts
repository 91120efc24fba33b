import { css } from 'lit';

/** The watchlist's own styles: the finder (catalog search and paste), the reference editor, pending rows. */
export const watchlistStyles = css`
  td.title {
    min-width: calc(7.5 * var(--_rem));
    white-space: normal;
  }
  .ref .button {
    border-style: dashed;
  }
  /* Not yet confirmed: marked without fading the text (contrast stays readable). */
  tr[data-pending] {
    font-style: italic;
    background: var(--_bg-alt);
  }
  .ref input {
    width: calc(9 * var(--_rem));
    padding: calc(0.2 * var(--_rem)) calc(0.4 * var(--_rem));
  }
  .finder {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(calc(18 * var(--_rem)), 100%), 1fr));
    gap: calc(var(--_space) * 3);
    margin-bottom: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-alt);
  }
  .results {
    max-height: calc(16 * var(--_rem));
    overflow: auto;
  }
  .finder h2 {
    margin: 0 0 var(--_space);
    font-size: 1em;
  }
  .results {
    margin: var(--_space) 0 0;
    padding: 0;
    list-style: none;
  }
  .results li {
    display: flex;
    align-items: center;
    gap: var(--_space);
    padding: calc(0.35 * var(--_rem)) 0;
    border-bottom: 1px solid var(--_border);
  }
  .results .what {
    flex: 1;
  }
  textarea {
    width: 100%;
    min-height: calc(5.5 * var(--_rem));
    padding: calc(0.4 * var(--_rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    font-family: ui-monospace, monospace;
  }
  .report {
    margin: var(--_space) 0;
    padding-inline-start: calc(1.2 * var(--_rem));
    max-height: calc(10 * var(--_rem));
    overflow: auto;
  }
  fieldset {
    display: flex;
    gap: calc(1 * var(--_rem));
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
  }
`;
