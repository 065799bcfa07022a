import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/errors/appError';
import { randomBytes } from 'node:crypto';
import { MergeDecision } from '../../shared/reports/duplicates';
import { OfficialFigure, type OfficialFigureInput } from '../../shared/reports/officialFigures';
import { readFileIfExists, writeFileAtomic } from '../storage/atomicFile';
import type { VaultKeys } from '../vault/keyHierarchy';
import { openRecord, sealRecord } from '../vault/recordEnvelope';
import type { Sodium } from '../vault/sodium';

// A coordinator's decisions about duplicate cases, and the official figures they entered, sealed in
// <dataDir>/reports.sealed. Decisions are only ever added: "keep separate" after "merge" reverses
// it, and both stay, with who and when, so a report can say how each case came to be counted once
// (or twice). An official figure entered by mistake can be removed.

const FILE = 'reports.sealed';
const ADDRESS = { table: 'reports', id: 'ReportDecisionsAAAAAAA' };
const Stored = z.strictObject({ decisions: z.array(MergeDecision), officialFigures: z.array(OfficialFigure).default([]) });
type Stored = z.infer<typeof Stored>;

export function createReportStore(deps: { readonly sodium: Sodium; readonly dataDir: string; readonly keys: () => VaultKeys }) {
  const path = join(deps.dataDir, FILE);

  async function load(): Promise<Stored> {
    const sealed = await readFileIfExists(path);
    if (sealed === null) {
      return { decisions: [], officialFigures: [] };
    }
    const parsed = Stored.safeParse(openRecord(deps.sodium, deps.keys(), ADDRESS, sealed).value);
    if (!parsed.success) {
      throw new AppError('INTEGRITY', 'the report decisions are not what they should be');
    }
    return parsed.data;
  }

  async function update(change: (stored: Stored) => Stored): Promise<Stored> {
    const next = change(await load());
    await writeFileAtomic(path, sealRecord(deps.sodium, deps.keys(), ADDRESS, { value: next, schemaVersion: 1 }));
    return next;
  }

  return {
    decisions: async () => (await load()).decisions,
    async decide(decision: MergeDecision): Promise<MergeDecision[]> {
      return (await update((stored) => ({ ...stored, decisions: [...stored.decisions, decision] }))).decisions;
    },
    officialFigures: async () => (await load()).officialFigures,
    async addOfficialFigure(input: OfficialFigureInput, enteredAt: Date): Promise<OfficialFigure[]> {
      const figure = { ...input, id: randomBytes(16).toString('base64url'), enteredAt: enteredAt.toISOString() };
      return (await update((stored) => ({ ...stored, officialFigures: [...stored.officialFigures, figure] }))).officialFigures;
    },
    async removeOfficialFigure(id: string): Promise<OfficialFigure[]> {
      return (await update((stored) => ({ ...stored, officialFigures: stored.officialFigures.filter((figure) => figure.id !== id) }))).officialFigures;
    },
  };
}

export type ReportStore = ReturnType<typeof createReportStore>;
