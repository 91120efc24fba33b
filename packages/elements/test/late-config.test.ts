// A page that loads an element's file before <comptoir-config>'s (two CDN files in that order, or a bundler's chunks
// evaluated so): the element asked for its configuration when nobody could answer, and gets it once the provider is
// defined. This file defines the element alone first: each test file runs in a page of its own.
import { expect } from '@open-wc/testing';
import '../src/order-timeline/order-timeline.js';
import { json, stubFetch, until } from './helpers.js';

describe('<comptoir-config> defined after the elements inside it', () => {
  it('configures them once it is defined, and keeps them up to date', async () => {
    const fetchStub = stubFetch(() => json({ items: [], total: 0, page: 1, pageSize: 20 }));
    document.body.innerHTML = '<comptoir-config base-url="/late-api" lang="en"><order-timeline></order-timeline></comptoir-config>';
    const timeline = document.querySelector('order-timeline')!;
    timeline.fetch = fetchStub;
    await timeline.updateComplete;
    expect(customElements.get('comptoir-config')).to.equal(undefined);
    expect(fetchStub.calls).to.have.length(0);
    await import('../src/config/comptoir-config.js');
    await until(() => fetchStub.calls.some((call) => call.url.pathname === '/late-api/orders'), 3000, 'the list from the base URL');
    await until(() => timeline.shadowRoot!.textContent!.includes('No current business'), 3000, 'English');
    // Later changes of the provider reach it too.
    document.querySelector('comptoir-config')!.setAttribute('base-url', '/later-api');
    await until(() => fetchStub.calls.some((call) => call.url.pathname === '/later-api/orders'), 3000, 'the new base URL');
  });
});
