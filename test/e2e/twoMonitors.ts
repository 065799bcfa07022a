import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createMainServices, type MainServices } from '../../main/mainServices';
import { KDF_FLOOR } from '../../main/vault/kdfParams';
import { BUNDLED_RECORD_FORMAT } from '../../shared/bundles/bundledRecord';
import { identityExample } from '../../shared/definitions/people/examples/identity.example';
import { personExample } from '../../shared/definitions/people/examples/person.example';
import { EXAMPLE_PEOPLE } from '../../shared/definitions/records/examples/commonExample';
import { tortureAllegationExample } from '../../shared/definitions/records/examples/tortureAllegation.example';
import type { CommandName } from '../../shared/ipc/channels';
import type { CommandRequest, CommandResponse } from '../../shared/ipc/contract';
import { PASSPHRASE, temporaryDir } from '../helpers/testVault';

// Monitors' laptops for a coordinator's end-to-end test, driven through the IPC contract (their
// screens are tested elsewhere): each joins the organisation from the invitation on the stick,
// saves its enrolment, seals invented allegations and saves a bundle for the coordinator.

export async function call<C extends CommandName>(services: MainServices, name: C, request?: CommandRequest<C>): Promise<CommandResponse<C>> {
  const result = await services.invoke(name, request);
  if (!result.ok) {
    throw new Error(`${name}: ${result.error.message}`);
  }
  return result.value as CommandResponse<C>;
}

export type Allegation = { readonly title: string; readonly date: string; readonly region: string; readonly victimName: string };

export type MonitorLaptop = { readonly services: MainServices; readonly enrolment: string; readonly bundleFolder: string; send(allegations: readonly Allegation[]): Promise<string> };

const newId = () => randomBytes(16).toString('base64url');

async function sealedAllegation(services: MainServices, allegation: Allegation) {
  const [recordId, victimId] = [newId(), newId()];
  const at = '2026-10-01T09:00:00.000Z';
  const values = JSON.parse(JSON.stringify({ ...tortureAllegationExample, title: allegation.title, region: allegation.region, initialDate: { value: allegation.date, precision: 'day', approximate: false }, finalDate: undefined }).split(EXAMPLE_PEOPLE.victim).join(victimId)) as Record<string, unknown>;
  const record = { schemaVersion: 1, type: 'TORTURE_ALLEGATION', localRef: `TA-2026-${randomBytes(2).toString('hex').toUpperCase()}`, definitionVersion: 1, status: 'final', createdAt: at, updatedAt: at, values, retired: [] };
  const revision = await call(services, 'revisions.seal', { recordId, record, chain: [] });
  const base = { schemaVersion: 1, definitionVersion: 1, status: 'draft', createdAt: at, updatedAt: at, retired: [] };
  const person = { ...base, pseudonym: `P-${randomBytes(2).toString('hex').toUpperCase()}-VC`, values: { ...personExample, alias: 'Invented victim' } };
  const identity = { ...base, values: { ...identityExample, legalName: allegation.victimName } };
  return { id: recordId, document: { format: BUNDLED_RECORD_FORMAT, revisions: [revision], persons: [{ id: victimId, person, identity }] } };
}

export async function monitorLaptop(usb: string, name: string): Promise<MonitorLaptop> {
  const bundleFolder = temporaryDir(`aigaq-e2e-${name}-bundles-`);
  const services = await createMainServices({
    dataDir: temporaryDir(`aigaq-e2e-${name}-`),
    kdfParams: KDF_FLOOR,
    files: { chooseSavePath: async (_kind, file) => join(usb, `${name}-${file}`), pickFile: async () => join(usb, 'invitation.aqinvite'), chooseFolder: async () => bundleFolder },
  });
  await call(services, 'vault.create', { passphrase: PASSPHRASE });
  const opened = await call(services, 'organisation.openInvitation');
  await call(services, 'organisation.joinInvitation', { token: opened.token ?? '' });
  await call(services, 'organisation.saveEnrolment', { monitorName: name });
  return {
    services,
    enrolment: join(usb, `${name}-enrolment.aqenrol`),
    bundleFolder,
    async send(allegations) {
      const records = [];
      for (const allegation of allegations) {
        records.push(await sealedAllegation(services, allegation));
      }
      const saved = await call(services, 'bundles.export', { records, evidenceIds: [], includeOriginals: false, onlyUndelivered: false });
      return join(bundleFolder, saved.fileName ?? '');
    },
  };
}
