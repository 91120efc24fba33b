import { OrderTimeline } from './order-timeline.component.js';

export { OrderTimeline };
export type { OrderOpenDetail } from './order-timeline.component.js';

OrderTimeline.define('order-timeline');

declare global {
  interface HTMLElementTagNameMap {
    'order-timeline': OrderTimeline;
  }
}
