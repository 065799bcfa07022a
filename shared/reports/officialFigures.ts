import { z } from 'zod';

// Figures published by the authorities (e.g. the Prosecutor General's torture statistics the
// Ombudsperson cites), entered by a coordinator with their source, and shown beside the documented
// cases, never added to them: the two count different things (docs/reports.md).

const PLAIN = /^[^\p{Cc}\p{Cs}]*$/u;

export const OfficialFigureInput = z.strictObject({
  label: z.string().min(1).max(300).regex(PLAIN),
  value: z.number().int().nonnegative().max(10_000_000),
  /** As the source states it: "2025", "2026, January–June". */
  period: z.string().min(1).max(100).regex(PLAIN),
  source: z.string().min(1).max(500).regex(PLAIN),
});
export type OfficialFigureInput = z.infer<typeof OfficialFigureInput>;

export const OfficialFigure = OfficialFigureInput.extend({ id: z.string().regex(/^[A-Za-z0-9_-]{16,32}$/), enteredAt: z.iso.datetime() });
export type OfficialFigure = z.infer<typeof OfficialFigure>;
