import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFileIfExists, writeFileAtomic } from '../../../main/storage/atomicFile';
import { AppError } from '../../../shared/errors/appError';
import { temporaryDir } from '../../helpers/testVault';

describe('atomic file writes', () => {
  it('replaces a file whole and leaves no temporary file behind', async () => {
    const dir = temporaryDir();
    const path = join(dir, 'vault.hdr');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, new TextEncoder().encode('new'));
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['vault.hdr']);
  });

  it('keeps the old bytes and reports STORAGE when the folder cannot be written', async () => {
    const path = join(temporaryDir(), 'missing-folder', 'vault.hdr');
    await expect(writeFileAtomic(path, new Uint8Array([1]))).rejects.toBeInstanceOf(AppError);
    expect(await readFileIfExists(join(temporaryDir(), 'absent'))).toBeNull();
  });
});
