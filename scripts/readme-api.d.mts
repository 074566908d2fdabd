// Types for scripts/readme-api.mjs, which the node test imports.
export const START: string;
export const END: string;
export interface Manifest {
  modules?: { declarations?: unknown[]; exports?: unknown[] }[];
}
export function customElements(manifest: Manifest): { tagName: string; name: string }[];
export function renderApi(manifest: Manifest): string;
export function replaceApiSection(readme: string, api: string): string;
export function currentApiSection(readme: string): string | null;
