/**
 * The JSON Schema (draft 2020-12) of the report model's JSON form, generated from the label
 * tables so that it cannot drift from them; docs/report-schema.json is this, written out (a test
 * keeps the two equal). Each format is its own variant: its rows and columns are the required
 * properties, titled with their exact statutory labels.
 */
import { FORMAT_SOURCES, OVERVIEW_PARTS, REPORT_FORMATS, SECTION_HEADINGS } from './headings.ts';
import type { ReportFormat, TableSection } from './headings.ts';
import { sectionTables } from './labels.ts';
import type { ColumnDef, TableDef } from './table-defs.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const ref = (name: string): JsonObject => ({ $ref: `#/$defs/${name}` });

/** A closed object: every property required, nothing else allowed. */
function closed(properties: JsonObject, extra: JsonObject = {}): JsonObject {
  return { type: 'object', ...extra, properties, required: Object.keys(properties), additionalProperties: false };
}

const UNIT_DEFS: JsonObject = {
  count: { description: '件数：不小于0的整数；null 表示空白单元格', anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }] },
  change: { description: '增减数：整数，减少用负值表示；null 表示空白单元格', anyOf: [{ type: 'integer' }, { type: 'null' }] },
  fen: { description: '金额，单位为分（整数）；表中按列名所示单位（万元或元）打印；null 表示空白单元格', anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }] },
};

function columnProperties(columns: readonly ColumnDef[]): JsonObject {
  return Object.fromEntries(columns.map((c) => [c.code, { title: c.label, ...ref(c.unit) }]));
}

/** Rows whose columns are shared get one named definition: applicationsRow, appealsRow. */
function sharedRowDef(section: TableSection): string | null {
  return section === 'applications' ? 'applicationsRow' : section === 'appeals' ? 'appealsRow' : null;
}

function rowSchema(t: TableDef, parents: readonly string[], label: string): JsonObject {
  const context = [...(t.title ? [t.title] : []), ...parents];
  const head: JsonObject = { title: label, ...(context.length > 0 ? { description: context.join(' › ') } : {}) };
  const shared = sharedRowDef(t.section);
  return shared ? { ...head, ...ref(shared) } : { ...head, ...closed(columnProperties(t.columns)) };
}

function tableSchema(format: ReportFormat, section: TableSection): JsonObject {
  const rows: JsonObject = {};
  for (const t of sectionTables(format, section)) {
    for (const r of t.rows) rows[r.code] = rowSchema(t, r.parents, r.label);
  }
  return closed(rows, { title: SECTION_HEADINGS[section] });
}

function reportVariant(format: ReportFormat): JsonObject {
  const years: JsonObject = format === '2019' ? { minimum: 2019, maximum: 2020 } : { minimum: 2021 };
  const other: JsonObject = { text: { type: 'string' } };
  if (format === '2021') other.processingFeeFen = { title: '信息处理费', ...ref('fen') };
  return closed(
    {
      format: { const: format },
      year: { type: 'integer', ...years },
      agency: ref('agency'),
      reportDate: { title: '成文日期', ...ref('civilDate') },
      publishedOn: { title: '发布日期', ...ref('civilDate') },
      overview: ref('overview'),
      proactive: tableSchema(format, 'proactive'),
      applications: tableSchema(format, 'applications'),
      appeals: tableSchema(format, 'appeals'),
      problems: { title: SECTION_HEADINGS.problems, type: 'string' },
      other: closed(other, { title: SECTION_HEADINGS.other }),
    },
    { title: `${FORMAT_SOURCES[format].title}（${FORMAT_SOURCES[format].notice}）` },
  );
}

/** The JSON Schema of an AnnualReport. */
export function reportJsonSchema(): JsonObject {
  const [applications] = sectionTables('2021', 'applications');
  const [appeals] = sectionTables('2021', 'appeals');
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:gongkai:annual-report',
    title: '政府信息公开工作年度报告',
    description:
      '报告年度2019—2020年用试行格式（国办公开办函〔2019〕60号），2021年起用国办公开办函〔2021〕30号格式。表格按“行代码 → 列代码 → 数值”存放，各属性的 title 为法定标签原文。',
    oneOf: REPORT_FORMATS.map((f) => ref(`report${f}`)),
    $defs: {
      ...UNIT_DEFS,
      civilDate: { anyOf: [{ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, { type: 'null' }] },
      agency: { type: 'object', properties: { name: { type: 'string', minLength: 1 }, id: { type: 'integer' } }, required: ['name'], additionalProperties: false },
      overview: closed(
        {
          general: { type: 'string' },
          parts: closed(Object.fromEntries(OVERVIEW_PARTS.map((p) => [p.code, { title: p.label, type: 'string' }]))),
        },
        { title: SECTION_HEADINGS.overview },
      ),
      applicationsRow: closed(columnProperties(applications?.columns ?? [])),
      appealsRow: closed(columnProperties(appeals?.columns ?? [])),
      ...Object.fromEntries(REPORT_FORMATS.map((f) => [`report${f}`, reportVariant(f)])),
    },
  };
}

/** The schema as written to docs/report-schema.json: two-space JSON and a final newline. */
export function reportJsonSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
