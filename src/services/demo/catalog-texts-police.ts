/**
 * Texts of 示例市公安局's catalog items by 第二十条 class: （二） 机构职能, （五） 行政许可 办理结果 and
 * 依据, （六） 行政处罚决定, （八） 收费, （十二） 应急预案 and 预警, （十三） 监督检查, （十四） 招考, and
 * the yearly 政府信息公开工作年度报告. Companies, people and numbers are invented.
 */
import { demoUscc } from './accounts.ts';
import type { TextTemplate } from './catalog-texts.ts';
import { cnDate, company, DISTRICTS, masked, quarterName, ym } from './catalog-texts.ts';

const T_POLICE = '公安、安全、司法\\公安';
const T_SAFETY = '市场监管、安全生产监管\\安全生产监管';
const T_EMERGENCY = '综合政务\\应急管理';
const T_OPEN = '综合政务\\政务公开';
const CONTACT = '如对公示内容有异议，请自公示之日起7个工作日内向示例市公安局法制大队反映（地址：示例市中心区建设路110号，电话：0990-6110110）。';
const REMEDY = '当事人如不服本决定，可以在收到决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。';

const PERMITS = [
  { name: '旅馆业特种行业许可证核发', basis: '《旅馆业治安管理办法》', dept: '治安大队', days: 20 },
  { name: '公章刻制业特种行业许可证核发', basis: '《国务院对确需保留的行政审批项目设定行政许可的决定》', dept: '治安大队', days: 20 },
  { name: '大型群众性活动安全许可', basis: '《大型群众性活动安全管理条例》', dept: '治安大队', days: 7 },
  { name: '烟花爆竹道路运输许可', basis: '《烟花爆竹安全管理条例》', dept: '治安大队', days: 3 },
  { name: '剧毒化学品购买许可证核发', basis: '《危险化学品安全管理条例》', dept: '治安大队', days: 3 },
  { name: '保安培训单位设立许可', basis: '《保安服务管理条例》', dept: '治安大队', days: 15 },
  { name: '普通护照签发', basis: '《中华人民共和国护照法》', dept: '出入境管理支队', days: 7 },
  { name: '往来港澳通行证及签注签发', basis: '《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》', dept: '出入境管理支队', days: 7 },
  { name: '户口迁移审批', basis: '《中华人民共和国户口登记条例》', dept: '户政管理支队', days: 10 },
] as const;

const VIOLATIONS = [
  { what: '未按规定登记住宿旅客身份信息', trade: '酒店管理', basis: '《旅馆业治安管理办法》《中华人民共和国反恐怖主义法》', abbr: '治', dept: '治安大队', fine: [2000, 10000] },
  { what: '未按规定安装使用闭路电视监控设备', trade: '娱乐', basis: '《娱乐场所管理条例》', abbr: '治', dept: '治安大队', fine: [5000, 20000] },
  { what: '未落实寄递物品收寄验视和实名登记制度', trade: '快递', basis: '《中华人民共和国反恐怖主义法》', abbr: '治', dept: '治安大队', fine: [10000, 50000] },
  { what: '未如实记录剧毒化学品购买单位和数量', trade: '化工', basis: '《危险化学品安全管理条例》', abbr: '治', dept: '治安大队', fine: [10000, 30000] },
  { what: '未落实上网消费者实名登记制度', trade: '网络科技', basis: '《互联网上网服务营业场所管理条例》', abbr: '网安', dept: '网络安全保卫支队', fine: [5000, 15000] },
  { what: '未履行网络安全等级保护义务', trade: '信息技术', basis: '《中华人民共和国网络安全法》', abbr: '网安', dept: '网络安全保卫支队', fine: [10000, 100000] },
  { what: '所属货运车辆多次超载且拒不整改', trade: '物流', basis: '《中华人民共和国道路交通安全法》', abbr: '交', dept: '交警大队', fine: [5000, 20000] },
  { what: '未按规定备案保安员信息', trade: '保安服务', basis: '《保安服务管理条例》', abbr: '治', dept: '治安大队', fine: [2000, 10000] },
] as const;

const num = (n: number): string => n.toLocaleString('en-US').replace(/,/g, '');

/** The classed items of the 公安局 (regulations are in catalog-regulations.ts, news in catalog-news-police.ts). */
export const POLICE_TEMPLATES: readonly TextTemplate[] = [
  {
    key: 'ga_permit_results', article20: 5, topic: T_POLICE, dept: '治安大队', schedule: { every: 'month' }, days: [3, 10],
    make: ({ rng, py, pm }) => {
      const rows = PERMITS.filter((p) => p.dept === '治安大队').map((p) => {
        const yes = rng.int(p.days <= 3 ? 4 : 0, p.days <= 3 ? 25 : 9);
        const no = rng.chance(0.15) ? 1 : 0;
        return `<tr><td>${p.name}</td><td>${yes + no}</td><td>${yes}</td><td>${no}</td></tr>`;
      });
      return {
        title: `示例市公安局${ym(py, pm)}行政许可办理结果公示`,
        summary: `公示本局${ym(py, pm)}办结的特种行业许可、大型群众性活动安全许可及危险物品相关许可事项的办理结果。`,
        paras: [
          `根据《中华人民共和国政府信息公开条例》第二十条第（五）项的规定，现将示例市公安局${ym(py, pm)}行政许可办理结果公示如下：`,
          `<table><thead><tr><th scope="col">许可事项</th><th scope="col">办结件数</th><th scope="col">准予许可</th><th scope="col">不予许可</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
          '不予许可的，本局已依法书面告知申请人理由，并告知其享有依法申请行政复议或者提起行政诉讼的权利。',
          CONTACT,
        ],
        keywords: '行政许可,办理结果,特种行业',
      };
    },
  },
  {
    key: 'ga_permit_guide', article20: 5, topic: T_POLICE, dept: '治安大队', schedule: { weight: 0.6 },
    make: ({ rng, y }) => {
      const p = rng.pick(PERMITS);
      return {
        title: `${p.name}办事指南（${y}年修订）`, dept: p.dept,
        summary: `${p.name}的设定依据、申请条件、申请材料、办理程序、办理时限和收费标准。`,
        paras: [
          `一、设定依据：${p.basis}。`,
          '二、申请条件及材料：申请人应当如实提交申请书、身份证明及有关证明材料，具体清单可在示例市政务服务网“公安”栏目查询下载；材料齐全、符合法定形式的，当场受理。',
          `三、办理程序和时限：受理—审查—决定—送达。本局自受理之日起${p.days}个工作日内作出决定；需要现场核查的，核查时间不计入办理时限。`,
          `四、办理地点：示例市政务服务中心公安窗口（示例市中心区人民大道88号），工作日上午9:00—12:00、下午13:30—17:00。咨询电话：0990-61101${rng.int(10, 99)}。`,
        ],
        keywords: `办事指南,${p.name}`,
      };
    },
  },
  {
    key: 'ga_penalty', article20: 6, topic: T_POLICE, dept: '治安大队', schedule: { weight: 2 },
    make: ({ rng, y, on }) => {
      const v = rng.pick(VIOLATIONS);
      const party = company(rng, v.trade);
      const doc = `示公（${v.abbr}）行罚决字〔${y}〕${String(rng.int(12, 980)).padStart(4, '0')}号`;
      const fine = Math.round(rng.int(v.fine[0], v.fine[1]) / 500) * 500;
      return {
        title: `${party}${v.what}行政处罚决定`, dept: v.dept, docNumber: doc,
        summary: `${party}因${v.what}，被处以罚款人民币${num(fine)}元（${doc}）。`,
        paras: [
          `当事人：${party}，统一社会信用代码：${demoUscc('91', `MA${rng.digits(7)}`)}，法定代表人：${masked(rng)}。`,
          `违法事实：经查，当事人在经营活动中${v.what}。上述事实有现场检查笔录、视听资料、当事人陈述等证据证实。`,
          `处罚依据和内容：依据${v.basis}的有关规定，本局于${cnDate(on)}决定对当事人处以罚款人民币${num(fine)}元，并责令立即改正。作出决定前，本局已依法告知当事人拟作出处罚的事实、理由、依据及其享有的陈述、申辩权利。`,
          `${REMEDY}当事人应当自收到本决定书之日起十五日内到指定银行缴纳罚款。`,
        ],
        keywords: `行政处罚,${v.trade},${v.basis.replace(/[《》]/g, '').slice(0, 12)}`,
      };
    },
  },
  {
    key: 'ga_fees', article20: 8, topic: '财政、金融、审计\\财政', dept: '办公室（政务公开科）', schedule: { months: [1] }, days: [5, 20],
    make: ({ y }) => ({
      title: `示例市公安局${y}年行政事业性收费项目及标准公示`,
      summary: `公示本局${y}年执行的行政事业性收费项目、收费标准及依据，收费一律开具财政票据，全额缴入国库。`,
      paras: [
        '根据国家和省有关行政事业性收费目录清单的规定，现将本局执行的行政事业性收费项目及标准公示如下：',
        '<table><thead><tr><th scope="col">收费项目</th><th scope="col">收费标准</th></tr></thead><tbody><tr><td>居民身份证工本费</td><td>首次申领、到期换领20元/证；丢失补领、损坏换领40元/证</td></tr><tr><td>临时居民身份证工本费</td><td>10元/证</td></tr><tr><td>普通护照工本费</td><td>120元/本</td></tr><tr><td>往来港澳通行证（电子）工本费</td><td>60元/证</td></tr><tr><td>往来港澳签注费</td><td>15元/次</td></tr></tbody></table>',
        '对城乡居民最低生活保障对象等符合国家规定条件的人员，按规定减免相关费用。未列入目录清单的收费项目，一律不得收取。',
        '收费监督电话：0990-6110110（本局），12345（示例市政务服务便民热线）。',
      ],
      keywords: '行政事业性收费,收费标准,目录清单',
    }),
  },
  {
    key: 'ga_functions', article20: 2, topic: T_OPEN, dept: '办公室（政务公开科）', schedule: { months: [1] }, days: [6, 25],
    make: ({ y }) => ({
      title: `示例市公安局主要职责和内设机构（${y}年更新）`,
      summary: '本局的主要职责、内设机构及其职能、办公地址和联系方式。',
      paras: [
        '主要职责：贯彻执行国家和省关于公安工作的方针政策和法律法规；预防、制止和侦查违法犯罪活动；维护社会治安秩序；管理户政、出入境、特种行业和危险物品；维护道路交通安全和秩序；监督管理计算机信息系统安全保护工作；指导全市公安机关业务工作。',
        '内设机构：办公室（政务公开科）、指挥中心、刑警大队、交警大队、出入境管理支队、治安大队、法制大队、户政管理支队、网络安全保卫支队。',
        '办公地址：示例市中心区建设路110号；邮政编码：190002；办公时间：工作日上午8:30—12:00，下午14:00—17:30；值班电话：0990-6110110。',
      ],
      keywords: '机构职能,内设机构,联系方式',
    }),
  },
  {
    key: 'ga_leaders', article20: 2, topic: T_OPEN, dept: '办公室（政务公开科）', schedule: { months: [3] },
    make: ({ y, m }) => ({
      title: `示例市公安局领导信息（${ym(y, m)}更新）`,
      summary: '本局领导成员姓名、职务和分工。',
      paras: [
        '局长：张建国，主持全面工作。',
        '副局长：刘卫东，分管刑警大队、网络安全保卫支队、指挥中心。',
        `副局长：马晓燕，分管治安大队、户政管理支队、出入境管理支队${y >= 2026 ? '、交警大队' : ''}。`,
        `政治部主任：何志${y >= 2026 ? '刚' : '远'}，分管办公室（政务公开科）、法制大队和队伍建设工作。`,
      ],
      keywords: '领导信息,分工',
    }),
  },
  {
    key: 'ga_exam_posts', article20: 14, topic: '劳动、人事、监察\\公务员管理', dept: '办公室（政务公开科）', schedule: { months: [3] },
    make: ({ y, rng }) => {
      const n = rng.int(18, 32);
      return {
        title: `示例市公安局${y}年度考试录用公务员（人民警察）职位表`,
        summary: `本局${y}年度计划考试录用人民警察${n}名，公布招录职位、名额和报考条件。`,
        paras: [
          `根据全省${y}年度考试录用公务员公告，本局计划录用人民警察${n}名，其中刑侦、治安等执法勤务职位${n - 6}名，网络安全、法制等专业职位6名。`,
          '报考条件：具有中华人民共和国国籍，年龄在18周岁以上、30周岁以下（硕士研究生、博士研究生放宽到35周岁以下），具有大学本科及以上学历，身体条件和心理素质符合《公安机关录用人民警察体检项目和标准》及有关规定。',
          '报名时间和方式以全省公务员考试录用公告为准。考生需参加公安专业科目笔试、体能测评、体检和考察，具体安排另行通知。',
        ],
        keywords: '公务员招考,人民警察,职位表',
      };
    },
  },
  {
    key: 'ga_exam_fitness', article20: 14, topic: '劳动、人事、监察\\公务员管理', dept: '办公室（政务公开科）', schedule: { months: [6] },
    make: ({ y, on }) => ({
      title: `示例市公安局${y}年度考试录用人民警察体能测评和体检结果公示`,
      summary: `公示本局${y}年度考试录用人民警察体能测评及体检合格、进入考察环节的人员名单。`,
      paras: [
        `本局于${cnDate(on)}前组织完成了${y}年度考试录用人民警察的体能测评和体检工作。体能测评项目为10米×4往返跑、1000米跑和纵跳摸高，体检按照《公务员录用体检通用标准（试行）》和公安机关特殊标准执行。`,
        '体能测评和体检均合格的人员进入考察环节，名单已在省公务员考试录用网站同步公布，本栏目不再列出考生身份证件号码。',
        CONTACT,
      ],
      keywords: '公务员招考,体能测评,体检',
    }),
  },
  {
    key: 'ga_exam_hires', article20: 14, topic: '劳动、人事、监察\\公务员管理', dept: '办公室（政务公开科）', schedule: { months: [8] },
    make: ({ y, rng }) => {
      const rows = Array.from({ length: 5 }, (_, i) => `<tr><td>${i + 1}</td><td>${masked(rng)}</td><td>${rng.pick(['男', '女'])}</td><td>1191${rng.digits(8)}</td><td>${rng.pick(['执法勤务', '网络安全', '法制'])}</td></tr>`);
      return {
        title: `示例市公安局${y}年度考试录用公务员拟录用人员公示`,
        summary: `公示本局${y}年度考试录用人民警察拟录用人员名单，公示期5个工作日。`,
        paras: [
          `经笔试、面试、体能测评、体检和考察，确定以下人员为示例市公安局${y}年度拟录用人民警察（节选，完整名单见附件）：`,
          `<table><thead><tr><th scope="col">序号</th><th scope="col">姓名</th><th scope="col">性别</th><th scope="col">准考证号</th><th scope="col">职位</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
          '公示期为5个工作日。公示期间如有问题，可通过来信、来电或来访的方式向本局政治部反映，反映问题应实事求是，并提供必要的联系方式。',
        ],
        keywords: '公务员招考,拟录用,公示',
      };
    },
  },
  {
    key: 'ga_inspection', article20: 13, topic: T_SAFETY, dept: '治安大队', schedule: { every: 'quarter' }, days: [5, 20],
    make: ({ rng, qy, q }) => {
      const field = ['旅馆业和娱乐场所', '危险化学品和民用爆炸物品', '寄递物流企业', '大型群众性活动场所'][q - 1] ?? '旅馆业和娱乐场所';
      const units = rng.int(120, 420);
      const risks = rng.int(20, 90);
      return {
        title: `${qy}年${quarterName(q)}全市${field}治安安全检查情况通报`,
        summary: `${qy}年${quarterName(q)}全市公安机关检查${field}${units}家次，发现并督促整改安全隐患${risks}处。`,
        paras: [
          `${qy}年${quarterName(q)}，全市公安机关会同应急管理、市场监管等部门对${field}开展治安安全检查，共检查${units}家次，覆盖${DISTRICTS.length}个区县。`,
          `检查中发现消防通道堵塞、监控设备损坏、台账登记不全等安全隐患${risks}处，已当场整改${risks - rng.int(3, 12)}处，其余已下达限期整改通知书并全部完成复查。`,
          `对拒不整改或者存在违法行为的${rng.int(2, 9)}家单位依法予以行政处罚，处罚决定已按规定公开。`,
          '下一步，本局将持续加强日常监督检查，推动行业场所落实安全主体责任。',
        ],
        keywords: `监督检查,安全隐患,${field}`,
      };
    },
  },
  {
    key: 'ga_plan', article20: 12, topic: T_EMERGENCY, dept: '指挥中心', schedule: { months: [5, 9] },
    make: ({ y, m }) => {
      const what = m === 5 ? '汛期道路交通突发事件' : '大型群众性活动突发事件';
      return {
        title: `示例市公安局${what}应急处置预案（${y}年修订）`,
        summary: `规定本局处置${what}的组织指挥、预警分级、响应程序和保障措施。`,
        paras: [
          `为科学、高效处置${what}，最大限度减少人员伤亡和财产损失，依据《中华人民共和国突发事件应对法》等法律法规，结合本市实际，修订本预案。`,
          '本局成立应急处置指挥部，由局长任总指挥，指挥中心负责日常值守、信息汇总和指令传达，各警种按职责分工开展先期处置、交通管控、现场秩序维护和人员疏散工作。',
          '预警分为四级，分别用红色、橙色、黄色和蓝色标示。接到预警信息后，各单位按照响应级别落实人员、装备和备勤力量，并通过门户网站、政务微博和微信公众号及时向社会发布预警和应对情况。',
          '本预案自发布之日起施行，原预案同时停止执行。',
        ],
        keywords: `应急预案,${what}`,
      };
    },
  },
  {
    key: 'ga_annual_report', article20: null, topic: T_OPEN, dept: '办公室（政务公开科）', schedule: { months: [1] }, days: [12, 26],
    make: ({ y }) => ({
      title: `示例市公安局${y - 1}年政府信息公开工作年度报告`,
      summary: `本局${y - 1}年政府信息公开工作的总体情况、主动公开、依申请公开、行政复议和诉讼、存在问题及改进情况。`,
      paras: [
        `本报告根据《中华人民共和国政府信息公开条例》第四十九条、第五十条的规定编制，所列数据的统计期限自${y - 1}年1月1日起至${y - 1}年12月31日止。`,
        '全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。',
        '本报告电子版可在示例市公安局门户网站政府信息公开专栏查阅下载。如对本报告有疑问，请与本局办公室（政务公开科）联系，电话：0990-6110110。',
      ],
      keywords: '年度报告,政府信息公开',
    }),
  },
];
