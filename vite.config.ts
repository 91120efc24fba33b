import { defaultClientConditions, defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { minifyLiterals } from './scripts/minify-literals.js';

/** The demo portal: a plain distributor site embedding the elements, served by the reference server (`npm start`). */
export default defineConfig({
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  plugins: [minifyLiterals()],
  // The workspace's packages from their sources (their exports map's `comptoir-source` condition), not their dist/.
  resolve: { conditions: ['comptoir-source', ...defaultClientConditions] },
  build: {
    outDir: fileURLToPath(new URL('./dist/demo', import.meta.url)),
    emptyOutDir: true,
    // The portal's pages: the bookshop's space (signed in), and a guest's dossier (no sign-in).
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./demo/index.html', import.meta.url)),
        suivi: fileURLToPath(new URL('./demo/suivi.html', import.meta.url)),
      },
    },
    target: 'es2022',
  },
  server: {
    // `npm run dev` serves the API on 8080; Vite's dev server forwards /api to it.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
