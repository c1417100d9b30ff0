/** Page shells: the public portal and the staff console. Server-rendered, no JavaScript needed. */
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { Actor } from '../../services/deps.ts';
import { ScriptAlternates, ScriptSwitch } from '../script/switch.ts';
import { LargeTextToggle, largeTextOn } from '../prefs/large-text.tsx';

export const SITE_NAME = '政府信息公开';

/** The document head shared by every page. */
function Head(props: { title: string; alternates?: boolean }) {
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{props.title}</title>
      <link rel="stylesheet" href="/static/app.css" />
      {props.alternates ? <ScriptAlternates /> : null}
    </head>
  );
}

export function PublicLayout(props: { title: string; children?: Child }) {
  return (
    <>
    {raw('<!DOCTYPE html>')}
    <html lang="zh-CN">
      <Head title={`${props.title} — ${SITE_NAME}`} alternates />
      <body class={largeTextOn() ? 'large' : undefined}>
        <a class="skip" href="#main">跳到正文</a>
        <header class="site">
          <div class="wrap">
            <a class="brand" href="/">{SITE_NAME}</a>
            <nav aria-label="主导航">
              <a href="/">首页</a>
              <a href="/catalog">信息公开目录</a>
              <a href="/guide">信息公开指南</a>
              <a href="/apply">依申请公开</a>
              <a href="/status">申请进度查询</a>
              <a href="/console">工作人员登录</a>
            </nav>
            <ScriptSwitch />
            <LargeTextToggle />
          </div>
        </header>
        <main id="main" class="wrap">{props.children}</main>
        <footer class="site"><div class="wrap">本网站由 gongkai 政府信息公开工作平台提供支持</div></footer>
      </body>
    </html>
    </>
  );
}

export function ConsoleLayout(props: { title: string; actor: Actor; children?: Child }) {
  const a = props.actor;
  return (
    <>
    {raw('<!DOCTYPE html>')}
    <html lang="zh-CN">
      <Head title={`${props.title} — ${a.agencyName} — 工作台`} />
      <body class="console">
        <a class="skip" href="#main">跳到正文</a>
        <header class="site console">
          <div class="wrap">
            <a class="brand" href="/console">{a.agencyName} · 信息公开工作台</a>
            <nav aria-label="工作台导航">
              <a href="/console">待办</a>
              <a href="/console/cases?view=all">全部申请</a>
              <a href="/console/intake">登记申请</a>
              <a href="/console/items">主动公开</a>
              <a href="/console/digest">到期提醒</a>
              <a href="/console/reviews">复议诉讼</a>
              <a href="/console/figures">年度统计</a>
              <a href="/console/reports">年度报告</a>
              <a href="/console/dashboard">统计图表</a>
              <a href="/console/settings">设置</a>
            </nav>
            <div class="who">
              <span>{a.displayName}</span>
              {a.agencies.length > 1 ? (
                <form method="post" action="/console/switch-agency" class="inline">
                  <label class="sr" for="agency-switch">切换机关</label>
                  <select id="agency-switch" name="agencyId">
                    {a.agencies.map((g) => (
                      <option value={String(g.id)} selected={g.id === a.agencyId}>{g.name}</option>
                    ))}
                  </select>
                  <button type="submit">切换</button>
                </form>
              ) : null}
              <form method="post" action="/console/logout" class="inline">
                <button type="submit">退出登录</button>
              </form>
            </div>
          </div>
        </header>
        <main id="main" class="wrap">{props.children}</main>
      </body>
    </html>
    </>
  );
}

/** A message box: errors (role=alert) or notices. */
export function Flash(props: { error?: string | undefined; notice?: string | undefined }) {
  return (
    <>
      {props.error ? <div class="flash error" role="alert">{props.error}</div> : null}
      {props.notice ? <div class="flash notice" role="status">{props.notice}</div> : null}
    </>
  );
}
