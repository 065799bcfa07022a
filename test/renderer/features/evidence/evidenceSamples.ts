import type { IngestProgress } from '../../../../shared/evidence/evidenceItem';
import type { EvidenceSummary } from '../../../../shared/evidence/evidenceSummary';

// Invented evidence, shaped as main describes it to the renderer.

export const SHA = 'ab12cd34ef56ab78' + '0'.repeat(48);

export function summary(overrides: Partial<EvidenceSummary> = {}): EvidenceSummary {
  return {
    v: 1,
    id: 'item0000000000000000001',
    recordId: 'record0000000000000001',
    name: 'photo.jpg',
    size: 2_400_000,
    mediaType: 'image/jpeg',
    kind: 'image',
    sha256: SHA,
    ingestedAt: '2026-11-23T10:00:00.000Z',
    ingestedBy: 'A6EHvPOEL4dcA6EHvPOEL4dcA6EHvPOEL4dcA6EHvPO=',
    capture: { capturedAt: '2026:11:20 14:03:11', capturedAtSource: 'exif', hasGps: true, hasExif: true, cameraModel: 'Invented Camera' },
    parent: null,
    purgedAt: null,
    fileState: 'present',
    ...overrides,
  };
}

export function progress(overrides: Partial<IngestProgress> = {}): IngestProgress {
  return { jobId: 'job1', recordId: 'record0000000000000001', name: 'video.mp4', bytes: 0, total: 10_000_000, state: 'running', itemId: null, failure: null, ...overrides };
}
