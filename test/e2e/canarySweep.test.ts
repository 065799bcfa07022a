import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryDir } from '../helpers/testVault';
import { sweepForCanary } from './canarySweep';

// The sweep must be able to fail: it finds a canary in each encoding, deep in a folder tree.
describe('canary sweep', () => {
  it.each(['utf8', 'utf16le'] as const)('finds a canary written as %s', (encoding) => {
    const dir = temporaryDir();
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'a', 'b', '000003.log'), Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from('xxCANARY42xx', encoding)]));
    expect(sweepForCanary(dir, 'CANARY42').hits).toContainEqual({ file: join(dir, 'a', 'b', '000003.log'), encoding: encoding === 'utf8' ? 'utf-8' : 'utf-16le' });
  });
});
