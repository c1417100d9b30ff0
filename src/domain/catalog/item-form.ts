/**
 * The metadata of a catalog item (政府信息公开目录: 索引号, 名称, 内容概述, 主题分类, 组配分类, 发布机构,
 * 成文日期, 发布日期, 文号, 有效性, 公开方式, 公开范围, 关键词) and its 第二十条 category, validated
 * with every problem named at its field.
 */
import { isCivilDate } from '../dates.ts';
import type { CivilDate } from '../dates.ts';
import { validationError } from '../errors.ts';
import type { FieldIssue } from '../errors.ts';
import type { Payload } from '../payload.ts';
import { REGULATION_KINDS, VALIDITIES } from './article20.ts';

export interface ItemContent {
  title: string;
  summary: string | null;
  topic: string | null;
  columnId: number | null;
  publisher: string;
  writtenOn: CivilDate | null;
  formedOn: CivilDate | null;
  docNumber: string | null;
  validity: string;
  validityChangedOn: CivilDate | null;
  disclosureMethod: string;
  disclosureScope: string;
  keywords: string | null;
  /** As submitted; the service sanitises it. */
  bodyHtml: string;
  departmentId: number | null;
  article20: number | null;
  regulationKind: string | null;
  abolishedOn: CivilDate | null;
}

export const DISCLOSURE_SCOPES = ['面向社会', '面向特定对象'] as const;

function text(p: Payload, k: string): string {
  const v = p[k];
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

/** Validates an item form; throws VALIDATION listing every field at fault. */
export function validateItem(p: Payload): ItemContent {
  const issues: FieldIssue[] = [];
  const str = (k: string, label: string, max: number, required = false): string | null => {
    const v = text(p, k);
    if (!v && required) issues.push({ field: k, message: `请填写${label}` });
    if (v.length > max) issues.push({ field: k, message: `${label}不能超过${max}个字` });
    return v || null;
  };
  const date = (k: string, label: string): CivilDate | null => {
    const v = text(p, k);
    if (v && !isCivilDate(v)) issues.push({ field: k, message: `${label}“${v}”不是有效日期（YYYY-MM-DD）` });
    return v && isCivilDate(v) ? v : null;
  };
  const int = (k: string, label: string, min: number, max: number): number | null => {
    const v = text(p, k);
    if (!v) return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) issues.push({ field: k, message: `${label}无效` });
    return Number.isInteger(n) ? n : null;
  };

  const title = str('title', '名称', 200, true) ?? '';
  const publisher = str('publisher', '发布机构', 100, true) ?? '';
  const writtenOn = date('writtenOn', '成文日期');
  const formedOn = date('formedOn', '信息形成或变更日期') ?? writtenOn;
  const validity = text(p, 'validity') || '有效';
  if (!(VALIDITIES as readonly string[]).includes(validity)) issues.push({ field: 'validity', message: '有效性应为 有效、失效 或 废止' });
  const validityChangedOn = date('validityChangedOn', '失效或废止日期');
  if (validity !== '有效' && !validityChangedOn) issues.push({ field: 'validityChangedOn', message: `有效性为“${validity}”时请填写日期` });
  const article20 = int('article20', '第二十条类别', 1, 15);
  const regulationKind = text(p, 'regulationKind') || null;
  if (article20 === 1 && !(REGULATION_KINDS as readonly string[]).includes(regulationKind ?? '')) {
    issues.push({ field: 'regulationKind', message: '第二十条第（一）项的信息请选择“规章”或“行政规范性文件”' });
  }
  const abolishedOn = date('abolishedOn', '废止日期');
  if (writtenOn && formedOn && formedOn < writtenOn) issues.push({ field: 'formedOn', message: '信息形成或变更日期不能早于成文日期' });
  if (writtenOn && abolishedOn && abolishedOn < writtenOn) issues.push({ field: 'abolishedOn', message: '废止日期不能早于成文日期' });
  if (writtenOn && validityChangedOn && validityChangedOn < writtenOn) issues.push({ field: 'validityChangedOn', message: '失效或废止日期不能早于成文日期' });
  const scope = text(p, 'disclosureScope') || '面向社会';
  if (!(DISCLOSURE_SCOPES as readonly string[]).includes(scope)) issues.push({ field: 'disclosureScope', message: '公开范围无效' });
  const bodyHtml = text(p, 'bodyHtml');
  if (bodyHtml.length > 500_000) issues.push({ field: 'bodyHtml', message: '正文不能超过50万字' });

  const content: ItemContent = {
    title, publisher, writtenOn, formedOn, validity, validityChangedOn: validity === '有效' ? null : validityChangedOn,
    summary: str('summary', '内容概述', 500), topic: str('topic', '主题分类', 100), columnId: int('columnId', '组配分类', 1, 1e9),
    docNumber: str('docNumber', '文号', 100), disclosureMethod: '主动公开', disclosureScope: scope, keywords: str('keywords', '关键词', 200),
    bodyHtml, departmentId: int('departmentId', '所属部门', 1, 1e9), article20, regulationKind: article20 === 1 ? regulationKind : null, abolishedOn,
  };
  if (issues.length) throw validationError(issues);
  return content;
}
