/**
 * The demo agencies' monthly figures for section 二 of the annual report (2021 format: 行政许可,
 * 行政处罚 and 行政强制 decisions, 行政事业性收费 in fen), entered a few working days after each
 * month ends, and their new-media accounts with dated administrator changes. Numbers are invented
 * but of a realistic size: a 市公安局 decides thousands of permits a month (seed 001: 142,149 a
 * year), mostly 出入境 documents and 户口迁移; a 市教育局 a few, with peaks when 教师资格 is
 * certified.
 */
import type { WorkingCalendar } from '../../domain/calendar.ts';
import type { MediaPlatform } from '../../domain/catalog/channels.ts';
import type { CivilDate } from '../../domain/dates.ts';
import { addWorkingDays } from '../../domain/deadline.ts';
import type { DemoAgency } from './plans.ts';
import { Rng } from './rng.ts';

/** The kinds the 2021 format uses, entered every month. */
export const MONTHLY_KINDS = ['permit_decisions', 'penalty_decisions', 'coercion_decisions', 'fee_amount'] as const;
export type MonthlyKind = (typeof MONTHLY_KINDS)[number];

/** One agency's figures of one month, and the day they are entered. */
export interface FigurePlan {
  agency: DemoAgency;
  year: number;
  month: number;
  enteredOn: CivilDate;
  values: Record<MonthlyKind, number>;
}

/** 出入境 demand by month: the Spring Festival dip, the summer peak. */
const TRAVEL_SEASON = [1.1, 0.8, 0.9, 1.0, 1.0, 1.15, 1.35, 1.3, 1.0, 0.95, 0.9, 1.0] as const;

/** Fees per document in 元 (居民身份证, 临时居民身份证, 普通护照, 往来港澳通行证, 签注). */
const FEE_YUAN = { idCard: 20, idReplaced: 40, tempId: 10, passport: 120, hkPermit: 60, endorsement: 15 } as const;

function policeMonth(rng: Rng, m: number): Record<MonthlyKind, number> {
  const f = (TRAVEL_SEASON[m - 1] ?? 1) * (0.9 + rng.next() * 0.2);
  const passport = Math.round(900 * f);
  const hkPermit = Math.round(700 * f);
  const endorsement = Math.round(1800 * f);
  const idCard = rng.int(2200, 3000);
  const idReplaced = rng.int(400, 700);
  const tempId = rng.int(150, 300);
  const yuan = passport * FEE_YUAN.passport + hkPermit * FEE_YUAN.hkPermit + endorsement * FEE_YUAN.endorsement
    + idCard * FEE_YUAN.idCard + idReplaced * FEE_YUAN.idReplaced + tempId * FEE_YUAN.tempId;
  return {
    permit_decisions: passport + hkPermit + endorsement + rng.int(600, 1000) + rng.int(30, 60),
    penalty_decisions: rng.int(1100, 1900),
    coercion_decisions: rng.int(35, 90),
    fee_amount: yuan * 100,
  };
}

function educationMonth(rng: Rng, m: number): Record<MonthlyKind, number> {
  const certified = m === 5 || m === 6 ? rng.int(250, 450) : m === 11 || m === 12 ? rng.int(150, 300) : 0;
  return {
    permit_decisions: certified + rng.int(1, 8),
    penalty_decisions: rng.chance(0.2) ? 1 : 0,
    coercion_decisions: 0,
    fee_amount: 0,
  };
}

function lastDayOf(y: number, m: number): CivilDate {
  const d = new Date(Date.UTC(y, m, 0));
  return d.toISOString().slice(0, 10);
}

/** Figures of every month of 2025 onwards that ended before `today`, for both agencies. */
export function planFigures(seed: number, cal: WorkingCalendar, today: CivilDate): FigurePlan[] {
  const rng = new Rng(seed);
  const out: FigurePlan[] = [];
  for (let y = 2025; y <= Number(today.slice(0, 4)); y++) {
    for (let m = 1; m <= 12; m++) {
      const last = lastDayOf(y, m);
      if (last >= today) continue;
      for (const agency of ['ga', 'jy'] as const) {
        const due = addWorkingDays(cal, last, rng.int(2, 6));
        out.push({ agency, year: y, month: m, enteredOn: due > today ? today : due, values: agency === 'ga' ? policeMonth(rng, m) : educationMonth(rng, m) });
      }
    }
  }
  return out;
}

/** A new-media account of a demo agency with its administrator changes. */
export interface MediaAccountPlan {
  agency: DemoAgency;
  platform: MediaPlatform;
  name: string;
  administrator: string;
  openedOn: CivilDate;
  changes: { on: CivilDate; to: string }[];
}

/** The accounts items go out on (the 教育局 has no 政务微博). */
export const MEDIA_ACCOUNTS: readonly MediaAccountPlan[] = [
  { agency: 'ga', platform: 'weibo', name: '@示例公安', administrator: '张磊', openedOn: '2013-06-18', changes: [{ on: '2025-04-14', to: '刘婷' }, { on: '2026-06-22', to: '高远' }] },
  { agency: 'ga', platform: 'wechat', name: '示例公安', administrator: '韩雪', openedOn: '2015-03-02', changes: [{ on: '2025-10-13', to: '孙悦' }] },
  { agency: 'ga', platform: 'other_new_media', name: '抖音号“示例警方”', administrator: '赵鹏', openedOn: '2019-08-20', changes: [{ on: '2026-03-09', to: '李想' }] },
  { agency: 'jy', platform: 'wechat', name: '示例教育发布', administrator: '周敏', openedOn: '2016-09-01', changes: [{ on: '2025-09-01', to: '郑琳' }, { on: '2026-07-06', to: '林晓' }] },
];
