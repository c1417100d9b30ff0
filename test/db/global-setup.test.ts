import { describe, expect, it } from 'vitest';
import { isStaleTestSchema } from '../support/global-setup.ts';

describe('which PostgreSQL test schemas a new run drops', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');
  it.each([
    [`t_${(now - 3 * 3600_000).toString(36)}_0a1b2c3d`, true],
    [`t_${(now - 10 * 60_000).toString(36)}_0a1b2c3d`, false],
    ['t_0123456789ab', true],
    ['public', false],
    ['t_notours', false],
  ])('%s → %s', (name, stale) => {
    expect(isStaleTestSchema(name, now)).toBe(stale);
  });
});
