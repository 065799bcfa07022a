import type { RawBridge } from './api';

// Installed by the preload (Electron) or the test harness's init script, frozen and
// non-writable. Only renderer/bridge/ reads it; components get the Api from BridgeProvider.
declare global {
  interface Window {
    readonly bridge: RawBridge;
  }
}
