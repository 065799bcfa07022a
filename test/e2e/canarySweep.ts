import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// A seized disk, read the way a forensic examiner would: every byte of every file under the data
// directory (IndexedDB's LevelDB .log/.ldb files included), searched for the canary as UTF-8,
// UTF-16LE and UTF-16BE.
function filesUnder(folder: string, skipUnreadable: boolean, exclude: readonly string[] = []): string[] {
  if (exclude.includes(folder)) {
    return [];
  }
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    if (skipUnreadable) {
      return [];
    }
    throw error;
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      return filesUnder(path, skipUnreadable, exclude);
    }
    return entry.isFile() ? [path] : [];
  });
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) {
    const byte = le[i] as number;
    le[i] = le[i + 1] as number;
    le[i + 1] = byte;
  }
  return le;
}

function readBytes(file: string, skipUnreadable: boolean): Buffer | null {
  try {
    return readFileSync(file);
  } catch (error) {
    if (skipUnreadable) {
      return null;
    }
    throw error;
  }
}

export type CanaryHit = { readonly file: string; readonly encoding: string };

/**
 * `skipUnreadable`: for shared folders such as the OS temp, where other processes remove files
 * meanwhile; `exclude`: folders not to read (a test's own plaintext sources).
 */
export function sweepForCanary(dataDir: string, canary: string, options: { skipUnreadable?: boolean; exclude?: readonly string[] } = {}): { hits: CanaryHit[]; files: string[]; bytesRead: number } {
  const needles = [
    ['utf-8', Buffer.from(canary, 'utf8')],
    ['utf-16le', Buffer.from(canary, 'utf16le')],
    ['utf-16be', utf16be(canary)],
  ] as const;
  const skipUnreadable = options.skipUnreadable === true;
  const files = filesUnder(dataDir, skipUnreadable, options.exclude);
  const hits: CanaryHit[] = [];
  let bytesRead = 0;
  for (const file of files) {
    const bytes = readBytes(file, skipUnreadable);
    if (bytes === null) {
      continue;
    }
    bytesRead += bytes.length;
    for (const [encoding, needle] of needles) {
      if (bytes.includes(needle)) {
        hits.push({ file, encoding });
      }
    }
  }
  return { hits, files, bytesRead };
}
