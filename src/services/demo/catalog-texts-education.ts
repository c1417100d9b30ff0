/**
 * Texts of 示例市教育局's catalog items: （二） 机构职能, （五） 教师资格认定 and 民办学校 许可, （八） 高中
 * 学费住宿费, （十一） 教育政策措施, （十二） 应急预案 and 预警, （十三） 食品安全检查, （十四） 招考, the
 * yearly report, and 工作动态. Schools, people and numbers are invented.
 */
import type { TextTemplate } from './catalog-texts.ts';
import { DISTRICTS, masked, SCHOOLS, ym } from './catalog-texts.ts';

const T_BASIC = '教育\\基础教育';
const T_AID = '教育\\学生资助';
const T_OPEN = '综合政务\\政务公开';
const PHONE = '0990-6120025';
const SUBJECTS = ['语文', '数学', '英语', '物理', '化学', '道德与法治', '历史', '信息科技', '体育与健康'] as const;

const half = (m: number) => (m <= 7 ? '上半年' : '下半年');
const term = (m: number) => (m <= 7 ? '春季' : '秋季');

/** The classed items of the 教育局 (regulations are in catalog-regulations.ts). */
const CLASSED: readonly TextTemplate[] = [
  {
    key: 'jy_cert_results', article20: 5, topic: T_BASIC, dept: '办公室', schedule: { months: [7, 12] }, days: [2, 20],
    make: ({ rng, y, m }) => {
      const rows = ['幼儿园', '小学', '初级中学', '高级中学', '中等职业学校文化课'].map((s) => `<tr><td>${s}教师资格</td><td>${rng.int(20, m <= 7 ? 260 : 160)}</td></tr>`);
      return {
        title: `示例市${y}年${half(m)}中小学教师资格认定结果公示`,
        summary: `公示${y}年${half(m)}经审查符合条件、准予认定的中小学教师资格人数。`,
        paras: [
          `根据《教师资格条例》及其实施办法，示例市教育局组织完成了${y}年${half(m)}中小学教师资格认定工作，经审查，准予认定人数如下：`,
          `<table><thead><tr><th scope="col">资格种类</th><th scope="col">准予认定人数</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
          `不予认定的${rng.int(2, 15)}名申请人已收到书面通知。证书可通过邮寄或到示例市政务服务中心教育窗口领取，咨询电话：${PHONE}。`,
        ],
        keywords: '教师资格认定,行政许可,公示',
      };
    },
  },
  {
    key: 'jy_school_permit', article20: 5, topic: '教育\\职业教育与成人教育', dept: '职业教育与成人教育科', schedule: { weight: 0.3 },
    make: ({ rng, y }) => {
      const name = `示例市${rng.pick(['启明', '博雅', '星光', '明德', '育英', '致远'])}${rng.pick(['艺术', '体育', '科技', '书法'])}培训学校`;
      const act = rng.pick(['设立', '变更办学地址', '终止办学']);
      return {
        title: `关于${name}${act}的行政许可结果公示（${y}年）`,
        summary: `${name}申请${act}，经审查准予许可。`,
        paras: [
          `${name}向本局申请${act}。经材料审查和实地核查，该校符合《中华人民共和国民办教育促进法》及本市校外培训机构设置标准，本局决定准予许可。`,
          `许可决定书文号：示教许〔${y}〕${rng.int(3, 60)}号。如对公示内容有异议，请于公示之日起5个工作日内向本局职业教育与成人教育科反映，电话：${PHONE}。`,
        ],
        keywords: '民办学校,办学许可,公示',
      };
    },
  },
  {
    key: 'jy_cert_guide', article20: 5, topic: T_BASIC, dept: '办公室', schedule: { months: [3] },
    make: ({ y }) => ({
      title: `中小学教师资格认定办事指南（${y}年）`,
      summary: '教师资格认定的申请条件、材料、时间、地点和流程。',
      paras: [
        '一、设定依据：《中华人民共和国教师法》《教师资格条例》。',
        `二、申请时间：${y}年上半年4月至5月、下半年10月至11月，具体以网上公告为准。申请人通过“中国教师资格网”网上申报。`,
        '三、申请条件：遵守宪法和法律，热爱教育事业，具有良好的思想品德；具备规定的学历；普通话水平达到二级乙等以上；体检合格；通过国家中小学教师资格考试或符合免考条件。',
        '四、办理时限：自受理申请期限终止之日起30日内作出认定结论。认定不收取任何费用。',
      ],
      keywords: '教师资格认定,办事指南',
    }),
  },
  {
    key: 'jy_functions', article20: 2, topic: T_OPEN, dept: '办公室', schedule: { months: [1] }, days: [6, 25],
    make: ({ y }) => ({
      title: `示例市教育局主要职责和内设机构（${y}年更新）`,
      summary: '本局的主要职责、内设机构、办公地址、办公时间和联系方式。',
      paras: [
        '主要职责：贯彻执行国家教育方针政策，统筹规划全市教育事业发展；管理基础教育、职业教育和成人教育；负责教师资格认定和教师队伍建设；负责学生资助工作；指导学校安全、卫生和体育工作。',
        '内设机构：办公室、基础教育科、职业教育与成人教育科、学生资助管理中心。',
        `办公地址：示例市中心区文化路25号；办公时间：工作日上午8:30—12:00，下午14:00—17:30；电话：${PHONE}。`,
      ],
      keywords: '机构职能,联系方式',
    }),
  },
  {
    key: 'jy_aid_notice', article20: 11, topic: T_AID, dept: '学生资助管理中心', schedule: { months: [8] },
    make: ({ y }) => ({
      title: `示例市${y}年秋季学期学生资助政策告知书`,
      summary: '从学前教育到高中阶段的学生资助项目、标准和申请方式。',
      paras: [
        '为确保每一名学生不因家庭经济困难而失学，现将我市学生资助政策告知如下：',
        '一、学前教育：对家庭经济困难幼儿给予保育教育费资助。二、义务教育：免除学杂费、免费提供教科书，对家庭经济困难寄宿生补助生活费。三、普通高中：国家助学金平均资助标准每生每年2000元，对建档立卡等学生免除学杂费。',
        `学生可向就读学校提出申请，咨询电话：${PHONE}（示例市学生资助管理中心）。`,
      ],
      keywords: '学生资助,政策告知',
    }),
  },
  {
    key: 'jy_exam_policy', article20: 11, topic: T_BASIC, dept: '基础教育科', schedule: { months: [5] },
    make: ({ y }) => ({
      title: `示例市${y}年初中学业水平考试和高中阶段学校招生政策问答`,
      summary: `解答${y}年中考科目、分值、志愿填报和录取等考生家长关心的问题。`,
      paras: [
        `问：${y}年中考考哪些科目？答：语文、数学、外语、物理、化学、道德与法治、历史、体育与健康，总分750分。`,
        '问：志愿如何填报？答：考生在成绩公布后网上填报志愿，分提前批、第一批和第二批依次录取。',
        `问：随迁子女能否在本市报考？答：在本市初中就读满三年并取得学籍的随迁子女，可在本市报考普通高中。更多问题请咨询${PHONE}。`,
      ],
      keywords: '中考,招生政策,问答',
    }),
  },
  {
    key: 'jy_aid_result', article20: 11, topic: T_AID, dept: '学生资助管理中心', schedule: { months: [12] },
    make: ({ y, rng }) => ({
      title: `示例市${y}年学生资助资金发放情况公示`,
      summary: `公示${y}年全市各学段学生资助资金的发放人数和金额。`,
      paras: [
        `${y}年，全市共资助各学段学生${rng.int(18000, 26000)}人次，发放资助资金${rng.int(2600, 4200)}万元。`,
        `其中普通高中国家助学金${rng.int(900, 1500)}万元，义务教育家庭经济困难寄宿生生活补助${rng.int(700, 1200)}万元，学前教育资助${rng.int(200, 400)}万元。`,
        '资助资金全部通过银行卡直接发放到学生或监护人账户。如有疑问，请向就读学校或学生资助管理中心反映。',
      ],
      keywords: '学生资助,资金发放',
    }),
  },
  {
    key: 'jy_fees', article20: 8, topic: '财政、金融、审计\\财政', dept: '办公室', schedule: { months: [8] }, days: [1, 15],
    make: ({ y }) => ({
      title: `示例市${y}年秋季学期普通高中学费住宿费收费标准公示`,
      summary: '公示本市公办普通高中学费、住宿费的收费项目、标准和依据。',
      paras: [
        '根据省发展改革委、省财政厅、省教育厅关于普通高中收费的规定，现将本市公办普通高中收费标准公示如下：',
        '<table><thead><tr><th scope="col">项目</th><th scope="col">标准</th></tr></thead><tbody><tr><td>学费（省级示范性高中）</td><td>每生每学期800元</td></tr><tr><td>学费（其他高中）</td><td>每生每学期600元</td></tr><tr><td>住宿费</td><td>每生每学期300—500元</td></tr></tbody></table>',
        `对家庭经济困难学生按规定免除学费。学校不得在公示标准以外收取任何费用。举报电话：${PHONE}，12345。`,
      ],
      keywords: '收费标准,学费,住宿费',
    }),
  },
  {
    key: 'jy_plan', article20: 12, topic: '综合政务\\应急管理', dept: '办公室', schedule: { months: [4] },
    make: ({ y }) => ({
      title: `示例市教育系统突发公共事件应急预案（${y}年修订）`,
      summary: '规定学校安全事故、公共卫生事件和自然灾害的预警、响应和处置。',
      paras: [
        '为提高教育系统应对突发公共事件的能力，保障师生生命安全，依据《中华人民共和国突发事件应对法》，修订本预案。',
        '市教育局成立应急工作领导小组，各学校成立应急处置工作组，建立预警信息接收和停课复课决策机制。',
        '遇红色暴雨、暴雪等预警时，全市中小学校、幼儿园停课，停课期间学校安排人员值守，做好学生安全提醒。',
      ],
      keywords: '应急预案,学校安全',
    }),
  },
  {
    key: 'jy_alert', article20: 12, topic: '综合政务\\应急管理', dept: '办公室', schedule: { weight: 0.35, months: [5, 6, 7, 12, 1] },
    make: ({ m, on }) => ({
      title: `关于${m}月${Number(on.slice(8))}日起${m <= 7 && m >= 5 ? '强降雨' : '低温雨雪'}天气做好学校安全防范的预警通知`,
      summary: '提醒各学校落实值班值守、校舍巡查和学生上下学安全提醒。',
      paras: [
        `据气象部门预报，近日我市将出现${m <= 7 && m >= 5 ? '强降雨' : '低温雨雪冰冻'}天气。各学校要立即开展校舍、围墙、用电设施安全巡查。`,
        '各学校要通过家校群提醒学生上下学注意交通安全，寄宿制学校要落实夜间值班；遇红色预警时按应急预案停课。',
      ],
      keywords: '预警,学校安全',
    }),
  },
  {
    key: 'jy_food_check', article20: 13, topic: T_BASIC, dept: '基础教育科', schedule: { months: [4, 10] },
    make: ({ rng, y, m }) => {
      const n = rng.int(90, 160);
      return {
        title: `${y}年${term(m)}学期全市学校食品安全专项检查情况通报`,
        summary: `市教育局会同市场监管部门检查学校食堂${n}所，发现问题均已整改。`,
        paras: [
          `${y}年${term(m)}学期开学后，市教育局会同市场监管部门对全市${n}所中小学校、幼儿园食堂开展食品安全专项检查。`,
          `检查发现食品留样不规范、从业人员健康证过期等问题${rng.int(12, 40)}个，已责令限期整改并全部复查合格。`,
          '下一步将落实校长（园长）陪餐制度，推进“明厨亮灶”全覆盖。',
        ],
        keywords: '监督检查,食品安全,学校食堂',
      };
    },
  },
  {
    key: 'jy_exam_posts', article20: 14, topic: '劳动、人事、监察\\公务员管理', dept: '办公室', schedule: { months: [3] },
    make: ({ y, rng }) => ({
      title: `示例市教育局${y}年度考试录用公务员职位表`,
      summary: `本局${y}年度计划考试录用公务员${rng.int(2, 4)}名，公布职位、名额和报考条件。`,
      paras: [
        `根据全省${y}年度考试录用公务员公告，本局在基础教育科、学生资助管理中心设置招录职位。`,
        '报考条件：具有大学本科及以上学历，教育学、中国语言文学、财务会计等相关专业；其他条件以全省公告为准。',
      ],
      keywords: '公务员招考,职位表',
    }),
  },
  {
    key: 'jy_exam_hires', article20: 14, topic: '劳动、人事、监察\\公务员管理', dept: '办公室', schedule: { months: [8] },
    make: ({ y, rng }) => ({
      title: `示例市教育局${y}年度考试录用公务员拟录用人员公示`,
      summary: '公示本局拟录用公务员名单，公示期5个工作日。',
      paras: [
        `经考试、体检和考察，拟录用${masked(rng)}（准考证号1191${rng.digits(8)}）、${masked(rng)}（准考证号1191${rng.digits(8)}）为本局公务员。`,
        `公示期5个工作日。如有异议，请向本局办公室反映，电话：${PHONE}。`,
      ],
      keywords: '公务员招考,拟录用',
    }),
  },
  {
    key: 'jy_annual_report', article20: null, topic: T_OPEN, dept: '办公室', schedule: { months: [1] }, days: [12, 26],
    make: ({ y }) => ({
      title: `示例市教育局${y - 1}年政府信息公开工作年度报告`,
      summary: `本局${y - 1}年政府信息公开工作的总体情况和各项数据。`,
      paras: [
        `本报告根据《中华人民共和国政府信息公开条例》编制，统计期限自${y - 1}年1月1日起至${y - 1}年12月31日止。`,
        '全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。',
      ],
      keywords: '年度报告,政府信息公开',
    }),
  },
];

/** 工作动态 of the 教育局. */
const NEWS: readonly TextTemplate[] = [
  { key: 'jy_n_meeting', article20: null, topic: T_BASIC, dept: '办公室', schedule: { weight: 2, months: [2, 3] }, make: ({ y }) => ({
    title: `示例市召开${y}年全市教育工作会议`, summary: `总结${y - 1}年教育工作，部署${y}年重点任务。`,
    paras: [`会议总结了${y - 1}年全市教育工作，部署${y}年扩大优质学位供给、推进“双减”和提升教师队伍素质等重点任务。`, '各区县教育行政部门和市直学校负责人参加会议。'], keywords: '教育工作会议',
  }) },
  { key: 'jy_n_opening', article20: null, topic: T_BASIC, dept: '基础教育科', schedule: { weight: 1.5, months: [2, 3, 8, 9] }, make: ({ y, m }) => ({
    title: `市教育局开展${y}年${term(m)}开学安全大检查`, summary: '对全市学校校舍、消防、食品和校车安全开展检查。',
    paras: ['开学前，市教育局组成检查组，对各区县学校的校舍、消防设施、食堂和校车进行安全检查。', '对发现的隐患建立台账，明确整改责任人和时限，确保开学安全。'], keywords: '开学,安全检查',
  }) },
  { key: 'jy_n_teachers_day', article20: null, topic: T_BASIC, dept: '办公室', schedule: { weight: 2.5, months: [9] }, make: ({ y, rng }) => ({
    title: `示例市庆祝第${y - 1984}个教师节暨表彰大会召开`, summary: `表彰${rng.int(80, 150)}名优秀教师和优秀教育工作者。`,
    paras: ['大会表彰了一批扎根基层、潜心育人的优秀教师、优秀班主任和优秀教育工作者。', '市政府负责同志向全市教师致以节日问候。'], keywords: '教师节,表彰',
  }) },
  { key: 'jy_n_exam', article20: null, topic: T_BASIC, dept: '基础教育科', schedule: { weight: 1.5, months: [6] }, make: ({ y, rng }) => ({
    title: `示例市${y}年中考顺利举行`, summary: `全市${rng.int(28000, 34000)}名考生参加初中学业水平考试。`,
    paras: ['全市共设考点24个，考试期间各考点秩序良好。', '公安、交通、卫生等部门协同做好考点周边交通疏导、医疗保障等服务。'], keywords: '中考',
  }) },
  { key: 'jy_n_research', article20: null, topic: T_BASIC, dept: '基础教育科', schedule: { weight: 1.2 }, make: ({ rng, y, m }) => {
    const s = rng.pick(SCHOOLS);
    const subj = rng.pick(SUBJECTS);
    return {
      title: `${s}承办${ym(y, m)}全市${subj}学科教研活动`, summary: `围绕新课标开展${subj}学科课堂展示和研讨。`,
      paras: [`活动中，${rng.int(3, 6)}名青年教师进行了${subj}课堂教学展示，与会教师围绕新课程标准下的大单元教学开展研讨。`, `全市${rng.int(80, 200)}名${subj}教师参加活动。`], keywords: `教研,${subj}`,
    };
  } },
  { key: 'jy_n_swim', article20: null, topic: T_BASIC, dept: '基础教育科', schedule: { weight: 1.2, months: [5, 6, 7] }, make: ({ y }) => ({
    title: `市教育局部署${y}年预防中小学生溺水工作`, summary: '开展防溺水专题教育，向家长推送安全提醒。',
    paras: ['各学校要在放假前开展防溺水专题教育，落实“六不”要求。', '通过家校群向家长推送安全提醒，强化假期监护责任。'], keywords: '防溺水,安全教育',
  }) },
  { key: 'jy_n_supervise', article20: null, topic: T_BASIC, dept: '基础教育科', schedule: { weight: 0.8 }, make: ({ rng, y }) => {
    const d = rng.pick(DISTRICTS);
    return {
      title: `市教育局对${d}开展义务教育优质均衡发展督导检查（${y}年）`, summary: `督导组实地查看${d}义务教育学校办学条件。`,
      paras: [`督导组深入${d}${rng.int(6, 15)}所中小学校，查看办学条件，查阅资料，召开座谈会。`, '针对发现的大班额、音体美教师不足等问题，督导组提出了整改意见。'], keywords: '教育督导,均衡发展',
    };
  } },
  { key: 'jy_n_afterschool', article20: null, topic: T_BASIC, dept: '基础教育科', schedule: { weight: 0.7 }, make: ({ rng, y, m }) => ({
    title: `${ym(y, m)}全市中小学课后服务开展情况`, summary: `课后服务实现义务教育学校全覆盖，学生参与率达到${rng.int(86, 97)}%。`,
    paras: ['全市义务教育学校全部开展课后服务，开设体育、艺术、科普等特色课程。', '课后服务费用按照成本补偿原则收取，家庭经济困难学生免费。'], keywords: '课后服务,双减',
  }) },
];

/** Every template of the 教育局. */
export const EDUCATION_TEMPLATES: readonly TextTemplate[] = [...CLASSED, ...NEWS];
