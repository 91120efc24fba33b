import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { generateBackorders, seedBackorders } from '@comptoir/contract/fixtures';
import '../packages/elements/src/backorder-table/backorder-table.js';
import { answers, backorderHandlers, mockFetch } from './mocks.js';

const tenThousand = [...seedBackorders, ...generateBackorders(11, 10_000, '2026-11-22')];

const meta: Meta = {
  title: 'Elements/backorder-table',
  component: 'backorder-table',
  parameters: {
    docs: {
      description: {
        component:
          'The backorder list ("notés"): status with its meaning, noted and expected dates, references, purge countdown; search, status filter, sortable columns, paging or virtual scrolling, export to Excel and CSV, and cancellation where the distributor allows it.',
      },
    },
  },
  render: (args, context) =>
    html`<backorder-table
      data-themed
      endpoint="/api/backorders"
      lang=${context.globals.lang ?? 'fr'}
      theme=${context.globals.theme ?? 'light'}
      distributor=${args.distributor ?? ''}
      .fetch=${args.fetch}
      .items=${args.items}
      ?client-side=${args.clientSide}
      q=${args.q ?? ''}
      status=${args.status ?? ''}
      columns=${args.columns ?? ''}
    ></backorder-table>`,
};
export default meta;
type Story = StoryObj;

export const SeedRows: Story = { name: 'The portal’s four rows', args: { fetch: answers.page(seedBackorders), distributor: 'Interforum' } };
export const ServerMode: Story = { name: 'Server mode (msw handlers)', args: { fetch: mockFetch(backorderHandlers()) } };
export const WeeklyProcessing: Story = {
  name: 'Weekly processing: threshold reached, next run (msw)',
  args: {
    fetch: mockFetch(
      backorderHandlers(
        seedBackorders.map((line, i) => ({
          ...line,
          price: { amount: 18.9 + i * 4, currency: 'EUR' },
          quantity: line.status === 'available' ? 2 : line.quantity,
        })),
      ),
    ),
  },
};
export const ClientMode10k: Story = { name: '10 000 lines, client mode', args: { items: tenThousand } };
export const Filtered: Story = {
  name: 'Filtered by status and search',
  args: { fetch: mockFetch(backorderHandlers()), status: 'reprint-in-progress', q: 'jardin' },
};
export const Loading: Story = { args: { fetch: answers.never } };
export const Empty: Story = { args: { fetch: answers.page([]) } };
export const EmptyWithFilters: Story = {
  name: 'Empty (with filters)',
  args: { fetch: mockFetch(backorderHandlers()), q: 'aucun titre ne porte ce nom' },
};
export const ServerError: Story = { name: 'Error: server', args: { fetch: answers.serverError } };
export const InvalidResponse: Story = { name: 'Error: invalid response', args: { fetch: answers.wrongShape } };
export const English: Story = {
  args: { fetch: answers.page(seedBackorders) },
  globals: { lang: 'en' },
};
export const Dark: Story = {
  args: { fetch: mockFetch(backorderHandlers()) },
  globals: { theme: 'dark' },
};
export const ChosenColumns: Story = {
  name: 'Chosen columns (narrow page)',
  args: { fetch: mockFetch(backorderHandlers()), columns: 'status,expectedAt,ean13,quantity,title,purgeAt,actions' },
};
