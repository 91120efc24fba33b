import { ComptoirConfigElement } from '../runtime/config-element.js';

ComptoirConfigElement.define('comptoir-config');

declare global {
  interface HTMLElementTagNameMap {
    'comptoir-config': ComptoirConfigElement;
  }
}
