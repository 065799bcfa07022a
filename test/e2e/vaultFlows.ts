import type { Page } from 'playwright-core';

// Steps a monitor takes, written once and reused by every scenario and locale.
export type Text = (key: string) => string;

export async function createVault(page: Page, t: Text, passphrase: string): Promise<string> {
  await page.getByLabel(t('create.passphrase'), { exact: true }).fill(passphrase);
  await page.getByLabel(t('create.confirm'), { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: t('create.submit') }).click();
  const recoveryKey = (await page.getByTestId('recovery-key').textContent({ timeout: 60_000 }))?.trim() ?? '';
  await page.getByLabel(t('recovery.confirmWritten')).check();
  await page.getByRole('button', { name: t('recovery.continue') }).click();
  return recoveryKey;
}

/** Opens a section of the app from the navigation (records, people, organisation, notebook, settings). */
export async function openSection(page: Page, t: Text, section: 'records' | 'people' | 'reports' | 'organisation' | 'notebook' | 'settings'): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: t(`shell.${section}`), exact: true }).click();
}

export async function addEntry(page: Page, t: Text, title: string, text: string): Promise<void> {
  await openSection(page, t, 'notebook');
  await page.getByLabel(t('notebook.title'), { exact: true }).fill(title);
  await page.getByLabel(t('notebook.text'), { exact: true }).fill(text);
  await page.getByRole('button', { name: t('notebook.add') }).click();
  await page.getByRole('list', { name: t('notebook.entries') }).getByText(title).first().waitFor({ timeout: 30_000 });
}

export async function lock(page: Page, t: Text): Promise<void> {
  await page.getByRole('button', { name: t('shell.lock') }).click();
  await page.getByLabel(t('unlock.passphrase'), { exact: true }).waitFor({ timeout: 30_000 });
}

export async function unlockWithPassphrase(page: Page, t: Text, passphrase: string): Promise<void> {
  await page.getByLabel(t('unlock.passphrase'), { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: t('unlock.submit') }).click();
}

export async function unlockWithRecoveryKey(page: Page, t: Text, recoveryKey: string): Promise<void> {
  await page.getByRole('button', { name: t('unlock.useRecoveryKey') }).click();
  await page.getByLabel(t('unlock.recoveryKey'), { exact: true }).fill(recoveryKey);
  await page.getByRole('button', { name: t('unlock.submit') }).click();
}

export async function changePassphrase(page: Page, t: Text, current: string, next: string): Promise<void> {
  await page.getByRole('button', { name: t('shell.settings') }).click();
  await page.getByLabel(t('changePassphrase.current'), { exact: true }).fill(current);
  await page.getByLabel(t('changePassphrase.next'), { exact: true }).fill(next);
  await page.getByLabel(t('changePassphrase.confirm'), { exact: true }).fill(next);
  await page.getByRole('button', { name: t('changePassphrase.submit') }).click();
  await page.getByRole('status').filter({ hasText: t('changePassphrase.done') }).waitFor({ timeout: 60_000 });
}
