// Type-checked only (`npm run typecheck`): the one line an application adds gives Vue the elements' props and events.
import type { GlobalComponents } from 'vue';
import type {} from '@comptoir/elements/vue';
import type { BackorderLine } from '@comptoir/contract';

type Props = InstanceType<GlobalComponents['backorder-table']>['$props'];
export const props: Props = {
  status: 'available',
  items: [] as BackorderLine[],
  pageSize: 50,
  onBackorderSelect: (event) => console.log(event.detail.line.title),
};
// @ts-expect-error an unknown property is refused
export const wrong: Props = { statuz: 'available' };
