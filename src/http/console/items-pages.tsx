/** Console pages for the catalog: list, new/edit form, item page with review actions, department view. */
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { article20Label, VALIDITIES } from '../../domain/catalog/article20.ts';
import { ITEM_ACTIONS, ITEM_STATUSES, itemStatusLabel } from '../../domain/catalog/item-workflow.ts';
import type { ItemAction } from '../../domain/catalog/item-workflow.ts';
import type { Department } from '../../db/repositories/agencies.ts';
import type { Item } from '../../db/repositories/items.ts';
import type { ItemAttachmentInfo } from '../../db/repositories/item-attachments.ts';
import type { ItemChannel } from '../../db/repositories/item-channels.ts';
import type { MediaAccount } from '../../db/repositories/media-accounts.ts';
import { CHANNELS, channelLabel } from '../../domain/catalog/channels.ts';
import type { DepartmentRow } from '../../services/catalog/department-view.ts';
import type { CatalogColumn } from '../../db/repositories/catalog-columns.ts';
import type { Actor } from '../../services/deps.ts';
import type { Errors, Values } from '../views/fields.tsx';
import { ConsoleLayout, Flash } from '../views/layout.tsx';
import { ItemAttachmentsPanel } from './item-attachments-panel.tsx';
import { ItemFields } from './item-form.tsx';

export function ItemListPage(props: { actor: Actor; items: Item[]; total: number; status: string; lateIds: Set<number>; notice?: string | undefined }) {
  return (
    <ConsoleLayout title="主动公开" actor={props.actor}>
      <h1>主动公开信息</h1>
      <Flash notice={props.notice} />
      <p><a href="/console/items/new">＋ 起草新信息</a> · <a href="/console/items/import">批量导入</a> · <a href="/console/items/departments">部门公开情况（绩效考核）</a> · <a href="/console/proactive">第二十条数据填报</a> · <a href="/console/media">政务新媒体账号</a> · <a href="/console/items/columns">组配分类</a> · <a href="/console/settings/guide">信息公开指南</a></p>
      <nav class="tabs" aria-label="状态">
        {[{ code: '', label: '全部' }, ...ITEM_STATUSES].map((s) => <a href={`/console/items?status=${s.code}`} aria-current={props.status === s.code ? 'page' : undefined}>{s.label}</a>)}
      </nav>
      <p class="summary">共 {props.total} 条</p>
      <table class="cases">
        <thead><tr><th scope="col">名称</th><th scope="col">状态</th><th scope="col">索引号</th><th scope="col">发布日期</th><th scope="col">第二十条类别</th><th scope="col">有效性</th></tr></thead>
        <tbody>
          {props.items.map((i) => (
            <tr class={props.lateIds.has(i.id) ? 'soon' : ''}>
              <td class="title"><a href={`/console/items/${i.id}`}>{i.title}</a>{props.lateIds.has(i.id) ? <span class="badge late">超期发布</span> : null}</td>
              <td>{itemStatusLabel(i.status)}</td>
              <td>{i.indexNumber ?? '—'}</td>
              <td>{i.publishedOn ?? '—'}</td>
              <td>{article20Label(i.article20) || '—'}</td>
              <td>{i.validity}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ConsoleLayout>
  );
}

export function ItemFormPage(props: { actor: Actor; id?: number; values: Values; errors: Errors; departments: Department[]; columns: { id: number; label: string }[]; error?: string }) {
  const action = props.id ? `/console/items/${props.id}/edit` : '/console/items/new';
  return (
    <ConsoleLayout title={props.id ? '修改信息' : '起草信息'} actor={props.actor}>
      <h1>{props.id ? '修改主动公开信息' : '起草主动公开信息'}</h1>
      <Flash error={props.error} />
      <form method="post" action={action} class="form" novalidate>
        <ItemFields values={props.values} errors={props.errors} departments={props.departments} columns={props.columns} />
        <button type="submit" class="primary">保存草稿</button>
      </form>
    </ConsoleLayout>
  );
}

const ACTION_FIELDS: Partial<Record<ItemAction, () => Child>> = {
  approve: () => <label>审查意见（选填） <input name="note" /></label>,
  reject: () => <label>不通过的理由 <textarea name="reason" rows={2} required /></label>,
  publish: () => <label>发布日期（留空为今天） <input type="date" name="publishedOn" /></label>,
  withdraw: () => <label>撤回理由 <textarea name="reason" rows={2} required /></label>,
  change_validity: () => (
    <>
      <label>有效性 <select name="validity">{VALIDITIES.map((v) => <option>{v}</option>)}</select></label>
      <label>变更日期 <input type="date" name="validityChangedOn" /></label>
    </>
  ),
};

export function ItemPage(props: { actor: Actor; item: Item; actions: ItemAction[]; attachments: ItemAttachmentInfo[]; canAttach: boolean; channels: ItemChannel[]; accounts: MediaAccount[]; events: { action: string; actorLabel: string; onDate: string; data: Record<string, unknown> }[]; publishBy: string | null; late: boolean; error?: string | undefined; notice?: string | undefined }) {
  const i = props.item;
  return (
    <ConsoleLayout title={i.title} actor={props.actor}>
      <p><a href="/console/items">← 返回主动公开</a></p>
      <h1>{i.title} <span class="status" id="item-status">{itemStatusLabel(i.status)}</span></h1>
      <Flash error={props.error} notice={props.notice} />
      {props.late ? <p class="flash error">发布日期晚于第二十六条规定的期限（{props.publishBy}）</p> : props.publishBy && i.status !== 'published' ? <p class="hint">第二十六条：应于 {props.publishBy} 前公开</p> : null}
      <dl class="meta">
        <dt>索引号</dt><dd>{i.indexNumber ?? '（发布时生成）'}</dd>
        <dt>主题分类</dt><dd>{i.topic ?? ''}</dd>
        <dt>发布机构</dt><dd>{i.publisher}</dd>
        <dt>成文日期</dt><dd>{i.writtenOn ?? ''}</dd>
        <dt>发布日期</dt><dd>{i.publishedOn ?? ''}</dd>
        <dt>文号</dt><dd>{i.docNumber ?? ''}</dd>
        <dt>有效性</dt><dd>{i.validity}{i.validityChangedOn ? `（${i.validityChangedOn}）` : ''}</dd>
        <dt>第二十条类别</dt><dd>{article20Label(i.article20)}{i.regulationKind ? ` — ${i.regulationKind}` : ''}</dd>
        {i.reviewNote ? (<><dt>审查意见</dt><dd>{i.reviewNote}</dd></>) : null}
      </dl>
      {i.status === 'draft' || i.status === 'rejected' ? <p><a href={`/console/items/${i.id}/edit`}>修改</a></p> : null}
      <div class="actions">
        {props.actions.map((a) => (
          <details class="action" id={`act-${a}`}>
            <summary>{ITEM_ACTIONS[a].label}</summary>
            <form method="post" action={`/console/items/${i.id}/actions/${a}`} class="form compact">
              {ACTION_FIELDS[a]?.() ?? null}
              <button type="submit" class={a === 'reject' || a === 'withdraw' ? 'danger' : 'primary'}>{ITEM_ACTIONS[a].label}</button>
            </form>
          </details>
        ))}
      </div>
      {i.status === 'published' || i.status === 'withdrawn' ? (
        <section class="panel">
          <h2>发布渠道</h2>
          <ul>{props.channels.map((ch) => <li>{channelLabel(ch.channel)} {ch.publishedOn} {ch.url ? <a href={ch.url}>{ch.url}</a> : null}</li>)}</ul>
          <form method="post" action={`/console/items/${i.id}/channels`} class="form compact">
            <label>渠道 <select name="channel">{CHANNELS.map((c) => <option value={c.code}>{c.label}</option>)}</select></label>
            <label>新媒体账号 <select name="accountId"><option value="">（不指定）</option>{props.accounts.filter((a) => !a.closedOn).map((a) => <option value={String(a.id)}>{a.platformLabel} · {a.name}</option>)}</select></label>
            <label>发布日期 <input type="date" name="publishedOn" value={i.publishedOn ?? ''} required /></label>
            <label>网址 <input name="url" type="url" /></label>
            <button type="submit">记录渠道</button>
          </form>
        </section>
      ) : null}
      <ItemAttachmentsPanel itemId={i.id} attachments={props.attachments} canEdit={props.canAttach} />
      <section class="panel"><h2>正文</h2><div class="body">{raw(i.bodyHtml)}</div></section>
      <section><h2>审查与发布记录</h2>
        <ol class="timeline">{props.events.map((e) => <li><time>{e.onDate}</time> <strong>{e.actorLabel}</strong>：{String(e.data.summary ?? e.action)}</li>)}</ol>
      </section>
    </ConsoleLayout>
  );
}

export function DepartmentsPage(props: { actor: Actor; year: number; rows: DepartmentRow[] }) {
  return (
    <ConsoleLayout title="部门公开情况" actor={props.actor}>
      <h1>{props.year}年 各部门主动公开情况</h1>
      <form method="get" class="filters"><label>年度 <input type="number" name="year" value={String(props.year)} /></label><button type="submit">查看</button></form>
      <table class="cases">
        <thead><tr><th scope="col">部门</th><th scope="col">已发布</th><th scope="col">待审查</th><th scope="col">草稿 / 退回</th><th scope="col">超期发布（第二十六条）</th></tr></thead>
        <tbody>
          {props.rows.map((r) => (
            <tr class={r.late ? 'soon' : ''}>
              <th scope="row">{r.name}</th><td>{r.published}</td><td>{r.pendingReview}</td><td>{r.drafts}</td>
              <td>{r.late}{r.lateItems.length ? <ul>{r.lateItems.slice(0, 5).map((x) => <li><a href={`/console/items/${x.id}`}>{x.title}</a>（形成 {x.formedOn}，发布 {x.publishedOn}）</li>)}</ul> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ConsoleLayout>
  );
}

export function ColumnsPage(props: { actor: Actor; columns: CatalogColumn[]; paths: { id: number; label: string }[]; canEdit: boolean; error?: string | undefined; notice?: string | undefined }) {
  return (
    <ConsoleLayout title="组配分类" actor={props.actor}>
      <p><a href="/console/items">← 返回主动公开</a></p>
      <h1>组配分类（本机关目录栏目）</h1>
      <Flash error={props.error} notice={props.notice} />
      <table class="cases">
        <thead><tr><th scope="col">栏目</th><th scope="col">信息数</th><th scope="col">操作</th></tr></thead>
        <tbody>{props.paths.map((p) => {
          const c = props.columns.find((x) => x.id === p.id);
          return (
            <tr>
              <td>{p.label}</td><td>{c?.items ?? 0}</td>
              <td>{props.canEdit ? (
                <>
                  <form method="post" action={`/console/items/columns/${p.id}/rename`} class="inline"><label class="sr" for={`rn-${p.id}`}>新名称</label><input id={`rn-${p.id}`} name="name" value={c?.name ?? ''} /> <button type="submit">改名</button></form>
                  {' '}
                  <form method="post" action={`/console/items/columns/${p.id}/delete`} class="inline"><button type="submit">删除</button></form>
                </>
              ) : null}</td>
            </tr>
          );
        })}</tbody>
      </table>
      {props.canEdit ? (
        <form method="post" action="/console/items/columns" class="form compact">
          <label>栏目名称 <input name="name" required /></label>
          <label>上级栏目 <select name="parentId"><option value="">（顶级）</option>{props.paths.map((p) => <option value={String(p.id)}>{p.label}</option>)}</select></label>
          <button type="submit" class="primary">添加栏目</button>
        </form>
      ) : <p class="hint">仅负责人或管理员可修改组配分类。</p>}
    </ConsoleLayout>
  );
}
