import { createHash, randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { base64urlnopad } from '@scure/base';
import { AppError } from '../../shared/errors/appError';
import { MAX_PDF_PREVIEW_BYTES, type MediaKind } from '../../shared/evidence/evidenceItem';
import { SECURITY_HEADERS } from '../protocol/rendererAssets';
import type { Sodium } from '../vault/sodium';
import { itemFile } from './evidenceFiles';
import type { EvidenceStore } from './evidenceStore';
import { openForRanges } from './plaintextRange';
import { decideRange } from './rangeRequest';

// Previews without temporary files (R16): the renderer gets a URL on its own origin,
// /evidence/<session token>/<item id>, and main answers each request (with HTTP Range, so a video
// seeks) by decrypting only the chunks asked for. Electron routes app://aigaq/evidence/… here
// through protocol.handle; the test harness routes http://app.localhost/evidence/… the same way.
//
// The quarantine rule (R12) for previews: a URL is handed out only after the WHOLE file has been
// read through authentication and its SHA-256 matched; every byte served is authenticated again.

export const PREVIEW_PATH_PREFIX = '/evidence/';
const PREVIEWABLE: ReadonlySet<MediaKind> = new Set(['image', 'audio', 'video', 'pdf']);

export type PreviewResponse = { readonly status: number; readonly headers: Record<string, string>; readonly body: Readable | null };

export type EvidencePreviewDeps = { readonly sodium: Sodium; readonly store: EvidenceStore };

function textResponse(status: number, text: string): PreviewResponse {
  return { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain' }, body: Readable.from([Buffer.from(text)]) };
}

async function collect(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) {
    parts.push(part as Buffer);
  }
  return Buffer.concat(parts);
}

type Verified = { readonly size: number; readonly mtimeMs: number; readonly mediaType: string };

export function createEvidencePreview(deps: EvidencePreviewDeps) {
  let token = base64urlnopad.encode(randomBytes(32));
  const verified = new Map<string, Verified>();

  const fileFingerprint = async (id: string) => stat(itemFile(deps.store.folder, id, 'content')).catch(() => null);

  async function stillVerified(id: string): Promise<Verified | null> {
    const known = verified.get(id);
    const now = await fileFingerprint(id);
    return known !== undefined && now !== null && now.size === known.size && now.mtimeMs === known.mtimeMs ? known : null;
  }

  async function serveItem(id: string, range: string | null): Promise<PreviewResponse> {
    const known = await stillVerified(id);
    if (known === null) {
      return textResponse(404, 'not found');
    }
    const file = await openForRanges(deps.sodium, itemFile(deps.store.folder, id, 'content'), deps.store.identity());
    const decision = decideRange(range, file.plaintextSize);
    const headers = { ...SECURITY_HEADERS, 'content-type': known.mediaType, 'accept-ranges': 'bytes', 'content-disposition': 'inline' };
    if (decision.kind === 'unsatisfiable') {
      await file.close();
      return { status: 416, headers: { ...headers, 'content-range': `bytes */${file.plaintextSize}` }, body: null };
    }
    const { start, end } = decision.kind === 'partial' ? decision.range : { start: 0, end: file.plaintextSize - 1 };
    if (end < start) {
      await file.close();
      return { status: 200, headers: { ...headers, 'content-length': '0' }, body: null };
    }
    const body = file.read(start, end);
    body.once('close', () => void file.close());
    const partialHeaders = decision.kind === 'partial' ? { 'content-range': `bytes ${start}-${end}/${file.plaintextSize}` } : {};
    return { status: decision.kind === 'partial' ? 206 : 200, headers: { ...headers, ...partialHeaders, 'content-length': String(end - start + 1) }, body };
  }

  return {
    /** Verifies the whole item, records a 'view' custody event once per session, returns its URL. */
    async grant(id: string): Promise<{ url: string; mediaType: string; kind: MediaKind }> {
      const item = await deps.store.get(id);
      if (item.purgedAt !== null || !PREVIEWABLE.has(item.kind)) {
        throw new AppError('NOT_FOUND', 'nothing to preview');
      }
      if ((await stillVerified(id)) === null) {
        const check = await deps.store.verifyItem(id);
        if (check.status !== 'intact') {
          throw new AppError('INTEGRITY', `evidence ${check.status}`);
        }
        const fingerprint = await fileFingerprint(id);
        if (fingerprint === null) {
          throw new AppError('NOT_FOUND', 'the file is gone');
        }
        verified.set(id, { size: fingerprint.size, mtimeMs: fingerprint.mtimeMs, mediaType: item.mediaType });
        await deps.store.appendCustody(id, 'view', {});
      }
      return { url: `${PREVIEW_PATH_PREFIX}${token}/${id}`, mediaType: item.mediaType, kind: item.kind };
    },

    /** The whole plaintext of a verified PDF, for the renderer's pdf.js (no plugin, no frame). */
    async pdfBytes(id: string): Promise<Uint8Array> {
      const granted = await this.grant(id);
      const item = await deps.store.get(id);
      if (granted.kind !== 'pdf' || item.size > MAX_PDF_PREVIEW_BYTES) {
        throw new AppError('INVALID_REQUEST', 'not a PDF this app previews');
      }
      const file = await openForRanges(deps.sodium, itemFile(deps.store.folder, id, 'content'), deps.store.identity());
      try {
        const bytes = await collect(file.read(0, file.plaintextSize - 1));
        if (createHash('sha256').update(bytes).digest('hex') !== item.sha256) {
          bytes.fill(0);
          throw new AppError('INTEGRITY', 'the PDF does not match its SHA-256');
        }
        return bytes;
      } finally {
        await file.close();
      }
    },

    /** Answers one request for a preview URL; anything unexpected is a plain 404. */
    async respond(url: string, range: string | null): Promise<PreviewResponse> {
      const parts = new URL(url, 'http://x').pathname.slice(PREVIEW_PATH_PREFIX.length).split('/');
      if (parts.length !== 2 || parts[0] !== token || parts[1] === undefined) {
        return textResponse(404, 'not found');
      }
      try {
        return await serveItem(parts[1], range);
      } catch {
        return textResponse(404, 'not found');
      }
    },

    /** On lock: every URL handed out stops working, and files must verify again. */
    revokeAll(): void {
      token = base64urlnopad.encode(randomBytes(32));
      verified.clear();
    },
  };
}

export type EvidencePreview = ReturnType<typeof createEvidencePreview>;
