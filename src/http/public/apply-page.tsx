/** The public application form (/apply) and its confirmation. */
import type { Agency } from '../../db/repositories/agencies.ts';
import { ApplicantFields } from '../views/application-fields.tsx';
import { Select } from '../views/fields.tsx';
import type { Errors, Values } from '../views/fields.tsx';
import { Flash, PublicLayout } from '../views/layout.tsx';

export function ApplyPage(props: { agencies: Agency[]; values: Values; errors: Errors; error?: string }) {
  return (
    <PublicLayout title="政府信息公开申请">
      <h1>政府信息公开申请</h1>
      <p class="lead">依据《中华人民共和国政府信息公开条例》第二十九条，请如实填写以下内容。无需注册账号；提交后您将获得申请编号和查询码，凭此查询办理进度。您填写的个人信息仅用于办理本申请，不会在网站上公开。</p>
      <Flash error={props.error} />
      <form method="post" action="/apply" enctype="multipart/form-data" class="form" novalidate>
        <Select name="agencyId" label="受理机关" values={props.values} errors={props.errors} required options={props.agencies.map((a) => ({ code: a.id, label: a.name }))} />
        <ApplicantFields values={props.values} errors={props.errors} />
        <fieldset>
          <legend>附件（选填）</legend>
          <div class={`field${props.errors.attachments ? ' has-error' : ''}`}>
            <label for="f-attachments">身份证明或其他材料</label>
            <input id="f-attachments" type="file" name="attachments" multiple accept=".pdf,.jpg,.jpeg,.png,.docx,.doc,.ofd,.txt" />
            <p class="hint">支持 PDF、JPG、PNG、DOCX、DOC、OFD、TXT，每个不超过10MB，最多5个</p>
            {props.errors.attachments ? <p class="error">{props.errors.attachments}</p> : null}
          </div>
        </fieldset>
        <div class="hp" aria-hidden="true">
          <label for="f-website">网址（请勿填写）</label>
          <input id="f-website" name="website" tabindex={-1} autocomplete="off" />
        </div>
        <button type="submit" class="primary">提交申请</button>
      </form>
    </PublicLayout>
  );
}

export function ApplyDonePage(props: { number: string; queryCode: string; receivedOn: string; agencyName: string }) {
  return (
    <PublicLayout title="申请已提交">
      <h1>申请已提交</h1>
      <div class="receipt" role="status">
        <p>{props.agencyName}已于 <strong>{props.receivedOn}</strong> 收到您的政府信息公开申请。</p>
        <dl>
          <dt>申请编号</dt><dd id="app-number" class="mono">{props.number}</dd>
          <dt>查询码</dt><dd id="query-code" class="mono">{props.queryCode}</dd>
        </dl>
        <p>请妥善保存申请编号和查询码：查询码只显示这一次，凭二者可在“<a href="/status">申请进度查询</a>”查看办理情况。</p>
        <p>依据条例第三十三条，行政机关应当自收到申请之日起20个工作日内予以答复；需要延长的，延长期限最长不超过20个工作日。</p>
      </div>
    </PublicLayout>
  );
}
