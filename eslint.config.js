import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'packages/elements/cdn/**',
      'test/hosts/**/.cache/**',
      'storybook-static/**',
      'data/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: {
      ...Object.fromEntries(Object.keys(litA11y.rules).map((rule) => [`lit-a11y/${rule}`, 'error'])),
      // Dates from IE days: `change` on <select> fires once per choice in every current browser, keyboard included.
      'lit-a11y/no-invalid-change-handler': 'off',
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: "Browser code validates with 'zod/mini' (classic zod costs ~26 kB gzip more)." },
            { name: 'lit/directives/unsafe-html.js', message: 'Text from data is text: no unsafeHTML.' },
          ],
        },
      ],
    },
  },
  {
    // Type-aware rules on TypeScript: a promise is awaited, returned or explicitly dropped with `void`, and never given
    // where a callback's result is ignored (an event handler, a forEach) unless that is what is meant.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['test/hosts/**'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['.storybook/*.ts', 'bench/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // node:test's describe and it return promises the runner itself awaits.
            { from: 'package', name: ['describe', 'it', 'test', 'suite'], package: 'node:test' },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // The elements' browser tests: semantic-dom-diff types chai's every `equal` as a promise (only its DOM comparisons
    // are), which makes every assertion a "floating promise". The one promise an assertion returns here, axe's, must be
    // awaited: checked by name instead.
    files: ['packages/elements/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "ExpressionStatement > CallExpression[callee.property.name='accessible']",
          message: 'Await it: `await expect(el).to.be.accessible()`; a floating axe check passes whatever it finds.',
        },
      ],
    },
  },
  {
    // Tests stub globals and reach into internals on purpose.
    files: ['**/test/**', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
