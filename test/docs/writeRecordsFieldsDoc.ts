import { writeFileSync } from 'node:fs';
import { renderRecordsFieldsDoc } from './recordsFieldsDoc';

writeFileSync(new URL('../../docs/records-fields.md', import.meta.url), renderRecordsFieldsDoc());
