import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { minifyLiterals } from '../../scripts/minify-literals.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The library build: one entry per element (and one with everything, for a CDN), ES modules, minified. */
export default defineConfig({
  root,
  plugins: [minifyLiterals()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'es2022',
    minify: true,
    lib: {
      formats: ['es'],
      entry: {
        comptoir: 'src/all.ts',
        index: 'src/index.ts',
        'comptoir-config': 'src/config/comptoir-config.ts',
        'backorder-table': 'src/backorder-table/backorder-table.ts',
      },
    },
    rolldownOptions: {
      output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
