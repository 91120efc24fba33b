import { OrderTimeline } from './order-timeline.component.js';

export { OrderTimeline };
export type { OrderOpenDetail } from './order-timeline.component.js';
// A page that loads only this file can still configure every element and add languages.
export { configure } from '../runtime/config.js';
export { registerTranslation } from '../runtime/localize.js';

OrderTimeline.define('order-timeline');

declare global {
  interface HTMLElementTagNameMap {
    'order-timeline': OrderTimeline;
  }
}
