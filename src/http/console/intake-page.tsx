/** Staff intake for letters, visits, fax, e-mail and oral requests, with 第三十一条's receipt dates. */
import { CHANNELS } from '../../domain/receipt.ts';
import type { Actor } from '../../services/deps.ts';
import { ApplicantFields } from '../views/application-fields.tsx';
import { Select, TextField } from '../views/fields.tsx';
import type { Errors, Values } from '../views/fields.tsx';
import { ConsoleLayout, Flash } from '../views/layout.tsx';

export function IntakePage(props: { actor: Actor; values: Values; errors: Errors; error?: string }) {
  const v = props.values;
  const e = props.errors;
  return (
    <ConsoleLayout title="登记申请" actor={props.actor}>
      <h1>登记政府信息公开申请</h1>
      <p class="lead">用于信函、当面、传真、电子邮件和口头申请。收到申请之日按《中华人民共和国政府信息公开条例》第三十一条确定。</p>
      <Flash error={props.error} />
      <form method="post" action="/console/intake" enctype="multipart/form-data" class="form" novalidate>
        <fieldset>
          <legend>申请渠道与收到日期</legend>
          <Select name="channel" label="申请渠道" values={v} errors={e} required options={CHANNELS.filter((c) => c.code !== 'online')} />
          <ul class="hint">
            {CHANNELS.filter((c) => c.code !== 'online').map((c) => <li>{c.label}（{c.article}）：需填写 {c.fields.filter((f) => f.required !== 'optional').map((f) => f.label).join('、')}</li>)}
          </ul>
          <TextField name="submittedOn" label="提交 / 寄出 / 发送日期" type="date" values={v} errors={e} />
          <TextField name="signedOn" label="签收日期（挂号信等）" type="date" values={v} errors={e} />
          <div class="field"><label><input type="checkbox" name="ordinaryLetter" checked={v.ordinaryLetter === 'on'} /> 平常信函（无需签收，以与申请人确认之日为收到日期）</label></div>
          <TextField name="confirmedOn" label="确认日期（平常信函、传真、电子邮件）" type="date" values={v} errors={e} />
        </fieldset>
        <ApplicantFields values={v} errors={e} />
        <fieldset>
          <legend>附件</legend>
          <div class={`field${e.attachments ? ' has-error' : ''}`}>
            <label for="f-attachments">申请书扫描件等</label>
            <input id="f-attachments" type="file" name="attachments" multiple />
            {e.attachments ? <p class="error">{e.attachments}</p> : null}
          </div>
        </fieldset>
        <button type="submit" class="primary">登记</button>
      </form>
    </ConsoleLayout>
  );
}
