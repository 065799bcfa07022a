import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// A seized disk, read the way a forensic examiner would: every byte of every file under the data
// directory (IndexedDB's LevelDB .log/.ldb files included), searched for the canary as UTF-8,
// UTF-16LE and UTF-16BE.
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      return filesUnder(path);
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

export type CanaryHit = { readonly file: string; readonly encoding: string };

export function sweepForCanary(dataDir: string, canary: string): { hits: CanaryHit[]; files: string[]; bytesRead: number } {
  const needles = [
    ['utf-8', Buffer.from(canary, 'utf8')],
    ['utf-16le', Buffer.from(canary, 'utf16le')],
    ['utf-16be', utf16be(canary)],
  ] as const;
  const files = filesUnder(dataDir);
  const hits: CanaryHit[] = [];
  let bytesRead = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    bytesRead += statSync(file).size;
    for (const [encoding, needle] of needles) {
      if (bytes.includes(needle)) {
        hits.push({ file, encoding });
      }
    }
  }
  return { hits, files, bytesRead };
}
