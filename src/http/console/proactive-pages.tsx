/** Console pages: section 二 figures (entry, import, the computed tables), channel counts, new-media accounts. */
import { FIGURE_KINDS } from '../../domain/catalog/figures.ts';
import { INFO_HEADER } from '../../domain/catalog/section2.ts';
import type { Section2 } from '../../domain/catalog/section2.ts';
import { MEDIA_CHANGE_KINDS, MEDIA_PLATFORMS } from '../../domain/catalog/channels.ts';
import type { ChannelCount } from '../../db/repositories/item-channels.ts';
import type { MediaAccount, MediaLedgerLine } from '../../db/repositories/media-accounts.ts';
import type { Actor } from '../../services/deps.ts';
import { ConsoleLayout, Flash } from '../views/layout.tsx';

export function ProactivePage(props: { actor: Actor; year: number; s2: Section2; channels: ChannelCount[]; error?: string | undefined; notice?: string | undefined }) {
  const kinds = FIGURE_KINDS.filter((k) => (k.formats as readonly string[]).includes(props.s2.format));
  const total = props.channels.reduce((n, c) => n + c.count, 0);
  return (
    <ConsoleLayout title="主动公开数据" actor={props.actor}>
      <h1>{props.year}年 主动公开政府信息情况（{props.s2.format === '2021' ? '2021年格式' : '2019年试行格式'}）</h1>
      <Flash error={props.error} notice={props.notice} />
      <form method="get" class="filters"><label>年度 <input type="number" name="year" value={String(props.year)} min="2019" max="2100" /></label><button type="submit">查看</button></form>
      {props.s2.tables.map((t) => (
        <table class="figures">
          <caption>{t.article}</caption>
          <thead><tr><th scope="col">{INFO_HEADER}</th>{t.columns.map((c) => <th scope="col">{c}</th>)}</tr></thead>
          <tbody>{t.rows.map((r) => <tr><th scope="row">{r.label}</th>{t.columns.map((c) => <td>{(r.cells as Record<string, unknown>)[c] === null ? '（未填报）' : String((r.cells as Record<string, unknown>)[c])}</td>)}</tr>)}</tbody>
        </table>
      ))}
      {props.s2.gaps.length ? <p class="flash error">尚未填报：{props.s2.gaps.map((g) => `${g.name}（${g.months.map((m) => (m === 0 ? '全年' : `${m}月`)).join('、')}）`).join('；')}</p> : null}
      <section class="panel">
        <h2>按月填报</h2>
        <form method="post" action={`/console/proactive/figures?year=${props.year}`} class="form compact">
          <label>月份 <select name="month">{[...Array(13).keys()].map((m) => <option value={String(m)}>{m === 0 ? '全年（项目数量）' : `${m}月`}</option>)}</select></label>
          <label>项目 <select name="kind">{kinds.map((k) => <option value={k.code}>{k.name}{k.unit === 'fen' ? '（元）' : ''}</option>)}</select></label>
          <label>数值（金额以元为单位） <input name="value" required /></label>
          <button type="submit" class="primary">保存</button>
        </form>
        <form method="post" action={`/console/proactive/import?year=${props.year}`} enctype="multipart/form-data" class="form compact">
          <label>批量导入 CSV 或 XLSX（列：年、月、项目、数值） <input type="file" name="file" accept=".csv,.xlsx" required /></label>
          <button type="submit">导入</button>
        </form>
      </section>
      <section class="panel">
        <h2>各渠道发布信息数（{props.year}年）</h2>
        <table class="figures"><tbody>{props.channels.map((c) => <tr><th scope="row">{c.label}</th><td>{c.count}</td></tr>)}<tr><th scope="row">合计</th><td>{total}</td></tr></tbody></table>
      </section>
    </ConsoleLayout>
  );
}

export function MediaPage(props: { actor: Actor; accounts: MediaAccount[]; ledger: MediaLedgerLine[]; year: number; half: number; error?: string | undefined; notice?: string | undefined }) {
  return (
    <ConsoleLayout title="新媒体账号" actor={props.actor}>
      <h1>政务新媒体账号</h1>
      <Flash error={props.error} notice={props.notice} />
      <table class="cases">
        <thead><tr><th scope="col">平台</th><th scope="col">账号名称</th><th scope="col">管理员</th><th scope="col">开通</th><th scope="col">注销</th><th scope="col">变更记录</th></tr></thead>
        <tbody>{props.accounts.map((a) => (
          <tr>
            <td>{a.platformLabel}</td><td>{a.name}</td><td>{a.administrator}</td><td>{a.openedOn ?? ''}</td><td>{a.closedOn ?? ''}</td>
            <td>
              <ul>{a.changes.map((ch) => <li>{ch.changedOn} {ch.change}</li>)}</ul>
              {a.closedOn ? null : (
                <form method="post" action={`/console/media/${a.id}/changes`} class="form compact">
                  <label>变更 <select name="kind">{MEDIA_CHANGE_KINDS.map((k) => <option value={k.code}>{k.label}</option>)}</select></label>
                  <label>变更为 <input name="to" /></label>
                  <label>日期 <input type="date" name="changedOn" required /></label>
                  <button type="submit">记录</button>
                </form>
              )}
            </td>
          </tr>
        ))}</tbody>
      </table>
      <section class="panel">
        <h2>登记新账号</h2>
        <form method="post" action="/console/media" class="form compact">
          <label>平台 <select name="platform">{MEDIA_PLATFORMS.map((p) => <option value={p.code}>{p.label}</option>)}</select></label>
          <label>账号名称 <input name="name" required /></label>
          <label>管理员 <input name="administrator" required /></label>
          <label>开通日期 <input type="date" name="openedOn" /></label>
          <button type="submit" class="primary">登记</button>
        </form>
      </section>
      <section class="panel">
        <h2>{props.year}年{props.half === 1 ? '上' : '下'}半年变更台账</h2>
        <form method="get" class="filters"><label>年度 <input type="number" name="year" value={String(props.year)} /></label><label>半年 <select name="half"><option value="1" selected={props.half === 1}>上半年</option><option value="2" selected={props.half === 2}>下半年</option></select></label><button type="submit">查看</button></form>
        <ul>{props.ledger.map((l) => <li>{l.changedOn} {l.platformLabel}“{l.accountName}”：{l.change}</li>)}</ul>
      </section>
    </ConsoleLayout>
  );
}
