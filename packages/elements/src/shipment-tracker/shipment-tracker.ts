import { ShipmentTracker } from './shipment-tracker.component.js';

export { ShipmentTracker };
export type { ShipmentOpenDetail } from './shipment-tracker.component.js';
// A page that loads only this file can still configure every element and add languages.
export { configure } from '../runtime/config.js';
export { registerTranslation } from '../runtime/localize.js';

ShipmentTracker.define('shipment-tracker');

declare global {
  interface HTMLElementTagNameMap {
    'shipment-tracker': ShipmentTracker;
  }
}
