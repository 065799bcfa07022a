// Every IPC message's sender is checked before its payload is looked at (after VS Code's
// validateEvent): the top frame of our own origin only. An iframe, a navigated-away page or a
// data: document gets nothing. Pure, so Electron and the test harness share it.
export type SenderFrame = { readonly url: string; readonly isMainFrame: boolean };

export function isTrustedSender(frame: SenderFrame | null | undefined, appOrigin: string): boolean {
  if (!frame || !frame.isMainFrame) {
    return false;
  }
  try {
    const url = new URL(frame.url);
    const expected = new URL(appOrigin);
    // WHATWG gives custom schemes the origin "null": compare scheme and host instead.
    return url.protocol === expected.protocol && url.host === expected.host;
  } catch {
    return false;
  }
}
