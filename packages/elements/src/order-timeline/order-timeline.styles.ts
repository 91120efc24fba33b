import { css } from 'lit';

/** <order-timeline>'s own styles (the shared ones come from the runtime). */
export const orderStyles = css`
  form {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
  }
  h4 {
    margin: calc(var(--_space) * 2) 0 calc(var(--_space) / 2);
    font-size: 0.95em;
  }
  [part='history'] .head {
    margin-top: calc(var(--_space) * 3);
  }
  [part='history'] .head h3 {
    margin: 0;
  }
  .refs {
    color: var(--_fg-muted);
  }
  .steps {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(calc(6.5 * var(--_rem)), 1fr));
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .steps li {
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border-top: 4px solid var(--_border);
    text-align: center;
  }
  .steps li[data-state='done'] {
    border-top-color: var(--_success);
  }
  .steps li[data-state='current'] {
    border-top-color: var(--_accent);
    font-weight: 600;
  }
  .steps .mark {
    display: grid;
    place-items: center;
    width: calc(1.8 * var(--_rem));
    height: calc(1.8 * var(--_rem));
    border: 2px solid var(--_border);
    border-radius: 50%;
  }
  .steps li[data-state='done'] .mark {
    border-color: var(--_success);
    color: var(--_success);
  }
  .steps li[data-state='current'] .mark {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .steps .date {
    color: var(--_fg-muted);
    font-size: 0.85em;
    font-weight: normal;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(calc(16 * var(--_rem)), 1fr));
    gap: 0 calc(var(--_space) * 4);
  }
  .expected {
    margin: 0;
    font-size: 1.15em;
    font-weight: 600;
  }
  ul.plain,
  ol.history {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ul.plain li {
    padding: calc(var(--_space) / 2) 0;
  }
  dl.details {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0;
  }
  dl.details dt {
    color: var(--_fg-muted);
  }
  dl.details dd {
    margin: 0;
  }
  address {
    font-style: normal;
  }
  ol.history li {
    display: grid;
    grid-template-columns: calc(6.5 * var(--_rem)) 1fr;
    gap: 0 var(--_space);
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_border);
  }
  ol.history time {
    color: var(--_fg-muted);
    font-variant-numeric: tabular-nums;
  }
  .comment {
    grid-column: 2;
    margin: calc(var(--_space) / 2) 0 0;
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 3px solid var(--_accent);
    background: var(--_bg-alt);
  }
`;
