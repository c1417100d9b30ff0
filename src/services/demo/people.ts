/**
 * Fictional applicants for the demo: invented names, 居民身份证号码 with valid check digits but a
 * region code (19xxxx) that no real person has, 统一社会信用代码 with valid check characters,
 * example.com e-mail addresses. Some applicants come back several times, as in real offices.
 */
import type { ApplicantType } from '../../domain/applicants.ts';
import type { ApplicationContent } from '../../domain/application-form.ts';
import { residentIdCheckChar } from '../../domain/identity.ts';
import { demoUscc } from './accounts.ts';
import type { Rng } from './rng.ts';

/** The applicant part of an application payload (demo applicants always give an address). */
export type DemoApplicant = Pick<ApplicationContent, 'applicantType' | 'applicantName' | 'idType' | 'idNumber' | 'orgCode' | 'contactPerson' | 'phone' | 'email'> & {
  address: string;
  postalCode: string;
};

const SURNAMES = [...'张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文'];
const GIVEN = [
  '建国', '志强', '秀英', '桂英', '丽娟', '海燕', '晓明', '文静', '俊杰', '雨桐', '子涵', '浩然', '欣怡', '宇航', '佳琪', '明辉',
  '国华', '淑珍', '立新', '春梅', '红霞', '伟东', '玉兰', '德胜', '思远', '一鸣', '梦瑶', '嘉怡', '博文', '振华', '秀兰', '永强',
  '凤英', '新民', '美玲', '卫国', '晨曦', '天佑', '若溪', '诗琪', '健', '敏', '磊', '婷', '勇', '静', '军', '霞', '鹏', '洁',
];
/** Region codes of the fictional 示例市: province code 19 does not exist (GB/T 2260). */
const ID_REGIONS = ['190102', '190103', '190104', '190105', '190111', '190121'];
export const DISTRICTS = ['中心区', '滨江区', '新城区', '高新区', '北山区', '经济开发区'];
export const ROADS = ['建设路', '人民大道', '滨江路', '解放路', '文化路', '东风路', '新华街', '光明路', '长江路', '和平路', '迎宾大道', '学府路', '工业大道', '青年路'];
const MOBILE_PREFIXES = ['138', '139', '135', '136', '137', '150', '151', '158', '186', '187', '189', '177'];

/** Organisations by applicant column, with the 统一社会信用代码 prefix of their registering body. */
const ORGS: Record<Exclude<ApplicantType, 'natural_person'>, { prefix: string; names: string[] }> = {
  commercial: {
    prefix: '91',
    names: ['示例市宏达物流有限公司', '示例市安顺汽车运输有限公司', '示例市明远保险公估有限公司', '示例市锦程房地产开发有限公司', '示例市恒通驾驶员培训有限公司', '示例市瑞丰二手车交易市场有限公司', '示例市诚信保安服务有限公司', '示例市新启点教育咨询有限公司'],
  },
  legal_services: { prefix: '31', names: ['示例市正衡律师事务所', '示例市明法律师事务所', '示例市立信律师事务所', '示例市中和律师事务所', '示例市公道律师事务所'] },
  research: { prefix: '12', names: ['示例大学交通运输研究所', '示例市社会科学院法学研究所', '示例师范大学教育发展研究中心'] },
  public_welfare: { prefix: '52', names: ['示例市绿色出行公益服务中心', '示例市青少年权益保护公益服务中心', '示例市助残公益服务中心'] },
  other_org: { prefix: '51', names: ['示例市出租汽车行业协会', '示例市物业管理协会', '示例市民办教育协会'] },
};

/** A fictional personal name. */
export function personName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN);
}

/** A 居民身份证号码 of the fictional region with a valid check digit, born 1950–2004. */
export function residentId(rng: Rng): string {
  const birth = `${rng.int(1950, 2004)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
  const first17 = `${rng.pick(ID_REGIONS)}${birth}${rng.digits(3)}`;
  return first17 + residentIdCheckChar(first17);
}

/** A mobile number like 13800001234. */
export function mobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
}

/** A postal address in 示例市 and its (invented) postal code. */
export function address(rng: Rng): { address: string; postalCode: string } {
  const street = `示例市${rng.pick(DISTRICTS)}${rng.pick(ROADS)}${rng.int(1, 299)}号`;
  const home = rng.chance(0.7) ? `${rng.int(1, 28)}栋${rng.int(1, 4)}单元${rng.int(1, 30)}0${rng.int(1, 4)}室` : '';
  return { address: street + home, postalCode: `190${rng.digits(3)}` };
}

function newPerson(rng: Rng): DemoApplicant {
  const where = address(rng);
  return {
    applicantType: 'natural_person', applicantName: personName(rng), idType: 'resident_id', idNumber: residentId(rng),
    orgCode: null, contactPerson: null, phone: mobile(rng), email: rng.chance(0.5) ? `sq${rng.digits(6)}@example.com` : null, ...where,
  };
}

function newOrg(rng: Rng, type: Exclude<ApplicantType, 'natural_person'>, index: number): DemoApplicant {
  const o = ORGS[type];
  const name = o.names[index % o.names.length] ?? '';
  return {
    applicantType: type, applicantName: name, idType: null, idNumber: null,
    orgCode: demoUscc(o.prefix, `MA${String(index).padStart(2, '0')}${rng.digits(5)}`), contactPerson: personName(rng),
    phone: rng.chance(0.5) ? mobile(rng) : `0990-${rng.int(6, 8)}${rng.digits(6)}`, email: `gk${rng.digits(5)}@example.com`, ...address(rng),
  };
}

/** Draws applicants; a person or organisation already drawn comes back now and then. */
export class ApplicantPool {
  readonly #rng: Rng;
  readonly #seen: DemoApplicant[] = [];
  readonly #orgs = new Map<string, DemoApplicant>();

  constructor(rng: Rng) {
    this.#rng = rng;
  }

  /** An applicant of `type`: a returning one about one time in eight for persons. */
  draw(type: ApplicantType): DemoApplicant {
    const rng = this.#rng;
    if (type === 'natural_person') {
      const back = this.#seen.length > 10 && rng.chance(0.12);
      const p = back ? rng.pick(this.#seen) : newPerson(rng);
      if (!back) this.#seen.push(p);
      return p;
    }
    const index = rng.int(0, ORGS[type].names.length - 1);
    const key = `${type}:${index}`;
    const org = this.#orgs.get(key) ?? newOrg(rng, type, index);
    this.#orgs.set(key, org);
    return org;
  }
}
