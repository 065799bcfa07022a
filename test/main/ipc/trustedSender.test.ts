import { isTrustedSender } from '../../../main/ipc/trustedSender';

describe('IPC sender check', () => {
  it.each([
    ['the app page, top frame', { url: 'app://aigaq/index.html', isMainFrame: true }, true],
    ['an iframe of the app', { url: 'app://aigaq/index.html', isMainFrame: false }, false],
    ['another app:// host', { url: 'app://evil/index.html', isMainFrame: true }, false],
    ['a file:// page', { url: 'file:///etc/passwd', isMainFrame: true }, false],
    ['a remote page', { url: 'https://aigaq.example/index.html', isMainFrame: true }, false],
    ['about:blank', { url: 'about:blank', isMainFrame: true }, false],
    ['a data: document', { url: 'data:text/html,<script>1</script>', isMainFrame: true }, false],
    ['a malformed url', { url: '::::', isMainFrame: true }, false],
  ])('%s → %s', (_label, frame, expected) => {
    expect(isTrustedSender(frame, 'app://aigaq')).toBe(expected);
  });

  it('refuses a missing frame (a destroyed sender)', () => {
    expect(isTrustedSender(null, 'app://aigaq')).toBe(false);
  });
});
