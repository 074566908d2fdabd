// `npm run analyze`: custom-elements.json from the JSDoc of src/acupoint-map.ts (attributes,
// properties, methods, events, parts, slots, CSS properties). Editors, Storybook and the
// README's API section (scripts/readme-api.mjs) read it.

const isInternal = (name) => name.startsWith('_') || name.startsWith('#');

/**
 * The manifest is for users of the element: drop private and protected members, and Lit's
 * internal reactive state (`_name: { state: true }`), which has no attribute.
 */
function publicApiOnly() {
  return {
    name: 'acupoint-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => (!member.privacy || member.privacy === 'public') && !isInternal(member.name),
            );
          }
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !isInternal(attribute.name) && !isInternal(attribute.fieldName ?? ''),
            );
          }
        }
      }
    },
  };
}

/** The built module that npm users import: it holds the element's class and defines the tag. */
const PUBLISHED_MODULE = 'dist/acupoint-map.js';

/**
 * The analyzer describes src/*.ts, which is not in the npm package. Tools that read the
 * manifest (editors, Storybook, the JSX and Vue type generators) follow its module paths,
 * so the published manifest describes the one built module that holds all the declarations.
 */
function publishedPaths() {
  return {
    name: 'acupoint-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      const reference = (name) => ({ name, module: PUBLISHED_MODULE });
      const exports = declarations.map((declaration) => ({ kind: 'js', name: declaration.name, declaration: reference(declaration.name) }));
      for (const module of customElementsManifest.modules) {
        for (const exported of module.exports ?? []) {
          if (exported.kind === 'custom-element-definition') {
            exports.push({ ...exported, declaration: reference(exported.declaration.name) });
          }
        }
      }
      customElementsManifest.modules = [{ kind: 'javascript-module', path: PUBLISHED_MODULE, declarations, exports }];
    },
  };
}

export default {
  globs: ['src/index.ts', 'src/acupoint-map.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself ("customElements").
  packagejson: false,
  plugins: [publicApiOnly(), publishedPaths()],
};
