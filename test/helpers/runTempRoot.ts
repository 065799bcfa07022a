import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';

// Every run of the tests or the bench gets one temporary root, removed at the end: the suite makes
// thousands of temporary vaults and sticks, and a machine that runs it daily must not fill its
// disk. TMPDIR (TEMP and TMP on Windows) is inherited by the jest workers and by what they launch,
// so os.tmpdir() points inside the root everywhere. The OS temp folder itself stays known, for the
// canary sweeps that must search all of it.

/** The OS temp folder, as it was before this run pointed TMPDIR at its own root. */
export function osTempDir(): string {
  return process.env.AIGAQ_OS_TMPDIR ?? tmpdir();
}

export function createRunTempRoot(prefix: string): string {
  const root = mkdtempSync(join(osTempDir(), prefix));
  process.env.AIGAQ_OS_TMPDIR = osTempDir();
  process.env.AIGAQ_RUN_TEMP_ROOT = root;
  process.env.TMPDIR = root;
  process.env.TEMP = root;
  process.env.TMP = root;
  return root;
}

function mountsUnder(root: string): string[] {
  if (!existsSync('/proc/self/mounts')) {
    return [];
  }
  return readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map((line) => (line.split(' ')[1] ?? '').replace(/\\040/g, ' '))
    .filter((mountPoint) => mountPoint.startsWith(root + sep));
}

/**
 * A test that failed before unmounting its small tmpfs "USB stick" leaves a mount inside the root:
 * it is detached first, so that nothing outside the root is deleted and the removal does not stop
 * at a busy mount point.
 */
export function removeRunTempRoot(): void {
  const root = process.env.AIGAQ_RUN_TEMP_ROOT;
  if (!root) {
    return;
  }
  for (const mountPoint of mountsUnder(root).reverse()) {
    execFileSync('umount', ['-l', mountPoint]);
  }
  if (mountsUnder(root).length > 0) {
    process.stderr.write(`The temporary folder ${root} was left in place: something is still mounted inside it.\n`);
    return;
  }
  rmSync(root, { recursive: true, force: true });
}
