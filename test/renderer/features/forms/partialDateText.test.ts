import { parsePartialDateText, partialDateToText } from '../../../../renderer/features/forms/partialDateText';

describe('a partial date as the monitor types it', () => {
  it.each([
    ['2022', { value: '2022', precision: 'year' }],
    ['2022-01', { value: '2022-01', precision: 'month' }],
    ['2022-01-05', { value: '2022-01-05', precision: 'day' }],
    ['01.2022', { value: '2022-01', precision: 'month' }],
    ['05.01.2022', { value: '2022-01-05', precision: 'day' }],
    ['5.1.2022', { value: '2022-01-05', precision: 'day' }],
    ['1.2022', { value: '2022-01', precision: 'month' }],
    ['2022-1-5', { value: '2022-01-05', precision: 'day' }],
    ['  29.02.2024 ', { value: '2024-02-29', precision: 'day' }],
  ])('reads %j with the precision it was typed with', (text, expected) => {
    expect(parsePartialDateText(text)).toEqual(expected);
  });

  it('reads "01.2022" as January 2022, never as the first of January', () => {
    expect(parsePartialDateText('01.2022')).toEqual({ value: '2022-01', precision: 'month' });
  });

  it.each(['30.02.2022', '29.02.2023', '2022-02-30', '13.2022', '2022-13', '00.2022', '32.01.2022', '1899', '2101', '', '   ', 'январь 2022', '2022.01', '01/05/2022', '22', '05.01.22', '2022-01-05T10:00'])(
    'refuses %j',
    (text) => {
      expect(parsePartialDateText(text)).toBeNull();
    },
  );

  it('shows a stored date in the order of the interface language', () => {
    expect(partialDateToText({ value: '2022-01-05', precision: 'day' }, 'en')).toBe('2022-01-05');
    expect(partialDateToText({ value: '2022-01-05', precision: 'day' }, 'ru')).toBe('05.01.2022');
    expect(partialDateToText({ value: '2022-01', precision: 'month' }, 'kk')).toBe('01.2022');
    expect(partialDateToText({ value: '2022', precision: 'year' }, 'ru')).toBe('2022');
  });

  it('reads back what it shows, in every language', () => {
    for (const locale of ['en', 'ru', 'kk'] as const) {
      for (const date of [{ value: '2022-01-05', precision: 'day' }, { value: '2022-01', precision: 'month' }, { value: '2022', precision: 'year' }] as const) {
        expect(parsePartialDateText(partialDateToText(date, locale))).toEqual(date);
      }
    }
  });
});
