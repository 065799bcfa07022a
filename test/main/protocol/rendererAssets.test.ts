import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveRendererAsset } from '../../../main/protocol/rendererAssets';
import { CONTENT_SECURITY_POLICY } from '../../../shared/app/contentSecurityPolicy';
import { temporaryDir } from '../../helpers/testVault';

describe('serving the renderer', () => {
  const base = temporaryDir();
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Aigaq</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.js'), 'outside');
  symlinkSync(join(base, 'secret.js'), join(root, 'assets', 'link.js'));

  it('serves index.html for / with the CSP header', async () => {
    const response = await serveRendererAsset(root, 'app://aigaq/');
    expect(response.status).toBe(200);
    expect(new TextDecoder().decode(response.body)).toContain('<title>Aigaq</title>');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });

  it.each([
    'app://aigaq/../secret.js',
    'app://aigaq/%2e%2e/secret.js',
    'app://aigaq/assets/%2e%2e%2f%2e%2e%2fsecret.js',
    'app://aigaq/assets/..%5c..%5csecret.js',
    'app://aigaq/assets/link.js',
    'app://aigaq/assets/missing.js',
    'app://aigaq/%E0%A4%A',
    'app://aigaq/assets/app.exe',
  ])('answers 404 to %s', async (url) => {
    const response = await serveRendererAsset(root, url);
    expect(response.status).toBe(404);
    expect(new TextDecoder().decode(response.body)).not.toContain('outside');
  });
});
