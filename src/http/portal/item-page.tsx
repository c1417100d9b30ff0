/**
 * A published item as agency portals show it: the metadata header (索引号, 主题分类, 组配分类,
 * 发布机构, 成文日期, 发布日期, 文号, 有效性, 公开范围, 公开方式, 关键词), the 第二十条 class, the
 * title, the body and the attachments (download links with type and size). The body is stored
 * sanitised (services/catalog/sanitize.ts) and written as is.
 */
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { article20Label } from '../../domain/catalog/article20.ts';
import type { Agency } from '../../db/repositories/agencies.ts';
import type { Item } from '../../db/repositories/items.ts';
import type { ItemAttachmentInfo } from '../../db/repositories/item-attachments.ts';
import { fileSizeLabel, fileTypeLabel } from '../download.ts';
import { PublicLayout } from '../views/layout.tsx';

/** 有效性 with the day it ended: 有效, 失效（2026-05-01失效）, 废止（2026-05-01废止）. */
export function validityText(item: Pick<Item, 'validity' | 'validityChangedOn' | 'abolishedOn'>): string {
  if (item.validity === '有效') return '有效';
  const on = item.validityChangedOn ?? (item.validity === '废止' ? item.abolishedOn : null);
  return on ? `${item.validity}（${on}${item.validity}）` : item.validity;
}

function Pair(props: { label: string; children?: Child }) {
  return (
    <>
      <th scope="row">{props.label}</th>
      <td>{props.children}</td>
    </>
  );
}

/** The metadata header above the content, two pairs a row as on agency portals. */
export function MetaHeader(props: { item: Item; columnName: string | undefined }) {
  const i = props.item;
  return (
    <table class="item-meta">
      <caption class="sr">信息元数据</caption>
      <tbody>
        <tr><Pair label="索引号">{i.indexNumber ?? ''}</Pair><Pair label="主题分类">{i.topic ?? ''}</Pair></tr>
        <tr><Pair label="组配分类">{props.columnName ?? ''}</Pair><Pair label="发布机构">{i.publisher}</Pair></tr>
        <tr><Pair label="成文日期">{i.writtenOn ?? ''}</Pair><Pair label="发布日期">{i.publishedOn ?? ''}</Pair></tr>
        <tr><Pair label="文号">{i.docNumber ?? ''}</Pair><Pair label="有效性">{validityText(i)}</Pair></tr>
        <tr><Pair label="公开范围">{i.disclosureScope}</Pair><Pair label="公开方式">{i.disclosureMethod}</Pair></tr>
        <tr>
          <th scope="row">关键词</th>
          <td colspan={3}>{i.keywords ?? ''}</td>
        </tr>
        {i.article20 ? (
          <tr>
            <th scope="row">公开类别</th>
            <td colspan={3}>《中华人民共和国政府信息公开条例》第二十条{article20Label(i.article20)}{i.regulationKind ? `（${i.regulationKind}）` : ''}</td>
          </tr>
        ) : null}
        {i.summary ? (
          <tr>
            <th scope="row">内容概述</th>
            <td colspan={3}>{i.summary}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

/** The documents published with the item, each a download link with its type and size. */
function Attachments(props: { itemId: number; attachments: ItemAttachmentInfo[] }) {
  if (!props.attachments.length) return null;
  return (
    <section class="item-attachments" aria-labelledby="attachments-h">
      <h2 id="attachments-h">附件</h2>
      <ul>
        {props.attachments.map((a) => (
          <li><a href={`/items/${props.itemId}/attachments/${a.id}`}>{a.filename}</a>（{fileTypeLabel(a.mime)}，{fileSizeLabel(a.size)}）</li>
        ))}
      </ul>
    </section>
  );
}

/** The page of a published item. */
export function ItemPage(props: { item: Item; agency: Agency | undefined; columnName: string | undefined; attachments: ItemAttachmentInfo[] }) {
  const { item, agency } = props;
  return (
    <PublicLayout title={item.title}>
      <nav class="lead" aria-label="当前位置">
        <a href="/">首页</a>{' › '}<a href="/catalog">信息公开目录</a>
        {agency ? <>{' › '}<a href={`/catalog?agency=${encodeURIComponent(agency.code)}`}>{agency.name}</a></> : null}
      </nav>
      <article>
        <MetaHeader item={item} columnName={props.columnName} />
        <h1>{item.title}</h1>
        {item.validity !== '有效' ? <p class="flash error" role="note">本信息{validityText(item)}。</p> : null}
        <div class="item-body">{raw(item.bodyHtml)}</div>
        <Attachments itemId={item.id} attachments={props.attachments} />
      </article>
    </PublicLayout>
  );
}

/** The 404 page of the portal: the item does not exist or is not (or no longer) published. */
export function PortalNotFound(props: { what?: string }) {
  return (
    <PublicLayout title="未找到">
      <h1>页面不存在</h1>
      <p>{props.what ?? '您访问的信息不存在或已不再公开。'}</p>
      <p><a href="/catalog">浏览信息公开目录</a> · <a href="/">返回首页</a></p>
    </PublicLayout>
  );
}
