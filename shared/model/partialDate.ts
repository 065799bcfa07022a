import { z } from 'zod';
import type { Locale } from '../settings/settings';
import { formatCalendarDate } from './dateText';

// A date as a witness gives it: "5 January 2022", "January 2022", "about 2016". Human-rights data
// is full of such dates; forcing a day would invent facts. HURIDOCS records the same idea as a date
// type (mt48: estimate, unknown day, unknown month and day), which huridocsDateType() returns.

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

const PATTERN: Record<DatePrecision, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  year: /^(\d{4})$/,
};
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

type Parts = { readonly year: number; readonly month: number; readonly day: number };

function partsOf(value: string, precision: DatePrecision): Parts | null {
  const match = PATTERN[precision].exec(value);
  if (match === null) {
    return null;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= EARLIEST_YEAR && year <= LATEST_YEAR ? { year, month, day } : null;
}

export const PartialDate = z
  .object({
    /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as the precision says. */
    value: z.string(),
    precision: z.enum(DATE_PRECISIONS),
    /** The witness or the monitor estimated it ("about", "around"). */
    approximate: z.boolean(),
  })
  .refine((date) => partsOf(date.value, date.precision) !== null, { message: 'not a real date of that precision', path: ['value'] });
export type PartialDate = z.infer<typeof PartialDate>;

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first and last days the date can mean, inclusive: for counting by month and matching duplicates. */
export function partialDateRange(date: PartialDate): { readonly from: string; readonly to: string } {
  const parts = partsOf(date.value, date.precision);
  if (parts === null) {
    throw new RangeError('not a valid partial date');
  }
  const { year, month, day } = parts;
  if (date.precision === 'day') {
    return { from: iso(year, month, day), to: iso(year, month, day) };
  }
  if (date.precision === 'month') {
    return { from: iso(year, month, 1), to: iso(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate()) };
  }
  return { from: iso(year, 1, 1), to: iso(year, 12, 31) };
}

/** Sorts by the earliest day a date can mean, then the more precise first. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byStart = partialDateRange(a).from.localeCompare(partialDateRange(b).from);
  return byStart !== 0 ? byStart : DATE_PRECISIONS.indexOf(a.precision) - DATE_PRECISIONS.indexOf(b.precision);
}

/** The HURIDOCS date type (mt48) of a date, or null for an exact date. */
export function huridocsDateType(date: PartialDate): string | null {
  if (date.approximate) {
    return '010000000000'; // Estimate
  }
  return { day: null, month: '020000000000', year: '030000000000' }[date.precision]; // Unknown day; Unknown month and day
}

const APPROXIMATELY: Record<Locale, string> = { en: 'about', ru: 'около', kk: 'шамамен' };

/** "5 января 2022 г.", "2022 ж. қаңтар", "about 2016": the precision is never overstated. */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
  const parts = partsOf(date.value, date.precision);
  if (parts === null) {
    throw new RangeError('not a valid partial date');
  }
  const { year, month, day } = parts;
  const calendar = { day: { year, month, day }, month: { year, month }, year: { year } }[date.precision];
  const text = formatCalendarDate(calendar, locale);
  return date.approximate ? `${APPROXIMATELY[locale]} ${text}` : text;
}
