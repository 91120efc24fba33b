// A confirmation dialog's styles (a native modal <dialog>), shared by the lazy modules that confirm an action.
import { css } from 'lit';

export const dialogStyles = css`
  dialog {
    max-width: calc(28 * var(--_rem));
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
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space);
  }
`;
