/** The catalog item form (metadata, 第二十条 category, body), shared by new and edit pages. */
import { ARTICLE20, REGULATION_KINDS, VALIDITIES } from '../../domain/catalog/article20.ts';
import type { Department } from '../../db/repositories/agencies.ts';
import { Select, TextArea, TextField } from '../views/fields.tsx';
import type { Errors, Values } from '../views/fields.tsx';

export function ItemFields(props: { values: Values; errors: Errors; departments: Department[]; columns: { id: number; label: string }[] }) {
  const v = props.values;
  const e = props.errors;
  return (
    <>
      <fieldset>
        <legend>目录信息</legend>
        <TextField name="title" label="名称" values={v} errors={e} required maxlength={200} />
        <TextArea name="summary" label="内容概述" values={v} errors={e} rows={2} maxlength={500} />
        <TextField name="topic" label="主题分类" values={v} errors={e} maxlength={100} hint="如：综合政务\政务公开；公安、安全、司法\公安" />
        <Select name="columnId" label="组配分类" values={v} errors={e} blank="（未归类）" options={props.columns.map((c) => ({ code: c.id, label: c.label }))} />
        <TextField name="publisher" label="发布机构" values={v} errors={e} required maxlength={100} hint="使用机关全称，不用简称" />
        <TextField name="docNumber" label="文号" values={v} errors={e} maxlength={100} hint="如：示公通〔2026〕12号" />
        <TextField name="writtenOn" label="成文日期" type="date" values={v} errors={e} />
        <TextField name="formedOn" label="信息形成或变更日期" type="date" values={v} errors={e} hint="第二十六条：应自形成或变更之日起20个工作日内公开；留空则同成文日期" />
        <Select name="validity" label="有效性" values={v} errors={e} options={VALIDITIES.map((x) => ({ code: x, label: x }))} />
        <TextField name="validityChangedOn" label="失效或废止日期" type="date" values={v} errors={e} />
        <Select name="disclosureScope" label="公开范围" values={v} errors={e} options={[{ code: '面向社会', label: '面向社会' }, { code: '面向特定对象', label: '面向特定对象' }]} />
        <TextField name="keywords" label="关键词" values={v} errors={e} maxlength={200} />
        <Select name="departmentId" label="所属部门" values={v} errors={e} blank="（无）" options={props.departments.map((d) => ({ code: d.id, label: d.name }))} />
      </fieldset>
      <fieldset>
        <legend>第二十条类别（用于年度报告第二部分）</legend>
        <Select name="article20" label="类别" values={v} errors={e} blank="（不属于或未分类）" options={ARTICLE20.map((a) => ({ code: a.n, label: a.label }))} />
        <Select name="regulationKind" label="第（一）项的文件类型" values={v} errors={e} blank="（不适用）" options={REGULATION_KINDS.map((k) => ({ code: k, label: k }))} />
        <TextField name="abolishedOn" label="废止日期（第（一）项文件）" type="date" values={v} errors={e} />
      </fieldset>
      <fieldset>
        <legend>正文</legend>
        <TextArea name="bodyHtml" label="正文（可使用段落、表格、链接等基本格式；脚本和样式会被移除）" values={v} errors={e} rows={14} />
      </fieldset>
    </>
  );
}
