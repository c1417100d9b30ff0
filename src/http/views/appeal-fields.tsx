/** The form of a review or litigation record (行政复议、行政诉讼), shared by the new and edit pages. */
import { APPEAL_KINDS, APPEAL_RESULTS } from '../../domain/appeals.ts';
import { Select, TextArea, TextField } from './fields.tsx';
import type { Errors, Values } from './fields.tsx';

export function AppealFields(props: { values: Values; errors: Errors }) {
  const v = props.values;
  const e = props.errors;
  return (
    <>
      <fieldset>
        <legend>案件</legend>
        <Select name="kind" label="类别" values={v} errors={e} required options={APPEAL_KINDS.map((k) => ({ code: k.code, label: k.label }))} hint="复议后又起诉的，另登记一条“行政诉讼（复议后起诉）”" />
        <TextField name="claimant" label="复议申请人或原告" values={v} errors={e} required maxlength={100} hint="个人信息，仅本机关工作人员可见" />
        <TextField name="body" label="复议机关或人民法院" values={v} errors={e} required maxlength={100} hint="如：示例市人民政府；示例市中心区人民法院" />
        <TextField name="receivedOn" label="受理（立案）日期" type="date" values={v} errors={e} hint="复议机关受理或法院立案之日（留空为今天）；年度报告按此日期计入当年" />
        <TextField name="applicationNumber" label="关联申请编号" values={v} errors={e} maxlength={40} hint="因本机关依申请公开答复引起的，填写该申请的编号" />
      </fieldset>
      <fieldset>
        <legend>结果</legend>
        <Select name="result" label="结果" values={v} errors={e} options={APPEAL_RESULTS.map((r) => ({ code: r.code, label: `${r.label}（${r.hint}）` }))} />
        <TextField name="decidedOn" label="审结日期" type="date" values={v} errors={e} hint="复议决定、判决或裁定作出之日；尚未审结的留空" />
        <TextField name="caseNumber" label="案号（决定书、判决书文号）" values={v} errors={e} maxlength={100} hint="如：示政复决〔2025〕12号；（2025）示0102行初15号" />
        <TextArea name="notes" label="备注" values={v} errors={e} rows={3} maxlength={2000} />
      </fieldset>
      {v.version !== undefined ? <input type="hidden" name="version" value={v.version} /> : null}
    </>
  );
}
