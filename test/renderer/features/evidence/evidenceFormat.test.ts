import { claimedTime, formatPercent, formatSize, formatSpeed, keyFingerprint, shortSha256 } from '../../../../renderer/features/evidence/evidenceFormat';
import { inBatches, sortDropped } from '../../../../renderer/features/evidence/droppedFiles';
import { SHA } from './evidenceSamples';

const NBSP = '\u00a0';

describe('evidence sizes, speeds and hashes on screen', () => {
  it('writes sizes in the largest unit under a thousand, in each language', () => {
    expect(formatSize(512, 'en')).toBe(`512${NBSP}B`);
    expect(formatSize(1_500_000, 'en')).toBe(`1.5${NBSP}MB`);
    expect(formatSize(240_400_000, 'en')).toBe(`240${NBSP}MB`);
    expect(formatSize(2_147_483_648, 'ru')).toBe(`2,1${NBSP}ГБ`);
    expect(formatSize(999_960, 'en')).toBe(`1${NBSP}MB`);
    // Kazakh numbers as Kazakh writes them, even where the runtime has no Kazakh number data.
    expect(formatSize(2_147_483_648, 'kk')).toBe(`2,1${NBSP}ГБ`);
    expect(formatSize(1_234_000_000_000, 'kk')).toBe(`1,2${NBSP}ТБ`);
  });

  it('writes speeds in megabytes per second, with Cyrillic units in Russian and Kazakh', () => {
    expect(formatSpeed(12_345_678, 'en')).toBe(`12.3${NBSP}MB/s`);
    expect(formatSpeed(12_345_678, 'ru')).toBe(`12,3${NBSP}МБ/с`);
    // No Latin letter hides in the Cyrillic unit (CLDR's own data has "MБ/с" for Kazakh).
    expect(formatSpeed(500_000, 'kk')).not.toMatch(/[A-Za-z]/);
  });

  it('never shows 100 % before the last byte is in', () => {
    expect(formatPercent(999, 1000, 'en')).toBe('99%');
    expect(formatPercent(1000, 1000, 'en')).toBe('100%');
    expect(formatPercent(0, 0, 'en')).toBe('0%');
    expect(formatPercent(450, 1000, 'ru')).toBe(`45${NBSP}%`);
    expect(formatPercent(450, 1000, 'kk')).toBe('45%');
  });

  it('shortens a SHA-256 to its first 16 hex characters and a key to three groups of four', () => {
    expect(shortSha256(SHA)).toBe('ab12cd34ef56ab78');
    expect(keyFingerprint('A6EHvPOEL4dcA6EH=')).toBe('A6EH vPOE L4dc');
  });

  it('shows a device time that is not a time as it was stored, rather than failing', () => {
    const format = (iso: string) => `formatted ${iso}`;
    expect(claimedTime(format, '2026-11-23T10:00:00.000Z')).toBe('formatted 2026-11-23T10:00:00.000Z');
    expect(claimedTime(format, 'garbled')).toBe('garbled');
  });
});

describe('dropped files', () => {
  it('attaches files with a path and names those without one', () => {
    expect(sortDropped(['a.jpg', 'from-browser.png', 'b.mp4'], ['/home/m/a.jpg', '', '/home/m/b.mp4'])).toEqual({ paths: ['/home/m/a.jpg', '/home/m/b.mp4'], unattachable: ['from-browser.png'] });
  });

  it('sends a large drop in batches main accepts', () => {
    const paths = Array.from({ length: 1201 }, (_, index) => `/p/${index}`);
    expect(inBatches(paths).map((batch) => batch.length)).toEqual([500, 500, 201]);
    expect(inBatches([])).toEqual([]);
  });
});
