/** Editing an agency's letter templates: checked before saving, so a broken template is never printed. */
import { DomainError } from '../domain/errors.ts';
import { DEFAULT_TEMPLATES, fillTemplate, PLACEHOLDERS } from '../domain/letters.ts';
import { outcomeFullLabel } from '../domain/outcomes.ts';
import { can } from '../domain/roles.ts';
import { caseSettings, saveCaseSettings } from './agency-settings.ts';
import type { Actor, Deps } from './deps.ts';

export interface TemplateEntry {
  id: string;
  label: string;
  text: string;
  edited: boolean;
  defaultText: string;
}

/** A readable name for a template id. */
export function templateLabel(id: string): string {
  if (id === 'reply.opening') return '答复告知书 — 开头';
  if (id === 'reply.remedy') return '答复告知书 — 救济途径';
  if (id.startsWith('reply.')) return `答复告知书 — ${outcomeFullLabel(id.slice('reply.'.length))}`;
  return { correction: '补正告知书', extension: '延期答复告知书', fee_notice: '信息处理费缴费通知书', contact: '联系方式（每份文书末尾）' }[id] ?? id;
}

/** Every template of the agency: its own text where edited, else the default. */
export async function listTemplates(deps: Pick<Deps, 'db'>, actor: Actor): Promise<TemplateEntry[]> {
  const { letterTemplates } = await caseSettings(deps.db, actor.agencyId);
  return Object.entries(DEFAULT_TEMPLATES).map(([id, defaultText]) => ({
    id, label: templateLabel(id), defaultText, text: letterTemplates[id] ?? defaultText, edited: id in letterTemplates,
  }));
}

/** Saves an edited template (or resets it to the default when `text` is null). */
export async function saveTemplate(deps: Pick<Deps, 'db'>, actor: Actor, id: string, text: string | null): Promise<void> {
  if (!can(actor.roles, 'settings.manage')) throw new DomainError('FORBIDDEN', '仅负责人或管理员可修改文书模板');
  if (!(id in DEFAULT_TEMPLATES)) throw new DomainError('NOT_FOUND', `没有编号为“${id}”的模板`);
  const { letterTemplates } = await caseSettings(deps.db, actor.agencyId);
  const next = { ...letterTemplates };
  if (text === null) {
    delete next[id];
  } else {
    const t = text.replace(/\r\n/g, '\n').trim();
    if (!t) throw new DomainError('VALIDATION', '模板内容不能为空', [{ field: 'text', message: '模板内容不能为空' }]);
    if (t.length > 5000) throw new DomainError('VALIDATION', '模板不能超过5000字', [{ field: 'text', message: '模板不能超过5000字' }]);
    // Every placeholder must be one the letters can fill, and braces must pair.
    const sample = Object.fromEntries(Object.keys(PLACEHOLDERS).map((k) => [k, k]));
    fillTemplate(t, sample, `模板“${templateLabel(id)}”`);
    next[id] = t;
  }
  await saveCaseSettings(deps.db, actor.agencyId, { letterTemplates: next });
}
