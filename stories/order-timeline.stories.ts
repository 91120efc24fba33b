import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { seedOrder } from '@comptoir/contract/fixtures';
import '../packages/elements/src/order-timeline/order-timeline.js';
import { answers, mockFetch, orderHandlers } from './mocks.js';
import { orderInProgress } from '../packages/elements/test/order-fixtures.js';

const handlers = () => mockFetch(orderHandlers([orderInProgress, seedOrder]));

const meta: Meta = {
  title: 'Elements/order-timeline',
  component: 'order-timeline',
  parameters: {
    docs: {
      description: {
        component:
          'An order dossier ("dossier de commande"): look-up by our reference, your reference or serial number; step bar (quote → payment), expected delivery and its changes, documents (downloaded with the element’s credentials), details, delivery address, lines and dated history with actor and comment.',
      },
    },
  },
  render: (args, context) =>
    html`<order-timeline
      data-themed
      endpoint="/api/orders"
      lang=${context.globals.lang ?? 'fr'}
      theme=${context.globals.theme ?? 'light'}
      .fetch=${args.fetch}
      order=${args.order ?? ''}
    ></order-timeline>`,
};
export default meta;
type Story = StoryObj;

export const Lookup: Story = { name: 'Look-up and current business', args: { fetch: handlers() } };
export const SeedDossier: Story = { name: 'The portal’s dossier (paid)', args: { fetch: handlers(), order: seedOrder.ourRef } };
export const InProgress: Story = { name: 'Dossier in progress', args: { fetch: handlers(), order: orderInProgress.ourRef } };
export const Loading: Story = { args: { fetch: answers.never, order: seedOrder.ourRef } };
export const Empty: Story = { args: { fetch: mockFetch(orderHandlers([])) } };
export const NotFound: Story = { name: 'Error: unknown reference', args: { fetch: handlers(), order: 'ZZZ-404' } };
export const ServerError: Story = { name: 'Error: server', args: { fetch: answers.serverError } };
export const InvalidResponse: Story = { name: 'Error: invalid response', args: { fetch: answers.wrongShape, order: seedOrder.ourRef } };
export const English: Story = { args: { fetch: handlers(), order: orderInProgress.ourRef }, globals: { lang: 'en' } };
export const Dark: Story = { args: { fetch: handlers(), order: orderInProgress.ourRef }, globals: { theme: 'dark' } };
