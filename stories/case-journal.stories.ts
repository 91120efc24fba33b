import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { generateCases } from '@comptoir/contract/fixtures';
import '../packages/elements/src/case-journal/case-journal.js';
import { answers } from './mocks.js';
import { createCasesFake } from '../packages/elements/test/cases-fake.js';

const cases = () => generateCases(7, 60, '2026-11-22', 'librairie-du-centre.fr');
/** The contract's cases routes in memory (shared with the element's tests); `failWrites` refuses every write. */
const fake = (failWrites = false) => {
  const server = createCasesFake({ initial: cases(), latency: 250 });
  if (failWrites) {
    server.fail.POST = server.fail.PATCH = () =>
      new Response(JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Maintenance en cours.' }), {
        status: 503,
        headers: { 'Content-Type': 'application/problem+json' },
      });
  }
  return server.fetch;
};
const first = cases()[0]!.id;

const meta: Meta = {
  title: 'Elements/case-journal',
  component: 'case-journal',
  parameters: {
    docs: {
      description: {
        component:
          'Support cases ("journal des cas"): list with search, status, period, sort, paging and CSV/Excel export of every filtered case; detail with summary and copies, edit (owner e-mail, copies, subject), reply with up to 3 attachments that keeps text and files when sending fails, folding history, status glossary, new case.',
      },
    },
  },
  render: (args, context) =>
    html`<case-journal
      data-themed
      endpoint="/api/cases"
      lang=${context.globals.lang ?? 'fr'}
      theme=${context.globals.theme ?? 'light'}
      .fetch=${args.fetch}
      case=${args.caseId ?? ''}
      status=${args.status ?? ''}
    ></case-journal>`,
};
export default meta;
type Story = StoryObj;

export const Log: Story = { name: 'The log (in-memory server)', args: { fetch: fake() } };
export const NeedsAttention: Story = { name: 'Filtered: needs attention', args: { fetch: fake(), status: 'needs-attention' } };
export const Detail: Story = { name: 'A case, with reply form and history', args: { fetch: fake(), caseId: first } };
export const WritesFail: Story = { name: 'A case whose writes fail (text and files kept)', args: { fetch: fake(true), caseId: first } };
export const Loading: Story = { args: { fetch: answers.never } };
export const Empty: Story = { args: { fetch: createCasesFake({ initial: [] }).fetch } };
export const ServerError: Story = { name: 'Error: server', args: { fetch: answers.serverError } };
export const InvalidResponse: Story = { name: 'Error: invalid response', args: { fetch: answers.wrongShape } };
export const English: Story = { args: { fetch: fake(), caseId: first }, globals: { lang: 'en' } };
export const Dark: Story = { args: { fetch: fake() }, globals: { theme: 'dark' } };
/** What "Contact support" in a dossier opens: the new case form with the order, the instrument and a subject. */
export const NewCaseFromDossier: Story = {
  name: 'New case prefilled from a dossier (support-request)',
  args: { fetch: fake() },
  play: async ({ canvasElement }) => {
    const journal = canvasElement.querySelector('case-journal')!;
    await customElements.whenDefined('case-journal');
    journal.startNewCase({
      category: 'planned-maintenance',
      orderRef: '41KL01G10E',
      serialNumber: 'SN-110042',
      shortDescription: 'À propos de la commande 41KL01G10E',
    });
  },
};
