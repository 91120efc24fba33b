// The custom-elements manifest is generated from the classes' JSDoc (@summary @event @csspart @cssproperty…), then
// reduced to the public API: it feeds Storybook's args tables, the framework typings, the editors' data and the docs.

/** Keeps what an application may use: no private, protected or static member, no event without a real name. */
function publicApiOnly() {
  return {
    name: 'comptoir-public-api',
    packageLinkPhase({ customElementsManifest }) {
      // Runs after the analyzer's inheritance: parts, custom properties and events of a base class are already copied.
      for (const mod of customElementsManifest.modules)
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          declaration.members = (declaration.members ?? []).filter(
            (member) => (!member.privacy || member.privacy === 'public') && !member.static && !/^[#_]/.test(member.name),
          );
          // `emit(type, detail)` is seen as an event named `type`; real events are documented with @event.
          declaration.events = (declaration.events ?? []).filter((event) => event.name?.includes('-'));
        }
    },
  };
}

export default {
  globs: [
    'packages/elements/src/**/*.component.ts',
    'packages/elements/src/runtime/config-element.ts',
    'packages/elements/src/runtime/base-element.ts',
    'packages/elements/src/runtime/item-element.ts',
  ],
  exclude: ['**/*.test.ts'],
  outdir: 'packages/elements',
  litelement: true,
  dev: false,
  plugins: [publicApiOnly()],
};
