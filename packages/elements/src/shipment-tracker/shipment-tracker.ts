import { ShipmentTracker } from './shipment-tracker.component.js';

export { ShipmentTracker };
export type { ShipmentOpenDetail } from './shipment-tracker.component.js';

ShipmentTracker.define('shipment-tracker');

declare global {
  interface HTMLElementTagNameMap {
    'shipment-tracker': ShipmentTracker;
  }
}
