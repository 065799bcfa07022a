import sodiumModule from 'libsodium-wrappers-sumo';

// The sumo build: the standard libsodium-wrappers build declares crypto_pwhash in its types but
// lacks it at run time (security brief §0.1). The self-test checks this at start.
export type Sodium = typeof sodiumModule;

let loaded: Promise<Sodium> | undefined;

export function loadSodium(): Promise<Sodium> {
  loaded ??= sodiumModule.ready.then(() => sodiumModule);
  return loaded;
}
