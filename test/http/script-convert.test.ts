import { describe, expect, it } from 'vitest';
import { convertHtml, toSimplified, toTraditional } from '../../src/http/script/convert.ts';
import { rewriteHtml } from '../../src/http/script/html.ts';

describe('toTraditional: character-level, never vocabulary (issue 3)', () => {
  // [Simplified, expected Traditional, what a phrase converter (OpenCC twp) would wrongly write]
  const words: [string, string, string][] = [
    ['粉丝', '粉絲', '冬粉'],
    ['程序', '程序', '程式'],
    ['文件', '文件', '檔案'],
    ['短信', '短信', '簡訊'],
    ['应用', '應用', '套用'],
    ['优化', '優化', '最佳化'],
    ['窗口', '窗口', '視窗'],
  ];
  it.each(words)('%s → %s (not %s)', (simplified, traditional, phrase) => {
    const t = toTraditional(simplified);
    expect(t).toBe(traditional);
    expect(t).not.toContain(phrase);
    expect(toSimplified(t)).toBe(simplified);
  });

  it('keeps the words inside a sentence, converting only characters', () => {
    expect(toTraditional('请通过短信或窗口领取文件，应用程序已优化，欢迎粉丝关注'))
      .toBe('請通過短信或窗口領取文件，應用程序已優化，歡迎粉絲關注');
  });

  it('converts the portal vocabulary', () => {
    expect(toTraditional('政府信息公开申请 受理机关 申请进度查询')).toBe('政府信息公開申請 受理機關 申請進度查詢');
  });

  it('leaves text without Chinese characters as it is', () => {
    expect(toTraditional('2026-JIA-0001 &amp; <b>')).toBe('2026-JIA-0001 &amp; <b>');
    expect(toSimplified('')).toBe('');
  });
});

describe('toSimplified: a Traditional query finds Simplified text', () => {
  it.each([
    ['申請', '申请'],
    ['機關', '机关'],
    ['裡面', '里面'], // Taiwan glyph
    ['裏面', '里面'], // OpenCC-standard / Hong Kong glyph
    ['頭髮', '头发'],
    ['發佈', '发布'],
    ['政府信息公開', '政府信息公开'],
  ])('%s → %s', (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });

  it('round-trips a paragraph of a disclosure text', () => {
    const text = '根据《中华人民共和国政府信息公开条例》第二十条，行政机关应当主动公开本行政机关的机构职能、机构设置、' +
      '办公地址、办公时间、联系方式、负责人姓名；行政法规、规章和规范性文件；发布的统计信息；办理行政许可和其他' +
      '对外管理服务事项的依据、条件、程序以及办理结果。公众可以通过政府网站、政务新媒体、短信和政务服务窗口获取' +
      '上述信息，应用程序经优化后可以下载文件，欢迎粉丝留言。';
    const traditional = toTraditional(text);
    expect(traditional).toContain('中華人民共和國政府信息公開條例');
    expect(traditional).toContain('規範性文件');
    expect(toSimplified(traditional)).toBe(text);
  });
});

describe('convertHtml', () => {
  it('converts text and readable attributes, never URLs, ids, classes or names', () => {
    const html = '<a href="/search?q=应用" id="应用" class="应用 链接" data-x="应用" title="应用说明">应用</a>' +
      '<img src="/img/图片.png" alt="机关图片"><input name="关键词" placeholder="请输入关键词" aria-label="搜索框">';
    expect(convertHtml(html)).toBe('<a href="/search?q=应用" id="应用" class="应用 链接" data-x="应用" title="應用說明">應用</a>' +
      '<img src="/img/图片.png" alt="機關圖片"><input name="关键词" placeholder="請輸入關鍵詞" aria-label="搜索框">');
  });

  it('converts button labels but not what the user typed or the codes a form submits', () => {
    const html = '<form action="/申请"><input type="text" name="t" value="张三的申请">' +
      '<input type="SUBMIT" value="提交申请"><input type="hidden" name="h" value="机关">' +
      '<textarea name="d">我的申请 <b>说明</b></textarea>' +
      '<select name="s"><option value="机关" label="机关">机关</option></select>' +
      '<button type="submit" name="b" value="批准">批准</button></form>';
    expect(convertHtml(html)).toBe('<form action="/申请"><input type="text" name="t" value="张三的申请">' +
      '<input type="SUBMIT" value="提交申請"><input type="hidden" name="h" value="机关">' +
      '<textarea name="d">我的申请 <b>说明</b></textarea>' +
      '<select name="s"><option value="机关" label="機關">機關</option></select>' +
      '<button type="submit" name="b" value="批准">批准</button></form>');
  });

  it('leaves scripts, styles and comments alone, whatever their case', () => {
    const html = '<SCRIPT type="module">const s = "<p>应用</p>";</SCRIPT><style>.a::after{content:"应用"}</style>' +
      '<!-- 应用 <p>注释</p> --><p>应用</p><script>x("</p>应用")</script >';
    expect(convertHtml(html)).toBe('<SCRIPT type="module">const s = "<p>应用</p>";</SCRIPT><style>.a::after{content:"应用"}</style>' +
      '<!-- 应用 <p>注释</p> --><p>應用</p><script>x("</p>应用")</script >');
  });

  it('converts the title and meta descriptions, not other meta content', () => {
    const html = '<!DOCTYPE html><html lang="zh-CN"><head><title>机关 — 公开</title>' +
      '<meta name="description" content="政府信息公开"><meta property="og:title" content="公开">' +
      '<meta name="generator" content="应用"><meta http-equiv="refresh" content="5;url=/应用"></head></html>';
    expect(convertHtml(html)).toBe('<!DOCTYPE html><html lang="zh-CN"><head><title>機關 — 公開</title>' +
      '<meta name="description" content="政府信息公開"><meta property="og:title" content="公開">' +
      '<meta name="generator" content="应用"><meta http-equiv="refresh" content="5;url=/应用"></head></html>');
  });

  it('handles single-quoted, unquoted and valueless attributes and a ">" inside a value', () => {
    const html = "<p title='机关 \"甲\"' class=x hidden data-a=\"1>2\" alt=应用>机关</p>";
    expect(convertHtml(html)).toBe("<p title='機關 \"甲\"' class=x hidden data-a=\"1>2\" alt=\"應用\">機關</p>");
    // A changed unquoted value is quoted; a quote in a changed value is escaped.
    const out = convertHtml("<img alt=机关 title='说&#39;明'>", { convert: (s) => s.replace('机关', '机 "关"') });
    expect(out).toBe("<img alt=\"机 &quot;关&quot;\" title='说&#39;明'>");
  });

  it('keeps entities and a lone "<" in text', () => {
    expect(convertHtml('<p>&lt;应用&gt; a < b &amp; 机关</p>')).toBe('<p>&lt;應用&gt; a < b &amp; 機關</p>');
  });

  it('lets rewriteAttr decide first, its value written as is', () => {
    const out = convertHtml('<html lang="zh-CN"><a href="/apply" title="申请">申请</a></html>', {
      rewriteAttr: (tag, a) => (tag.name === 'html' && a.name === 'lang' ? 'zh-Hant' : a.name === 'title' ? '申请书' : undefined),
    });
    expect(out).toBe('<html lang="zh-Hant"><a href="/apply" title="申请书">申請</a></html>');
  });

  it('copies a page byte for byte when nothing is rewritten, even if cut off inside a tag', () => {
    const page = '<!DOCTYPE html><html><body><p class="a" hidden>申请 &amp; 机关<br/></p><a title="x';
    expect(rewriteHtml(page, {})).toBe(page);
    expect(convertHtml(page)).toBe('<!DOCTYPE html><html><body><p class="a" hidden>申請 &amp; 機關<br/></p><a title="x');
  });
});
