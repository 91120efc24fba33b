import { ComptoirConfigElement } from '../runtime/config-element.js';

export { ComptoirConfigElement };
// A page that loads only this file can still configure every element and add languages.
export { configure } from '../runtime/config.js';
export { registerTranslation } from '../runtime/localize.js';

ComptoirConfigElement.define('comptoir-config');

declare global {
  interface HTMLElementTagNameMap {
    'comptoir-config': ComptoirConfigElement;
  }
}
