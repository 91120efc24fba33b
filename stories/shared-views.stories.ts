import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ComptoirElement } from '../packages/elements/src/runtime/base-element.js';
import { ApiError } from '../packages/elements/src/runtime/errors.js';
import { tokens, viewStyles } from '../packages/elements/src/runtime/styles.js';
import {
  debounce,
  renderBadge,
  renderEmpty,
  renderError,
  renderExportMenu,
  renderLoading,
  renderPager,
  renderSearch,
} from '../packages/elements/src/runtime/views.js';

/** Shows one shared view of the runtime, as every element renders it. Story-only. */
class ViewsPreview extends ComptoirElement {
  static override styles = [tokens, viewStyles];
  @property() view = 'loading';
  @property({ attribute: false }) error?: ApiError;

  override render(): TemplateResult {
    const l = this.localize;
    const noop = () => undefined;
    switch (this.view) {
      case 'loading':
        return renderLoading(l, 4);
      case 'empty':
        return renderEmpty(l, { filtered: false });
      case 'empty-filtered':
        return renderEmpty(l, { filtered: true, onClear: noop });
      case 'error':
        return renderError(l, this.error ?? new ApiError({ kind: 'network', url: '/api/backorders' }), noop);
      case 'badges':
        return html`<p>
          ${renderBadge('Article disponible', 'success', 'Servi au prochain traitement')}
          ${renderBadge('Réimpression à l’étude', 'warning')} ${renderBadge('Réimpression en cours', 'info')}
          ${renderBadge('Épuisé', 'danger')} ${renderBadge('Annulé', 'neutral')}
        </p>`;
      case 'toolbar':
        return html`<div class="toolbar">
            ${renderSearch({ id: 's', label: l.t('search'), placeholder: l.t('searchPlaceholder'), value: '', onSearch: debounce(noop) })}
            <span class="spacer"></span>
            ${renderExportMenu(l, { onExport: noop, progress: { done: 400, total: 1204 } })}
          </div>
          ${renderPager(l, { page: 2, pageSize: 50, total: 1204, onPage: noop })}`;
      default:
        return html``;
    }
  }
}
ViewsPreview.define('comptoir-views-preview');

const meta: Meta = {
  title: 'Runtime/Shared views',
  render: (args, context) =>
    html`<comptoir-views-preview
      data-themed
      view=${args.view}
      .error=${args.error}
      lang=${context.globals.lang ?? 'fr'}
      theme=${context.globals.theme ?? 'light'}
    ></comptoir-views-preview>`,
  parameters: {
    docs: {
      description: {
        component:
          'The states and controls every element shares: loading, empty, error (with its technical detail and Retry), status badges, search, export menu and pager.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const Loading: Story = { args: { view: 'loading' } };
export const Empty: Story = { args: { view: 'empty' } };
export const EmptyFiltered: Story = { name: 'Empty (filtered)', args: { view: 'empty-filtered' } };
export const NetworkError: Story = { name: 'Error: network', args: { view: 'error' } };
export const HttpError: Story = {
  name: 'Error: HTTP 503 with Retry-After',
  args: { view: 'error', error: new ApiError({ kind: 'http', status: 503, url: '/api/backorders', retryAfter: 30 }) },
};
export const InvalidResponse: Story = {
  name: 'Error: invalid response',
  args: {
    view: 'error',
    error: new ApiError({
      kind: 'invalid-response',
      url: '/api/backorders',
      issues: [{ path: 'items.0.notedAt', message: 'expected date' }],
    }),
  },
};
export const ConfigError: Story = {
  name: 'Error: bad endpoint',
  args: { view: 'error', error: new ApiError({ kind: 'config', url: 'javascript:x', attribute: 'endpoint' }) },
};
export const Badges: Story = { args: { view: 'badges' } };
export const Toolbar: Story = { name: 'Search, export and pager', args: { view: 'toolbar' } };
export const English: Story = { args: { view: 'error' }, globals: { lang: 'en' } };
export const Dark: Story = { args: { view: 'toolbar' }, globals: { theme: 'dark' } };
