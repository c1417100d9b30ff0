/**
 * Finding earlier requests that look like a repeat (条例 第三十六条第（六）项: 行政机关已就申请人提出的
 * 政府信息公开申请作出答复、申请人重复申请公开相同政府信息的，告知申请人不予重复处理).
 *
 * This only *suggests* candidates to the officer: whether the same information is asked for is a
 * human decision. Texts are compared by the Dice coefficient of their character bigrams after a
 * conservative normalisation, and only against the same applicant's earlier requests.
 */
import { DomainError } from './errors.ts';
import type { CivilDate } from './dates.ts';

/**
 * Phrases that carry no content in a request, longest first. Kept short on purpose: anything
 * that could name the information asked for (公开, 信息, 文件 …) stays.
 */
const FILLER_PHRASES = [
  '政府信息公开申请',
  '公开申请',
  '申请公开',
  '请公开',
  '请求公开',
  '要求公开',
  '依法公开',
  '予以公开',
  '贵单位',
  '贵机关',
  '贵局',
  '本人',
  '关于',
  '提供',
  '的',
];

/** Punctuation, symbols, separators, control characters. */
const NOISE = /[\p{P}\p{S}\p{Z}\p{Cc}\s]/gu;
/** 请 as a politeness word, but not inside 申请, 邀请, 提请. */
const PLEASE = /(?<![申邀提])请/g;

/**
 * Request text reduced to what identifies the information: full width folded to half width
 * (NFKC), Latin letters lower-cased, punctuation and whitespace removed, and a few filler words
 * (申请公开, 关于, 的, 请, 提供 …) dropped.
 */
export function normalizeRequestText(s: string): string {
  let t = s.normalize('NFKC').toLowerCase().replace(NOISE, '');
  for (const p of FILLER_PHRASES) t = t.split(p).join('');
  return t.replace(PLEASE, '');
}

function bigrams(s: string): Map<string, number> {
  const chars = [...s];
  const grams = chars.length === 1 ? chars : chars.slice(1).map((c, i) => `${chars[i]}${c}`);
  const counts = new Map<string, number>();
  for (const g of grams) counts.set(g, (counts.get(g) ?? 0) + 1);
  return counts;
}

function dice(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let common = 0;
  let total = 0;
  for (const [g, n] of ga) {
    common += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return (2 * common) / total;
}

/**
 * Similarity of two request texts, 0…1: the Dice coefficient of the character bigrams (counted
 * with multiplicity) of the normalised texts. 1 for texts equal after normalisation; 0 when
 * either is empty after normalisation.
 */
export function similarity(a: string, b: string): number {
  return dice(normalizeRequestText(a), normalizeRequestText(b));
}

/**
 * A stable key for "the same applicant": the 身份证号码 (or other document number) if given,
 * else the 统一社会信用代码, else the name. Numbers are folded to half width, upper case, without
 * spaces or hyphens; names lose whitespace and middle dots. Throws VALIDATION if all are empty.
 */
export function applicantKey(name: string, idNumber?: string | null, orgCode?: string | null): string {
  const number = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
  const id = number(idNumber);
  if (id) return `id:${id}`;
  const org = number(orgCode);
  if (org) return `org:${org}`;
  const n = name.normalize('NFKC').replace(/[\s·•・.]/g, '').toLowerCase();
  if (n) return `name:${n}`;
  throw new DomainError('VALIDATION', '请填写申请人姓名或者名称', [{ field: 'name', message: '请填写申请人姓名或者名称' }]);
}

/** An earlier request to compare against. */
export interface SimilarCandidate {
  id: number;
  applicantKey: string;
  text: string;
  receivedOn: CivilDate;
}

/** Runs of digits and Latin letters (years, 文号 numbers, plate numbers) in a text, lower-cased. */
function codeTokens(s: string): Set<string> {
  return new Set(s.normalize('NFKC').toLowerCase().match(/[0-9a-z]+/g) ?? []);
}

/**
 * Number-like tokens found in only one of two texts, sorted: a high score with differing years
 * or plate numbers (2024 vs 2025) usually means different information, so the officer is shown them.
 */
export function differingTokens(a: string, b: string): string[] {
  const ta = codeTokens(a);
  const tb = codeTokens(b);
  const only = [...ta].filter((t) => !tb.has(t)).concat([...tb].filter((t) => !ta.has(t)));
  return only.sort();
}

/** A candidate that looks like a repeat: its score, and the number-like tokens that differ. */
export type SimilarMatch<C> = C & { score: number; differingTokens: string[] };

/**
 * Earlier requests of the same applicant (equal `applicantKey`) whose text has a similarity of at
 * least `threshold` with the target's, best first (then most recent first, then by id). Each match
 * is the candidate with its `score` and `differingTokens`.
 */
export function findSimilar<C extends SimilarCandidate>(
  target: { applicantKey: string; text: string },
  candidates: readonly C[],
  threshold = 0.6,
): SimilarMatch<C>[] {
  const t = normalizeRequestText(target.text);
  return candidates
    .filter((c) => c.applicantKey === target.applicantKey)
    .map((c) => ({ ...c, score: dice(t, normalizeRequestText(c.text)) }))
    .filter((m) => m.score > 0 && m.score >= threshold)
    .sort((x, y) => y.score - x.score || y.receivedOn.localeCompare(x.receivedOn) || x.id - y.id)
    .map((m) => ({ ...m, differingTokens: differingTokens(target.text, m.text) }));
}
