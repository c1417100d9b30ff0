/**
 * What people ask 示例市教育局 for, grouped by the outcome such a request typically gets. Placeholders
 * ({school}, {district}, {year}, {date}, {company}) are filled per application.
 */
import type { RequestTemplate } from './requests-catalog.ts';

const BASIC = '基础教育科';

/** Education requests by outcome code (and 'bulk' / 'vague' for fee and 补正 scenarios). */
export const EDUCATION_REQUESTS: Record<string, RequestTemplate[]> = {
  disclose: [
    { title: '{year}年示例市义务教育阶段学区划分方案', dept: BASIC, description: '请提供{year}年{district}公办小学、初中的学区划分方案及划分依据。', purpose: '子女入学' },
    { title: '{year}年示例市普通高中招生计划', dept: BASIC, description: '请提供{year}年全市普通高中各校招生计划人数及指标到校分配方案。', purpose: '了解升学政策' },
    { title: '{year}年中小学教师公开招聘拟聘用人员名单', dept: '办公室', description: '请提供{year}年全市中小学教师公开招聘的考试成绩排名和拟聘用人员名单。', purpose: '核对招聘结果' },
    { title: '民办学校审批结果：{school}设立审批', dept: BASIC, description: '请提供{school}的设立审批决定及办学许可证核发情况。', purpose: '选择学校' },
    { title: '{year}年学生资助资金分配情况', dept: '学生资助管理中心', description: '请提供{year}年全市学生资助资金的预算安排和分配结果。', purpose: '了解资助政策落实' },
    { title: '中等职业学校收费标准', dept: '职业教育与成人教育科', description: '请提供全市中等职业学校现行学费、住宿费收费标准及批准文件。', purpose: '了解收费' },
    { title: '{year}年义务教育入学政策（随迁子女）', dept: BASIC, description: '请提供{year}年进城务工人员随迁子女接受义务教育的入学条件和所需材料。', purpose: '子女入学' },
  ],
  partial: [
    { title: '{year}年家庭经济困难学生资助名单', dept: '学生资助管理中心', description: '请提供{year}年{school}获得国家助学金的学生名单及资助金额。', purpose: '监督资助公平' },
    { title: '{school}办学许可证及年检材料', dept: BASIC, description: '请提供{school}的办学许可证、近三年年检结论及整改材料。', purpose: '了解学校资质' },
  ],
  withhold_third_party: [
    { title: '某教师的年度考核材料', dept: '办公室', description: '请提供{school}某班主任教师{year}年度的考核登记表及考核结果。', purpose: '了解教师情况' },
  ],
  withhold_internal_affairs: [
    { title: '示例市教育局机关考勤管理办法', dept: '办公室', description: '请提供本局机关工作人员考勤和请休假管理办法。', purpose: '了解机关管理' },
  ],
  withhold_process_info: [
    { title: '学区调整方案的征求意见稿及讨论记录', dept: BASIC, description: '请提供{district}学区调整方案形成过程中的征求意见稿、局务会讨论记录。', purpose: '了解决策过程' },
  ],
  unable_not_held: [
    { title: '{school}食堂承包合同', dept: BASIC, description: '请提供{school}食堂对外承包的合同及承包费用。', purpose: '了解学生餐费', reason: '经检索，本机关未制作或者获取您申请的政府信息。学校食堂承包合同由学校自行签订和保存，建议您向该校咨询。' },
    { title: '{district}新建小区配套学校规划用地信息', dept: BASIC, description: '请提供{district}某新建小区配套学校的规划用地红线图。', purpose: '购房参考', reason: '经检索，本机关未制作或者获取您申请的政府信息。建设用地规划信息由自然资源和规划部门掌握，建议您向示例市自然资源和规划局咨询。' },
    { title: '校外培训机构消防验收材料', dept: '职业教育与成人教育科', description: '请提供{company}培训场所的消防验收合格材料。', purpose: '了解培训场所安全', reason: '经检索，本机关未制作或者获取您申请的政府信息。消防验收由消防救援机构负责，建议您向示例市消防救援支队咨询。' },
  ],
  unable_needs_creation: [
    { title: '近五年各中学升学率排名', dept: BASIC, description: '请按学校统计近五年各初中升入重点高中的比例并排名。', purpose: '择校参考' },
  ],
  unable_still_unclear: [
    { title: '教育方面的文件', dept: '办公室', description: '请提供教育方面的相关文件。', purpose: '了解政策' },
  ],
  reject_petition: [
    { title: '投诉{school}违规有偿补课', dept: BASIC, description: '反映{school}教师组织学生有偿补课，要求教育局查处并答复处理结果。', purpose: '维护学生权益' },
    { title: '要求处理孩子在校受伤事件', dept: BASIC, description: '孩子于{date}在{school}体育课受伤，学校处理不当，要求教育局责令学校赔偿并答复。', purpose: '维护权益' },
  ],
  reject_publication: [
    { title: '《示例市教育年鉴（{year}）》', dept: '办公室', description: '请提供《示例市教育年鉴（{year}）》。', purpose: '资料查阅' },
  ],
  reject_confirm: [
    { title: '确认已取得的招生文件真实性', dept: BASIC, description: '本人已从网上下载{year}年招生文件，要求贵局确认与原件一致并加盖公章。', purpose: '向学校出示' },
  ],
  other: [
    { title: '咨询学籍转出办理手续', dept: BASIC, description: '孩子需转学到外省，想了解学籍转出需要哪些手续。', purpose: '办理转学' },
  ],
  bulk: [
    { title: '{year}年全市中小学校舍安全检查报告', dept: BASIC, description: '请提供{year}年全市中小学校舍安全检查报告（纸质复印件）。', purpose: '课题研究' },
  ],
  vague: [
    { title: '孩子上学的有关规定', dept: BASIC, description: '请提供孩子上学的有关规定。', purpose: '了解政策' },
  ],
};
