/** Console page for importing catalog items: templates, the upload form, the columns, and the result. */
import { IMPORT_COLUMNS } from '../../domain/catalog/item-import-columns.ts';
import { INDEX_NUMBER_EXAMPLES } from '../../services/catalog/item-import-template.ts';
import type { Actor } from '../../services/deps.ts';
import { ConsoleLayout, Flash } from '../views/layout.tsx';

/** The import page; `imported` after a successful import, `problems` (every bad row) after a refused one. */
export function ItemImportPage(props: { actor: Actor; canImport: boolean; roles: string; imported?: number | undefined; error?: string | undefined; problems?: string[] }) {
  const problems = props.problems ?? [];
  return (
    <ConsoleLayout title="批量导入主动公开信息" actor={props.actor}>
      <p><a href="/console/items">← 返回主动公开</a></p>
      <h1>批量导入主动公开信息</h1>
      {props.imported !== undefined ? (
        <div class="flash notice" role="status" id="import-result">已导入 {props.imported} 条主动公开信息，均为“已发布”。<a href="/console/items?status=published">查看已发布信息</a></div>
      ) : null}
      <Flash error={props.error} />
      {problems.length ? (
        <section class="panel" id="import-problems">
          <h2>文件中的错误（共 {problems.length} 处，未写入任何信息）</h2>
          <ol>{problems.map((p) => <li>{p}</li>)}</ol>
        </section>
      ) : null}
      <p class="hint">用于导入本机关已在其他系统或网站发布过的信息：导入后即为“已发布”，保留原发布日期，并在每条信息的记录中注明由谁导入。任何一行有误时不写入任何信息。</p>
      <p>模板：<a href="/console/items/import/template.xlsx">下载 XLSX 模板</a> · <a href="/console/items/import/template.csv">下载 CSV 模板</a></p>
      {props.canImport ? (
        <form method="post" action="/console/items/import" enctype="multipart/form-data" class="form compact">
          <label>CSV（UTF-8 或 GBK）或 XLSX 文件 <input type="file" name="file" accept=".csv,.xlsx" required /></label>
          <button type="submit" class="primary">导入</button>
        </form>
      ) : <p class="hint">批量导入需由{props.roles}办理。</p>}
      <section class="panel">
        <h2>各列说明</h2>
        <table class="figures">
          <thead><tr><th scope="col">列名</th><th scope="col">必填</th><th scope="col">说明</th><th scope="col">也可用的列名</th></tr></thead>
          <tbody>{IMPORT_COLUMNS.map((c) => <tr><th scope="row">{c.title}</th><td>{c.required ? '是' : ''}</td><td>{c.note}</td><td>{c.aliases.join('、')}</td></tr>)}</tbody>
        </table>
        <p class="hint">索引号可按原样导入的格式，例如：{INDEX_NUMBER_EXAMPLES.join('，')}；以及按“-”分段的地方编码。</p>
      </section>
    </ConsoleLayout>
  );
}
