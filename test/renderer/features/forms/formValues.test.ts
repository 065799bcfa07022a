import { parseIntegerText } from '../../../../renderer/features/forms/integerText';
import { compactValues } from '../../../../renderer/features/forms/valueShapes';

describe('an integer as the monitor types it', () => {
  it('reads whole numbers, with spaces grouping thousands', () => {
    expect(parseIntegerText('12')).toBe(12);
    expect(parseIntegerText(' 1 000 ')).toBe(1000);
    expect(parseIntegerText('1\u00a0000')).toBe(1000);
    expect(parseIntegerText('-3', { min: -10, max: 10 })).toBe(-3);
  });

  it('refuses fractions, words, numbers out of bounds, and never gives NaN', () => {
    for (const text of ['', '1.5', '1,5', 'twelve', '12a', '-1', '10000001', '1e3', 'NaN', '99999999999999999']) {
      expect(parseIntegerText(text)).toBeNull();
    }
  });
});

describe('the values handed to the parent', () => {
  it('leave out emptied inputs and keep every shape, as a fresh copy', () => {
    const date = { value: '2022-01', precision: 'month', approximate: false };
    const rows = [{ source: 'abc', firstHand: null }, {}];
    const values = { title: '', count: 3, date, codes: ['A'], rows, gone: null, unset: undefined, yes: false };
    const out = compactValues(values);
    expect(out).toEqual({ title: '', count: 3, date, codes: ['A'], rows: [{ source: 'abc' }, {}], yes: false });
    expect(out.date).not.toBe(date);
    expect(out.rows).not.toBe(rows);
  });
});
