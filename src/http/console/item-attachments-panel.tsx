/** The attachments of a catalog item on its console page: list, download, and (while drafting) upload and removal. */
import { CATALOG_UPLOAD_LIMITS, FILE_TYPES } from '../../domain/uploads.ts';
import type { ItemAttachmentInfo } from '../../db/repositories/item-attachments.ts';
import { fileSizeLabel, fileTypeLabel } from '../download.ts';

const ACCEPT = CATALOG_UPLOAD_LIMITS.allowedTypes.flatMap((t) => FILE_TYPES[t].extensions.map((e) => `.${e}`)).join(',');
const TYPES = CATALOG_UPLOAD_LIMITS.allowedTypes.map((t) => FILE_TYPES[t].label).join('、');
const MAX_MB = CATALOG_UPLOAD_LIMITS.maxBytes / (1024 * 1024);

export function ItemAttachmentsPanel(props: { itemId: number; attachments: ItemAttachmentInfo[]; canEdit: boolean }) {
  const base = `/console/items/${props.itemId}/attachments`;
  return (
    <section class="panel" id="attachments" aria-labelledby="attachments-h">
      <h2 id="attachments-h">附件</h2>
      {props.attachments.length ? (
        <table class="cases">
          <thead><tr><th scope="col">文件名</th><th scope="col">类型</th><th scope="col">大小</th>{props.canEdit ? <th scope="col">操作</th> : null}</tr></thead>
          <tbody>
            {props.attachments.map((a) => (
              <tr>
                <td><a href={`${base}/${a.id}`}>{a.filename}</a></td>
                <td>{fileTypeLabel(a.mime)}</td>
                <td>{fileSizeLabel(a.size)}</td>
                {props.canEdit ? (
                  <td>
                    <form method="post" action={`${base}/${a.id}/delete`} class="inline">
                      <button type="submit">删除<span class="sr">附件“{a.filename}”</span></button>
                    </form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p class="hint">没有附件。</p>}
      {props.canEdit ? (
        <form method="post" action={base} enctype="multipart/form-data" class="form compact">
          <div class="field">
            <label for="f-attachments">上传附件</label>
            <input id="f-attachments" type="file" name="attachments" multiple accept={ACCEPT} aria-describedby="f-attachments-hint" />
            <p class="hint" id="f-attachments-hint">{TYPES}；每个不超过{MAX_MB}MB，每次最多{CATALOG_UPLOAD_LIMITS.maxFiles}个。附件随信息一并提交保密审查，发布后不能再增删。</p>
          </div>
          <button type="submit">上传</button>
        </form>
      ) : null}
    </section>
  );
}
