import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTemplateStore } from '../../../main/summaries/templateStore';
import { DEFAULT_TEMPLATES } from '../../../shared/summaries/summaryTemplate';
import { PASSPHRASE, temporaryDir, testVault } from '../../helpers/testVault';

describe('summary templates a coordinator adjusted', () => {
  it('are kept sealed per record type, and a reset goes back to the default', async () => {
    const dataDir = temporaryDir('aigaq-templates-');
    const { sodium, vault } = await testVault(dataDir);
    await vault.create(PASSPHRASE);
    const store = createTemplateStore({ sodium, dataDir, keys: () => vault.requireKeys() });
    expect(await store.templates()).toEqual({});
    const adjusted = { ...DEFAULT_TEMPLATES.TORTURE_ALLEGATION, parts: ['summary', 'gaps'] as ('summary' | 'gaps')[], paragraph: { ...DEFAULT_TEMPLATES.TORTURE_ALLEGATION.paragraph, en: 'TEMPLATECANARY {{reference}}' } };
    expect(await store.save('TORTURE_ALLEGATION', adjusted)).toEqual({ TORTURE_ALLEGATION: adjusted });
    expect(readFileSync(join(dataDir, 'summaries.sealed')).includes(Buffer.from('TEMPLATECANARY'))).toBe(false);
    expect(await createTemplateStore({ sodium, dataDir, keys: () => vault.requireKeys() }).templates()).toEqual({ TORTURE_ALLEGATION: adjusted });
    expect(await store.save('TORTURE_ALLEGATION', null)).toEqual({});
  });
});
