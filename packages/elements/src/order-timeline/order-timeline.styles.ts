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
`;
