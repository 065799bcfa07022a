import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRecordsFieldsDoc } from './recordsFieldsDoc';

describe('docs/records-fields.md', () => {
  it('is what the definitions generate (run `npm run docs:records` after changing a form)', () => {
    expect(readFileSync(join(__dirname, '../../docs/records-fields.md'), 'utf8')).toBe(renderRecordsFieldsDoc());
  });
});
