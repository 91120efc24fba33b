import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { seedShipments } from '@comptoir/contract/fixtures';
import '../packages/elements/src/shipment-tracker/shipment-tracker.js';
import { answers, mockFetch, shipmentHandlers } from './mocks.js';

const meta: Meta = {
  title: 'Elements/shipment-tracker',
  component: 'shipment-tracker',
  parameters: {
    docs: {
      description: {
        component:
          'Shipments ("suivi logistique"): order date, your reference, order, type, parcels, shipment number and status; search by order, shipment, reference or EAN; type and status filters (partially shipped included); sort, paging, export. The detail lists the missing items first, then each parcel with its carrier tracking link and contents.',
      },
    },
  },
  render: (args, context) =>
    html`<shipment-tracker
      data-themed
      endpoint="/api/shipments"
      lang=${context.globals.lang ?? 'fr'}
      theme=${context.globals.theme ?? 'light'}
      .fetch=${args.fetch}
      status=${args.status ?? ''}
      shipment=${args.shipment ?? ''}
    ></shipment-tracker>`,
};
export default meta;
type Story = StoryObj;

export const ServerMode: Story = { name: 'Server mode (msw handlers)', args: { fetch: mockFetch(shipmentHandlers()) } };
export const SeedRows: Story = { name: 'The portal’s shipments', args: { fetch: mockFetch(shipmentHandlers(seedShipments)) } };
export const PartiallyShipped: Story = {
  name: 'Filtered: partially shipped',
  args: { fetch: mockFetch(shipmentHandlers()), status: 'partially-shipped' },
};
export const DetailWithMissingItem: Story = {
  name: 'Detail: the missing-item letter’s shipment',
  args: { fetch: mockFetch(shipmentHandlers(seedShipments)), shipment: '88138989' },
};
export const DetailInPreparation: Story = {
  name: 'Detail: in preparation',
  args: { fetch: mockFetch(shipmentHandlers(seedShipments)), shipment: seedShipments[0]!.id },
};
export const Loading: Story = { args: { fetch: answers.never } };
export const Empty: Story = { args: { fetch: mockFetch(shipmentHandlers([])) } };
export const EmptyWithFilters: Story = {
  name: 'Empty (with filters)',
  args: { fetch: mockFetch(shipmentHandlers(seedShipments)), status: 'delivered' },
};
export const ServerError: Story = { name: 'Error: server', args: { fetch: answers.serverError } };
export const InvalidResponse: Story = { name: 'Error: invalid response', args: { fetch: answers.wrongShape } };
export const English: Story = { args: { fetch: mockFetch(shipmentHandlers(seedShipments)) }, globals: { lang: 'en' } };
export const Dark: Story = { args: { fetch: mockFetch(shipmentHandlers()) }, globals: { theme: 'dark' } };
