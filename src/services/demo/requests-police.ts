/**
 * What people ask 示例市公安局 for, grouped by the outcome such a request typically gets. Placeholders
 * ({road}, {road2}, {district}, {year}, {date}, {company}) are filled per application.
 */
import type { RequestTemplate } from './requests-catalog.ts';

const TRAFFIC = '交警大队';

/** Police requests by outcome code. */
export const POLICE_REQUESTS: Record<string, RequestTemplate[]> = {
  disclose: [
    { title: '{road}与{road2}交叉口电子监控设备设置依据', dept: TRAFFIC, description: '请提供{road}与{road2}交叉口闯红灯、违法停车电子监控设备的设置依据、设置时间及向社会公告的情况。', purpose: '了解路口监控设置是否符合规定' },
    { title: '{year}年度示例市道路交通事故统计数据', dept: TRAFFIC, description: '请提供{year}年度本市道路交通事故起数、死亡人数、受伤人数及直接财产损失的统计数据。', purpose: '学术研究' },
    { title: '关于{road}部分路段禁止货车通行的通告', dept: TRAFFIC, doc: '示公交〔{year}〕{n}号', description: '请提供示例市公安局交警部门关于{road}部分路段禁止货车通行的通告全文，包括限行时段和限行车型。', purpose: '企业运输路线安排' },
    { title: '{road}路段限速标准设定依据', dept: TRAFFIC, description: '请提供{district}{road}路段最高限速设定为每小时40公里的依据和论证结论。', purpose: '了解限速依据' },
    { title: '户籍迁移（投靠落户）办理依据及所需材料', dept: '户政管理支队', description: '请提供本市办理夫妻投靠、父母投靠子女户籍迁移的政策文件、办理条件和所需材料清单。', purpose: '为家人办理落户' },
    { title: '居住证办理条件及流程的规范性文件', dept: '户政管理支队', description: '请提供本市居住证申领条件、办理流程和办理时限的规范性文件。', purpose: '办理居住证' },
    { title: '{year}年出入境证件办理数量统计', dept: '出入境管理支队', description: '请提供{year}年本局受理普通护照、往来港澳通行证、往来台湾通行证的申请数量统计。', purpose: '研究出境旅游趋势' },
    { title: '行政许可办理结果：{company}剧毒化学品购买许可', dept: '治安大队', description: '请提供{company}申请剧毒化学品购买许可证的审批结果（许可决定书编号、许可日期、有效期）。', purpose: '核实合作方资质' },
    { title: '{year}年度行政处罚案件数量统计', dept: '法制大队', description: '请提供本局{year}年度作出行政处罚决定的案件数量，按处罚种类分列。', purpose: '法治政府建设研究' },
    { title: '{district}{year}年刑事案件立案数量统计', dept: '刑警大队', description: '请提供{district}{year}年盗窃、诈骗类刑事案件立案数量的统计数据。', purpose: '社区安全研究' },
    { title: '{year}年电信网络诈骗案件发案情况通报', dept: '刑警大队', description: '请提供本局{year}年发布的电信网络诈骗案件发案情况通报及典型案例。', purpose: '开展社区反诈宣传' },
    { title: '{year}年刑事案件悬赏通告及奖励发放情况', dept: '刑警大队', description: '请提供本局{year}年发布的刑事案件悬赏通告，以及悬赏奖励的发放情况。', purpose: '了解悬赏制度执行情况' },
    { title: '示例市养犬登记办理流程及收费依据', dept: '治安大队', description: '请提供本市养犬登记的办理流程、所需材料和收费标准的依据文件。', purpose: '办理养犬登记' },
    { title: '互联网上网服务营业场所信息网络安全审核办理结果', dept: '网络安全保卫支队', description: '请提供{road}某网吧信息网络安全审核的办理结果及审核日期。', purpose: '了解经营场所合规情况' },
    { title: '示例市公安局行政权力清单和责任清单', dept: '法制大队', description: '请提供本局现行有效的行政权力清单和责任清单。', purpose: '了解办事依据' },
  ],
  partial: [
    { title: '{date}{road}交通事故认定书', dept: TRAFFIC, description: '本人系{date}在{road}发生交通事故一方的家属，请提供该起事故的道路交通事故认定书及现场图。', purpose: '办理保险理赔' },
    { title: '{date}本人报警的110接处警记录', dept: '指挥中心', description: '本人于{date}晚拨打110报警称邻居噪音扰民，请提供该次报警的接处警记录（含出警时间、处置结果）。', purpose: '民事诉讼举证' },
    { title: '{company}被行政处罚的处罚决定书', dept: '法制大队', description: '请提供{year}年本局对{company}作出的行政处罚决定书。', purpose: '商业合作尽职调查' },
    { title: '{road}道路监控设置及验收材料', dept: TRAFFIC, description: '请提供{road}新增电子警察的设置论证、招标结果及验收报告。', purpose: '了解公共资金使用情况' },
    { title: '{year}年度治安处罚决定书（涉及本人）', dept: '治安大队', description: '请提供{year}年本局对本人作出的治安管理处罚决定书。', purpose: '申请行政复议' },
  ],
  withhold_state_secret: [
    { title: '示例市{year}年重大活动安保工作方案', dept: '指挥中心', description: '请提供本市{year}年大型活动期间的安保工作方案和警力部署安排。', purpose: '了解安保安排' },
  ],
  withhold_law_prohibited: [
    { title: '{date}{district}刑事案件的证人证言', dept: '刑警大队', description: '请提供{date}{district}发生的一起盗窃案件侦查卷宗中的证人证言和现场勘验笔录。', purpose: '了解案件情况' },
    { title: '未成年人违法记录（{district}）', dept: '治安大队', description: '请提供{district}某中学学生{year}年被处理的违法记录。', purpose: '了解孩子同学情况' },
  ],
  withhold_three_security: [
    { title: '看守所监控点位分布图', dept: '指挥中心', description: '请提供示例市看守所视频监控点位分布图和值守安排。', purpose: '了解监管安全' },
    { title: '示例市公安局巡逻防控警力部署及巡逻路线', dept: '指挥中心', description: '请提供{district}夜间巡逻防控的警力部署及巡逻路线图。', purpose: '了解治安巡逻情况' },
  ],
  withhold_third_party: [
    { title: '邻居的户籍登记信息', dept: '户政管理支队', description: '请提供{district}{road}某小区邻居的户籍登记信息（姓名、身份证号码、户籍地址）。', purpose: '解决邻里纠纷' },
    { title: '{company}申请保安服务许可的申请材料', dept: '治安大队', description: '请提供{company}申请保安服务许可证时提交的全部申请材料，包括财务报表。', purpose: '商业竞争分析' },
  ],
  withhold_internal_affairs: [
    { title: '示例市公安局机关公务用车管理规定', dept: '办公室（政务公开科）', description: '请提供本局机关内部公务用车管理规定和车辆使用登记制度。', purpose: '监督公车使用' },
    { title: '民警绩效考核实施细则', dept: '办公室（政务公开科）', description: '请提供本局民警年度绩效考核实施细则及考核结果运用办法。', purpose: '了解考核制度' },
  ],
  withhold_process_info: [
    { title: '{road}交通组织优化方案的讨论记录', dept: TRAFFIC, description: '请提供{road}交通组织优化方案研究论证过程中的会议记录、请示报告和征求意见稿。', purpose: '了解决策过程' },
    { title: '拟调整电子警察点位的论证材料', dept: TRAFFIC, description: '请提供{year}年拟调整全市电子警察点位的内部论证材料和局长办公会会议纪要。', purpose: '监督执法设施设置' },
  ],
  withhold_enforcement_file: [
    { title: '{date}本人被行政拘留案件的全部案卷材料', dept: '治安大队', description: '请提供{date}本人被{district}派出所行政拘留一案的全部案卷材料，包括询问笔录、证据材料和审批表。', purpose: '提起行政诉讼' },
    { title: '{company}被查处案件的询问笔录', dept: '治安大队', description: '请提供{year}年{company}被查处一案中的询问笔录和现场检查笔录。', purpose: '维护自身权益' },
  ],
  withhold_query_matter: [
    { title: '本人名下机动车的交通违法处理记录', dept: TRAFFIC, description: '请提供本人名下小型汽车{year}年以来的全部交通违法记录和处理情况。', purpose: '核对违法记录' },
    { title: '本人的出入境记录', dept: '出入境管理支队', description: '请提供本人{year}年以来的出入境记录。', purpose: '办理签证' },
    { title: '本人户籍档案中的历次变更记录', dept: '户政管理支队', description: '请提供本人户籍档案中姓名变更、户口迁移的历次记录。', purpose: '办理房产继承' },
  ],
  unable_not_held: [
    { title: '{road}沿街商铺的营业执照信息', dept: '办公室（政务公开科）', description: '请提供{road}沿街商铺的营业执照登记信息。', purpose: '了解经营情况', reason: '经检索，本机关未制作或者获取您申请的政府信息。营业执照登记信息由市场监督管理部门掌握，建议您向示例市市场监督管理局咨询。' },
    { title: '{district}某地块土地出让合同', dept: '办公室（政务公开科）', description: '请提供{district}{road}东侧地块的国有土地使用权出让合同。', purpose: '了解土地用途', reason: '经检索，本机关未制作或者获取您申请的政府信息。土地出让合同由自然资源主管部门掌握，建议您向示例市自然资源和规划局咨询。' },
    { title: '{date}{road}路口监控录像', dept: TRAFFIC, description: '请提供{date}下午{road}路口的道路监控录像。', purpose: '寻找丢失物品', reason: '经检索，该路段监控录像已超过存储期限被自动覆盖，本机关现不掌握您申请的信息。' },
    { title: '{road}公交站台设置依据', dept: TRAFFIC, description: '请提供{road}公交站台迁移的设置依据和审批文件。', purpose: '了解公交站台迁移原因', reason: '经检索，本机关未制作或者获取您申请的政府信息。公交站台设置由交通运输主管部门负责，建议您向示例市交通运输局咨询。' },
    { title: '{district}某小区物业服务合同', dept: '办公室（政务公开科）', description: '请提供{district}某小区的物业服务合同及收费标准备案材料。', purpose: '维护业主权益', reason: '经检索，本机关未制作或者获取您申请的政府信息。物业服务合同备案由住房和城乡建设主管部门负责，建议您向示例市住房和城乡建设局咨询。' },
    { title: '{year}年全市出租车经营权指标分配情况', dept: '办公室（政务公开科）', description: '请提供{year}年全市出租车经营权指标分配方案及分配结果。', purpose: '了解行业政策', reason: '经检索，本机关未制作或者获取您申请的政府信息。出租车经营权管理由交通运输主管部门负责，建议您向示例市交通运输局咨询。' },
    { title: '{date}派出所调解协议', dept: '治安大队', description: '请提供{date}本人与他人在{district}派出所达成的调解协议书。', purpose: '履行协议', reason: '经检索，本机关未查找到您所述的调解协议书。' },
  ],
  unable_needs_creation: [
    { title: '各路口交通违法抓拍数量分类统计表', dept: TRAFFIC, description: '请按路口、车型、月份分类统计{year}年全市各路口电子警察抓拍的交通违法数量，并制成表格。', purpose: '交通研究' },
    { title: '全市各派出所民警年龄结构分析报告', dept: '办公室（政务公开科）', description: '请提供全市各派出所民警的年龄、学历结构分析。', purpose: '课题研究' },
  ],
  unable_still_unclear: [
    { title: '与本人有关的全部文件', dept: '办公室（政务公开科）', description: '请提供公安机关掌握的与本人有关的全部文件。', purpose: '了解情况' },
  ],
  reject_petition: [
    { title: '要求查处{district}派出所民警不作为', dept: '法制大队', description: '本人{date}报警后，{district}派出所民警未及时处理，要求贵局查处相关民警并书面答复处理结果。', purpose: '维护合法权益' },
    { title: '投诉{road}长期违法停车无人管理', dept: TRAFFIC, description: '{road}人行道长期被违法停放车辆占用，多次反映无人处理，要求交警部门处理并答复。', purpose: '改善出行环境' },
    { title: '举报{road}某娱乐场所违法经营', dept: '治安大队', description: '举报{road}某娱乐场所存在违法经营行为，要求公安机关依法查处并告知查处结果。', purpose: '举报违法行为' },
    { title: '要求尽快侦破本人被盗案件并说明进展', dept: '刑警大队', description: '本人电动车于{date}被盗，已报案，要求公安机关尽快破案并告知侦查进展。', purpose: '追回财物' },
  ],
  reject_publication: [
    { title: '《示例市公安年鉴（{year}）》', dept: '办公室（政务公开科）', description: '请提供《示例市公安年鉴（{year}）》全书。', purpose: '资料收藏' },
  ],
  reject_excessive: [
    { title: '{year}年以来全部交通事故认定书', dept: TRAFFIC, description: '请提供{year}年以来本局作出的全部道路交通事故认定书，每份单独提供。', purpose: '未说明' },
  ],
  reject_confirm: [
    { title: '确认已获取的交通事故认定书真实有效', dept: TRAFFIC, description: '本人已取得{date}交通事故认定书复印件，要求贵局确认该复印件与原件一致并重新加盖公章出具。', purpose: '诉讼使用' },
  ],
  other: [
    { title: '咨询驾驶证换证办理流程', dept: TRAFFIC, description: '驾驶证即将到期，想了解换证需要准备哪些材料、在哪里办理。', purpose: '办理换证' },
    { title: '询问{company}法定代表人的联系方式', dept: '办公室（政务公开科）', description: '请提供{company}法定代表人的联系电话。', purpose: '追讨欠款' },
  ],
  bulk: [
    { title: '{year}年度道路交通事故认定书（简易程序除外）汇编', dept: TRAFFIC, description: '请提供{year}年度本局作出的道路交通事故认定书（隐去个人信息），纸质复印件。', purpose: '交通安全研究' },
    { title: '{year}年度治安管理处罚决定书', dept: '治安大队', description: '请提供{year}年度{district}公安分局作出的全部治安管理处罚决定书复印件。', purpose: '法学研究' },
    { title: '{road}改造工程交通组织设计全套图纸', dept: TRAFFIC, description: '请提供{road}改造工程交通组织设计的全套图纸和说明书纸质复印件。', purpose: '沿街商户了解施工影响' },
  ],
  vague: [
    { title: '关于本人的处理材料', dept: '办公室（政务公开科）', description: '请提供你局对本人处理的相关材料。', purpose: '了解情况' },
    { title: '{road}有关文件', dept: TRAFFIC, description: '请提供与{road}有关的文件。', purpose: '了解情况' },
    { title: '交通管理方面的规定', dept: TRAFFIC, description: '请提供交通管理方面的相关规定和材料。', purpose: '学习' },
  ],
};
