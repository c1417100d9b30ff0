import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, ROLES } from '../../src/domain/roles.ts';
import { ACTIONS, actionsFrom, resolveTarget, STATUSES, TRANSITIONS } from '../../src/domain/workflow.ts';
import type { Action } from '../../src/domain/workflow.ts';

describe('workflow table', () => {
  it('starts every action from known statuses and leads to a known status', () => {
    const codes = STATUSES.map((s) => s.code) as string[];
    for (const [action, t] of Object.entries(TRANSITIONS)) {
      expect(t.from.length, action).toBeGreaterThan(0);
      for (const f of t.from) expect(codes).toContain(f);
      if (!['resume', 'same'].includes(t.to)) expect(codes).toContain(t.to);
    }
  });

  it.each([
    ['received', ['accept', 'request_correction', 'decide', 'assign', 'note']],
    ['correction_requested', ['record_supplement', 'mark_abandoned', 'assign', 'note']],
    ['in_progress', ['start_consultation', 'extend', 'issue_fee_notice', 'decide', 'assign', 'note']],
    ['consulting', ['end_consultation', 'extend', 'assign', 'note']],
    ['extended', ['start_consultation', 'issue_fee_notice', 'decide', 'assign', 'note']],
    ['fee_notified', ['record_payment', 'mark_unpaid', 'assign', 'note']],
    ['decided', ['reply', 'assign', 'note']],
    ['replied', ['close', 'reopen', 'note']],
    ['closed', ['reopen', 'note']],
  ])('from %s allows exactly %j', (status, expected) => {
    expect(actionsFrom(status).sort()).toEqual([...expected].sort());
  });

  it('resumes to 已延期 after a pause when the case was extended', () => {
    expect(resolveTarget('resume', 'consulting', 10)).toBe('extended');
    expect(resolveTarget('resume', 'consulting', 0)).toBe('in_progress');
    expect(resolveTarget('same', 'decided', 0)).toBe('decided');
  });

  it.each<[string, Action, boolean]>([
    ['handler', 'request_correction', true],
    ['handler', 'decide', false],
    ['handler', 'extend', false],
    ['reviewer', 'decide', true],
    ['reviewer', 'extend', false],
    ['head', 'extend', true],
    ['head', 'reopen', true],
    ['admin', 'accept', false],
    ['admin', 'decide', false],
  ])('role %s may %s: %s', (role, action, allowed) => {
    expect(can([role], ACTIONS[action].permission)).toBe(allowed);
  });

  it('grants every permission to at least one role, and only known roles', () => {
    const roles = ROLES.map((r) => r.code) as string[];
    for (const [p, rs] of Object.entries(PERMISSIONS)) {
      expect(rs.length, p).toBeGreaterThan(0);
      for (const r of rs) expect(roles).toContain(r);
    }
  });
});
