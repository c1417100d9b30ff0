/**
 * What the demo catalog's text templates share: the template shape, the variables a template draws
 * on (dates of formation, the month or quarter reported on, a generator), and small helpers for
 * Chinese dates and invented places. Every name here is fictional.
 */
import type { CivilDate } from '../../domain/dates.ts';
import type { Rng } from './rng.ts';

/** The text of one catalog item as a template writes it. */
export interface ItemText {
  title: string;
  summary: string;
  /** 2–5 paragraphs of plain text (or simple inline markup); the plan wraps them in <p>. */
  paras: string[];
  keywords: string;
  docNumber?: string;
  /** The department, when it differs from the template's. */
  dept?: string;
}

/** What a template writes from: the formation date, the periods it may report on, a generator. */
export interface TextVars {
  rng: Rng;
  /** Formation date (成文日期). */
  on: CivilDate;
  y: number;
  m: number;
  /** The month before formation (monthly results report on it). */
  py: number;
  pm: number;
  /** The quarter before formation (quarterly inspection reports). */
  qy: number;
  q: number;
}

/**
 * When a template is used: every month, in the first month of each quarter, in given months once a
 * year, or drawn at random (with `weight`) to fill a month's quota.
 */
export type Schedule = { every: 'month' } | { every: 'quarter' } | { months: readonly number[] } | { weight: number; months?: readonly number[] };

/** One kind of catalog item: its 第二十条 class (null for 工作动态), 主题分类, department and text. */
export interface TextTemplate {
  key: string;
  article20: number | null;
  topic: string;
  dept: string;
  schedule: Schedule;
  /** Day-of-month range of formation (default 1–28). */
  days?: readonly [number, number];
  make: (v: TextVars) => ItemText;
}

/**
 * A 行政规范性文件 (第二十条第（一）项) issued in a given month, with its 文号 serial for the year; it
 * may lapse on a date (失效, e.g. a notice valid for one season) or be abolished by a later one
 * (废止, `replaces` names the earlier document's key).
 */
export interface RegulationSpec {
  key: string;
  month: string;
  serial: number;
  dept: string;
  topic: string;
  title: string;
  summary: string;
  paras: string[];
  keywords: string;
  validUntil?: CivilDate;
  replaces?: string;
  /** When the document takes effect (a later document abolishes its predecessor then). */
  effectiveOn?: CivilDate;
}

/** 2025年3月 */
export const ym = (y: number, m: number): string => `${y}年${m}月`;

/** 2025年3月5日 */
export function cnDate(d: CivilDate): string {
  return `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
}

/** 第一季度 … 第四季度 */
export const quarterName = (q: number): string => `第${'一二三四'[q - 1] ?? ''}季度`;

/** The invented districts and counties of 示例市. */
export const DISTRICTS = ['中心区', '东城区', '西城区', '南湖区', '北山区', '清河县', '云台县'] as const;

/** Invented 派出所 of the 公安局. */
export const STATIONS = ['建设路派出所', '人民路派出所', '南湖派出所', '北山派出所', '文化路派出所', '火车站派出所', '东关派出所', '清河派出所', '云台派出所'] as const;

/** Invented schools of 示例市. */
export const SCHOOLS = ['示例市第一中学', '示例市第三中学', '示例市实验小学', '东城区育才小学', '南湖区第二初级中学', '清河县第一高级中学', '云台县民族中学', '示例市职业技术学校'] as const;

/** An invented company name. */
export function company(rng: Rng, trade: string): string {
  return `示例市${rng.pick(['恒达', '顺安', '鑫源', '华通', '宏远', '瑞丰', '联创', '金桥', '天和', '诚信'])}${trade}有限公司`;
}

/** A masked personal name (王某某), as published decisions and lists show people. */
export function masked(rng: Rng): string {
  return `${rng.pick(['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱'])}某${rng.chance(0.5) ? '某' : ''}`;
}

/** The paragraphs as a sanitisable HTML body. */
export function bodyHtml(paras: readonly string[]): string {
  return paras.map((p) => (p.startsWith('<') ? p : `<p>${p}</p>`)).join('\n');
}
