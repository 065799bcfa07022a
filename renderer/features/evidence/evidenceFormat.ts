import type { Locale } from '../../../shared/settings/settings';

// Sizes, speeds and short fingerprints in the interface language. Numbers come from Intl; the unit
// letters are written here because CLDR's unit data mixes Latin letters into Cyrillic ("МБ/c" in
// Russian, "MБ/с" in Kazakh), which a reader notices and a screen reader mispronounces. Units are
// decimal (1 MB = 1,000,000 bytes), as the abbreviations say.

const UNITS = {
  en: { sizes: ['B', 'KB', 'MB', 'GB', 'TB'], perSecond: 'MB/s' },
  ru: { sizes: ['Б', 'КБ', 'МБ', 'ГБ', 'ТБ'], perSecond: 'МБ/с' },
  kk: { sizes: ['Б', 'КБ', 'МБ', 'ГБ', 'ТБ'], perSecond: 'МБ/с' },
} as const satisfies Record<Locale, { sizes: readonly string[]; perSecond: string }>;

const NBSP = '\u00a0';

/**
 * Chromium's ICU knows the name "kk" but carries no Kazakh number data, so Intl falls back to
 * "2.4" there. Kazakh writes numbers as Russian does (decimal comma, space between thousands), so
 * Russian formats them, in every runtime alike.
 */
function numberLocale(locale: Locale): string {
  return locale === 'kk' ? 'ru' : locale;
}

/** CLDR: "45%" in English and Kazakh, "45 %" in Russian. */
const PERCENT_SIGN = { en: '%', ru: `${NBSP}%`, kk: '%' } as const satisfies Record<Locale, string>;

function decimal(value: number, locale: Locale): string {
  // One decimal below 10 ("2.4 GB"), none above ("240 MB"): enough to see a file grow.
  const digits = value < 10 ? 1 : 0;
  return new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: digits }).format(value);
}

/** "1.5 MB", "2,1 ГБ": a byte count in the largest unit that keeps it under a thousand. */
export function formatSize(bytes: number, locale: Locale): string {
  const sizes = UNITS[locale].sizes;
  let value = bytes;
  let unit = 0;
  // 999.96 KB would round to "1,000 KB": move up once the rounded value would reach 1000.
  while (value >= 999.5 && unit < sizes.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const text = unit === 0 ? new Intl.NumberFormat(numberLocale(locale)).format(value) : decimal(value, locale);
  return `${text}${NBSP}${sizes[unit] ?? ''}`;
}

/** "12.3 MB/s", always in megabytes per second so that successive values compare at a glance. */
export function formatSpeed(bytesPerSecond: number, locale: Locale): string {
  const megabytes = bytesPerSecond / 1_000_000;
  const text = new Intl.NumberFormat(numberLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(megabytes);
  return `${text}${NBSP}${UNITS[locale].perSecond}`;
}

/** Whole percent, rounded down: a file shows 100 % only once every byte is in. */
export function formatPercent(bytes: number, total: number, locale: Locale): string {
  const percent = total <= 0 ? 0 : Math.min(100, Math.floor((bytes / total) * 100));
  return `${percent}${PERCENT_SIGN[locale]}`;
}

/** The first 16 hex characters of a SHA-256: enough to compare by eye, short enough to read out. */
export function shortSha256(hex: string): string {
  return hex.slice(0, 16);
}

/** "A6EH vPOE L4dc": the first characters of a signing key, in groups, as the signed history shows them. */
export function keyFingerprint(publicKey: string): string {
  return (publicKey.slice(0, 12).match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * A device-claimed time through the app's formatter, or the text as stored when it is not a time
 * Date can read: a damaged or odd value is shown, never allowed to throw out of a render.
 */
export function claimedTime(format: (iso: string) => string, text: string): string {
  return Number.isNaN(Date.parse(text)) ? text : format(text);
}
