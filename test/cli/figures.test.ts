import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../src/db/database.ts';
import { performAction } from '../../src/services/case-actions.ts';
import { submitOnline } from '../../src/services/intake.ts';
import { applicationPayload, buildWorld, depsFor, TestClock } from '../support/builders.ts';

const dir = mkdtempSync(join(tmpdir(), 'gk-cli-'));
const url = `sqlite:${join(dir, 'cli.db')}`;

function gongkai(...args: string[]) {
  return spawnSync(process.execPath, ['bin/gongkai.js', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: url }, timeout: 60_000 });
}

describe('gongkai figures / cases', () => {
  beforeAll(async () => {
    const { db, close } = openDatabase(url);
    await migrate(db);
    const w = await buildWorld(db);
    const clock = new TestClock('2025-12-29');
    const deps = depsFor(db, clock);
    const carried = await submitOnline(deps, w.agencyA, applicationPayload({ infoTitle: '跨年申请' }), []);
    await submitOnline(deps, w.agencyA, applicationPayload({ applicantType: 'commercial', applicantName: '示例商贸有限公司', orgCode: '91350100M000100Y43', contactPerson: '王经理', idNumber: '' }), []);
    clock.at('2026-01-05');
    await performAction(deps, w.reviewerA, carried.caseId, 'decide', { outcome: 'disclose' });
    await close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the section 三 rows as JSON, with the carried-over case in 2025 四 and 2026 二', () => {
    const r25 = gongkai('figures', '2025', '--agency', 'JIA', '--json');
    expect(r25.status, r25.stderr).toBe(0);
    const y25 = JSON.parse(r25.stdout) as { rows: Record<string, Record<string, number>> };
    expect(y25.rows['一']).toMatchObject({ natural_person: 1, commercial: 1, total: 2 });
    expect(y25.rows['四']?.total).toBe(2);
    const y26 = JSON.parse(gongkai('figures', '2026', '--agency', '甲市公安局', '--json').stdout) as { rows: Record<string, Record<string, number>> };
    expect(y26.rows['二']?.total).toBe(2);
    expect(y26.rows['三.1']).toMatchObject({ natural_person: 1, total: 1 });
    expect(y26.rows['四']).toMatchObject({ commercial: 1, total: 1 });
  });

  it('refuses a bad year and an unknown agency with exit 1 and a Chinese message', () => {
    const bad = gongkai('figures', '20x5', '--agency', 'JIA');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('年度');
    const unknown = gongkai('figures', '2025', '--agency', '不存在的局');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('未找到机关');
  });

  it('lists open cases with their due dates', () => {
    const r = gongkai('cases', '--agency', 'JIA', '--json');
    expect(r.status, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as { number: string; status: string; dueOn: string; overdue: boolean }[];
    // Both still need a reply served (the decided one too, 第三十三条).
    expect(rows.map((x) => x.status).sort()).toEqual(['decided', 'received']);
    // Received 2025-12-29: 元旦 01-01..03 off, 01-04 调休 counted.
    expect(rows.map((x) => x.dueOn)).toEqual(['2026-01-27', '2026-01-27']);
    expect(rows.every((x) => x.overdue)).toBe(true);
  });
});
