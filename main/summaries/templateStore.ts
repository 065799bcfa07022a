import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/errors/appError';
import { RECORD_TYPES, type RecordType } from '../../shared/definitions/registry';
import { SummaryTemplate } from '../../shared/summaries/summaryTemplate';
import { readFileIfExists, writeFileAtomic } from '../storage/atomicFile';
import type { VaultKeys } from '../vault/keyHierarchy';
import { openRecord, sealRecord } from '../vault/recordEnvelope';
import type { Sodium } from '../vault/sodium';

// The summary templates a coordinator adjusted, one per record type, sealed in
// <dataDir>/summaries.sealed. A type with none uses the default (DEFAULT_TEMPLATES); resetting one
// removes it. Templates reorder and reword; the level's filters apply whatever they say.

const FILE = 'summaries.sealed';
const ADDRESS = { table: 'summaries', id: 'SummaryTemplatesAAAAAA' };
const Stored = z.strictObject({ templates: z.partialRecord(z.enum(RECORD_TYPES), SummaryTemplate) });
type Templates = z.infer<typeof Stored>['templates'];

export function createTemplateStore(deps: { readonly sodium: Sodium; readonly dataDir: string; readonly keys: () => VaultKeys }) {
  const path = join(deps.dataDir, FILE);

  async function load(): Promise<Templates> {
    const sealed = await readFileIfExists(path);
    if (sealed === null) {
      return {};
    }
    const parsed = Stored.safeParse(openRecord(deps.sodium, deps.keys(), ADDRESS, sealed).value);
    if (!parsed.success) {
      throw new AppError('INTEGRITY', 'the summary templates are not what they should be');
    }
    return parsed.data.templates;
  }

  return {
    templates: load,
    /** Saves a type's template, or with null goes back to the default. */
    async save(type: RecordType, template: SummaryTemplate | null): Promise<Templates> {
      const templates: Templates = { ...(await load()) };
      if (template === null) {
        delete templates[type];
      } else {
        templates[type] = template;
      }
      await writeFileAtomic(path, sealRecord(deps.sodium, deps.keys(), ADDRESS, { value: { templates }, schemaVersion: 1 }));
      return templates;
    },
  };
}

export type TemplateStore = ReturnType<typeof createTemplateStore>;
