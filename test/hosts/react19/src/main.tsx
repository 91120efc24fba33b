// A React 19 portal page: rows as a property, React state into the element, the element's event into React.
// The one line below types every Comptoir element in JSX (strict tsc, no skipLibCheck).
import type {} from '@comptoir/elements/jsx/react';
import '@comptoir/elements/backorder-table';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { seedBackorders } from '@comptoir/contract/fixtures';
import type { BackorderLine } from '@comptoir/contract';

function App({ lines }: { lines: BackorderLine[] }) {
  const [status, setStatus] = useState('');
  const [selected, setSelected] = useState('');
  return (
    <main>
      <h1>React 19 host</h1>
      <button type="button" id="only-available" onClick={() => setStatus(status ? '' : 'available')}>
        {status ? 'All lines' : 'Available only'}
      </button>
      <backorder-table items={lines} status={status} pageSize={50} onbackorder-select={(event) => setSelected(event.detail.line.title)} />
      <p id="selected" role="status">
        {selected}
      </p>
    </main>
  );
}

// Wrong uses fail the type-check: an unknown property, a wrong type, a wrong event detail.
export const wrong = [
  // @ts-expect-error no such property
  <backorder-table statuz="available" />,
  // @ts-expect-error pageSize is a number
  <backorder-table pageSize="50" />,
  // @ts-expect-error backorder-select's detail has a line, not an id
  <backorder-table onbackorder-select={(event) => event.detail.id} />,
];

createRoot(document.getElementById('root')!).render(<App lines={seedBackorders} />);
