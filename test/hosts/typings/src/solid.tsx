// Type-checked only: a Solid application's one line types every Comptoir element in its JSX.
import type {} from '@comptoir/elements/jsx/solid';
import type { BackorderLine } from '@comptoir/contract';

export const lines: BackorderLine[] = [];
export const ok = (
  <backorder-table
    prop:items={lines}
    status="available"
    pageSize={50}
    on:backorder-select={(event) => console.log(event.detail.line.title)}
  />
);
export const wrong = [
  // @ts-expect-error no such property
  <backorder-table statuz="available" />,
  // @ts-expect-error pageSize is a number
  <backorder-table pageSize="50" />,
  // @ts-expect-error backorder-select's detail has a line, not an id
  <backorder-table on:backorder-select={(event) => event.detail.id} />,
];
