import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { FilePorts } from '../../main/files/filePorts';
import { PASSPHRASE, temporaryDir } from '../helpers/testVault';
import { launchApp, type LaunchedApp } from './launchApp';
import { fill } from './recordFlows';
import { uiText } from './uiText';
import { createVault, openSection, type Text } from './vaultFlows';

// Two laptops and one USB stick. The coordinator (Russian interface) starts an organisation and
// saves an invitation onto the stick; the monitor (Kazakh interface) opens it and sees the same
// fingerprint as the coordinator's screen, then saves an enrolment; the coordinator opens it, sees
// the fingerprint the monitor's screen shows, and approves; later revokes (a seized laptop). Names and the organisation are invented.

const ru = uiText('ru');
const kk = uiText('kk');
const ORGANISATION = 'Выдуманная группа мониторинга';
const COORDINATOR = 'Айгерим (координатор)';
const MONITOR = 'Нұрлан';
const FINGERPRINT_SHAPE = /^\d{5}( \d{5}){5}$/;

/** The native dialogs of both laptops, answered with files on one shared "USB stick" folder. */
function usbStick(usb: string): Partial<FilePorts> {
  return {
    chooseSavePath: async (_kind, name) => join(usb, name),
    pickFile: async (kind) => join(usb, kind === 'invitation' ? 'invitation.aqinvite' : 'enrolment.aqenrol'),
  };
}

/** The digits of the one fingerprint inside `scope`, as its group's text. */
async function fingerprintIn(scope: Page | Locator, t: Text): Promise<string> {
  const group = scope.getByRole('group', { name: t('organisation.fingerprint'), exact: true });
  await group.waitFor({ timeout: 60_000 });
  return ((await group.textContent()) ?? '').trim();
}

/** With AIGAQ_SCREENSHOTS=<folder>, keeps a picture of the page for a person to look at. */
async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.AIGAQ_SCREENSHOTS) {
    await page.screenshot({ path: join(process.env.AIGAQ_SCREENSHOTS, `${name}.png`), fullPage: true });
  }
}

async function waitForStatus(page: Page, text: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).waitFor({ timeout: 60_000 });
}

describe('an organisation between two laptops, end to end', () => {
  const apps: LaunchedApp[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
    dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('invites, compares fingerprints both ways, enrols, approves and then revokes a monitor', async () => {
    const usb = temporaryDir('aigaq-e2e-usb-');
    dirs.push(usb, temporaryDir('aigaq-e2e-coordinator-'), temporaryDir('aigaq-e2e-monitor-'));
    const [, coordinatorDir = '', monitorDir = ''] = dirs;
    const coordinatorApp = await launchApp({ dataDir: coordinatorDir, locale: 'ru', files: usbStick(usb) });
    apps.push(coordinatorApp);
    const monitorApp = await launchApp({ dataDir: monitorDir, locale: 'kk', files: usbStick(usb) });
    apps.push(monitorApp);
    const coordinator = coordinatorApp.page;
    const monitor = monitorApp.page;
    await Promise.all([createVault(coordinator, ru, PASSPHRASE), createVault(monitor, kk, PASSPHRASE)]);

    // Coordinator: start the organisation, then save an invitation onto the stick.
    await openSection(coordinator, ru, 'organisation');
    await coordinator.getByRole('button', { name: ru('organisation.choose.start'), exact: true }).click();
    await coordinator.getByLabel(ru('organisation.create.name'), { exact: true }).fill(ORGANISATION);
    await coordinator.getByLabel(ru('organisation.create.coordinatorName'), { exact: true }).fill(COORDINATOR);
    await coordinator.getByRole('button', { name: ru('organisation.create.submit'), exact: true }).click();
    const overview = coordinator.getByRole('region', { name: ORGANISATION, exact: true });
    const invitationFingerprint = await fingerprintIn(overview, ru);
    expect(invitationFingerprint).toMatch(FINGERPRINT_SHAPE);
    await expect(overview.getByText(ru('organisation.roles.coordinator'), { exact: true }).isVisible()).resolves.toBe(true);
    await coordinator.getByRole('button', { name: ru('organisation.invitation.save'), exact: true }).click();
    await waitForStatus(coordinator, ru('organisation.invitation.saved'));
    expect(existsSync(join(usb, 'invitation.aqinvite'))).toBe(true);

    // Monitor: open the invitation; the number read aloud is the one on the coordinator's screen.
    await openSection(monitor, kk, 'organisation');
    await monitor.getByRole('button', { name: kk('organisation.join.open'), exact: true }).click();
    const check = monitor.getByRole('region', { name: kk('organisation.join.checkHeading'), exact: true });
    expect(await fingerprintIn(check, kk)).toBe(invitationFingerprint);
    await screenshot(monitor, 'organisation-invitation-check');
    await expect(check.getByText(ORGANISATION, { exact: true }).isVisible()).resolves.toBe(true);
    await expect(check.getByText(COORDINATOR, { exact: true }).isVisible()).resolves.toBe(true);
    await check.getByRole('button', { name: kk('organisation.join.matches'), exact: true }).click();

    // Monitor: its own fingerprint, then the enrolment onto the stick.
    const monitorOverview = monitor.getByRole('region', { name: ORGANISATION, exact: true });
    const enrolmentFingerprint = await fingerprintIn(monitorOverview, kk);
    expect(enrolmentFingerprint).toMatch(FINGERPRINT_SHAPE);
    expect(enrolmentFingerprint).not.toBe(invitationFingerprint);
    await monitor.getByLabel(kk('organisation.enrol.name'), { exact: true }).fill(MONITOR);
    await monitor.getByRole('button', { name: kk('organisation.enrol.save'), exact: true }).click();
    await waitForStatus(monitor, kk('organisation.enrol.saved'));
    expect(existsSync(join(usb, 'enrolment.aqenrol'))).toBe(true);

    // Coordinator: open the enrolment, compare with the monitor's screen, approve.
    await coordinator.getByRole('button', { name: ru('organisation.enrolmentOpen.open'), exact: true }).click();
    const enrolment = coordinator.getByRole('region', { name: fill(ru('organisation.enrolmentOpen.checkHeading'), { name: MONITOR }), exact: true });
    expect(await fingerprintIn(enrolment, ru)).toBe(enrolmentFingerprint);
    await screenshot(coordinator, 'organisation-enrolment-check');
    await enrolment.getByRole('button', { name: fill(ru('organisation.monitors.approveLabel'), { name: MONITOR }), exact: true }).click();
    await waitForStatus(coordinator, fill(ru('organisation.monitors.outcome.approved'), { name: MONITOR }));

    // The table now says approved, and offers Revoke… instead of Approve.
    const row = coordinator.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: MONITOR, exact: true }) });
    await row.getByRole('cell', { name: ru('organisation.monitors.statusName.approved'), exact: true }).waitFor({ timeout: 60_000 });
    expect(await row.getByRole('button').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')))).toEqual([fill(ru('organisation.monitors.revokeLabel'), { name: MONITOR })]);
    await screenshot(coordinator, 'organisation-coordinator');
    await screenshot(monitor, 'organisation-monitor');
    // Focus went to the Monitors heading, not to the page's start, when the Approve button vanished.
    expect(await coordinator.evaluate(() => document.activeElement?.textContent)).toBe(ru('organisation.monitors.heading'));

    // Revoke…: a modal dialog that starts in the reason field; Escape leaves everything as it was.
    const revokeButton = row.getByRole('button', { name: fill(ru('organisation.monitors.revokeLabel'), { name: MONITOR }), exact: true });
    await revokeButton.click();
    const dialog = coordinator.getByRole('dialog', { name: fill(ru('organisation.revoke.title'), { name: MONITOR }), exact: true });
    await dialog.waitFor();
    expect(await dialog.getByLabel(ru('organisation.revoke.reason'), { exact: true }).evaluate((field) => field === document.activeElement)).toBe(true);
    await coordinator.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await revokeButton.evaluate((button) => button === document.activeElement)).toBe(true);
    await revokeButton.click();
    await dialog.getByRole('button', { name: ru('organisation.revoke.confirm'), exact: true }).click();
    await dialog.getByRole('alert').filter({ hasText: ru('organisation.revoke.required') }).waitFor();
    await dialog.getByLabel(ru('organisation.revoke.reason'), { exact: true }).fill('Ноутбук изъят при обыске');
    await dialog.getByRole('button', { name: ru('organisation.revoke.confirm'), exact: true }).click();
    await waitForStatus(coordinator, fill(ru('organisation.monitors.outcome.revoked'), { name: MONITOR }));
    await row.getByRole('cell', { name: ru('organisation.monitors.statusName.revoked'), exact: true }).waitFor({ timeout: 60_000 });
    expect(await row.getByRole('button').count()).toBe(0);
    expect(await coordinator.evaluate(() => document.activeElement?.textContent)).toBe(ru('organisation.monitors.heading'));

    for (const app of apps) {
      expect(app.consoleMessages.filter((message) => message.includes('Content Security Policy'))).toEqual([]);
      expect(app.foreignRequests).toEqual([]);
    }
  });
});
