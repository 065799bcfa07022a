import type { FieldValues } from '../../../shared/definitions/fieldValues';
import { reportFacts, type ReportFacts } from '../../../shared/reports/reportFacts';
import type { Revision } from '../../../shared/revisions/revision';
import { foldForSearch } from '../../../shared/search/foldText';
import type { FormRepos } from '../../store/formRepos';

// What a report counts, read from the signed records on this vault: only sealed revisions count
// (every figure traces back to a signature), each record read from its newest sealed revision,
// with the sealer's key fingerprint and the hash of the sealed content. Victims are linked across
// monitors by the identity the coordinator holds for them, folded so that Cyrillic and Latin
// spellings of one name meet; the link keys stay in memory and never enter a report.

/** "A6EH vPOE L4dc": the first characters of a signing key, grouped, as the history shows them. */
export function keyFingerprint(author: string): string {
  return (author.slice(0, 12).match(/.{1,4}/g) ?? []).join(' ');
}

export type ReportData = { readonly facts: readonly ReportFacts[]; readonly links: ReadonlyMap<string, ReadonlySet<string>> };

async function victimLinks(repos: FormRepos, victims: readonly string[]): Promise<Set<string>> {
  const links = new Set(victims.map((id) => `person:${id}`));
  for (const id of victims) {
    const identity = await repos.identities.get(id);
    const name = identity?.state === 'ok' ? identity.record.values['legalName'] : undefined;
    if (typeof name === 'string' && name.trim() !== '') {
      links.add(`identity:${foldForSearch(name).replace(/\s+/g, ' ').trim()}`);
    }
  }
  return links;
}

export async function gatherReportData(repos: FormRepos): Promise<ReportData> {
  const facts: ReportFacts[] = [];
  const links = new Map<string, ReadonlySet<string>>();
  for (const row of await repos.revisions.all()) {
    const last = row.state === 'ok' ? (row.record.revisions[row.record.revisions.length - 1] as Revision | undefined) : undefined;
    if (last === undefined) {
      continue;
    }
    const item = reportFacts({ recordId: row.id, type: last.content.type, localRef: last.content.localRef, values: last.content.values as FieldValues, monitorFingerprint: keyFingerprint(last.header.author), revisionHash: last.header.contentHash });
    facts.push(item);
    links.set(row.id, await victimLinks(repos, item.victims));
  }
  return { facts, links };
}
