import { css } from 'lit';

/** <case-journal>'s own styles (the shared ones come from the runtime). */
export const caseStyles = css`
  .period-error {
    flex-basis: 100%;
    margin: 0;
    color: var(--_danger);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .glossary {
    margin-top: calc(var(--_space) * 3);
  }
  .glossary dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .glossary dd {
    margin: 0;
  }
`;
