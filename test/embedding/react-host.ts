// A React 19 application that embeds <backorder-table> the way a distributor's React portal would: rows as a
// property, state in React, the element's custom event handled by a React prop. Built by Vite in test/embedding.test.ts.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { BackorderLine } from '@comptoir/contract';
import '@comptoir/elements/backorder-table';

function App({ lines }: { lines: BackorderLine[] }) {
  const [selected, setSelected] = useState<string>('');
  const [status, setStatus] = useState<string>('');
  return h(
    'main',
    null,
    h('h1', null, 'React host'),
    h(
      'button',
      { type: 'button', id: 'only-available', onClick: () => setStatus(status ? '' : 'available') },
      status ? 'All lines' : 'Available only',
    ),
    h('backorder-table', {
      lang: 'fr',
      status,
      items: lines,
      'onbackorder-select': (event: CustomEvent<{ line: BackorderLine }>) => setSelected(event.detail.line.title),
    }),
    h('p', { id: 'selected', role: 'status' }, selected),
  );
}

const lines = (await (await fetch('/seed-backorders.json')).json()) as BackorderLine[];
createRoot(document.getElementById('root')!).render(h(App, { lines }));
