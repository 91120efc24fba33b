// A React 18 portal page through @comptoir/react: properties and typed event props that React 18 cannot give a
// custom element by itself.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BackorderTable } from '@comptoir/react';
import { seedBackorders } from '@comptoir/contract/fixtures';
import type { BackorderLine } from '@comptoir/contract';

function App({ lines }: { lines: BackorderLine[] }) {
  const [status, setStatus] = useState('');
  const [selected, setSelected] = useState('');
  return (
    <main>
      <h1>React 18 host</h1>
      <button type="button" id="only-available" onClick={() => setStatus(status ? '' : 'available')}>
        {status ? 'All lines' : 'Available only'}
      </button>
      <BackorderTable items={lines} status={status} onBackorderSelect={(event) => setSelected(event.detail.line.title)} />
      <p id="selected" role="status">
        {selected}
      </p>
    </main>
  );
}

// @ts-expect-error backorder-select's detail has a line, not an id
export const wrong = <BackorderTable onBackorderSelect={(event) => event.detail.id} />;

createRoot(document.getElementById('root')!).render(<App lines={seedBackorders} />);
