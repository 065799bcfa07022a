import type { ReceiveOutcome } from '../../../../renderer/features/delivery/useReceiveBundle';
import { statusText } from '../../../../renderer/features/delivery/ReceiveBundles';
import { createI18n } from '../../../../renderer/i18n';

// What the coordinator reads after an import, in the three languages: where the receipt was saved,
// or, when the stick had no room for it, that the import stands and how to get the receipt.

function imported(receiptFileName: string | null): ReceiveOutcome {
  const result = { bundleId: 'B', monitorName: 'Monitor Taiga', monitorKey: 'K', continuity: 'first' as const, records: [], evidenceAdded: [], evidenceKnown: [], receiptFileName };
  return { kind: 'imported', result, stored: { added: 0, updated: 0, unchanged: 0, diverged: [] } };
}

describe('the import status line', () => {
  it.each(['en', 'ru', 'kk'] as const)('names the receipt, or says it could not be saved and what to do (%s)', (locale) => {
    const t = createI18n(locale).t;
    const saved = statusText(imported('aigaq-2026-11-24-0001.aqreceipt'), t) ?? '';
    const notSaved = statusText(imported(null), t) ?? '';
    expect(saved).toContain('aigaq-2026-11-24-0001.aqreceipt');
    expect(notSaved).toContain('Monitor Taiga');
    expect(notSaved).not.toContain('{{');
    expect(notSaved).not.toBe(saved);
    expect(notSaved).not.toContain('null');
  });
});
