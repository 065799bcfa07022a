import { measureBundles, type BundleBench } from './bundleBench';
import { measureEvidenceIngest, type IngestBench } from './evidenceIngestBench';
import { medianNote, ratio, sample, type Sample } from './samples';

// The file-heavy figures of `npm run bench` (issues 5 and 6): each step beside its references and
// beside the floors its cryptography alone sets, best of the runs with the median beside it.

const EVIDENCE_BYTES = Number(process.env.AIGAQ_BENCH_EVIDENCE_BYTES ?? 1024 ** 3);
const BUNDLE_RECORDS = Number(process.env.AIGAQ_BENCH_BUNDLE_RECORDS ?? 1000);
const INGEST_RUNS = 5;
const BUNDLE_RUNS = 3;

type Line = (label: string, seconds: number, note?: string) => void;

const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

function versus(ours: Sample, reference: Sample, name: string, goal?: number): string {
  const { best, median } = ratio(ours, reference);
  const verdict = goal === undefined ? '' : ` (goal ≤ ${Number.isInteger(goal) ? goal.toFixed(1) : goal}: ${met(best <= goal)})`;
  return `${best.toFixed(2)}× ${name}${verdict}, median ${median.toFixed(2)}×`;
}

/** The floor as a ratio to `cp`, and whether the goal lies below it (then no implementation of these passes can meet it). */
function floorNote(floor: number, cp: Sample, goal: number): string {
  const times = floor / cp.best;
  const verdict = times > goal ? `: above the goal of ${goal}× cp, which no implementation making these passes can meet here` : '';
  return `= ${times.toFixed(2)}× cp (from the floors above; no I/O counted)${verdict}`;
}

export async function reportIngest(line: Line): Promise<IngestBench> {
  const ingest = await measureEvidenceIngest({ bytes: EVIDENCE_BYTES, runs: INGEST_RUNS });
  const size = `${(ingest.bytes / 1024 ** 3).toFixed(2)} GiB`;
  line(`reference: cp, ${size}`, ingest.cp.best, medianNote(ingest.cp));
  line(`reference: age -r (age CLI), ${size}`, ingest.age.best, medianNote(ingest.age));
  line(`floor: SHA-256 alone, one core, ${size}`, ingest.sha256Floor, `= ${(ingest.sha256Floor / ingest.cp.best).toFixed(2)}× cp: no ingest that hashes every byte is faster`);
  line(`floor: ChaCha20-Poly1305 alone, one core, ${size}`, ingest.cipherFloor, `= ${(ingest.cipherFloor / ingest.cp.best).toFixed(2)}× cp`);
  line(`evidence ingest (hash + encrypt + fsync), ${size}`, ingest.ingest.best, `${medianNote(ingest.ingest)}; = ${versus(ingest.ingest, ingest.cp, 'cp', 1.25)}; ${versus(ingest.ingest, ingest.age, 'age', 1.0)}`);
  process.stdout.write(`${'evidence ingest peak RSS'.padEnd(64)} ${ingest.maxRssMiB.toFixed(0).padStart(8)} MiB (before the ingest: ${ingest.baseRssMiB.toFixed(0)} MiB; goal < 150 MiB: ${met(ingest.maxRssMiB < 150)})\n`);
  return ingest;
}

export async function reportBundles(line: Line, ingest: IngestBench): Promise<void> {
  const runs: BundleBench[] = [];
  for (let run = 0; run < BUNDLE_RUNS; run += 1) {
    runs.push(await measureBundles({ records: BUNDLE_RECORDS, evidenceBytes: EVIDENCE_BYTES }));
  }
  const of = (key: 'cp' | 'ageTar' | 'export' | 'ageUntar' | 'import') => sample(runs.map((run) => run[key]));
  const [cp, ageTar, exported, ageUntar, imported] = [of('cp'), of('ageTar'), of('export'), of('ageUntar'), of('import')];
  const data = `${BUNDLE_RECORDS.toLocaleString('en')} records + ${(EVIDENCE_BYTES / 1024 ** 3).toFixed(2)} GiB`;
  // Export makes three passes over every evidence byte: decrypt the store's copy, encrypt it for
  // the recipients, hash the bundle file (a file bound by its header digest is not hashed again:
  // docs/evidence-store.md). Import makes four: hash the bundle file, decrypt, check the item's
  // SHA-256, encrypt to the store. Split perfectly over this machine's 2 cores:
  const exportFloor = (2 * ingest.cipherFloor + ingest.sha256Floor) / 2;
  const importFloor = (2 * ingest.cipherFloor + 2 * ingest.sha256Floor) / 2;
  line(`reference: cp -r, ${data}`, cp.best, medianNote(cp));
  line(`reference: tar | age -r, ${data}`, ageTar.best, medianNote(ageTar));
  line(`floor: export's crypto on 2 cores, ${data}`, exportFloor, floorNote(exportFloor, cp, 1.5));
  line(`bundle export (sign, encrypt, fsync), ${data}`, exported.best, `${medianNote(exported)}; = ${versus(exported, cp, 'cp', 1.5)}; ${versus(exported, ageTar, 'tar|age')}`);
  line(`reference: age -d | tar -x, ${data}`, ageUntar.best, medianNote(ageUntar));
  line(`floor: import's crypto on 2 cores, ${data}`, importFloor, floorNote(importFloor, cp, 1.5));
  line(`bundle import (strict checks, re-encrypt, ledger), ${data}`, imported.best, `${medianNote(imported)}; = ${versus(imported, cp, 'cp', 1.5)}; ${versus(imported, ageUntar, 'age|tar')}`);
}
