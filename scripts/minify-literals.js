import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/**
 * Minifies the markup and styles inside Lit's html`…` and css`…` literals at build time (Vite and esbuild leave
 * template contents alone): a sixth of an element's weight is indentation otherwise. Runs before TypeScript is stripped.
 */
export function minifyLiterals() {
  return { ...minifyHTML({ include: ['**/packages/elements/src/**/*.ts'], exclude: ['**/*.test.ts'], failOnError: true }), enforce: 'pre' };
}
