/**
 * Writes docs/report-schema.json from the report model (src/domain/report/schema.ts):
 *   node bin/run-ts.js scripts/report-schema.ts
 * A test fails while the committed file differs from the generated one.
 */
import { writeFileSync } from 'node:fs';
import { reportJsonSchemaText } from '../src/domain/report/schema.ts';

writeFileSync(new URL('../docs/report-schema.json', import.meta.url), reportJsonSchemaText());
console.log('docs/report-schema.json written');
