// The custom-elements manifest is generated from the classes' JSDoc (@summary @event @csspart @cssproperty…).
export default {
  globs: [
    'packages/elements/src/**/*.component.ts',
    'packages/elements/src/runtime/config-element.ts',
    'packages/elements/src/runtime/base-element.ts',
  ],
  exclude: ['**/*.test.ts'],
  outdir: 'packages/elements',
  litelement: true,
  dev: false,
};
