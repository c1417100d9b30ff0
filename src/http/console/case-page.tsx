/** The case page: facts, deadline and why, possible repeats, actions, letters, timeline. */
import { applicantTypeLabel, deliveryLabel, formWantedLabel, idTypeLabel, isOrganisation } from '../../domain/applicants.ts';
import type { ApplicantType } from '../../domain/applicants.ts';
import { appealKindLabel, appealResultLabel } from '../../domain/appeals.ts';
import { formatYuan } from '../../domain/fees.ts';
import { outcomeDef, outcomeFullLabel } from '../../domain/outcomes.ts';
import { channelLabel } from '../../domain/receipt.ts';
import { can } from '../../domain/roles.ts';
import { statusLabel } from '../../domain/workflow.ts';
import type { Appeal } from '../../db/repositories/appeals.ts';
import type { CaseView } from '../../services/case-view.ts';
import type { Actor } from '../../services/deps.ts';
import { ConsoleLayout, Flash } from '../views/layout.tsx';
import { ActionForms } from './action-forms.tsx';
import { DueBadge } from './due-badge.tsx';

function Row(props: { label: string; value: string | number | null | undefined }) {
  if (props.value === null || props.value === undefined || props.value === '') return null;
  return (<><dt>{props.label}</dt><dd>{props.value}</dd></>);
}

function letters(v: CaseView): { kind: string; label: string }[] {
  const c = v.c;
  const out: { kind: string; label: string }[] = [];
  if (c.correctionRequestedOn) out.push({ kind: 'correction', label: '补正告知书' });
  if (c.extensionDays > 0) out.push({ kind: 'extension', label: '延期答复告知书' });
  if (c.feeNoticeOn) out.push({ kind: 'fee', label: '信息处理费缴费通知书' });
  if (c.outcome) out.push({ kind: 'reply', label: '政府信息公开申请答复告知书' });
  return out;
}

export function CasePage(props: { actor: Actor; v: CaseView; appeals?: Appeal[]; error?: string; notice?: string }) {
  const { c, due } = props.v;
  const org = isOrganisation(c.applicantType as ApplicantType);
  const dept = props.v.departments.find((d) => d.id === c.departmentId)?.name;
  const officer = props.v.staff.find((u) => u.id === c.officerId)?.displayName;
  return (
    <ConsoleLayout title={`申请 ${c.number}`} actor={props.actor}>
      <p><a href="/console">← 返回待办</a></p>
      <h1>申请 {c.number} <span class="status" id="case-status">{statusLabel(c.status)}</span></h1>
      <Flash error={props.error} notice={props.notice} />
      <div class="grid">
        <section aria-labelledby="due-h" class="panel due">
          <h2 id="due-h">答复期限</h2>
          <p class="big">{due.dueOn ?? '计时暂停'} <DueBadge due={due} /></p>
          {due.deadline.warnings.map((w) => <p class="flash error" role="alert">{w}</p>)}
          <details>
            <summary>计算说明</summary>
            <ul class="explain">{due.deadline.explanation.map((l) => <li>{l}</li>)}</ul>
          </details>
          {c.outcome ? <p>办理结果：<strong id="case-outcome">{outcomeFullLabel(c.outcome)}</strong>（{c.decidedOn}）<br /><small>依据：{c.outcomeBasis ?? outcomeDef(c.outcome)?.article}</small></p> : null}
        </section>
        <section aria-labelledby="app-h" class="panel">
          <h2 id="app-h">申请人</h2>
          <dl class="meta">
            <Row label="类型" value={org ? `法人或其他组织 — ${applicantTypeLabel(c.applicantType)}` : '自然人'} />
            <Row label={org ? '单位名称' : '姓名'} value={c.applicantName} />
            <Row label="证件" value={c.idNumber ? `${idTypeLabel(c.idType)} ${c.idNumber}` : null} />
            <Row label="统一社会信用代码" value={c.orgCode} />
            <Row label="联系人" value={c.contactPerson} />
            <Row label="电话" value={c.phone} />
            <Row label="电子邮箱" value={c.email} />
            <Row label="地址" value={[c.address, c.postalCode].filter(Boolean).join(' ')} />
          </dl>
        </section>
        <section aria-labelledby="req-h" class="panel">
          <h2 id="req-h">申请内容</h2>
          <dl class="meta">
            <Row label="信息名称" value={c.infoTitle} />
            <Row label="文号" value={c.infoDocNumber} />
            <Row label="内容描述" value={c.infoDescription} />
            <Row label="用途" value={c.infoPurpose} />
            <Row label="提供形式" value={formWantedLabel(c.formWanted)} />
            <Row label="获取方式" value={deliveryLabel(c.deliveryWanted)} />
            <Row label="申请渠道" value={channelLabel(c.channel)} />
            <Row label="收到日期" value={c.receivedOn} />
            <Row label="收到日期依据" value={c.receiptNote} />
            <Row label="承办部门" value={dept} />
            <Row label="经办人" value={officer} />
            <Row label="补正事项" value={c.correctionItems ? `${c.correctionItems}（${c.correctionRequestedOn} 告知，期限 ${c.correctionDueOn}）` : null} />
            <Row label="收到补正" value={c.supplementedOn} />
            <Row label="延期" value={c.extensionDays ? `${c.extensionDays}个工作日：${c.extensionReason ?? ''}` : null} />
            <Row label="信息处理费" value={c.feeAmountFen ? `${formatYuan(c.feeAmountFen)}（通知 ${c.feeNoticeOn}，期限 ${c.feeDueOn}${c.feePaidOn ? `，已缴 ${c.feePaidOn}` : ''}）` : null} />
            <Row label="答复送达" value={c.repliedOn ? `${c.repliedOn}（${c.replyMethod ?? ''}）` : null} />
          </dl>
        </section>
      </div>
      {props.v.similar.length ? (
        <section aria-labelledby="sim-h" class="panel warnbox">
          <h2 id="sim-h">可能的重复申请</h2>
          <ul>{props.v.similar.map((s) => <li><a href={`/console/cases/${s.id}`}>{s.number}</a>（{s.receivedOn}）{s.infoTitle} — {statusLabel(s.status)}{s.outcome ? `，${outcomeFullLabel(s.outcome)}` : ''}，相似度 {Math.round(s.score * 100)}%</li>)}</ul>
        </section>
      ) : null}
      <section aria-labelledby="act-h">
        <h2 id="act-h">办理</h2>
        <ActionForms v={props.v} />
      </section>
      {letters(props.v).length ? (
        <section aria-labelledby="let-h">
          <h2 id="let-h">文书</h2>
          <ul class="letters">{letters(props.v).map((l) => <li>{l.label}：<a href={`/console/cases/${c.id}/letters/${l.kind}.docx`}>DOCX</a> · <a href={`/console/cases/${c.id}/letters/${l.kind}.pdf`}>PDF</a></li>)}</ul>
        </section>
      ) : null}
      {props.v.attachments.length ? (
        <section aria-labelledby="att-h">
          <h2 id="att-h">附件</h2>
          <ul>{props.v.attachments.map((a) => <li><a href={`/console/cases/${c.id}/attachments/${a.id}`}>{a.filename}</a>（{Math.ceil(a.size / 1024)} KB）</li>)}</ul>
        </section>
      ) : null}
      {props.appeals?.length || can(props.actor.roles, 'appeal.record') ? (
        <section aria-labelledby="apl-h">
          <h2 id="apl-h">行政复议、行政诉讼</h2>
          <ul>{(props.appeals ?? []).map((a) => <li><a href={`/console/reviews/${a.id}`}>{appealKindLabel(a.kind)}{a.caseNumber ? ` ${a.caseNumber}` : ''}</a>（{a.receivedOn}受理或立案；{appealResultLabel(a.result)}）</li>)}</ul>
          {can(props.actor.roles, 'appeal.record') ? <p><a href={`/console/reviews/new?application=${encodeURIComponent(c.number)}`}>＋ 登记因本申请引起的复议或诉讼</a></p> : null}
        </section>
      ) : null}
      <section aria-labelledby="tl-h">
        <h2 id="tl-h">办理记录</h2>
        <ol class="timeline">
          {props.v.events.map((e) => (
            <li><time datetime={e.occurredAt}>{e.onDate}</time> <strong>{e.actorLabel}</strong>：{e.data.summary ?? e.action}{e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus ? <small>（{statusLabel(e.fromStatus)} → {statusLabel(e.toStatus)}）</small> : null}</li>
          ))}
        </ol>
      </section>
    </ConsoleLayout>
  );
}
