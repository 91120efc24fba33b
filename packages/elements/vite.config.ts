import { defaultClientConditions, defineConfig, type UserConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { minifyLiterals } from '../../scripts/minify-literals.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The per-element entries: loaded together, their CDN files share Lit, the runtime and the contract through chunks. */
export const elementEntries: Record<string, string> = {
  'comptoir-config': 'src/config/comptoir-config.ts',
  'backorder-table': 'src/backorder-table/backorder-table.ts',
  'availability-watchlist': 'src/availability-watchlist/availability-watchlist.ts',
  'shipment-tracker': 'src/shipment-tracker/shipment-tracker.ts',
  'order-timeline': 'src/order-timeline/order-timeline.ts',
  'case-journal': 'src/case-journal/case-journal.ts',
};

/** The npm entries (the exports map): each keeps its path under dist/. */
const npmEntries = Object.fromEntries(
  ['index', 'all', 'runtime/index', ...Object.values(elementEntries).map((file) => file.slice(4, -3))].map((name) => [
    name,
    `src/${name}.ts`,
  ]),
);

/** Packages an application installs beside ours, so its bundler keeps one copy of each. */
const dependencies = /^(lit|@lit\/|@lit-labs\/|zod|@comptoir\/|papaparse|fflate)/;

/**
 * Three builds (`COMPTOIR_BUILD` names one; scripts/build-elements.js runs them all):
 * - `npm`: dist/, one ES2022 module per source module, decorators compiled, Lit and zod left as imports for the
 *   application's bundler (tsc writes the declarations beside them);
 * - `cdn-all`: cdn/comptoir.js, every element in one self-contained file for a CMS author's single script tag;
 * - `cdn-elements`: cdn/<element>.js, one file per element, sharing their chunks.
 * Template literals are minified in all three; the CDN files are minified whole. The exporters load on first export.
 */
const mode = process.env.COMPTOIR_BUILD ?? 'cdn-all';
const common: UserConfig = {
  root,
  plugins: [minifyLiterals()],
  resolve: { conditions: ['comptoir-source', ...defaultClientConditions] },
};
export default defineConfig(
  mode === 'npm'
    ? {
        ...common,
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          copyPublicDir: false,
          target: 'es2022',
          minify: false,
          sourcemap: true,
          lib: { formats: ['es'], entry: npmEntries },
          rolldownOptions: {
            external: (id) => dependencies.test(id),
            output: {
              preserveModules: true,
              preserveModulesRoot: 'src',
              // The compiler's helpers (decorators) get a plain path instead of `_virtual/_@oxc-project_runtime@…`.
              entryFileNames: (chunk) => (chunk.name.includes('_virtual/') ? `_helpers/${chunk.name.split('/').pop()}.js` : '[name].js'),
            },
          },
        },
      }
    : {
        ...common,
        build: {
          outDir: 'cdn',
          emptyOutDir: mode === 'cdn-all',
          copyPublicDir: false,
          target: 'es2022',
          // Terser (three passes) makes each file 0.1–0.3 kB (gzip) smaller than the default minifier (scripts/size-budget.js).
          minify: 'terser',
          terserOptions: { module: true, ecma: 2020, compress: { passes: 3, pure_getters: true }, format: { comments: false } },
          lib: { formats: ['es'], entry: mode === 'cdn-all' ? { comptoir: 'src/all.ts' } : elementEntries },
          rolldownOptions: {
            output: {
              chunkFileNames: mode === 'cdn-all' ? 'chunks/comptoir-[name]-[hash].js' : 'chunks/[name]-[hash].js',
              // What (nearly) every element needs, in one shared file rather than several: each file is compressed
              // alone, so each extra file costs its own dictionary.
              ...(mode === 'cdn-elements' ? { codeSplitting: { groups: [{ name: 'runtime', minShareCount: 5 }] } } : {}),
            },
          },
        },
      },
);
