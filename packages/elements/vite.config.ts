import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { minifyLiterals } from '../../scripts/minify-literals.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Entries of the library build: each element alone (one file, for a page that embeds one), and all of them in one. */
export const entries: Record<string, string> = {
  comptoir: 'src/all.ts',
  'comptoir-config': 'src/config/comptoir-config.ts',
  'backorder-table': 'src/backorder-table/backorder-table.ts',
  'availability-watchlist': 'src/availability-watchlist/availability-watchlist.ts',
  'shipment-tracker': 'src/shipment-tracker/shipment-tracker.ts',
  'order-timeline': 'src/order-timeline/order-timeline.ts',
  'case-journal': 'src/case-journal/case-journal.ts',
};

/**
 * One build per entry (`COMPTOIR_ENTRY` names it; scripts/build-elements.js runs them all): an element's file then holds
 * Lit, the runtime and the element, with no shared chunk to fetch; only the exporters stay apart, loaded on demand.
 */
const entry = process.env.COMPTOIR_ENTRY ?? 'comptoir';
export default defineConfig({
  root,
  plugins: [minifyLiterals()],
  build: {
    outDir: 'dist',
    emptyOutDir: entry === 'comptoir',
    copyPublicDir: false,
    target: 'es2022',
    minify: true,
    lib: { formats: ['es'], entry: { [entry]: entries[entry]! } },
    rolldownOptions: {
      output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
