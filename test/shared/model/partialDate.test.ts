import fc from 'fast-check';
import { comparePartialDates, formatPartialDate, huridocsDateType, PartialDate, partialDateRange } from '../../../shared/model/partialDate';
import { HURIDOCS_VOCABULARIES } from '../../../shared/vocab/huridocs';

const date = (value: string, precision: PartialDate['precision'], approximate = false): PartialDate => ({ value, precision, approximate });

describe('partial dates', () => {
  it.each([
    ['2022-01-05', 'day'],
    ['2022-01', 'month'],
    ['2016', 'year'],
    ['2024-02-29', 'day'],
  ] as const)('accepts %s as a %s', (value, precision) => {
    expect(PartialDate.safeParse(date(value, precision)).success).toBe(true);
  });

  it.each([
    ['2022-02-30', 'day'],
    ['2023-02-29', 'day'],
    ['2022-13', 'month'],
    ['2022-01', 'day'],
    ['2022-01-05', 'year'],
    ['1899', 'year'],
    ['22-1-5', 'day'],
    ['', 'year'],
  ] as const)('refuses %s as a %s', (value, precision) => {
    expect(PartialDate.safeParse(date(value, precision)).success).toBe(false);
  });

  it('spans exactly the days it can mean', () => {
    expect(partialDateRange(date('2022-01-05', 'day'))).toEqual({ from: '2022-01-05', to: '2022-01-05' });
    expect(partialDateRange(date('2024-02', 'month'))).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(partialDateRange(date('2016', 'year'))).toEqual({ from: '2016-01-01', to: '2016-12-31' });
  });

  it('sorts by the earliest day, the more precise first', () => {
    const dates = [date('2022', 'year'), date('2022-01-05', 'day'), date('2021-12', 'month'), date('2022-01', 'month')];
    expect([...dates].sort(comparePartialDates).map((d) => d.value)).toEqual(['2021-12', '2022-01', '2022', '2022-01-05']);
  });

  it('always contains its own range: from ≤ to, within its year', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), fc.constantFrom('day', 'month', 'year' as const), (instant, precision) => {
        const full = instant.toISOString().slice(0, 10);
        const value = { day: full, month: full.slice(0, 7), year: full.slice(0, 4) }[precision];
        const range = partialDateRange(date(value, precision));
        expect(range.from <= full && full <= range.to).toBe(true);
      }),
    );
  });

  it('maps to the HURIDOCS date types of mt48', () => {
    const mt48 = HURIDOCS_VOCABULARIES['huridocs.mt48'];
    expect(huridocsDateType(date('2022-01-05', 'day'))).toBeNull();
    expect(mt48?.label(huridocsDateType(date('2022-01', 'month')) ?? '', 'en')).toBe('Unknown day');
    expect(mt48?.label(huridocsDateType(date('2022', 'year')) ?? '', 'en')).toBe('Unknown month and day');
    expect(mt48?.label(huridocsDateType(date('2022-01-05', 'day', true)) ?? '', 'en')).toBe('Estimate');
  });

  it('says a date in each language without overstating its precision', () => {
    expect(formatPartialDate(date('2022-01-05', 'day'), 'en')).toBe('January 5, 2022');
    expect(formatPartialDate(date('2022-01-05', 'day'), 'ru')).toMatch(/^5 января 2022/);
    expect(formatPartialDate(date('2022-01', 'month'), 'kk')).toBe('2022 ж. қаңтар');
    expect(formatPartialDate(date('2016', 'year', true), 'ru')).toMatch(/^около 2016/);
    expect(formatPartialDate(date('2016', 'year', true), 'kk')).toMatch(/^шамамен 2016/);
  });
});
