// The custom-elements manifest is generated from the classes' JSDoc (@summary @event @csspart @cssproperty…), then
// reduced to the public API: it feeds Storybook's args tables, the framework typings, the editors' data and the docs.
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Spells out `SortParam<XSortField>` (the `sort` attributes) as the contract's values, `'title' | '-title' | …`, so that
 * the docs list them and editors offer them (html-custom-data, web-types).
 */
function sortValuesFromContract() {
  const folder = new URL('./packages/contract/src/', import.meta.url);
  const fields = new Map();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(new URL(file, folder), 'utf8');
    for (const [, type, constant] of source.matchAll(/export type (\w+SortField) = \(typeof (\w+)\)\[number\]/g)) {
      const list = source.match(new RegExp(`export const ${constant} = \\[([^\\]]*)\\] as const`))?.[1];
      if (list)
        fields.set(
          type,
          [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]),
        );
    }
  }
  const expand = (type) => {
    const field = type?.text?.match(/^SortParam<(\w+)>$/)?.[1];
    if (!field) return;
    if (!fields.has(field)) throw new Error(`custom-elements manifest: no list of ${field} in the contract`);
    type.text = fields
      .get(field)
      .flatMap((name) => [`'${name}'`, `'-${name}'`])
      .join(' | ');
  };
  return {
    name: 'comptoir-sort-values',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules)
        for (const declaration of mod.declarations ?? []) {
          for (const member of declaration.members ?? []) expand(member.type);
          for (const attribute of declaration.attributes ?? []) expand(attribute.type);
        }
    },
  };
}

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
  plugins: [publicApiOnly(), sortValuesFromContract()],
};
