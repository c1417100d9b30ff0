import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../src/db/database.ts';
import { performAction } from '../../src/services/case-actions.ts';
import { submitOnline } from '../../src/services/intake.ts';
import { applicationPayload, buildWorld, depsFor, TestClock } from '../support/builders.ts';

const dir = mkdtempSync(join(tmpdir(), 'gk-report-'));
const url = `sqlite:${join(dir, 'cli.db')}`;

function gongkai(...args: string[]) {
  return spawnSync(process.execPath, [join(process.cwd(), 'bin/gongkai.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, DATABASE_URL: url }, timeout: 90_000 });
}

describe('gongkai report', () => {
  beforeAll(async () => {
    const { db, close } = openDatabase(url);
    await migrate(db);
    const w = await buildWorld(db);
    const clock = new TestClock('2025-03-03');
    const deps = depsFor(db, clock);
    const a = await submitOnline(deps, w.agencyA, applicationPayload({ infoTitle: '户口迁移政策文件' }), []);
    await submitOnline(deps, w.agencyA, applicationPayload({ applicantType: 'commercial', applicantName: '示例商贸有限公司', orgCode: '91350100M000100Y43', contactPerson: '王经理', idNumber: '' }), []);
    clock.at('2025-03-10');
    await performAction(deps, w.reviewerA, a.caseId, 'decide', { outcome: 'disclose' });
    await close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the computed report as JSON: format by year, section 三 from the cases', () => {
    const r = gongkai('report', '2025', '--agency', 'JIA');
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { format: string; year: number; agency: { name: string }; applications: Record<string, Record<string, number>> };
    expect(report).toMatchObject({ format: '2021', year: 2025, agency: { name: '甲市公安局' } });
    expect(report.applications['一']).toMatchObject({ natural_person: 1, commercial: 1, total: 2 });
    expect(report.applications['三.7']?.total).toBe(1);
    expect(report.applications['四']?.total).toBe(1);
    const old = JSON.parse(gongkai('report', '2020', '--agency', 'JIA').stdout) as { format: string };
    expect(old.format).toBe('2019');
  });

  it('writes XLSX to the file named by --out, or by the report title without it', async () => {
    const out = join(dir, 'r.xlsx');
    const r = gongkai('report', '2025', '--agency', 'JIA', '--format', 'xlsx', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBeGreaterThan(1);
    const texts = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String));
    expect(texts.some((t) => t.includes('甲市公安局2025年政府信息公开工作年度报告'))).toBe(true);
    const named = gongkai('report', '2025', '--agency', 'JIA', '--format', 'docx');
    expect(named.status, named.stderr).toBe(0);
    expect(existsSync(join(dir, '甲市公安局2025年政府信息公开工作年度报告.docx'))).toBe(true);
    expect(named.stderr).toContain('已写入');
  });

  it('refuses a bad format, year or agency with exit code 1 and a message in Chinese', () => {
    const f = gongkai('report', '2025', '--agency', 'JIA', '--format', 'odt');
    expect(f.status).toBe(1);
    expect(f.stderr).toContain('格式“odt”无效');
    const y = gongkai('report', '25', '--agency', 'JIA');
    expect(y.status).toBe(1);
    expect(y.stderr).toContain('年度“25”无效');
    const a = gongkai('report', '2025', '--agency', '不存在的局');
    expect(a.status).toBe(1);
    expect(a.stderr).toContain('未找到机关');
  });
});
