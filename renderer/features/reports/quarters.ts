// Reports cover a quarter (UN bodies and donors ask by quarter and year): the quarters the records
// fall in, newest first, and each quarter's first and last day.

export type Quarter = { readonly key: string; readonly from: string; readonly to: string };

const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'];

export function quarterOf(date: string): Quarter {
  const [year = '', month = '1'] = date.split('-');
  const index = Math.floor((Number(month) - 1) / 3);
  const first = String(index * 3 + 1).padStart(2, '0');
  return { key: `${year}-Q${index + 1}`, from: `${year}-${first}-01`, to: `${year}-${LAST_DAY[index] ?? '12-31'}` };
}

export function quartersOf(dates: readonly (string | null)[]): Quarter[] {
  const byKey = new Map<string, Quarter>();
  for (const date of dates) {
    if (date !== null) {
      const quarter = quarterOf(date);
      byKey.set(quarter.key, quarter);
    }
  }
  return [...byKey.values()].sort((a, b) => b.key.localeCompare(a.key));
}
