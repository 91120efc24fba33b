// Everything an adopter's tools read about the elements, generated from the custom-elements manifest (itself generated
// from the classes' JSDoc by `npm run manifest`):
// - the manifest is checked: every event typed, every attribute and property described, every CSS part used in a
//   template and every `--comptoir-*` property used in a style documented (a check that fails names what is missing);
// - its module paths are made those of the npm package (dist/*.js);
// - `--typings`: framework typings (React 19, Preact and Solid JSX, Vue's GlobalComponents) in dist/types/, VS Code's
//   html-custom-data.json and JetBrains' web-types.json in the package;
// - `--docs`: docs/elements.md and the reference part of docs/theming.md; `--check-docs` fails when they are stale.
import { existsSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const pkgDir = 'packages/elements';
const manifestFile = join(pkgDir, 'custom-elements.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const args = new Set(process.argv.slice(2));

/** The elements, with their class name and the folder of their sources. */
const elements = manifest.modules
  .flatMap((mod) =>
    (mod.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ ...declaration, sourcePath: mod.path })),
  )
  .sort((a, b) => a.tagName.localeCompare(b.tagName)); // the analyzer's module order varies from run to run
const problems = [];

// ---- Check ----------------------------------------------------------------------------------------------------------
const sourceFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')
        ? [join(dir, entry.name)]
        : [],
  );
const partsIn = (files) =>
  new Set(
    files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/part="([^"]*)"/g)].flatMap((m) =>
        m[1]
          .replace(/\$\{[^}]*\}/g, ' ')
          .split(/\s+/)
          .filter(Boolean),
      ),
    ),
  );
const tokensIn = (files) =>
  new Set(files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/--comptoir-[a-z0-9-]*[a-z0-9]/g)].map((m) => m[0])));
/** The element's own files and every source file they import, directly or not (static or `import()`). */
function reachedFrom(files) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)\.js'/g))
      visit(join(dirname(file), `${m[1]}.ts`));
  };
  files.forEach(visit);
  return [...seen];
}
for (const element of elements) {
  const where = `<${element.tagName}>`;
  for (const event of element.events ?? [])
    if (!event.type?.text?.startsWith('CustomEvent<')) problems.push(`${where}: event ${event.name} has no detail type`);
  for (const attribute of element.attributes ?? [])
    if (!attribute.description) problems.push(`${where}: attribute ${attribute.name} is not described`);
  for (const member of element.members ?? [])
    if (!member.description) problems.push(`${where}: ${member.kind} ${member.name} is not described`);
  const documentedParts = new Set((element.cssParts ?? []).map((part) => part.name));
  const documentedTokens = new Set((element.cssProperties ?? []).map((property) => property.name));
  const folder = join(pkgDir, 'src', element.tagName);
  if (element.tagName === 'comptoir-config') continue;
  const files = reachedFrom(sourceFiles(folder));
  for (const part of partsIn(files))
    if (!documentedParts.has(part)) problems.push(`${where}: CSS part "${part}" is used but not documented`);
  for (const token of tokensIn(files)) {
    if (token === '--comptoir-column') continue; // the prefix of the documented --comptoir-column-<name>-width
    if (!documentedTokens.has(token)) problems.push(`${where}: custom property ${token} is used but not documented`);
  }
}

// ---- Package paths --------------------------------------------------------------------------------------------------
const toDist = (path) => path.replace(/^packages\/elements\/src\/(.*)\.ts$/, 'dist/$1.js');
const rewrite = (value) => {
  if (Array.isArray(value)) return value.map(rewrite);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'path' || k === 'module' ? toDist(v) : rewrite(v)]));
  return value;
};
writeFileSync(manifestFile, `${JSON.stringify(rewrite(manifest), null, 2)}\n`);

if (problems.length) {
  console.error(`The manifest is incomplete (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`manifest: ${elements.length} elements, every event typed, every attribute, part and custom property documented`);

// ---- Typings --------------------------------------------------------------------------------------------------------
const fields = (element) => (element.members ?? []).filter((member) => member.kind === 'field');
const quote = (names) => names.map((name) => `'${name}'`).join(' | ') || 'never';
const header = (what) => `// ${what}. Generated from custom-elements.json by scripts/manifest-outputs.js: do not edit.\n`;
const classImports = `import type { ${elements.map((element) => element.name).join(', ')} } from '../index.js';\n`;
/** `'backorder-table': X<BackorderTable, 'q' | 'status', { 'backorder-select': …; }>` */
const tagLines = (render) =>
  elements
    .map((element) => {
      const events = (element.events ?? []).map((event) => `'${event.name}': GlobalEventHandlersEventMap['${event.name}']`).join('; ');
      return `      '${element.tagName}': ${render(element.name, quote(fields(element).map((field) => field.name)), `{ ${events} }`)};`;
    })
    .join('\n');
const commonTypes = `
/** The element's public properties, all optional (an attribute of the same name sets the same value). */
type Props<E, K extends keyof E> = { [P in K]?: E[P] };
`;

const react = `${header("React 19 JSX typings: `import type {} from '@comptoir/elements/jsx/react';` once in the application")}import type { HTMLAttributes, RefAttributes } from 'react';
${classImports}${commonTypes}
/** React 19 listens to a custom element's events through \`on<event-name>\` props. */
type Events<M> = { [K in keyof M as \`on\${K & string}\`]?: (event: M[K]) => void };
type ComptoirProps<E, K extends keyof E, M> = Omit<HTMLAttributes<E>, K & string> & RefAttributes<E> & Props<E, K> & Events<M> & { class?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${tagLines((cls, keys, events) => `ComptoirProps<${cls}, ${keys}, ${events}>`)}
    }
  }
}
`;
const preact = `${header("Preact JSX typings: `import type {} from '@comptoir/elements/jsx/preact';` once in the application")}import type { JSX } from 'preact';
${classImports}${commonTypes}
/** Preact listens to a custom element's events through \`on<event-name>\` props. */
type Events<M> = { [K in keyof M as \`on\${K & string}\`]?: (event: M[K]) => void };
type ComptoirProps<E extends EventTarget, K extends keyof E, M> = Omit<JSX.HTMLAttributes<E>, K & string> & Props<E, K> & Events<M>;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${tagLines((cls, keys, events) => `ComptoirProps<${cls}, ${keys}, ${events}>`)}
    }
  }
}
`;
const solid = `${header("Solid JSX typings: `import type {} from '@comptoir/elements/jsx/solid';` once in the application")}import type { JSX } from 'solid-js';
${classImports}${commonTypes}
/** Solid listens to a custom element's events with \`on:<event-name>\` and sets properties with \`prop:<name>\`. */
type Events<M> = { [K in keyof M as \`on:\${K & string}\`]?: (event: M[K]) => void };
type PropsAsProps<E, K extends keyof E> = { [P in K as \`prop:\${P & string}\`]?: E[P] };
type ComptoirProps<E, K extends keyof E, M> = Omit<JSX.HTMLAttributes<E>, K & string> & Props<E, K> & PropsAsProps<E, K> & Events<M>;

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
${tagLines((cls, keys, events) => `ComptoirProps<${cls}, ${keys}, ${events}>`)}
    }
  }
}
`;
const vue = `${header("Vue 3 typings: `import type {} from '@comptoir/elements/vue';` once in the application")}import type { DefineComponent } from 'vue';
${classImports}${commonTypes}
/** Vue's templates check \`@backorder-select\` against an \`onBackorderSelect\` prop. */
type Events<M> = { [K in keyof M as \`on\${Capitalize<CamelCase<K & string>>}\`]?: (event: M[K]) => void };
type CamelCase<S extends string> = S extends \`\${infer Head}-\${infer Tail}\` ? \`\${Head}\${Capitalize<CamelCase<Tail>>}\` : S;
type ComptoirProps<E, K extends keyof E, M> = DefineComponent<Props<E, K> & Events<M>>;

declare module 'vue' {
  interface GlobalComponents {
${tagLines((cls, keys, events) => `ComptoirProps<${cls}, ${keys}, ${events}>`).replace(/^ {6}/gm, '    ')}
  }
}
`;

const description = (element) => [element.summary, element.description].filter(Boolean).join('\n\n');
const docsUrl = (tag) => `${(pkg.homepage ?? '').replace(/#.*$/, '')}#${tag}`;
const htmlCustomData = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: description(element),
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: attribute.description,
      ...(/^'[^']*'( \| '[^']*')+/.test(attribute.type?.text ?? '')
        ? { values: [...attribute.type.text.matchAll(/'([^']*)'/g)].map((m) => ({ name: m[1] })) }
        : attribute.type?.text === 'boolean'
          ? { valueSet: 'v' }
          : {}),
    })),
    ...(pkg.homepage ? { references: [{ name: 'Documentation', url: docsUrl(element.tagName) }] } : {}),
  })),
};
const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: description(element),
        attributes: (element.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          description: attribute.description,
          value: { type: attribute.type?.text ?? 'string', required: false },
        })),
        js: {
          properties: fields(element).map((field) => ({ name: field.name, description: field.description, type: field.type?.text })),
          events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description, type: event.type?.text })),
        },
        events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description })),
        'css-parts': (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description })),
        'css-properties': (element.cssProperties ?? []).map((property) => ({ name: property.name, description: property.description })),
      })),
    },
  },
};

if (args.has('--typings')) {
  const typesDir = join(pkgDir, 'dist/types');
  mkdirSync(typesDir, { recursive: true });
  writeFileSync(join(typesDir, 'jsx-react.d.ts'), react);
  writeFileSync(join(typesDir, 'jsx-preact.d.ts'), preact);
  writeFileSync(join(typesDir, 'jsx-solid.d.ts'), solid);
  writeFileSync(join(typesDir, 'vue.d.ts'), vue);
  writeFileSync(join(pkgDir, 'html-custom-data.json'), `${JSON.stringify(htmlCustomData, null, 2)}\n`);
  writeFileSync(join(pkgDir, 'web-types.json'), `${JSON.stringify(webTypes, null, 2)}\n`);
  console.log(`typings: ${typesDir}/{jsx-react,jsx-preact,jsx-solid,vue}.d.ts, html-custom-data.json, web-types.json`);
}

// ---- Docs -----------------------------------------------------------------------------------------------------------
const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n+/g, ' ');
const table = (head, rows) =>
  rows.length
    ? `| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |\n${rows.map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n')}\n`
    : '';
const own = (items) => (items ?? []).filter((item) => !item.inheritedFrom);
const elementsDoc = `# Elements reference

Generated from \`custom-elements.json\` by \`scripts/manifest-outputs.js\`; do not edit by hand. Attributes are for HTML
and CMS pages; properties (camelCase) are for JavaScript and frameworks; every element also takes the common ones listed
last. Events bubble and cross shadow roots; \`event.detail\` has the type shown. Theming: [theming.md](theming.md).

${elements
  .filter((element) => element.tagName !== 'comptoir-config')
  .map(
    (element) => `## \`<${element.tagName}>\`

${description(element)}

\`\`\`html
<script type="module" src="https://cdn.jsdelivr.net/npm/@comptoir/elements/cdn/${element.tagName}.js"></script>
<${element.tagName} endpoint="/api/…"></${element.tagName}>
\`\`\`

### Attributes and properties

${table(
  ['attribute', 'property', 'type', 'default', 'description'],
  fields(element)
    .filter((field) => !field.inheritedFrom)
    .map((field) => [
      field.attribute ? `\`${field.attribute}\`` : '(property only)',
      `\`${field.name}\``,
      `\`${field.type?.text ?? ''}\``,
      field.default ? `\`${field.default}\`` : '',
      field.description,
    ]),
)}
### Events

${table(
  ['event', 'detail', 'when'],
  (element.events ?? []).map((event) => [
    `\`${event.name}\``,
    `\`${event.type?.text.replace(/^CustomEvent<(.*)>$/, '$1')}\``,
    event.description,
  ]),
)}
### CSS parts

${table(
  ['part', 'what'],
  own(element.cssParts).map((part) => [`\`${part.name}\``, part.description]),
)}
and the common parts (theming.md).
${
  own(element.cssProperties).length
    ? `\n### CSS custom properties\n\n${table(
        ['property', 'what'],
        own(element.cssProperties).map((property) => [`\`${property.name}\``, property.description]),
      )}`
    : ''
}`,
  )
  .join('\n')}
## Common to every element

${(() => {
  const base = manifest.modules.flatMap((mod) => mod.declarations ?? []).find((declaration) => declaration.name === 'ComptoirElement');
  return table(
    ['attribute', 'property', 'type', 'description'],
    fields(base).map((field) => [
      field.attribute ? `\`${field.attribute}\`` : '(property only)',
      `\`${field.name}\``,
      `\`${field.type?.text ?? ''}\``,
      field.description,
    ]),
  );
})()}
## \`<comptoir-config>\`

${(() => {
  const config = elements.find((element) => element.tagName === 'comptoir-config');
  return `${description(config)}\n\n${table(
    ['attribute', 'property', 'type', 'description'],
    fields(config).map((field) => [
      field.attribute ? `\`${field.attribute}\`` : '(property only)',
      `\`${field.name}\``,
      `\`${field.type?.text ?? ''}\``,
      field.description,
    ]),
  )}`;
})()}`;

const base = manifest.modules.flatMap((mod) => mod.declarations ?? []).find((declaration) => declaration.name === 'ComptoirElement');
const themingReference = `<!-- reference: generated from custom-elements.json by scripts/manifest-outputs.js -->
### Custom properties of every element

${table(
  ['property', 'what (default)'],
  (base.cssProperties ?? []).map((property) => [`\`${property.name}\``, property.description]),
)}
### Parts of every element

${table(
  ['part', 'what'],
  (base.cssParts ?? []).map((part) => [`\`${part.name}\``, part.description]),
)}
### Parts and properties of each element

${elements
  .filter((element) => element.tagName !== 'comptoir-config')
  .map(
    (element) =>
      `- \`<${element.tagName}>\`: parts ${own(element.cssParts)
        .map((part) => `\`${part.name}\``)
        .join(', ')}${
        own(element.cssProperties).length
          ? `; properties ${own(element.cssProperties)
              .map((property) => `\`${property.name}\``)
              .join(', ')}`
          : ''
      }`,
  )
  .join('\n')}
<!-- /reference -->`;

if (args.has('--docs') || args.has('--check-docs')) {
  const theming = readFileSync('docs/theming.md', 'utf8');
  const newTheming = theming.replace(/<!-- reference:[\s\S]*<!-- \/reference -->/, themingReference);
  const outputs = [
    ['docs/elements.md', elementsDoc],
    ['docs/theming.md', newTheming],
  ];
  let stale = 0;
  for (const [file, text] of outputs) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // not written yet
    }
    if (current === text) continue;
    if (args.has('--check-docs')) {
      console.error(`${file} is stale: run \`node scripts/manifest-outputs.js --docs\` and commit it.`);
      stale++;
    } else writeFileSync(file, text);
  }
  if (stale) process.exit(1);
  console.log(args.has('--check-docs') ? 'docs: up to date with the manifest' : 'docs: docs/elements.md, docs/theming.md written');
}
