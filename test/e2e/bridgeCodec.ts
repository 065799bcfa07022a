// Electron's IPC carries Uint8Array by structured clone; Playwright's binding carries JSON. The
// harness encodes bytes as { $bytes: base64 } on the way across and back. The same encoder runs in
// the page (as source text in the init script) and in Node (here).
export const PAGE_CODEC_SOURCE = `
  const toBase64 = (bytes) => { let s = ''; for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000)); return btoa(s); };
  const fromBase64 = (text) => { const s = atob(text); const out = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i); return out; };
  const encode = (v) => v instanceof Uint8Array ? { $bytes: toBase64(v) } : Array.isArray(v) ? v.map(encode) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)])) : v;
  const decode = (v) => Array.isArray(v) ? v.map(decode) : v && typeof v === 'object' ? (typeof v.$bytes === 'string' && Object.keys(v).length === 1 ? fromBase64(v.$bytes) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]))) : v;
`;

export function encodeForPage(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    return { $bytes: Buffer.from(value).toString('base64') };
  }
  if (Array.isArray(value)) {
    return value.map(encodeForPage);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encodeForPage(item)]));
  }
  return value;
}

export function decodeFromPage(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(decodeFromPage);
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && typeof record.$bytes === 'string') {
      return new Uint8Array(Buffer.from(record.$bytes, 'base64'));
    }
    return Object.fromEntries(keys.map((key) => [key, decodeFromPage(record[key])]));
  }
  return value;
}
