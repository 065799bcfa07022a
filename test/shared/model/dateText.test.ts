import { formatCalendarDate, formatDateTime, KAZAKH_MONTHS } from '../../../shared/model/dateText';

describe('dates in words', () => {
  it('writes Kazakh with Kazakh month names, never the "M11" Chromium falls back to', () => {
    expect(formatCalendarDate({ year: 2026, month: 11, day: 23 }, 'kk')).toBe('2026 ж. 23 қараша');
    expect(formatCalendarDate({ year: 2022, month: 1 }, 'kk')).toBe('2022 ж. қаңтар');
    expect(formatCalendarDate({ year: 2016 }, 'kk')).toBe('2016 ж.');
    expect(formatDateTime(new Date(2026, 10, 23, 9, 5), 'kk')).toBe('2026 ж. 23 қараша, 09:05');
    expect(KAZAKH_MONTHS).toHaveLength(12);
  });

  it('uses Intl for English and Russian', () => {
    expect(formatCalendarDate({ year: 2022, month: 1, day: 5 }, 'en')).toBe('January 5, 2022');
    expect(formatCalendarDate({ year: 2022, month: 1, day: 5 }, 'ru')).toMatch(/^5 января 2022/);
    expect(formatDateTime(new Date(2026, 10, 23, 9, 5), 'ru')).toMatch(/^23 ноября 2026 г\..*09:05$/);
  });
});
