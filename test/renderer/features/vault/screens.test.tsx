import { CreateVault } from '../../../../renderer/features/vault/CreateVault';
import { RecoveryKeyShown } from '../../../../renderer/features/vault/RecoveryKeyShown';
import { UnlockScreen } from '../../../../renderer/features/vault/UnlockScreen';
import { attributesOf, renderStatic } from '../../renderStatic';

const KEY = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789';

describe('the vault screens as first shown', () => {
  it('show the recovery key alone in its element, and Continue stays disabled until the key is confirmed written', () => {
    const html = renderStatic(<RecoveryKeyShown recoveryKey={KEY} onContinue={() => undefined} />);
    expect(html).toMatch(new RegExp(`data-testid="recovery-key"[^>]*>${KEY}</p>`));
    expect(attributesOf(html, /<button type="submit"[^>]*>/)).toHaveProperty('disabled');
    expect(attributesOf(html, /<input[^>]*type="checkbox"[^>]*>/).checked).toBeUndefined();
  });

  it('offer Create vault only as refused while no passphrase is chosen, with the reason and a labelled meter', () => {
    const html = renderStatic(<CreateVault onCreated={() => undefined} />, 'ru');
    expect(attributesOf(html, /<button type="submit"[^>]*>/)['aria-disabled']).toBe('true');
    expect(html).toContain('Придумайте парольную фразу не короче 12 символов.');
    expect(html).toMatch(/<label for="[^"]+">Надёжность парольной фразы<\/label><meter/);
    expect((html.match(/type="password"/g) ?? []).length).toBe(2);
    expect(attributesOf(html, /<form[^>]*>/)).toEqual({ 'aria-busy': 'false', novalidate: '' });
  });

  it('ask for the passphrase on the lock screen, with a way to the recovery key and a language switcher', () => {
    const html = renderStatic(<UnlockScreen onUnlocked={() => undefined} />, 'kk');
    expect(html).toContain('>Құпия фраза</label>');
    expect(html).toContain('>Қалпына келтіру кілтімен кіру</button>');
    expect(html).toContain('>Тіл</label><select');
    expect(html).toContain('<option value="ru" lang="ru">Русский</option>');
    expect(html).not.toContain('role="alert">Бұл');
  });
});
