import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/errors/appError';
import { MergeDecision } from '../../shared/reports/duplicates';
import { readFileIfExists, writeFileAtomic } from '../storage/atomicFile';
import type { VaultKeys } from '../vault/keyHierarchy';
import { openRecord, sealRecord } from '../vault/recordEnvelope';
import type { Sodium } from '../vault/sodium';

// A coordinator's decisions about duplicate cases, sealed in <dataDir>/reports.sealed. Decisions
// are only ever added: "keep separate" after "merge" reverses it, and both stay, with who and when,
// so a report can say how each case came to be counted once (or twice).

const FILE = 'reports.sealed';
const ADDRESS = { table: 'reports', id: 'ReportDecisionsAAAAAAA' };
const Stored = z.strictObject({ decisions: z.array(MergeDecision) });

export function createReportStore(deps: { readonly sodium: Sodium; readonly dataDir: string; readonly keys: () => VaultKeys }) {
  const path = join(deps.dataDir, FILE);

  async function load(): Promise<MergeDecision[]> {
    const sealed = await readFileIfExists(path);
    if (sealed === null) {
      return [];
    }
    const parsed = Stored.safeParse(openRecord(deps.sodium, deps.keys(), ADDRESS, sealed).value);
    if (!parsed.success) {
      throw new AppError('INTEGRITY', 'the report decisions are not what they should be');
    }
    return parsed.data.decisions;
  }

  return {
    decisions: load,
    async decide(decision: MergeDecision): Promise<MergeDecision[]> {
      const decisions = [...(await load()), decision];
      await writeFileAtomic(path, sealRecord(deps.sodium, deps.keys(), ADDRESS, { value: { decisions }, schemaVersion: 1 }));
      return decisions;
    },
  };
}

export type ReportStore = ReturnType<typeof createReportStore>;
