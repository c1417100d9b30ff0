/** The fields of an application (第二十九条), shared by the portal form and staff intake. */
import { APPLICANT_TYPES, DELIVERY_METHODS, FORMS_WANTED, ID_TYPES } from '../../domain/applicants.ts';
import { Select, TextArea, TextField } from './fields.tsx';
import type { Errors, Values } from './fields.tsx';

export function ApplicantFields(props: { values: Values; errors: Errors }) {
  const v = props.values;
  const e = props.errors;
  return (
    <>
      <fieldset>
        <legend>申请人信息</legend>
        <Select name="applicantType" label="申请人类型" values={v} errors={e} required blank="请选择"
          options={APPLICANT_TYPES.map((a) => ({ code: a.code, label: a.group === '自然人' ? '自然人' : `法人或其他组织 — ${a.label}` }))} />
        <TextField name="applicantName" label="姓名 / 单位名称" values={v} errors={e} required maxlength={100} />
        <p class="hint">自然人请填写：</p>
        <Select name="idType" label="身份证件类型" values={v} errors={e} options={ID_TYPES} />
        <TextField name="idNumber" label="证件号码" values={v} errors={e} maxlength={40} hint="居民身份证号码为18位，系统会核验校验位" />
        <p class="hint">法人或其他组织请填写：</p>
        <TextField name="orgCode" label="统一社会信用代码" values={v} errors={e} maxlength={18} hint="18位，系统会核验校验位" />
        <TextField name="contactPerson" label="联系人" values={v} errors={e} maxlength={50} />
        <TextField name="phone" label="联系电话" values={v} errors={e} required maxlength={30} />
        <TextField name="email" label="电子邮箱" type="email" values={v} errors={e} maxlength={100} />
        <TextField name="address" label="通信地址" values={v} errors={e} maxlength={200} />
        <TextField name="postalCode" label="邮政编码" values={v} errors={e} maxlength={6} />
      </fieldset>
      <fieldset>
        <legend>所需政府信息</legend>
        <TextField name="infoTitle" label="政府信息的名称" values={v} errors={e} required maxlength={200} />
        <TextField name="infoDocNumber" label="文号" values={v} errors={e} maxlength={100} hint="如知道，请填写，例如：示公通〔2025〕12号" />
        <TextArea name="infoDescription" label="内容描述" values={v} errors={e} required maxlength={2000} hint="请写明便于查找的特征，如时间、地点、事项" />
        <TextArea name="infoPurpose" label="用途（选填）" values={v} errors={e} rows={2} maxlength={500} />
        <Select name="formWanted" label="提供形式" values={v} errors={e} required blank="请选择" options={FORMS_WANTED} />
        <Select name="deliveryWanted" label="获取方式" values={v} errors={e} required blank="请选择" options={DELIVERY_METHODS} />
      </fieldset>
    </>
  );
}
