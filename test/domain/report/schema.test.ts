import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { emptyReport, setCell } from '../../../src/domain/report/model.ts';
import type { AnnualReport } from '../../../src/domain/report/model.ts';
import { reportJsonSchema, reportJsonSchemaText } from '../../../src/domain/report/schema.ts';
import { consistentReport } from '../../fixtures/report/consistent.ts';
import { seed001 } from '../../fixtures/report/seed-001.ts';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(reportJsonSchema());
const valid = (r: unknown) => validate(JSON.parse(JSON.stringify(r)));

describe('docs/report-schema.json', () => {
  it('is the schema the model generates (regenerate: node bin/run-ts.js scripts/report-schema.ts)', () => {
    const committed = readFileSync(new URL('../../../docs/report-schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(reportJsonSchemaText());
  });

  it('is draft 2020-12 and titles rows and columns with their statutory labels', () => {
    const s = reportJsonSchema() as { $schema: string; $defs: Record<string, { properties: Record<string, { properties: Record<string, { title: string }> }> }> };
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.$defs.report2021?.properties.applications?.properties['三.6.1']?.title).toBe('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请');
    expect(s.$defs.report2019?.properties.proactive?.properties.normative_documents?.title).toBe('规范性文件');
  });
});

describe('reports validate against the schema', () => {
  it.each([
    ['an empty 2019-format report', emptyReport({ name: '某局' }, 2019)],
    ['an empty 2021-format report', emptyReport({ name: '某局', id: 3 }, 2025)],
    ['the consistent 2025 report', consistentReport()],
    ['seed 001 (2020)', seed001()],
    ['a report with blank cells (blank is a check finding, not a schema error)', setCell(consistentReport(), { section: 'applications', row: '一', column: 'research' }, null)],
  ])('%s', (_name, report) => {
    expect(valid(report), JSON.stringify(validate.errors)).toBe(true);
  });

  const r = consistentReport();
  it.each<[string, unknown]>([
    ['a 2021 report claiming the 2019 format', { ...r, format: '2019' }],
    ['a 2019-format year in the 2021 format', { ...r, year: 2020 }],
    ['a missing row', { ...r, applications: Object.fromEntries(Object.entries(r.applications).filter(([k]) => k !== '三.7')) }],
    ['a 2019 row in a 2021 report', { ...r, applications: { ...r.applications, '三.6': r.applications['三.1'] } }],
    ['a negative count', setCell(r, { section: 'appeals', row: 'review', column: 'pending' }, -1)],
    ['a fractional count', setCell(r, { section: 'applications', row: '一', column: 'research' }, 1.5)],
    ['a count as text', { ...r, proactive: { ...r.proactive, permits: { decisions: '1200' } } }],
    ['a malformed date', { ...r, reportDate: '2026年1月20日' }],
    ['no 信息处理费 in a 2021 report', { ...r, other: { text: '' } }],
    ['a 信息处理费 in a 2019 report', { ...seed001(), other: { text: '', processingFeeFen: 0 } }],
    ['an unknown property', { ...r, remarks: '' } as AnnualReport],
  ])('rejects %s', (_name, bad) => {
    expect(valid(bad)).toBe(false);
  });
});
