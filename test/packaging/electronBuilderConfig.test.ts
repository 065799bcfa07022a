import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';

// Packaging runs only on release machines (it downloads Electron), so the promise that the fuses of
// security brief R28 are set is checked here, on the config itself, in every CI run.
type BuilderConfig = { electronFuses: Record<string, boolean>; files: string[]; asar: boolean; linux: { target: string[] }; win: { target: string[] }; mac: { target: string[] } };

const config = load(readFileSync(resolve(__dirname, '../../electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder configuration', () => {
  it('sets every Electron fuse of R28', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships only the built app, in an asar, for Linux, Windows and macOS', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', '!**/*.map']));
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });
});
