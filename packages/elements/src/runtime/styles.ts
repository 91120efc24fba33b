import { css } from 'lit';

/**
 * Design tokens. Every `--comptoir-*` property has a fallback, so an element looks right with no theme at all;
 * a host overrides any of them, on the element or on an ancestor.
 */
export const tokens = css`
  :host {
    --_bg: var(--comptoir-color-surface, light-dark(#ffffff, #161b22));
    --_bg-alt: var(--comptoir-color-surface-alt, light-dark(#f5f6f8, #1f2630));
    --_fg: var(--comptoir-color-text, light-dark(#1c2330, #e6e9ee));
    --_fg-muted: var(--comptoir-color-text-muted, light-dark(#556070, #a5afbd));
    --_border: var(--comptoir-color-border, light-dark(#d5d9e0, #3a4452));
    --_accent: var(--comptoir-color-accent, light-dark(#0b5cad, #6cb4ff));
    --_accent-fg: var(--comptoir-color-accent-text, light-dark(#ffffff, #0d1117));
    --_focus: var(--comptoir-color-focus, light-dark(#0b5cad, #6cb4ff));
    --_success: var(--comptoir-color-success, light-dark(#17672f, #7ee29b));
    --_success-bg: var(--comptoir-color-success-bg, light-dark(#e3f4e8, #15351f));
    --_warning: var(--comptoir-color-warning, light-dark(#8a4b00, #ffc470));
    --_warning-bg: var(--comptoir-color-warning-bg, light-dark(#fff1dc, #3d2a0d));
    --_danger: var(--comptoir-color-danger, light-dark(#a4161a, #ff9a9a));
    --_danger-bg: var(--comptoir-color-danger-bg, light-dark(#fde7e7, #43181a));
    --_info: var(--comptoir-color-info, light-dark(#0b4f8a, #9ccbff));
    --_info-bg: var(--comptoir-color-info-bg, light-dark(#e3effa, #132c47));
    --_neutral-bg: var(--comptoir-color-neutral-bg, light-dark(#eceef2, #2a313c));
    --_radius: var(--comptoir-radius, 6px);
    /* 1rem, but never under 16px: sizes follow the reader's font setting, and survive a host page whose root font is
       shrunk (Bootstrap 3's 10px, the "62.5%" trick), which would otherwise shrink every rem in here. */
    --_rem: max(1rem, 16px);
    --_space: var(--comptoir-space, calc(0.5 * var(--_rem)));
    --_row-height: var(--comptoir-row-height, calc(2.5 * var(--_rem)));
    --_font-size: var(--comptoir-font-size, calc(0.875 * var(--_rem)));
    display: block;
    /* The element lays itself out by its own width (a CMS column, a phone, a wide portal), not the viewport's. */
    container: comptoir / inline-size;
    color: var(--_fg);
    background: var(--_bg);
    font: inherit;
    font-size: var(--_font-size);
    line-height: 1.4;
    color-scheme: light;
    /* The host page's font is ours (font: inherit); its other inherited text settings are not. */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    font-style: normal;
    font-weight: normal;
    cursor: auto;
  }
  :host([hidden]) {
    display: none;
  }
  /* The page language's terms are on their way (a few milliseconds): no raw key, no other language shows. */
  :host(:state(localizing)) {
    visibility: hidden;
  }
  /* Each colour is a light-dark() pair: the element's colour scheme picks one, the reader's unless the theme attribute names one. */
  :host([theme='dark']) {
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      color-scheme: dark;
    }
  }
`;

/** Styles of the shared views (states, badge, pager, search, export menu, buttons). */
export const viewStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: calc(2.25 * var(--_rem));
    padding: calc(0.35 * var(--_rem)) calc(0.8 * var(--_rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .button:hover {
    background: var(--_bg-alt);
  }
  .button[data-variant='primary'] {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-color: var(--_accent);
  }
  /* Disabled: muted, not faded, so that it stays readable in both schemes (a faded button on a dark page vanishes). */
  .button[disabled] {
    color: var(--_fg-muted);
    background: var(--_bg-alt);
    border-color: var(--_border);
    cursor: not-allowed;
  }
  .state {
    display: grid;
    place-items: center;
    gap: var(--_space);
    min-height: var(--comptoir-state-min-height, calc(12 * var(--_rem)));
    padding: calc(var(--_space) * 3);
    text-align: center;
    color: var(--_fg-muted);
  }
  .state p {
    margin: 0;
  }
  .state[data-state='error'] {
    color: var(--_fg);
  }
  .state .error-title {
    font-weight: 600;
    color: var(--_danger);
  }
  .state details {
    max-width: calc(40 * var(--_rem));
    text-align: start;
    color: var(--_fg-muted);
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  .skeleton {
    display: grid;
    gap: calc(0.4 * var(--_rem));
    width: 100%;
  }
  .skeleton span {
    display: block;
    height: calc(var(--_row-height) - calc(0.4 * var(--_rem)));
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_bg-alt), var(--_neutral-bg), var(--_bg-alt));
    background-size: 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton span {
      animation: none;
    }
  }
  @keyframes shimmer {
    from {
      background-position: 200% 0;
    }
    to {
      background-position: -200% 0;
    }
  }
  .badge {
    justify-self: start;
    display: inline-block;
    padding: calc(0.1 * var(--_rem)) calc(0.5 * var(--_rem));
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 600;
    white-space: nowrap;
    background: var(--_neutral-bg);
    color: var(--_fg);
  }
  .badge[data-tone='success'] {
    background: var(--_success-bg);
    color: var(--_success);
  }
  .badge[data-tone='warning'] {
    background: var(--_warning-bg);
    color: var(--_warning);
  }
  .badge[data-tone='danger'] {
    background: var(--_danger-bg);
    color: var(--_danger);
  }
  .badge[data-tone='info'] {
    background: var(--_info-bg);
    color: var(--_info);
  }
  .print-heading {
    display: none;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
    padding-block: var(--_space);
  }
  .spacer {
    flex: 1;
  }
  .field {
    display: grid;
    gap: calc(0.2 * var(--_rem));
  }
  .field label {
    font-size: 0.85em;
    color: var(--_fg-muted);
  }
  .field input,
  .field select {
    min-height: calc(2.25 * var(--_rem));
    padding: calc(0.3 * var(--_rem)) calc(0.6 * var(--_rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .pager {
    display: flex;
    align-items: center;
    gap: var(--_space);
    padding-block: var(--_space);
  }
  .export {
    position: relative;
  }
  .export summary,
  .chooser summary {
    list-style: none;
  }
  .export summary::-webkit-details-marker,
  .chooser summary::-webkit-details-marker {
    display: none;
  }
  .export .menu {
    position: absolute;
    inset-inline-end: 0;
    z-index: 2;
    display: grid;
    gap: calc(0.25 * var(--_rem));
    min-width: calc(14 * var(--_rem));
    margin-top: calc(0.25 * var(--_rem));
    padding: calc(0.4 * var(--_rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
  }
  .export .menu .button {
    justify-content: flex-start;
    border-color: transparent;
  }
  .notice {
    display: flex;
    align-items: center;
    gap: var(--_space);
    margin-block: var(--_space);
    padding: calc(0.5 * var(--_rem)) calc(0.75 * var(--_rem));
    border-radius: var(--_radius);
    background: var(--_info-bg);
    color: var(--_info);
  }
  .notice[data-tone='warning'] {
    background: var(--_warning-bg);
    color: var(--_warning);
  }
  .notice[data-tone='danger'] {
    background: var(--_danger-bg);
    color: var(--_danger);
  }
  .refreshing {
    opacity: 0.6;
    transition: opacity 0.2s;
  }
  /* On paper: what the list shows instead of the controls that choose it (over the elements' own display rules). */
  @media print {
    :host .print-heading {
      display: block;
      font-weight: 600;
    }
    :host .toolbar,
    :host [part~='finder'],
    :host .pager,
    :host .glossary {
      display: none;
    }
  }
`;
