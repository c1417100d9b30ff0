/**
 * Letters an office sends, as data (rendered to DOCX and PDF in src/report/letters/):
 * 政府信息公开申请答复告知书 (条例 第三十六条–第三十九条), 补正告知书 (第三十条),
 * 延期答复告知书 (第三十三条第二款) and 信息处理费缴费通知书 (第四十二条; 国办函〔2020〕109号).
 * Texts come from templates (letter-templates.ts, editable per agency) with `{名称}` placeholders.
 */
import { chineseDate, daysBetween, parseCivilDate } from './dates.ts';
import type { CivilDate } from './dates.ts';
import { MAX_EXTENSION_WORKING_DAYS } from './deadline.ts';
import { DomainError, validationError } from './errors.ts';
import type { FieldIssue } from './errors.ts';
import {
  FEE_METHOD_LABELS,
  FEE_PAYMENT_WORKING_DAYS,
  FEE_REGULATION,
  FEE_STANDARD_TEXT,
  FEE_UNITS,
  feeLineText,
  formatYuan,
  perItemFee,
  perPageFee,
} from './fees.ts';
import type { FeeResult } from './fees.ts';
import { DEFAULT_TEMPLATES, PLACEHOLDERS, fillTemplate, placeholdersIn } from './letter-templates.ts';
import { outcomeDef } from './outcomes.ts';

export { DEFAULT_TEMPLATES, PLACEHOLDERS, fillTemplate, placeholdersIn, unknownPlaceholders } from './letter-templates.ts';

/** A letter ready to render. `recipient` includes its colon: "张三：". */
export interface LetterDocument {
  title: string;
  docNumber?: string;
  recipient: string;
  paragraphs: string[];
  signature: string;
  /** The date in Chinese, e.g. 二〇二六年三月五日. */
  dateText: string;
  footnote?: string;
}

/** The kinds of letter. */
export type LetterKind = 'reply' | 'correction' | 'extension' | 'fee_notice';

/** Title of each kind of letter. */
export const LETTER_TITLES: Record<LetterKind, string> = {
  reply: '政府信息公开申请答复告知书',
  correction: '政府信息公开申请补正告知书',
  extension: '政府信息公开申请延期答复告知书',
  fee_notice: '信息处理费缴费通知书',
};

const REG = '《中华人民共和国政府信息公开条例》';

/** Legal basis cited by the procedural letters (replies cite their outcome's article). */
export const LETTER_BASIS: Record<Exclude<LetterKind, 'reply'>, string> = {
  correction: `${REG}第三十条`,
  extension: `${REG}第三十三条第二款`,
  fee_notice: `${REG}第四十二条、${FEE_REGULATION}`,
};

/** The agency sending the letter (stored per agency). */
export interface AgencyInfo {
  name: string;
  phone: string;
  address: string;
  /** 行政复议机关, named in a reply's remedy paragraph. */
  reviewBody?: string;
}

/** What every letter needs. */
export interface LetterBase {
  agency: AgencyInfo;
  applicant: string;
  /** Date the application (or its 补正) was received (条例 第三十一条). */
  receivedDate: CivilDate;
  /** 申请内容 as the applicant described it. */
  request: string;
  /** Date of the letter (落款日期). */
  date: CivilDate;
  docNumber?: string;
  /** The agency's edited templates, by id; missing ids fall back to DEFAULT_TEMPLATES. */
  templates?: Readonly<Record<string, string>>;
}

/** A reply (答复告知书) for an outcome code of outcomes.ts. */
export interface ReplyInput extends LetterBase {
  outcome: string;
  /** The staff's reasons; required by every outcome whose template uses {理由}. */
  reasons?: string;
  /** How the information is provided (予以公开/部分公开); default: with the letter. */
  provision?: string;
}

/** 补正告知书 (第三十条): what to add and by when. */
export interface CorrectionInput extends LetterBase {
  items: string;
  deadline: CivilDate;
}

/** 延期答复告知书 (第三十三条第二款). */
export interface ExtensionInput extends LetterBase {
  reasons: string;
  extensionDays: number;
  newDueDate: CivilDate;
}

/** How a fee is computed (办法 第三条: one method per application). */
export type FeeBasis =
  | { method: 'per_item'; previousItemsThisMonth: number; items: number }
  | { method: 'per_page'; pages: number };

/** 信息处理费缴费通知书. */
export interface FeeNoticeInput extends LetterBase {
  fee: FeeBasis;
  /** 缴纳方式, e.g. the account to pay into. */
  paymentMethod: string;
}

/** Input of each kind of letter. */
export interface LetterInputs {
  reply: ReplyInput;
  correction: CorrectionInput;
  extension: ExtensionInput;
  fee_notice: FeeNoticeInput;
}

/** Default {获取方式}. */
export const DEFAULT_PROVISION = '相关政府信息随本告知书一并提供';

/** Trims text and the punctuation a template already supplies at its end. */
function clause(s: string | undefined): string | undefined {
  const v = s?.trim().replace(/[。．.；;，,！!\s]+$/u, '');
  return v ? v : undefined;
}

type Values = Record<string, string | undefined>;

/** Values every letter shares. */
function baseValues(input: LetterBase): Values {
  return {
    申请人: clause(input.applicant),
    收到日期: chineseDate(parseCivilDate(input.receivedDate, 'receivedDate', '收到申请日期')),
    申请内容: clause(input.request),
    机关名称: clause(input.agency.name),
    复议机关: clause(input.agency.reviewBody),
    联系电话: clause(input.agency.phone),
    联系地址: clause(input.agency.address),
    落款日期: chineseDate(parseCivilDate(input.date, 'date', '落款日期')),
  };
}

/** Fills one template; a known placeholder without a value is reported as its input field. */
function fillNamed(input: LetterBase, id: string, values: Values): string {
  const template = input.templates?.[id] ?? DEFAULT_TEMPLATES[id];
  if (template === undefined) throw new DomainError('VALIDATION', `缺少模板“${id}”`, [{ field: 'template', message: `缺少模板“${id}”` }]);
  const issues: FieldIssue[] = placeholdersIn(template)
    .filter((p) => p in PLACEHOLDERS && values[p] === undefined)
    .map((p) => ({ field: PLACEHOLDERS[p]?.field ?? p, message: `请填写${PLACEHOLDERS[p]?.label ?? p}` }));
  if (issues.length > 0) throw validationError(issues);
  const defined = Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined));
  return fillTemplate(template, defined, `模板“${id}”`);
}

/** Throws VALIDATION unless `later` is after `earlier`. */
function requireAfter(earlier: CivilDate, later: CivilDate, field: string, message: string): void {
  if (daysBetween(earlier, later) <= 0) throw validationError([{ field, message }]);
}

/** The body paragraphs (template ids in order) and values of each kind. */
function bodyOf(kind: LetterKind, input: LetterBase): { ids: string[]; values: Values } {
  const values = baseValues(input);
  const issues: FieldIssue[] = [];
  if (!values['申请人']) issues.push({ field: 'applicant', message: '请填写申请人' });
  if (!values['机关名称']) issues.push({ field: 'agency.name', message: '请填写机关名称' });
  if (daysBetween(input.receivedDate.trim(), input.date.trim()) < 0) issues.push({ field: 'date', message: '落款日期不应早于收到申请日期' });
  if (issues.length > 0) throw validationError(issues);
  switch (kind) {
    case 'reply':
      return replyBody(input as ReplyInput, values);
    case 'correction':
      return correctionBody(input as CorrectionInput, values);
    case 'extension':
      return extensionBody(input as ExtensionInput, values);
    case 'fee_notice':
      return feeNoticeBody(input as FeeNoticeInput, values);
  }
}

function replyBody(input: ReplyInput, values: Values): { ids: string[]; values: Values } {
  const def = outcomeDef(input.outcome);
  if (!def) throw validationError([{ field: 'outcome', message: `未知的处理结果“${input.outcome}”` }]);
  Object.assign(values, { 法律依据: def.article, 理由: clause(input.reasons), 获取方式: clause(input.provision) ?? DEFAULT_PROVISION });
  return { ids: ['reply.opening', `reply.${def.code}`, 'reply.remedy'], values };
}

function correctionBody(input: CorrectionInput, values: Values): { ids: string[]; values: Values } {
  const deadline = parseCivilDate(input.deadline, 'deadline', '补正期限');
  requireAfter(input.date, deadline, 'deadline', '补正期限应晚于告知日期');
  Object.assign(values, { 法律依据: LETTER_BASIS.correction, 补正事项: clause(input.items), 补正期限: chineseDate(deadline) });
  return { ids: ['correction'], values };
}


function extensionBody(input: ExtensionInput, values: Values): { ids: string[]; values: Values } {
  const days = input.extensionDays;
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_WORKING_DAYS) {
    throw validationError([{ field: 'extensionDays', message: `延长天数应为1至${MAX_EXTENSION_WORKING_DAYS}个工作日（条例第三十三条第二款）` }]);
  }
  const due = parseCivilDate(input.newDueDate, 'newDueDate', '延长后的答复期限');
  requireAfter(input.date, due, 'newDueDate', '延长后的答复期限应晚于告知日期');
  Object.assign(values, { 法律依据: LETTER_BASIS.extension, 理由: clause(input.reasons), 延长天数: String(days), 答复期限: chineseDate(due) });
  return { ids: ['extension'], values };
}

/** The fee of a basis (perItemFee / perPageFee). */
export function computeFee(basis: FeeBasis): FeeResult {
  return basis.method === 'per_item' ? perItemFee(basis.previousItemsThisMonth, basis.items) : perPageFee(basis.pages);
}

function feeNoticeBody(input: FeeNoticeInput, values: Values): { ids: string[]; values: Values } {
  const fee = computeFee(input.fee);
  if (fee.amountFen === 0) throw validationError([{ field: 'fee', message: '按所填件数或页数不收取信息处理费，无需发出缴费通知' }]);
  const unit = FEE_UNITS[input.fee.method];
  const prior = input.fee.method === 'per_item' ? `本月此前已累计申请${input.fee.previousItemsThisMonth}件，本次申请${input.fee.items}件：` : `本次申请共${input.fee.pages}页：`;
  Object.assign(values, {
    法律依据: LETTER_BASIS.fee_notice,
    计费方式: FEE_METHOD_LABELS[input.fee.method],
    收费标准: FEE_STANDARD_TEXT[input.fee.method],
    计费明细: prior + fee.lines.map((l) => feeLineText(l, unit)).join('；'),
    费用金额: formatYuan(fee.amountFen),
    缴费方式: clause(input.paymentMethod),
    缴费期限: `${FEE_PAYMENT_WORKING_DAYS}个工作日`,
  });
  return { ids: ['fee_notice'], values };
}

/** Splits filled text into paragraphs (one per line, blank lines dropped). */
function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n/).map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * Builds a letter: fills the kind's templates (the agency's edits first, then the defaults) and
 * returns it as data. Throws VALIDATION naming the field when an input the text needs is missing.
 */
export function buildLetter<K extends LetterKind>(kind: K, input: LetterInputs[K]): LetterDocument {
  const { ids, values } = bodyOf(kind, input);
  const paragraphs = ids.flatMap((id) => paragraphsOf(fillNamed(input, id, values)));
  return {
    title: LETTER_TITLES[kind],
    ...(input.docNumber?.trim() ? { docNumber: input.docNumber.trim() } : {}),
    recipient: `${values['申请人'] ?? ''}：`,
    paragraphs,
    signature: values['机关名称'] ?? '',
    dateText: values['落款日期'] ?? '',
    footnote: fillNamed(input, 'contact', values),
  };
}
