/**
 * User Timing marks for the start-up stages (`acupoint-map:context`, `acupoint-map:model`,
 * `acupoint-map:surface`, `acupoint-map:placed`, `acupoint-map:drawn`), so a page's real-user
 * monitoring and `scripts/profile-load.ts` can see where the time to a drawn body goes.
 */
export function markStage(stage: string): void {
  globalThis.performance?.mark?.(`acupoint-map:${stage}`);
}
