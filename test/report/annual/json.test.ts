import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema } from '../../../src/domain/report/schema.ts';
import { REPORT_OUTPUTS, renderReport } from '../../../src/report/annual/index.ts';
import { reportToJson } from '../../../src/report/annual/json.ts';
import { cellText, moneyNumber, moneyText } from '../../../src/report/annual/tables.ts';
import { seed001 } from '../../fixtures/report/seed-001.ts';
import { REPORTS } from './fixture.ts';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(reportJsonSchema());

describe.each(REPORTS)('reportToJson: %s', (_name, report) => {
  it('validates against docs/report-schema.json and round-trips', () => {
    const json = reportToJson(report);
    expect(json.endsWith('}\n')).toBe(true);
    const parsed: unknown = JSON.parse(json);
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    expect(parsed).toEqual(report);
  });
});

describe('renderReport', () => {
  it.each(REPORT_OUTPUTS)('names the %s file by the report title and gives its content type', async (format) => {
    const report = REPORTS[1]?.[1] ?? seed001();
    const out = await renderReport(report, format);
    expect(out.fileName).toBe(`示例市某某局2025年政府信息公开工作年度报告.${format}`);
    expect(out.contentType).toMatch(format === 'json' ? /^application\/json/ : format === 'html' ? /^text\/html/ : /^application\//);
    expect(typeof out.body === 'string').toBe(format === 'json' || format === 'html');
  }, 20_000);
});

describe('figures as the format prints them', () => {
  it('writes 万元 with four decimals (rounded to the yuan) and other amounts in 元', () => {
    expect(moneyText(1_234_500, '本年收费金额（单位：万元）')).toBe('1.2345');
    expect(moneyText(9_617_160_000, '本年收费金额（单位：万元）')).toBe('9617.1600');
    expect(moneyText(49, '本年收费金额（单位：万元）')).toBe('0.0000');
    expect(moneyText(149, '本年收费金额（单位：万元）')).toBe('0.0001');
    expect(moneyText(150, '本年收费金额（单位：万元）')).toBe('0.0002');
    expect(moneyNumber(1_234_500, '本年收费金额（单位：万元）')).toBe(1.2345);
    expect(moneyText(175_380_200, '采购总金额')).toBe('1753802.00元');
    expect(moneyNumber(175_380_250, '采购总金额')).toBe(1753802.5);
  });

  it('writes counts plainly, decreases with a minus sign, a blank cell as nothing', () => {
    expect(cellText(447228, 'count', '本年处理决定数量')).toBe('447228');
    expect(cellText(-2, 'change', '本年增/减')).toBe('-2');
    expect(cellText(null, 'count', '自然人')).toBe('');
  });
});
