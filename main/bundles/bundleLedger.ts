import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/errors/appError';
import type { BundleManifest } from '../../shared/bundles/bundleManifest';
import { RecordHead, RecordStub, type DeliveredRecord } from '../../shared/bundles/recordStub';
import { readFileIfExists, writeFileAtomic } from '../storage/atomicFile';
import type { VaultKeys } from '../vault/keyHierarchy';
import { openRecord, sealRecord } from '../vault/recordEnvelope';
import type { Sodium } from '../vault/sodium';

// Which bundles this vault has sent and received, sealed in <dataDir>/bundles.sealed. A monitor
// numbers its bundles 1, 2, 3… and names the previous one's SHA-256 in each manifest; a coordinator
// keeps, per monitor, what it has seen, and so notices a bundle dropped, replayed or sent twice on
// the way (security brief R39) — by USB stick or by a sync server it does not trust.

const FILE = 'bundles.sealed';
const ADDRESS = { table: 'bundles', id: 'BundleLedgerAAAAAAAAAA' };
const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

const Delivery = z.strictObject({ coordinatorKey: z.string(), receivedAt: z.string() });

const SentBundle = z.strictObject({
  bundleId: z.string(),
  seq: z.number().int().positive(),
  sha256: Sha256Hex,
  at: z.string(),
  items: z.array(z.strictObject({ kind: z.string(), id: z.string(), sha256: Sha256Hex, head: RecordHead.optional() })),
  /** Signed receipts that came back for it: the bundle is delivered once there is one. */
  deliveries: z.array(Delivery),
});
const SeenBundle = z.strictObject({ bundleId: z.string(), seq: z.number().int().positive(), sha256: Sha256Hex, prevBundleSha256: Sha256Hex.nullable(), at: z.string() });
const Ledger = z.strictObject({
  sent: z.array(SentBundle),
  /** per monitor signing key (base64) */
  received: z.record(z.string(), z.array(SeenBundle)),
  /** Delivered records whose contents were removed from this laptop (older ledgers have none). */
  stubs: z.array(RecordStub).default([]),
});
type Ledger = z.infer<typeof Ledger>;
export type SentBundle = z.infer<typeof SentBundle>;

/**
 * first: the first bundle seen from this monitor; continues: seq is the next one and names the
 * last one's hash; gap: something is missing before it (or it names another predecessor);
 * duplicate: this very bundle was imported before; older: an earlier seq arriving late.
 */
export type Continuity = 'first' | 'continues' | 'gap' | 'duplicate' | 'older';

export type BundleLedgerDeps = { readonly sodium: Sodium; readonly dataDir: string; readonly keys: () => VaultKeys };

export function createBundleLedger(deps: BundleLedgerDeps) {
  const path = join(deps.dataDir, FILE);

  async function load(): Promise<Ledger> {
    const sealed = await readFileIfExists(path);
    if (sealed === null) {
      return { sent: [], received: {}, stubs: [] };
    }
    const parsed = Ledger.safeParse(openRecord(deps.sodium, deps.keys(), ADDRESS, sealed).value);
    if (!parsed.success) {
      throw new AppError('INTEGRITY', 'the bundle ledger is not what it should be');
    }
    return parsed.data;
  }

  const save = (ledger: Ledger) => writeFileAtomic(path, sealRecord(deps.sodium, deps.keys(), ADDRESS, { value: ledger, schemaVersion: 1 }));

  return {
    /** The seq and previous hash the next bundle must carry. */
    async nextOutgoing(): Promise<{ seq: number; prevBundleSha256: string | null }> {
      const last = (await load()).sent.at(-1);
      return { seq: (last?.seq ?? 0) + 1, prevBundleSha256: last?.sha256 ?? null };
    },

    /** `heads`: for each record sent, the newest revision it carried (what a later removal must match). */
    async recordSent(manifest: BundleManifest, sha256: string, at: string, heads: ReadonlyMap<string, RecordHead> = new Map()): Promise<void> {
      const ledger = await load();
      const items = manifest.items.map((item) => {
        const head = item.kind === 'record' ? heads.get(item.id) : undefined;
        return { kind: item.kind, id: item.id, sha256: item.sha256, ...(head ? { head } : {}) };
      });
      ledger.sent.push({ bundleId: manifest.bundleId, seq: manifest.seq, sha256, at, items, deliveries: [] });
      await save(ledger);
    },

    /** Every record revision a receipt confirmed, with the bundle that carried it. */
    async deliveredHeads(): Promise<DeliveredRecord[]> {
      return (await load()).sent.flatMap((bundle) => {
        const delivery = bundle.deliveries[0];
        if (delivery === undefined) {
          return [];
        }
        return bundle.items.flatMap((item) => (item.head === undefined ? [] : [{ recordId: item.id, head: item.head, bundleId: bundle.bundleId, bundleSeq: bundle.seq, deliveredAt: delivery.receivedAt }]));
      });
    },

    async stubs(): Promise<RecordStub[]> {
      return (await load()).stubs;
    },

    /** Adds stubs, replacing any earlier stub of the same record. */
    async addStubs(stubs: readonly RecordStub[]): Promise<void> {
      const ledger = await load();
      const replaced = new Set(stubs.map((stub) => stub.recordId));
      ledger.stubs = [...ledger.stubs.filter((stub) => !replaced.has(stub.recordId)), ...stubs];
      await save(ledger);
    },

    async sent(): Promise<SentBundle[]> {
      return (await load()).sent;
    },

    async findSent(bundleId: string, sha256: string): Promise<SentBundle | null> {
      return (await load()).sent.find((entry) => entry.bundleId === bundleId && entry.sha256 === sha256) ?? null;
    },

    /** Marks a sent bundle delivered (a verified receipt came back); false if no such bundle was sent. */
    async recordDelivery(bundleId: string, sha256: string, delivery: z.infer<typeof Delivery>): Promise<SentBundle | null> {
      const ledger = await load();
      const bundle = ledger.sent.find((entry) => entry.bundleId === bundleId && entry.sha256 === sha256);
      if (bundle === undefined) {
        return null;
      }
      if (!bundle.deliveries.some((known) => known.coordinatorKey === delivery.coordinatorKey)) {
        bundle.deliveries.push(delivery);
        await save(ledger);
      }
      return bundle;
    },

    /** Every item id some delivered bundle carried, with the kinds it went as. */
    async deliveredItems(): Promise<Map<string, Set<string>>> {
      const delivered = new Map<string, Set<string>>();
      for (const bundle of (await load()).sent.filter((entry) => entry.deliveries.length > 0)) {
        bundle.items.forEach((item) => delivered.set(item.id, (delivered.get(item.id) ?? new Set()).add(item.kind)));
      }
      return delivered;
    },

    /** The SHA-256 of every item some delivered bundle carried: a record document sent unchanged matches. */
    async deliveredDigests(): Promise<Set<string>> {
      return new Set((await load()).sent.filter((entry) => entry.deliveries.length > 0).flatMap((bundle) => bundle.items.map((item) => item.sha256)));
    },

    /** What a newly verified bundle means for the monitor's sequence, before anything is merged. */
    async continuity(manifest: BundleManifest, sha256: string): Promise<Continuity> {
      const seen = (await load()).received[manifest.monitor.signingKey] ?? [];
      if (seen.some((entry) => entry.sha256 === sha256 || entry.bundleId === manifest.bundleId)) {
        return 'duplicate';
      }
      const last = seen.reduce<(typeof seen)[number] | undefined>((best, entry) => (best === undefined || entry.seq > best.seq ? entry : best), undefined);
      if (last === undefined) {
        return manifest.seq === 1 && manifest.prevBundleSha256 === null ? 'first' : 'gap';
      }
      if (manifest.seq <= last.seq) {
        return 'older';
      }
      return manifest.seq === last.seq + 1 && manifest.prevBundleSha256 === last.sha256 ? 'continues' : 'gap';
    },

    async recordReceived(manifest: BundleManifest, sha256: string, at: string): Promise<void> {
      const ledger = await load();
      const seen = ledger.received[manifest.monitor.signingKey] ?? [];
      seen.push({ bundleId: manifest.bundleId, seq: manifest.seq, sha256, prevBundleSha256: manifest.prevBundleSha256, at });
      ledger.received[manifest.monitor.signingKey] = seen;
      await save(ledger);
    },
  };
}

export type BundleLedger = ReturnType<typeof createBundleLedger>;
