// Builds the library: all elements in one file first (it empties dist/), then each element alone.
import { build } from 'vite';

const configFile = new URL('../packages/elements/vite.config.ts', import.meta.url).pathname;
for (const entry of [
  'comptoir',
  'comptoir-config',
  'backorder-table',
  'availability-watchlist',
  'shipment-tracker',
  'order-timeline',
  'case-journal',
]) {
  process.env.COMPTOIR_ENTRY = entry;
  await build({ configFile, logLevel: 'warn' });
  console.log(`built packages/elements/dist/${entry}.js`);
}
