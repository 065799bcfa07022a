import { MAX_NARRATIVE_ITEMS, MAX_NARRATIVE_TEXT_CHARS, MAX_REMOVED_ENTRIES } from './narrativeLimits';
import { NarrativeRefused } from './narrativeRefused';

/**
 * What one sanitizing pass has looked at and what it has removed. Counting happens as the walk
 * goes, so an oversized input is refused as soon as it crosses a limit, not after it is copied.
 */
export class NarrativeCleaning {
  private readonly removedEntries = new Set<string>();
  private items = 0;
  private textChars = 0;

  /** One more node, mark or attribute looked at. */
  count(): void {
    this.items += 1;
    if (this.items > MAX_NARRATIVE_ITEMS) {
      throw new NarrativeRefused('TOO_LARGE');
    }
  }

  /** Refuses an array longer than everything a narrative may hold, before walking it. */
  countAhead(length: number): void {
    if (this.items + length > MAX_NARRATIVE_ITEMS) {
      throw new NarrativeRefused('TOO_LARGE');
    }
  }

  keepText(length: number): void {
    this.textChars += length;
    if (this.textChars > MAX_NARRATIVE_TEXT_CHARS) {
      throw new NarrativeRefused('TOO_LARGE');
    }
  }

  /** Notes what was dropped: a kind and a name ("node:iframe"), never text. */
  remove(entry: string): void {
    if (this.removedEntries.size < MAX_REMOVED_ENTRIES) {
      this.removedEntries.add(entry);
    }
  }

  get removed(): readonly string[] {
    return [...this.removedEntries];
  }
}

export type PlainRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A property the object itself holds (never one inherited, such as __proto__ or toString). */
export function own(record: PlainRecord, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A type or attribute name as the removed list shows it: short, and only name characters. */
export function entryName(value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    return '?';
  }
  const name = value.slice(0, 32).replace(/[^A-Za-z0-9_.:-]/g, '?');
  return value.length > 32 ? `${name}…` : name;
}
