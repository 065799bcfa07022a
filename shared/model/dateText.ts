import type { Locale } from '../settings/settings';

// Dates in words, in the interface language. English and Russian come from Intl. Chromium's ICU
// (and so Electron's) carries no Kazakh month names, so Intl prints "2026 M11 23" for kk; Kazakh is
// therefore written here, in the order Kazakh texts use ("2026 ж. 23 қараша").

export const KAZAKH_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'] as const;

export type CalendarDate = { readonly year: number; readonly month?: number; readonly day?: number };

const INTL_OPTIONS = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

function kazakhDate({ year, month, day }: CalendarDate): string {
  const monthName = month === undefined ? undefined : KAZAKH_MONTHS[month - 1];
  return [`${year} ж.`, day, monthName].filter((part) => part !== undefined).join(' ');
}

/** A calendar date (day and month optional) in words; no time zone is involved. */
export function formatCalendarDate(date: CalendarDate, locale: Locale): string {
  if (locale === 'kk') {
    return kazakhDate(date);
  }
  const precision = date.day !== undefined ? 'day' : date.month !== undefined ? 'month' : 'year';
  const instant = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  return new Intl.DateTimeFormat(locale, { ...INTL_OPTIONS[precision], timeZone: 'UTC' }).format(instant);
}

/** A moment in words, in this device's time zone: "23 ноября 2026 г. в 11:46", "2026 ж. 23 қараша, 11:46". */
export function formatDateTime(instant: Date, locale: Locale): string {
  if (locale !== 'kk') {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(instant);
  }
  const time = `${String(instant.getHours()).padStart(2, '0')}:${String(instant.getMinutes()).padStart(2, '0')}`;
  return `${kazakhDate({ year: instant.getFullYear(), month: instant.getMonth() + 1, day: instant.getDate() })}, ${time}`;
}
