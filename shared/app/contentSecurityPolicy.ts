// Sent as a response header with every renderer document (security brief R25). connect-src 'none'
// means the renderer cannot talk to any network; no 'wasm-unsafe-eval' because the renderer does
// no crypto; no inline script or style.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
].join('; ');
