/**
 * 条例 第二十条: the information an agency must publish of its own accord, items （一）–（十五）.
 * Each catalog item records which of them it falls under, so that section 二 of the annual report
 * computes itself. For （一） the item also says whether it is a 规章 or a 行政规范性文件.
 */
export const ARTICLE20 = [
  { n: 1, label: '（一）行政法规、规章和规范性文件' },
  { n: 2, label: '（二）机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名' },
  { n: 3, label: '（三）国民经济和社会发展规划、专项规划、区域规划及相关政策' },
  { n: 4, label: '（四）国民经济和社会发展统计信息' },
  { n: 5, label: '（五）办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果' },
  { n: 6, label: '（六）实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定' },
  { n: 7, label: '（七）财政预算、决算信息' },
  { n: 8, label: '（八）行政事业性收费项目及其依据、标准' },
  { n: 9, label: '（九）政府集中采购项目的目录、标准及实施情况' },
  { n: 10, label: '（十）重大建设项目的批准和实施情况' },
  { n: 11, label: '（十一）扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况' },
  { n: 12, label: '（十二）突发公共事件的应急预案、预警信息及应对情况' },
  { n: 13, label: '（十三）环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况' },
  { n: 14, label: '（十四）公务员招考的职位、名额、报考条件等事项以及录用结果' },
  { n: 15, label: '（十五）法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息' },
] as const;

/** For 第二十条第（一）项: the two kinds the report counts (2021 format labels). */
export const REGULATION_KINDS = ['规章', '行政规范性文件'] as const;
export type RegulationKind = (typeof REGULATION_KINDS)[number];

export function article20Label(n: number | null | undefined): string {
  return ARTICLE20.find((a) => a.n === n)?.label ?? '';
}

/** 有效性 of an item. */
export const VALIDITIES = ['有效', '失效', '废止'] as const;
export type Validity = (typeof VALIDITIES)[number];
