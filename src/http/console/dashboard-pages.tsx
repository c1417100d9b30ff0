/** Console pages: an agency's dashboard (统计图表) and the supervising office's page (所辖机关年度报告). */
import { cellPlace } from '../../domain/report/labels.ts';
import { AnnualReportBody } from '../../report/annual/html.tsx';
import type { DashboardData } from '../../services/dashboard.ts';
import { MONTHS } from '../../services/dashboard.ts';
import type { Actor } from '../../services/deps.ts';
import type { Supervision } from '../../services/report/supervision.ts';
import { reportDeadline } from '../../services/report/supervision.ts';
import { Chart } from '../views/chart.tsx';
import { ConsoleLayout } from '../views/layout.tsx';

const MONTH_LABELS = MONTHS.map((m) => `${m}月`);
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

function YearForm(props: { year: number }) {
  return (
    <form method="get" class="filters">
      <label>年度 <input type="number" name="year" value={String(props.year)} min="2019" max="2100" /></label>
      <button type="submit">查看</button>
    </form>
  );
}

/** The five charts of a dashboard; `prefix` keeps ids unique on the page. */
export function DashboardCharts(props: { data: DashboardData; prefix: string; headingLevel: 2 | 3 }) {
  const { data: d, prefix } = props;
  const y = d.year;
  const H = props.headingLevel === 2 ? 'h2' : 'h3';
  const byWhom = d.timelinessBy === 'agency' ? '机关' : '部门';
  return (
    <div class="dashboard">
      <section aria-labelledby={`${prefix}-apps`}>
        <H id={`${prefix}-apps`}>依申请公开</H>
        <Chart
          categoryHeader="月份"
          spec={{
            id: `${prefix}-by-channel`, kind: 'stacked', categories: MONTH_LABELS,
            title: `${y}年每月收到的申请（按渠道）`,
            description: `共${sum(d.byChannel.flatMap((s) => s.values))}件，按收到（受理）月份和提交渠道堆叠。`,
            series: d.byChannel.map((s) => ({ name: s.label, values: s.values })),
          }}
          extra={[{ name: '合计', values: MONTHS.map((_, i) => sum(d.byChannel.map((s) => s.values[i] ?? 0))) }]}
        />
        <Chart
          categoryHeader="月份"
          spec={{
            id: `${prefix}-by-outcome`, kind: 'stacked', categories: MONTH_LABELS,
            title: `${y}年每月收到的申请（按办理结果）`,
            description: '按收到月份，以申请的办理结果分组（年度报告三、本年度办理结果的六类）；尚未办结的计为办理中。',
            series: d.byOutcome.map((s) => ({ name: s.label, values: s.values })),
          }}
          extra={[{ name: '合计', values: MONTHS.map((_, i) => sum(d.byOutcome.map((s) => s.values[i] ?? 0))) }]}
        />
        <Chart
          categoryHeader="月份"
          spec={{
            id: `${prefix}-on-time`, kind: 'line', unit: '%', max: 100, categories: MONTH_LABELS,
            title: `${y}年每月按时答复率`,
            description: `按答复月份，在答复期限内答复的申请占当月答复申请的百分比；全年答复${sum(d.onTime.answered)}件，按时${sum(d.onTime.onTime)}件。`,
            series: [{ name: '按时答复率', values: d.onTime.rate }],
          }}
          extra={[{ name: '答复件数', values: d.onTime.answered }, { name: '按时答复件数', values: d.onTime.onTime }]}
        />
      </section>
      <section aria-labelledby={`${prefix}-items`}>
        <H id={`${prefix}-items`}>主动公开</H>
        <Chart
          categoryHeader="渠道"
          spec={{
            id: `${prefix}-item-channels`, kind: 'bar', categories: d.itemChannels.map((c) => c.label),
            title: `${y}年各渠道发布的信息`,
            description: '本年在各渠道发布的已公开信息条数（一条信息在多个渠道发布的，各渠道分别计数）。',
            series: [{ name: '信息条数', values: d.itemChannels.map((c) => c.count) }],
          }}
        />
        <Chart
          categoryHeader={byWhom}
          spec={{
            id: `${prefix}-timeliness`, kind: 'stacked', categories: d.timeliness.map((t) => t.name),
            title: `${y}年各${byWhom}公开时效（第二十六条）`,
            description: `本年公开的信息中，在信息形成或者变更之日起20个工作日内公开的（及时）和超过期限公开的（逾期），按${byWhom}。`,
            series: [
              { name: '及时公开', values: d.timeliness.map((t) => t.published - t.late) },
              { name: '逾期公开', values: d.timeliness.map((t) => t.late) },
            ],
            height: Math.max(320, 40 + d.timeliness.length * 12),
          }}
          extra={[{ name: '本年公开', values: d.timeliness.map((t) => t.published) }, { name: '及时率', values: d.timeliness.map((t) => (t.published ? `${Math.round(((t.published - t.late) / t.published) * 1000) / 10}%` : null)) }]}
        />
      </section>
    </div>
  );
}

export function DashboardPage(props: { actor: Actor; data: DashboardData; supervises: boolean }) {
  return (
    <ConsoleLayout title="统计图表" actor={props.actor}>
      <h1>{props.data.year}年统计图表</h1>
      <YearForm year={props.data.year} />
      {props.supervises ? <p><a href={`/console/supervision?year=${props.data.year}`}>查看所辖机关的年度报告和统计图表</a></p> : null}
      <DashboardCharts data={props.data} prefix="agency" headingLevel={2} />
    </ConsoleLayout>
  );
}

const FORMATS = [
  { ext: 'xlsx', label: 'Excel（XLSX）' },
  { ext: 'docx', label: 'Word（DOCX）' },
  { ext: 'pdf', label: 'PDF' },
  { ext: 'json', label: 'JSON' },
] as const;

export function SupervisionPage(props: { actor: Actor; s: Supervision; dashboard: DashboardData }) {
  const { s } = props;
  const y = s.year;
  return (
    <ConsoleLayout title="所辖机关年度报告" actor={props.actor}>
      <h1>{y}年所辖机关政府信息公开工作年度报告</h1>
      <YearForm year={y} />
      <p class="lead">{s.office.name}所辖{s.subordinates.length}个机关。报告状态暂依信息公开目录判断：已发布名为“机关名称{y}年政府信息公开工作年度报告”的信息即为已发布，{reportDeadline(y).replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}以后发布的为逾期发布。</p>
      <section aria-labelledby="sub-heading">
        <h2 id="sub-heading">报告状态</h2>
        {s.subordinates.length === 0 ? <p>本机关没有所辖机关。</p> : (
          <table class="figures" id="subordinates">
            <caption>{y}年度报告状态（汇总数据按各机关记录计算）</caption>
            <thead>
              <tr><th scope="col">机关</th><th scope="col">状态</th><th scope="col">发布日期</th><th scope="col">本年新收申请</th><th scope="col">本年办结</th><th scope="col">行政复议</th><th scope="col">行政诉讼</th></tr>
            </thead>
            <tbody>
              {s.subordinates.map((r) => {
                const a = r.report.applications;
                const ap = r.report.appeals;
                return (
                  <tr data-agency={r.agency.code}>
                    <th scope="row">{r.agency.name}</th>
                    <td class={`status-${r.status}`}>{r.itemId ? <a href={`/items/${r.itemId}`}>{r.statusLabel}</a> : r.statusLabel}</td>
                    <td>{r.publishedOn ?? '—'}</td>
                    <td>{a['一']?.total ?? ''}</td>
                    <td>{a['三.7']?.total ?? ''}</td>
                    <td>{ap.review?.total ?? ''}</td>
                    <td>{(ap.litigation_direct?.total ?? 0) + (ap.litigation_after_review?.total ?? 0)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="sum-heading">
        <h2 id="sum-heading">汇总报告</h2>
        <p>所辖{s.sum.count}个机关的年度报告逐项相加（{s.sum.report.format}年格式）。下载：{FORMATS.map((f, i) => <>{i ? '，' : ''}<a href={`/console/supervision/${y}.${f.ext}`} download>{f.label}</a></>)}</p>
        {s.sum.blanks.length ? (
          <div class="panel warnbox" role="note">
            <p>以下单元格在部分机关的报告中为空，汇总值留空：</p>
            <ul>{s.sum.blanks.map((b) => <li>{b.ref.section === 'other' ? '六、信息处理费' : cellPlace(s.sum.report.format, b.ref)}：{b.agencies.join('、')}</li>)}</ul>
          </div>
        ) : null}
        <AnnualReportBody report={s.sum.report} headingLevel={2} idPrefix="sum" />
      </section>
      <section aria-labelledby="charts-heading">
        <h2 id="charts-heading">所辖机关统计图表</h2>
        <DashboardCharts data={props.dashboard} prefix="sub" headingLevel={3} />
      </section>
    </ConsoleLayout>
  );
}
