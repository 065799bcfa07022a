import { z } from 'zod';
import { EvidenceItem } from './evidenceItem';

// What the renderer is shown of an item: its stored metadata, plus whether the encrypted file is
// still there (a missing file is reported, never hidden).
export const EvidenceSummary = EvidenceItem.extend({ fileState: z.enum(['present', 'missing', 'purged']) });
export type EvidenceSummary = z.infer<typeof EvidenceSummary>;
