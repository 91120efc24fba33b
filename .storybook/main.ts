import { defaultClientConditions } from 'vite';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { minifyLiterals } from '../scripts/minify-literals.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), minifyLiterals()],
    resolve: { ...viteConfig.resolve, conditions: ['comptoir-source', ...defaultClientConditions] },
  }),
};
export default config;
