import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WatchItem } from '@comptoir/contract';
import { generateCatalog, generateWatchlist, seedWatchlist } from '@comptoir/contract/fixtures';
import '../packages/elements/src/availability-watchlist/availability-watchlist.js';
import { answers } from './mocks.js';
import { createWatchlistFake } from '../packages/elements/test/watchlist-fake.js';

const catalog = generateCatalog(31, 80, '2026-11-22');
/** The contract's watchlist routes in memory, shared with the element's tests. */
const fake = (initial: WatchItem[] = seedWatchlist, failWrites = false) => {
  const server = createWatchlistFake({ initial, catalog, latency: 250 });
  if (failWrites) {
    const refuse = () =>
      new Response(JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Maintenance en cours.' }), {
        status: 503,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    server.fail.POST = server.fail.PATCH = server.fail.DELETE = refuse;
  }
  return server.fetch;
};
const bulkPaste = [
  catalog[0]!.ean13,
  `${catalog[1]!.ean13}, ${catalog[2]!.ean13}`,
  'ISBN ?',
  '978-2-221-24948-2',
  '9782266258235',
  catalog[0]!.ean13,
].join('\n');

const meta: Meta = {
  title: 'Elements/availability-watchlist',
  component: 'availability-watchlist',
  parameters: {
    docs: {
      description: {
        component:
          'Titles followed while out of stock ("alertes disponibilité"): availability and e-mail info, search of the unavailable catalog (general and school), bulk paste of EANs with a line-by-line report, inline edit of your reference, unfollow with Undo, optimistic updates that roll back with a message.',
      },
    },
  },
  render: (args, context) =>
    html`<availability-watchlist
      data-themed
      endpoint="/api/watchlist"
      lang=${context.globals.lang ?? 'fr'}
      theme=${context.globals.theme ?? 'light'}
      .fetch=${args.fetch}
      @comptoir-load=${(event: Event) => {
        if (!args.paste) return;
        const el = event.currentTarget as HTMLElement;
        const textarea = el.shadowRoot!.querySelector('textarea')!;
        textarea.value = args.paste;
        textarea.dispatchEvent(new InputEvent('input'));
      }}
    ></availability-watchlist>`,
};
export default meta;
type Story = StoryObj;

export const SeedRows: Story = { name: 'The portal’s two rows', args: { fetch: fake() } };
export const ManyTitles: Story = {
  name: 'A longer list',
  args: { fetch: fake(generateWatchlist(8, catalog, 25, '2026-11-22')) },
};
export const BulkPasteWithErrors: Story = {
  name: 'Bulk paste with errors (press “Suivre ces titres”)',
  args: { fetch: fake(), paste: bulkPaste },
};
export const WritesFail: Story = {
  name: 'Writes fail (rollback with a message)',
  args: { fetch: fake(seedWatchlist, true), paste: catalog[4]!.ean13 },
};
export const Loading: Story = { args: { fetch: answers.never } };
export const Empty: Story = { args: { fetch: fake([]) } };
export const ServerError: Story = { name: 'Error: server', args: { fetch: answers.serverError } };
export const English: Story = { args: { fetch: fake() }, globals: { lang: 'en' } };
export const Dark: Story = { args: { fetch: fake() }, globals: { theme: 'dark' } };
