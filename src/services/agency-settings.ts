/** Case-handling settings of an agency, with their defaults. */
import { DEFAULT_FEE_CLOCK_MODE } from '../domain/deadline.ts';
import type { FeeClockMode } from '../domain/deadline.ts';
import { DomainError } from '../domain/errors.ts';
import { getSettings, putSetting } from '../db/repositories/settings.ts';
import type { Db } from '../db/database.ts';

export interface CaseSettings {
  /** How a fee notice affects the answer clock (statutory.md §4 leaves it open). */
  feeClockMode: FeeClockMode;
  /** Working days given to the applicant to supplement (第三十条: 合理的补正期限). */
  correctionPeriodDays: number;
  /** The body that hears 行政复议 against this agency's replies (reply letters). */
  reviewBody: string;
  /** Edited letter templates by template id; missing ids use the defaults. */
  letterTemplates: Record<string, string>;
}

export const DEFAULT_CASE_SETTINGS: CaseSettings = {
  feeClockMode: DEFAULT_FEE_CLOCK_MODE,
  correctionPeriodDays: 15,
  reviewBody: '本级人民政府',
  letterTemplates: {},
};

export async function caseSettings(db: Db, agencyId: number): Promise<CaseSettings> {
  const s = await getSettings(db, agencyId);
  return {
    feeClockMode: (s.feeClockMode as FeeClockMode | undefined) ?? DEFAULT_CASE_SETTINGS.feeClockMode,
    correctionPeriodDays: Number(s.correctionPeriodDays ?? DEFAULT_CASE_SETTINGS.correctionPeriodDays),
    reviewBody: (s.reviewBody as string | undefined) ?? DEFAULT_CASE_SETTINGS.reviewBody,
    letterTemplates: (s.letterTemplates as Record<string, string> | undefined) ?? {},
  };
}

/** Saves settings after checking them. */
export async function saveCaseSettings(db: Db, agencyId: number, s: Partial<CaseSettings>): Promise<void> {
  if (s.feeClockMode !== undefined && !['none', 'suspend', 'restart'].includes(s.feeClockMode)) {
    throw new DomainError('VALIDATION', '收费通知对答复期限的影响设置无效', [{ field: 'feeClockMode', message: '请选择 不影响 / 暂停计时 / 缴费后重新计算' }]);
  }
  if (s.correctionPeriodDays !== undefined && !(Number.isInteger(s.correctionPeriodDays) && s.correctionPeriodDays >= 1 && s.correctionPeriodDays <= 60)) {
    throw new DomainError('VALIDATION', '补正期限应为1至60个工作日', [{ field: 'correctionPeriodDays', message: '应为1至60之间的整数' }]);
  }
  for (const [k, v] of Object.entries(s)) if (v !== undefined) await putSetting(db, agencyId, k, v);
}
