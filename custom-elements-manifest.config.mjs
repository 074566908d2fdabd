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

export default {
  globs: ['src/index.ts', 'src/acupoint-map.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself ("customElements").
  packagejson: false,
  plugins: [publicApiOnly()],
};
