/** The one stylesheet: plain, readable, high contrast (WCAG 2.1 AA colours), print-friendly. */
export const APP_CSS = `
:root{--red:#a4000f;--blue:#0b4f8a;--ink:#1b1b1b;--muted:#555;--line:#d6d6d6;--bg:#f6f6f4;--ok:#1d6b2f;--warn:#8a5a00;--late:#a4000f}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--ink);background:#fff}
a{color:var(--blue)}
.wrap{max-width:1180px;margin:0 auto;padding:0 16px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:10}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
header.site{background:var(--red);color:#fff}
header.site.console{background:var(--blue)}
header.site .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:16px;min-height:56px}
header.site a{color:#fff;text-decoration:none}
header.site .brand{font-weight:700;font-size:18px;margin-right:auto}
header.site nav a{margin-right:14px;white-space:nowrap}
header.site .who{display:flex;gap:8px;align-items:center}
header.site button{background:transparent;color:#fff;border:1px solid #fff;border-radius:3px;padding:2px 8px;cursor:pointer}
footer.site{margin-top:48px;border-top:1px solid var(--line);color:var(--muted);font-size:14px;padding:16px 0}
main{padding-top:16px}
h1{font-size:24px;margin:8px 0 16px}
h2{font-size:19px}
.lead{color:var(--muted)}
.form fieldset{border:1px solid var(--line);border-radius:4px;margin:0 0 16px;padding:12px 16px}
.form legend{font-weight:700;padding:0 4px}
.field{margin:8px 0 12px}
.field label{display:block;font-weight:600}
.field input,.field select,.field textarea{width:100%;max-width:560px;padding:6px 8px;border:1px solid #8a8a8a;border-radius:3px;font:inherit}
.field.has-error input,.field.has-error select,.field.has-error textarea{border-color:var(--late);border-width:2px}
.req{color:var(--late);margin-left:2px}
.hint{color:var(--muted);font-size:14px;margin:4px 0}
.error{color:var(--late);font-weight:600;margin:4px 0}
.form.narrow{max-width:420px}
.form.compact label{display:block;margin:6px 0}
.form.compact input,.form.compact select,.form.compact textarea{display:block;width:100%;max-width:480px;padding:4px 6px;font:inherit}
button{font:inherit}
button.primary{background:var(--blue);color:#fff;border:0;border-radius:3px;padding:8px 18px;cursor:pointer}
button.danger{background:var(--late);color:#fff;border:0;border-radius:3px;padding:8px 18px;cursor:pointer}
.flash{padding:10px 14px;border-radius:3px;margin:8px 0}
.flash.error{background:#fde8e8;border:1px solid var(--late);color:#6b0000}
.flash.notice{background:#e7f4ea;border:1px solid var(--ok);color:#0f3d19}
.hp{position:absolute;left:-9999px}
.receipt{border:2px solid var(--ok);padding:12px 18px;border-radius:4px;background:#f4fbf5}
.receipt dl,.meta{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:8px 0}
.meta dt{color:var(--muted)}
.meta dd{margin:0}
.mono{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:20px;font-weight:700;margin:0}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:16px}
.card{display:block;border:1px solid var(--line);border-radius:4px;padding:16px;text-decoration:none;color:inherit}
.card:hover{border-color:var(--blue)}
.tabs a{display:inline-block;padding:6px 12px;border:1px solid var(--line);border-bottom:0;margin-right:4px;text-decoration:none}
.tabs a[aria-current=page]{background:var(--blue);color:#fff}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:end;margin:12px 0;padding:8px;background:var(--bg)}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
thead th{background:var(--bg)}
td.title{max-width:320px}
tr.overdue td{background:#fdeeee}
tr.soon td{background:#fff7e0}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:14px;white-space:nowrap}
.badge.ok{background:#e2f1e5;color:var(--ok)}
.badge.soon{background:#fff0c2;color:#5c3d00}
.badge.late{background:#fbdada;color:#7a0010;font-weight:700}
.badge.paused{background:#e6e6e6;color:#333}
strong.overdue{color:var(--late)}strong.soon{color:var(--warn)}
.status{font-size:16px;background:var(--bg);border:1px solid var(--line);border-radius:12px;padding:2px 10px;margin-left:8px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(340px,1fr));gap:16px}
.panel{border:1px solid var(--line);border-radius:4px;padding:8px 16px;margin:12px 0}
.panel.warnbox{border-color:var(--warn);background:#fffaf0}
.panel.due .big{font-size:22px;font-weight:700}
.explain{font-size:14px}
.actions{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:8px;align-items:start}
details.action{border:1px solid var(--line);border-radius:4px;padding:6px 12px}
details.action summary{cursor:pointer;font-weight:600;color:var(--blue)}
.timeline{padding-left:20px}.timeline li{margin:4px 0}
.timeline time{color:var(--muted);margin-right:6px}
form.inline{display:inline;margin:0}
table.figures td{text-align:right}
table.figures caption{caption-side:top;text-align:left;color:var(--muted);padding:4px 0}
@media (max-width:700px){table.cases{display:block;overflow-x:auto;white-space:nowrap}td.title{white-space:normal;min-width:160px}}
body.large{font-size:20px;line-height:1.8}
body.large h1{font-size:30px}body.large h2{font-size:24px}
body.large .field input,body.large .field select,body.large .field textarea,body.large button{font-size:20px}
.large-toggle,.script-switch{margin-left:12px;white-space:nowrap}
mark{background:#ffe58a;color:inherit;padding:0 1px}
.hits li{margin:12px 0}.hits .meta-line{color:var(--muted);font-size:14px;margin:2px 0}
.paging{display:flex;gap:16px;margin:16px 0}
.annual-report table{border-collapse:collapse;margin:12px 0;font-size:14px}.annual-report th,.annual-report td{border:1px solid #999;padding:4px 6px}
.annual-report td.figure{text-align:right}.annual-report td.flagged{outline:3px solid #b42318;background:#fdecea}
.findings li.error{color:#b42318}.findings li{margin:6px 0}.report-view{overflow-x:auto}
@media print{header.site,footer.site,.actions,.filters{display:none}}
`;
