import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { FilePorts, OpenFileKind } from '../../main/files/filePorts';
import { currentDefinition } from '../../shared/definitions/registry';
import { PASSPHRASE, temporaryDir } from '../helpers/testVault';
import { jpegWithEverything } from '../main/evidence/exifFixture';
import { launchApp, type LaunchedApp } from './launchApp';
import { enrolThroughScreens } from './organisationFlows';
import { fill, plural } from './recordFlows';
import { seedAllegation } from './seedAllegation';
import { putRows } from './seedEvents';
import { uiText } from './uiText';
import { createVault, openSection, unlockWithPassphrase, type Text } from './vaultFlows';

// Issue 6's acceptance, through the screens of two apps (two data directories) and one USB stick:
// invitation → enrolment → the monitor (Russian interface) finalises a torture allegation with a
// photo attached → saves a bundle onto the stick → the coordinator (English) imports it and sees
// the record, its photo, its signed history "signed by <monitor>, intact" → the receipt goes back
// → the monitor sees "delivered" and removes the delivered photo from the laptop. Along the way:
// the same bundle twice adds nothing, a damaged copy is refused with its reason, and the victim's
// name (identities are off by default) never reaches the coordinator. Invented people only.

const ru = uiText('ru');
const en = uiText('en');
const MONITOR = 'Нұрлан';
const TITLE = 'Избиение по пяткам при допросе, районный отдел полиции (вымышленный случай)';

/** Both apps' native dialogs, answered with files on the stick; the bundle to open can be switched. */
function usbStick(usb: string, photo: string, bundle: { name: string }): Partial<FilePorts> {
  const newest = (ending: string) => join(usb, readdirSync(usb).filter((name) => name.endsWith(ending)).sort().at(-1) ?? `none${ending}`);
  const files: Record<OpenFileKind, () => string> = {
    invitation: () => join(usb, 'invitation.aqinvite'),
    enrolment: () => join(usb, 'enrolment.aqenrol'),
    bundle: () => (bundle.name === '' ? newest('.aqb') : join(usb, bundle.name)),
    receipt: () => newest('.aqreceipt'),
  };
  return {
    chooseSavePath: async (_kind, name) => join(usb, name),
    pickFile: async (kind) => files[kind](),
    chooseFolder: async () => usb,
    pickFiles: async () => [photo],
  };
}

async function status(page: Page, text: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor({ timeout: 120_000 });
}

/** With AIGAQ_SCREENSHOTS=<folder>, keeps a picture of the page for a person to look at. */
async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.AIGAQ_SCREENSHOTS) {
    await page.screenshot({ path: join(process.env.AIGAQ_SCREENSHOTS, `${name}.png`), fullPage: true });
  }
}

async function openRecord(page: Page, t: Text, locale: 'en' | 'ru', title: string): Promise<void> {
  await openSection(page, t, 'records');
  // The section keeps the record last open; its list is one step back.
  const back = page.getByRole('button', { name: t('records.back'), exact: true });
  if (await back.isVisible()) {
    await back.click();
  }
  // The list may re-render as the catalog finishes opening records, taking the row away under a
  // click that already landed: what counts is that the editor opened.
  await page.getByRole('list', { name: t('records.list') }).getByText(title).click({ timeout: 15_000 }).catch(() => undefined);
  await back.waitFor({ timeout: 60_000 });
  await page.getByRole('textbox', { name: currentDefinition('TORTURE_ALLEGATION').sections[0]?.fields[0]?.label[locale] ?? '', exact: true }).waitFor();
}

/** Rows in one table of the page's IndexedDB (all ciphertext: only their number is told). */
function rowCount(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolveCount, reject) => {
        const request = indexedDB.open('aigaq');
        request.onsuccess = () => {
          const count = request.result.transaction(name).objectStore(name).count();
          count.onsuccess = () => resolveCount(count.result);
          count.onerror = () => reject(count.error);
        };
        request.onerror = () => reject(request.error);
      }),
    table,
  );
}

describe('a delivery from a monitor to a coordinator, through the screens', () => {
  const apps: LaunchedApp[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
    dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('invites, enrols, sends a sealed allegation with its photo, imports it intact, returns a receipt, purges the photo and removes the record to a stub', async () => {
    const [usb, sources, coordinatorDir, monitorDir] = ['usb', 'src', 'coordinator', 'monitor'].map((name) => temporaryDir(`aigaq-e2e-delivery-${name}-`)) as [string, string, string, string];
    dirs.push(usb, sources, coordinatorDir, monitorDir);
    const photo = join(sources, 'injuries-soles.jpg');
    writeFileSync(photo, jpegWithEverything());
    const identityCanary = `NAMECANARY${randomBytes(5).toString('hex')}`;
    const seeded = await seedAllegation(monitorDir, PASSPHRASE, TITLE, identityCanary);
    const bundle = { name: '' };

    const coordinatorApp = await launchApp({ dataDir: coordinatorDir, locale: 'en', files: usbStick(usb, photo, bundle) });
    apps.push(coordinatorApp);
    const monitorApp = await launchApp({ dataDir: monitorDir, locale: 'ru', files: usbStick(usb, photo, bundle) });
    apps.push(monitorApp);
    const [coordinator, monitor] = [coordinatorApp.page, monitorApp.page];
    // Rows written as the monitor's own saves would have, then the page reloaded (as after a restart).
    await monitor.getByLabel(ru('unlock.passphrase'), { exact: true }).waitFor({ timeout: 60_000 });
    await putRows(monitor, 'persons', seeded.persons);
    await putRows(monitor, 'identities', seeded.identities);
    await putRows(monitor, 'events', seeded.events);
    await monitor.reload();
    await Promise.all([createVault(coordinator, en, PASSPHRASE), unlockWithPassphrase(monitor, ru, PASSPHRASE)]);
    await enrolThroughScreens({ page: coordinator, t: en }, { page: monitor, t: ru }, { organisation: 'Invented Monitoring Group', coordinator: 'Aigerim (coordinator)', monitor: MONITOR });

    // Monitor: the allegation gets its photo, then is finalised: one signed revision.
    await openRecord(monitor, ru, 'ru', TITLE);
    await monitor.getByRole('button', { name: ru('evidence.attach'), exact: true }).click();
    await monitor.getByRole('list', { name: ru('evidence.item.list'), exact: true }).getByText('injuries-soles.jpg').waitFor({ timeout: 60_000 });
    await monitor.getByRole('button', { name: ru('records.finalise'), exact: true }).click();
    const monitorHistory = monitor.getByRole('region', { name: ru('records.history.heading'), exact: true });
    await monitorHistory.getByText(plural(ru, 'ru', 'records.history.verified', 1), { exact: true }).waitFor({ timeout: 60_000 });
    await monitorHistory.getByText(fill(ru('records.history.signedBy'), { names: ru('records.history.ownSigner') }), { exact: true }).waitFor();

    // Monitor: everything not yet delivered, with the photo itself; names stay off (the default).
    await openSection(monitor, ru, 'organisation');
    const send = monitor.getByRole('region', { name: ru('delivery.send.heading'), exact: true });
    await send.getByRole('radio', { name: ru('delivery.send.undelivered'), exact: true }).waitFor();
    expect(await send.getByRole('checkbox', { name: ru('delivery.send.identities'), exact: true }).isChecked()).toBe(false);
    await send.getByRole('checkbox', { name: ru('delivery.send.originals'), exact: true }).check();
    await send.getByRole('button', { name: ru('delivery.send.save'), exact: true }).click();
    const [bundleFile] = await waitForFiles(usb, '.aqb', 1);
    await status(monitor, fill(ru('delivery.send.saved'), { fileName: bundleFile ?? '', records: '1', evidence: '1' }));
    const sent = monitor.getByRole('region', { name: ru('delivery.sent.heading'), exact: true });
    await sent.getByRole('cell', { name: ru('delivery.sent.waiting'), exact: true }).waitFor();
    await screenshot(monitor, 'delivery-monitor-sent');

    // Coordinator: a damaged copy is refused with its reason, and nothing of it is added.
    const bytes = readFileSync(join(usb, bundleFile ?? ''));
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0x01, bytes.length - 100);
    writeFileSync(join(usb, 'damaged.aqb'), bytes);
    bundle.name = 'damaged.aqb';
    await openSection(coordinator, en, 'organisation');
    const receive = coordinator.getByRole('region', { name: en('delivery.receive.heading'), exact: true });
    await receive.getByRole('button', { name: en('delivery.receive.import'), exact: true }).click();
    await receive.getByRole('alert').filter({ hasText: en('delivery.receive.refused.DAMAGED') }).waitFor({ timeout: 60_000 });
    expect(existsSync(join(usb, 'damaged.aqreceipt'))).toBe(false);
    expect(await rowCount(coordinator, 'events')).toBe(0);

    // Coordinator: the genuine bundle; its receipt is written beside it on the stick.
    bundle.name = bundleFile ?? '';
    await receive.getByRole('button', { name: en('delivery.receive.import'), exact: true }).click();
    const receiptFile = (bundleFile ?? '').replace(/\.aqb$/, '.aqreceipt');
    await status(coordinator, fill(en('delivery.receive.imported'), { monitor: MONITOR, receipt: receiptFile }));
    await receive.getByText(fill(en('delivery.receive.counts'), { added: '1', updated: '0', unchanged: '0', evidence: '1' }), { exact: true }).waitFor();
    expect(existsSync(join(usb, receiptFile))).toBe(true);
    await screenshot(coordinator, 'delivery-coordinator-imported');
    // Again: one copy. This time the receipt cannot be written beside the bundle (a folder stands
    // where it would go, as a full stick would refuse it): the import still stands and says so.
    renameSync(join(usb, receiptFile), join(usb, `${receiptFile}.kept`));
    mkdirSync(join(usb, receiptFile));
    await receive.getByRole('button', { name: en('delivery.receive.import'), exact: true }).click();
    await receive.getByText(fill(en('delivery.receive.counts'), { added: '0', updated: '0', unchanged: '1', evidence: '0' }), { exact: true }).waitFor({ timeout: 60_000 });
    await receive.getByText(en('delivery.receive.continuity.duplicate'), { exact: true }).waitFor();
    await status(coordinator, fill(en('delivery.receive.importedNoReceipt'), { monitor: MONITOR }));
    await screenshot(coordinator, 'delivery-coordinator-imported-no-receipt');
    rmSync(join(usb, receiptFile), { recursive: true });
    renameSync(join(usb, `${receiptFile}.kept`), join(usb, receiptFile));
    // The people came as pseudonyms and aliases; no identity, so the victim's name did not travel.
    expect(await rowCount(coordinator, 'persons')).toBe(3);
    expect(await rowCount(coordinator, 'identities')).toBe(0);

    // Coordinator: the record, its photo, and its history signed by the monitor, intact.
    await openRecord(coordinator, en, 'en', TITLE);
    const history = coordinator.getByRole('region', { name: en('records.history.heading'), exact: true });
    await history.getByText(plural(en, 'en', 'records.history.verified', 1), { exact: true }).waitFor({ timeout: 60_000 });
    await history.getByText(fill(en('records.history.signedBy'), { names: MONITOR }), { exact: true }).waitFor();
    await coordinator.getByText(en('records.status.final'), { exact: true }).waitFor();
    await screenshot(coordinator, 'delivery-coordinator-record');
    await coordinator.getByRole('button', { name: fill(en('evidence.actions.previewLabel'), { name: 'injuries-soles.jpg' }), exact: true }).click();
    await coordinator.waitForFunction(() => ((document.querySelector('dialog[open] img') as HTMLImageElement | null)?.naturalWidth ?? 0) > 0, undefined, { timeout: 60_000 });
    expect(await coordinator.content()).not.toContain(identityCanary);
    await coordinator.keyboard.press('Escape');

    // Coordinator: the victim, as a pseudonym, with the records that link them (the person view).
    await openSection(coordinator, en, 'people');
    await coordinator.getByRole('list', { name: en('people.list') }).getByText('P-7KQ4-VC · Invented person 1').click();
    const timeline = coordinator.getByRole('region', { name: en('people.timeline.heading'), exact: true });
    await timeline.getByText(/TA-2026-7KQ4/).waitFor({ timeout: 60_000 });
    expect(await timeline.textContent()).toContain('(as Victim, Source)');

    // Monitor: the receipt comes back; the bundle is delivered; the photo may now leave the laptop.
    await sent.getByRole('button', { name: ru('delivery.sent.openReceipt'), exact: true }).click();
    await status(monitor, ru('delivery.sent.receiptAccepted'));
    await sent.getByRole('cell', { name: ru('delivery.sent.delivered'), exact: true }).waitFor();
    await sent.getByRole('button', { name: ru('delivery.sent.purge'), exact: true }).click();
    await sent.getByText(plural(ru, 'ru', 'delivery.sent.purgeConfirm', 1), { exact: true }).waitFor();
    await sent.getByRole('button', { name: ru('delivery.sent.purgeYes'), exact: true }).click();
    await status(monitor, plural(ru, 'ru', 'delivery.sent.purged', 1));
    await screenshot(monitor, 'delivery-monitor-purged');
    // Nothing is left to send: "everything not yet delivered" is empty now.
    await send.getByRole('button', { name: ru('delivery.send.save'), exact: true }).click();
    await status(monitor, ru('delivery.send.nothing'));
    await openRecord(monitor, ru, 'ru', TITLE);
    await monitor.getByText(ru('evidence.item.badge.deleted'), { exact: true }).waitFor({ timeout: 60_000 });

    // Monitor: with the offer turned on in Settings, the delivered record itself leaves the laptop; a stub stays.
    await openSection(monitor, ru, 'settings');
    await monitor.getByRole('checkbox', { name: ru('settings.offerRecordRemoval'), exact: true }).check();
    await status(monitor, ru('settings.saved'));
    await openSection(monitor, ru, 'organisation');
    const removal = monitor.getByRole('region', { name: ru('delivery.removal.heading'), exact: true });
    await removal.getByText(plural(ru, 'ru', 'delivery.removal.explain', 1), { exact: true }).waitFor({ timeout: 60_000 });
    await removal.getByRole('button', { name: ru('delivery.removal.remove'), exact: true }).click();
    await removal.getByText(plural(ru, 'ru', 'delivery.removal.confirm', 1), { exact: true }).waitFor();
    await removal.getByRole('button', { name: ru('delivery.removal.yes'), exact: true }).click();
    await status(monitor, plural(ru, 'ru', 'delivery.removal.removed', 1));
    await removal.getByRole('cell', { name: 'TA-2026-7KQ4', exact: true }).waitFor();
    await screenshot(monitor, 'delivery-monitor-record-removed');
    expect(await rowCount(monitor, 'events')).toBe(0);
    expect(await rowCount(monitor, 'revisions')).toBe(0);
    await openSection(monitor, ru, 'records');
    await monitor.getByText(ru('records.empty'), { exact: true }).waitFor({ timeout: 60_000 });
    expect(await monitor.content()).not.toContain(TITLE);

    for (const app of apps) {
      expect(app.consoleMessages.filter((message) => message.includes('Content Security Policy'))).toEqual([]);
      expect(app.foreignRequests).toEqual([]);
    }
  });
});

async function waitForFiles(folder: string, ending: string, count: number): Promise<string[]> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const found = readdirSync(folder).filter((name) => name.endsWith(ending));
    if (found.length >= count) {
      return found.sort();
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error(`no ${ending} file appeared in ${folder}`);
}

