/**
 * A synthetic disclosure catalog for the search benchmark: titles, summaries and bodies built from
 * government phrases (a few very common, most rarer: log-uniform ranks) and 2,000 place names
 * (each in about one item in a thousand), deterministic for a seed.
 */

const PHRASES = `信息公开 政府信息 依申请公开 主动公开 户口迁移 居民身份证 出入境 交通违法 行政许可 行政处罚 办理指南
实施意见 工作报告 年度报告 财政预算 部门决算 政府采购 人事任免 安全生产 环境保护 食品安全 社会保障 医疗保险 养老服务
就业创业 住房保障 城乡规划 消防安全 治安管理 户籍管理 签证 护照 港澳通行证 驾驶证 机动车登记 网上办理 办事窗口 受理
审核 申请材料 申请人 办理时限 工作日 收费标准 法律依据 咨询电话 关于 进一步 加强 做好 工作 有关事项 根据 按照 规定
要求 切实 全面推进 贯彻落实 深化改革 优化营商环境 便民服务 人民群众 市场主体 公安机关 派出所 交警大队 出入境管理
身份证明 户口簿 结婚证 出生医学证明 准迁证 随迁人员 积分落户 人才引进 投靠亲属 学生入学 毕业生 退役军人 流动人口
居住证 暂住登记 电子证照 一网通办 最多跑一次 数据共享 统计数据 监督检查 执法检查 专项整治 违法行为 罚款 警告 暂扣
吊销 信用修复 行政复议 行政诉讼 投诉举报 政策解读 新闻发布 重要会议 领导讲话 通知公告 规范性文件 机构职能 权责清单
公共服务 应急管理 突发事件 防汛抗旱 道路交通 交通事故 酒驾醉驾 超速行驶 闯红灯 违法停车 电子监控 车辆年检 号牌
检验合格 保险凭证 网上预约 现场办理 邮寄送达 证件领取 照片采集 指纹信息 加急办理 受理回执 办理进度 查询服务
不予受理 补正材料 告知书 决定书 送达 公示 听证 批复 报告 请示 纪要 第一季度 第二季度 上半年 全年 市人民政府
区人民政府 市公安局 县公安局 办公室 法制科 户政科 治安支队 交通警察支队 民生实事 重点项目 资金使用 绩效评价
审计整改 社会组织 志愿服务 平安建设 扫黑除恶 反诈宣传 电信网络诈骗 网络安全 个人信息保护 保密审查 档案管理
危险化学品 烟花爆竹 大型活动 安全许可 保安服务 典当行业 旅馆业 公章刻制 枪支管理 犬只管理 校园安全 护学岗
见义勇为 表彰奖励 警务公开 警民恳谈 社区民警 网格化管理 矛盾纠纷 调解 信访事项 复查 复核 赔偿 国家赔偿 听证会`
  .split(/\s+/).filter(Boolean);

const NAME_CHARS = '鼓楼台江仓山晋安马尾长乐闽侯连江罗源闽清永泰平潭福清榕城东湖西湖温泉屏山乌山于山金山洪山五四六一八一华林湖东杨桥工业铜盘梅峰白马南门北门象园新店岳峰王庄鳌峰';
const NAME_SUFFIXES = ['路', '街', '社区', '村', '镇', '小区', '大道', '巷', '派出所'];
const KINDS = ['通知', '公告', '通报', '办理指南', '实施意见', '工作报告', '决定', '批复'];
const PUNCT = ['，', '，', '、', '；'];

/** mulberry32: a small deterministic generator of [0, 1). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The text and metadata of one synthetic item. */
export interface CorpusItem {
  title: string;
  summary: string;
  body: string;
  docNumber: string;
  publishedOn: string;
  article20: number;
  validity: string;
}

/** A deterministic catalog: `item(i)` and `queryTerms(length, count)`. */
export function corpus(seed = 20260302): { item: (i: number) => CorpusItem; queryTerms: (length: number, count: number) => string[] } {
  const rnd = generator(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const places: string[] = [];
  while (places.length < 2000) {
    const name = `${NAME_CHARS[int(NAME_CHARS.length)]}${NAME_CHARS[int(NAME_CHARS.length)]}${NAME_SUFFIXES[int(NAME_SUFFIXES.length)]}`;
    if (!places.includes(name)) places.push(name);
  }
  // Log-uniform rank: the first phrases come in nearly every item, the last in a few percent.
  const phrase = () => PHRASES[Math.floor(Math.pow(PHRASES.length, rnd())) - 1] as string;
  const place = () => places[int(places.length)] as string;
  const sentence = (n: number) => {
    let s = '';
    for (let k = 0; k < n; k++) s += (k > 0 && rnd() < 0.3 ? PUNCT[int(PUNCT.length)] : '') + (rnd() < 0.04 ? place() : phrase());
    return `${s}。`;
  };
  const item = (i: number): CorpusItem => {
    const year = 2015 + int(11);
    let body = `${place()}${sentence(4)}`;
    while (body.length < 380 + int(240)) body += sentence(5 + int(6));
    return {
      title: `关于${rnd() < 0.5 ? place() : ''}${phrase()}${phrase()}的${KINDS[int(KINDS.length)]}`,
      summary: sentence(4 + int(4)),
      body,
      docNumber: `示公${['通', '发', '函'][int(3)]}〔${year}〕${1 + (i % 997)}号`,
      publishedOn: `${year}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`,
      article20: 1 + int(15),
      validity: rnd() < 0.9 ? '有效' : '失效',
    };
  };
  /** Real terms: substrings of a phrase (half) or a place name (half) of at least `length` characters. */
  const queryTerms = (length: number, count: number): string[] => {
    const q = generator(seed + length);
    const pool = [PHRASES.filter((p) => p.length >= length), places.filter((p) => p.length >= length)];
    return Array.from({ length: count }, (_, k) => {
      const from = pool[k % 2] as string[];
      const w = from[Math.floor(q() * from.length)] as string;
      const at = Math.floor(q() * (w.length - length + 1));
      return w.slice(at, at + length);
    });
  };
  return { item, queryTerms };
}
