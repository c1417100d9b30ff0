/** End to end through the real command: `node bin/gongkai.js deadline …`. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function gongkai(...args: string[]) {
  const env = { ...process.env };
  delete env.GONGKAI_CALENDAR_FILE;
  const r = spawnSync(process.execPath, ['bin/gongkai.js', 'deadline', ...args], { cwd: ROOT, encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter((l) => l !== '') };
}

describe('gongkai deadline', () => {
  it('prints the due date first, then the explanation', () => {
    const r = gongkai('2026-09-28');
    expect(r.status).toBe(0);
    expect(r.lines[0]).toBe('2026-10-30');
    expect(r.lines).toContain('跳过 2026-10-01 至 2026-10-07 国庆节（7天）');
    expect(r.lines).toContain('计入 2026-10-10（周六）调休上班（国庆节）');
    expect(r.lines.at(-1)).toBe('截止日期：2026-10-30（周五）');
  });

  it('prints only JSON with --json', () => {
    const r = gongkai('2026-09-28', '--json');
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout) as { dueOn: string; countedDays: string[]; estimated: boolean };
    expect(result.dueOn).toBe('2026-10-30');
    expect(result.countedDays).toHaveLength(20);
    expect(result.estimated).toBe(false);
  });

  it('takes --days 7 (the 补正 notice limit)', () => {
    const r = gongkai('2026-09-28', '--days', '7');
    expect(r.status).toBe(0);
    expect(r.lines[0]).toBe('2026-10-13');
  });

  it.each([
    ['a bad date', ['2026-02-30'], /^错误：收到申请日期“2026-02-30”不是有效日期/],
    ['a date in 2030', ['2030-01-02'], /^错误：2030年的节假日安排尚未收录/],
    ['a count that runs into 2027', ['2026-12-20'], /^错误：2027年的节假日安排尚未收录/],
    ['--days 0', ['2026-09-28', '--days', '0'], /^错误：--days 应为1至60之间的整数/],
    ['--days 61', ['2026-09-28', '--days', '61'], /^错误：--days 应为1至60之间的整数/],
    ['--days abc', ['2026-09-28', '--days', 'abc'], /^错误：--days 应为1至60之间的整数/],
  ])('fails on %s with a Chinese message', (_what, args, message) => {
    const r = gongkai(...args);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
