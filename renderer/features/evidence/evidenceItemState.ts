import type { MediaKind } from '../../../shared/evidence/evidenceItem';
import type { EvidenceSummary } from '../../../shared/evidence/evidenceSummary';

// What one item offers and how it is marked, decided here so the list component only draws it.
// A deleted (purged) item keeps only its custody log: its file and key no longer exist.

export type ItemActions = { readonly preview: boolean; readonly clean: boolean; readonly delete: boolean };
export type ItemBadge = 'workingCopy' | 'deleted' | 'missing' | 'location';

const PREVIEWABLE: readonly MediaKind[] = ['image', 'audio', 'video', 'pdf'];

export function isPurged(item: EvidenceSummary): boolean {
  return item.purgedAt !== null || item.fileState === 'purged';
}

export function availableActions(item: EvidenceSummary): ItemActions {
  if (isPurged(item)) {
    return { preview: false, clean: false, delete: false };
  }
  const present = item.fileState === 'present';
  // Only JPEG for now: main rewrites JPEG segments and nothing else (R15: the original stays).
  const carriesLocation = item.mediaType === 'image/jpeg' && (item.capture.hasExif || item.capture.hasGps);
  return { preview: present && PREVIEWABLE.includes(item.kind), clean: present && carriesLocation, delete: true };
}

export function itemBadges(item: EvidenceSummary): ItemBadge[] {
  const badges: ItemBadge[] = [];
  if (item.parent !== null) {
    badges.push('workingCopy');
  }
  if (isPurged(item)) {
    badges.push('deleted');
    return badges;
  }
  if (item.fileState === 'missing') {
    badges.push('missing');
  }
  // Said before anything is shared: GPS in a photo can locate a witness.
  if (item.capture.hasGps) {
    badges.push('location');
  }
  return badges;
}
