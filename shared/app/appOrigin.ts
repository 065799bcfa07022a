// The renderer is served from one origin. In Electron that is a privileged custom scheme served by
// main (never file://); in the Chromium test harness, which cannot navigate to custom schemes, the
// same files are served from an http origin through route interception. Both are named here so the
// sender check, the protocol handler and the harness stay in step.
export const APP_SCHEME = 'app';
export const APP_HOST = 'aigaq';
export const ELECTRON_APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const HARNESS_APP_ORIGIN = 'http://app.localhost';
