import type { Page } from 'playwright-core';
import { fill } from './recordFlows';
import { openSection, type Text } from './vaultFlows';

// The organisation set up through the screens, the short way (organisation.e2e.test.ts walks the
// same steps checking every fingerprint): the coordinator starts it and saves an invitation, the
// monitor joins and saves an enrolment, the coordinator approves it. The native dialogs of both
// apps must answer with the files on one shared folder.

export type Side = { readonly page: Page; readonly t: Text };

async function waitForStatus(page: Page, text: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).waitFor({ timeout: 60_000 });
}

export async function enrolThroughScreens(coordinator: Side, monitor: Side, names: { organisation: string; coordinator: string; monitor: string }): Promise<void> {
  const { page: c, t: ct } = coordinator;
  const { page: m, t: mt } = monitor;
  await openSection(c, ct, 'organisation');
  await c.getByRole('button', { name: ct('organisation.choose.start'), exact: true }).click();
  await c.getByLabel(ct('organisation.create.name'), { exact: true }).fill(names.organisation);
  await c.getByLabel(ct('organisation.create.coordinatorName'), { exact: true }).fill(names.coordinator);
  await c.getByRole('button', { name: ct('organisation.create.submit'), exact: true }).click();
  await c.getByRole('button', { name: ct('organisation.invitation.save'), exact: true }).click();
  await waitForStatus(c, ct('organisation.invitation.saved'));

  await openSection(m, mt, 'organisation');
  await m.getByRole('button', { name: mt('organisation.join.open'), exact: true }).click();
  await m.getByRole('button', { name: mt('organisation.join.matches'), exact: true }).click();
  await m.getByLabel(mt('organisation.enrol.name'), { exact: true }).fill(names.monitor);
  await m.getByRole('button', { name: mt('organisation.enrol.save'), exact: true }).click();
  await waitForStatus(m, mt('organisation.enrol.saved'));

  await c.getByRole('button', { name: ct('organisation.enrolmentOpen.open'), exact: true }).click();
  const enrolment = c.getByRole('region', { name: fill(ct('organisation.enrolmentOpen.checkHeading'), { name: names.monitor }), exact: true });
  await enrolment.getByRole('button', { name: fill(ct('organisation.monitors.approveLabel'), { name: names.monitor }), exact: true }).click();
  await waitForStatus(c, fill(ct('organisation.monitors.outcome.approved'), { name: names.monitor }));
}
