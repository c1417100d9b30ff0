/**
 * The narrative of a new report (sections 一, 五 and 六) prefilled from its figures, in the style
 * reports are written in, for the office to edit: items published and per channel, section 二's
 * documents and decisions, applications received, carried over, handled and carried forward, the
 * change against last year, reviews and lawsuits, and in the 2021 format the 信息处理费. Figures are
 * written in the phrasings the narrative-figure check reads (narrative-figures.ts), so a prefilled
 * report agrees with its tables; comparisons with last year sit in clauses naming 上年.
 */
import type { AnnualReport } from './model.ts';
import { cellNumber } from './model.ts';
import type { OverviewPart } from './headings.ts';

/** Figures the tables do not hold. */
export interface PrefillFigures {
  /** Catalog items published in the year. */
  itemsPublished: number;
  /** Items published the year before, when known. */
  itemsLastYear: number | null;
  /** Items per channel in the year (every channel, zeros included). */
  channels: readonly { label: string; count: number }[];
}

/** Fen as 元 the way reports write it (3940元, 12.50元), as the outputs do (src/report/annual/document.ts). */
function feeText(fen: number): string {
  return fen % 100 === 0 ? `${fen / 100}元` : `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}元`;
}

const app = (r: AnnualReport, row: string) => cellNumber(r, { section: 'applications', row, column: 'total' });
const rowsSum = (r: AnnualReport, prefix: string) =>
  Object.keys(r.applications).filter((k) => k === prefix || k.startsWith(`${prefix}.`)).reduce((s, k) => s + app(r, k), 0);
const appeal = (r: AnnualReport, row: string, column: string) => cellNumber(r, { section: 'appeals', row, column });

/** "，较上年（9件）增加3件" / "，与上年持平" / "" when last year is unknown. */
export function changeText(now: number, last: number | null, unit: string): string {
  if (last === null) return '';
  if (now === last) return `，与上年（${last}${unit}）持平`;
  return `，较上年（${last}${unit}）${now > last ? '增加' : '减少'}${Math.abs(now - last)}${unit}`;
}

function proactive(r: AnnualReport, f: PrefillFigures): string {
  const lines = [`本年度，本机关通过政府信息公开目录主动公开政府信息${f.itemsPublished}条${changeText(f.itemsPublished, f.itemsLastYear, '条')}。`];
  const p = (row: string, column: string) => cellNumber(r, { section: 'proactive', row, column });
  if (r.format === '2021') {
    lines.push(`本年制发行政规范性文件${p('normative_documents', 'made')}件、废止${p('normative_documents', 'abolished')}件，现行有效${p('normative_documents', 'in_force')}件；作出并公开行政许可决定${p('permits', 'decisions')}件、行政处罚决定${p('penalties', 'decisions')}件、行政强制决定${p('coercion', 'decisions')}件。`);
  } else {
    lines.push(`本年新制作规范性文件${p('normative_documents', 'made')}件、新公开${p('normative_documents', 'published')}件，对外公开规范性文件总数${p('normative_documents', 'published_total')}件；作出行政许可决定${p('permits', 'decisions')}件、行政处罚决定${p('penalties', 'decisions')}件。`);
  }
  lines.push('规章、行政规范性文件、行政许可、行政处罚等信息均在形成或变更之日起20个工作日内予以公开。');
  return lines.join('\n');
}

function onApplication(r: AnnualReport, last: AnnualReport | null): string {
  const received = app(r, '一');
  const carried = app(r, '二');
  if (received === 0 && carried === 0) return '本年度未收到政府信息公开申请，亦无上年度结转的申请。';
  const lastReceived = last ? app(last, '一') : null;
  const outcomes = [['予以公开', rowsSum(r, '三.1')], ['部分公开', rowsSum(r, '三.2')], ['不予公开', rowsSum(r, '三.3')], ['无法提供', rowsSum(r, '三.4')], ['不予处理', rowsSum(r, '三.5')], ['其他处理', rowsSum(r, '三.6')]] as const;
  const forward = app(r, '四');
  return [
    `本年度共收到政府信息公开申请${received}件${changeText(received, lastReceived, '件')}；上年度结转申请${carried}件。`,
    `全年办结${app(r, '三.7')}件，其中${outcomes.map(([l, n]) => `${l}${n}件`).join('、')}；${forward > 0 ? `${forward}件结转下年度继续办理。` : '无结转下年度继续办理的申请。'}`,
    '本机关严格按照《条例》规定的期限和程序办理申请，答复文书载明依据和救济途径。',
  ].join('\n');
}

function supervision(r: AnnualReport): string {
  const review = appeal(r, 'review', 'total');
  const suits = appeal(r, 'litigation_direct', 'total') + appeal(r, 'litigation_after_review', 'total');
  const corrected = appeal(r, 'review', 'corrected') + appeal(r, 'litigation_direct', 'corrected') + appeal(r, 'litigation_after_review', 'corrected');
  const lines = ['本机关将政府信息公开工作纳入年度工作考核，明确分管负责人和承办科室职责，定期组织业务培训，及时回应社会关切。'];
  lines.push(review === 0 && suits === 0
    ? '本年度未发生因政府信息公开工作引起的行政复议、行政诉讼。'
    : `本年度因政府信息公开工作被申请行政复议${review}件，被提起行政诉讼${suits}件${corrected > 0 ? `；其中被纠正${corrected}件，已逐案分析原因并落实整改` : ''}。`);
  return lines.join('\n');
}

function problems(r: AnnualReport): string {
  const issues = ['政策解读的形式还不够丰富，解读材料的针对性和可读性有待提高'];
  const forward = app(r, '四');
  if (forward > 0) issues.push(`部分申请涉及信息量大、需征求第三方意见，办理周期较长，${forward}件申请需结转下年度继续办理`);
  const corrected = appeal(r, 'review', 'corrected') + appeal(r, 'litigation_direct', 'corrected') + appeal(r, 'litigation_after_review', 'corrected');
  if (corrected > 0) issues.push('个别答复在说理和法律适用上不够严谨，答复规范化水平有待提升');
  const ordinals = ['一', '二', '三'];
  return [
    `${r.year}年，本机关政府信息公开工作还存在一些不足：${issues.map((t, i) => `${ordinals[i] ?? ''}是${t}`).join('；')}。`,
    `${r.year + 1}年，本机关将进一步加强政策解读，规范依申请公开办理流程，加强答复文书的审核把关，持续提升政府信息公开工作质量。`,
  ].join('\n');
}

function other(r: AnnualReport): string {
  const lines: string[] = [];
  if (r.format === '2021') {
    const fee = r.other.processingFeeFen ?? 0;
    lines.push(fee === 0 ? '本年度未收取信息处理费。' : `本年度依据《政府信息公开信息处理费管理办法》收取信息处理费共计${feeText(fee)}。`);
  }
  lines.push('无其他需要报告的事项。');
  return lines.join('\n');
}

/** The report with sections 一, 五 and 六 written from its tables, `figures` and last year's report. */
export function prefillNarrative(r: AnnualReport, figures: PrefillFigures, lastYear: AnnualReport | null): AnnualReport {
  const channels = figures.channels.filter((c) => c.count > 0);
  const parts: Record<OverviewPart, string> = {
    proactive: proactive(r, figures),
    on_application: onApplication(r, lastYear),
    management: '本机关严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”，拟公开的信息经承办科室起草、保密审查后方予发布；及时对规范性文件的有效性进行清理并在目录中标注。',
    platform: [
      '本机关以门户网站政府信息公开专栏为第一平台，按照《条例》要求设置信息公开指南、信息公开目录、依申请公开和年度报告等栏目，并通过政务新媒体同步发布。',
      channels.length > 0 ? `本年度通过各渠道发布信息情况为：${channels.map((c) => `${c.label}${c.count}条`).join('、')}。` : '',
    ].filter((t) => t !== '').join('\n'),
    supervision: supervision(r),
  };
  return {
    ...r,
    overview: {
      general: `${r.year}年，${r.agency.name}认真贯彻落实《中华人民共和国政府信息公开条例》（以下简称《条例》）和上级关于政务公开工作的部署要求，坚持以公开为常态、不公开为例外，深化主动公开，依法规范办理政府信息公开申请，政府信息公开工作取得新的进展。现将本年度政府信息公开工作情况报告如下。`,
      parts,
    },
    problems: problems(r),
    other: { ...r.other, text: other(r) },
  };
}
