import { css } from 'lit';

/** <order-timeline>'s own styles (the shared ones come from the runtime). */
export const orderStyles = css`
  form,
  .guest-fields {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
  }
  form[part='guest-form'] {
    display: block;
  }
  form[part='guest-form'] h2 {
    margin: 0 0 var(--_space);
  }
  .expired {
    color: var(--_danger);
    font-weight: 600;
  }
`;
