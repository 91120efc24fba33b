import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { OrderDossier } from '@comptoir/contract';
import { html } from 'lit';
import { generateOrders, seedOrder } from '@comptoir/contract/fixtures';
import '../packages/elements/src/order-timeline/order-timeline.js';
import { HttpResponse, http } from 'msw';
import { answers, mockFetch, orderHandlers } from './mocks.js';
import { orderInProgress } from '../packages/elements/test/order-fixtures.js';

const offers = generateOrders(1, '2026-11-22').filter((d) => d.currentStep === 'quote');
const handlers = () => mockFetch(orderHandlers([orderInProgress, seedOrder, ...offers]));
const [open, reserved, expired, short] = offers as [OrderDossier, OrderDossier, OrderDossier, OrderDossier];

const meta: Meta = {
  title: 'Elements/order-timeline',
  component: 'order-timeline',
  parameters: {
    docs: {
      description: {
        component:
          'An order dossier ("dossier de commande"): look-up by our reference, your reference or serial number, filtered by step (the quote step lists the offers, with validity, amount and reservation); step bar (quote → payment), the offer and its actions (reserve on stock, place the order, refresh; each confirmed, shown at once, undone with the server’s reason), expected delivery and its changes, documents (downloaded with the element’s credentials), details, delivery address, lines and dated history with actor and comment.',
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
      step=${args.step ?? ''}
      ?guest=${args.guest ?? false}
      access-token=${args.accessToken ?? ''}
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
export const Offers: Story = { name: 'Offers (step filter: quote)', args: { fetch: handlers(), step: 'quote' } };
export const OpenOffer: Story = { name: 'Offer: open (reserve, order, refresh)', args: { fetch: handlers(), order: open.ourRef } };
export const ReservedOffer: Story = { name: 'Offer: reserved on stock', args: { fetch: handlers(), order: reserved.ourRef } };
export const ExpiredOffer: Story = { name: 'Offer: expired (refresh only)', args: { fetch: handlers(), order: expired.ourRef } };
export const ReservationRefused: Story = {
  name: 'Offer: reservation refused (stock)',
  args: {
    fetch: mockFetch(
      orderHandlers([short], {
        refuse: {
          reserve: {
            code: 'insufficient-stock',
            params: { sku: 'TPE-MOBILE', label: 'Terminal de paiement mobile 4G', requested: 3, available: 1 },
          },
        },
      }),
    ),
    order: short.ourRef,
  },
};
export const OfferGerman: Story = { name: 'Offer in German', args: { fetch: handlers(), order: open.ourRef }, globals: { lang: 'de' } };

/** A guest's look-up: `41OF04G40E` and `claire.moreau@librairie-du-centre.fr` open the offer; anything else is refused alike. */
const guestFetch = () =>
  mockFetch([
    http.post('*/api/guest-access', async ({ request }) => {
      const body = (await request.json()) as { identifier: string; email: string };
      return body.identifier.trim().toUpperCase() === open.ourRef && body.email.trim() === 'claire.moreau@librairie-du-centre.fr'
        ? HttpResponse.json(
            { token: 'g1.story-token-0123456789', order: open.ourRef, expiresAt: '2026-11-22T22:00:00.000Z' },
            { status: 201 },
          )
        : HttpResponse.json(
            { type: 'about:blank', title: 'Not Found', status: 404, code: 'not-found' },
            { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
          );
    }),
    ...orderHandlers([open]),
  ]);
export const GuestLookup: Story = { name: 'Guest: look-up by identifier and e-mail', args: { fetch: guestFetch(), guest: true } };
export const GuestDossier: Story = {
  name: 'Guest: the dossier of an e-mail’s link',
  args: { fetch: guestFetch(), guest: true, accessToken: 'g1.story-token-0123456789', order: open.ourRef },
};
