"""Makes the HTML test pages: each NN_*.txt here (the clean text of a published government
document, one paragraph a line, table rows with tabs) wrapped in the chrome of a government web
site: navigation, breadcrumbs, 字体【大 中 小】, 打印/关闭, 分享到, 上一篇/下一篇, a sidebar of
links, footers, scripts and styles. The chrome carries text that the linter would flag if it read it
(截止目前, a 《 cut off by an ellipsis, 一是…二是…二是), so a leak shows as a finding. Five
layouts, as such sites are built; 04 is written in GB2312 and 09 in GBK without a charset.
Run it by hand; the pages are committed.

    python tests/data/html/make_pages.py
"""

import html
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC_NUMBER = re.compile(r"〔\d{4}〕\d+号$")
DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
SIDEBAR = [
    "关于印发《2023年全市重点工作任务分解方案…",
    "截止目前全市已完成各项任务的八成以上",
    "市政府常务会议部署：一是稳增长；二是促改革；二是惠民生",
    "2023年第二季度政府网站检查情况通报",
]
SCRIPT = """<script type="text/javascript">
var _hmt = _hmt || []; document.write("<p>截止目前访问量：" + 12345 + "</p>");
function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
</script>"""
STYLE = "<style>body{font-family:'微软雅黑'} .nav li{float:left} p{text-indent:2em;line-height:2}</style>"


def _cjk(char):
    return "\u4e00" <= char <= "\u9fff"


def esc(text):
    return html.escape(text, quote=False)


def sidebar():
    items = "\n".join(f'<li><a href="/art/{i}.html" title="{esc(t)}">{esc(t)}</a></li>' for i, t in enumerate(SIDEBAR))
    return f'<div class="right-side"><h3>热点信息</h3><ul class="hot-list">\n{items}\n</ul></div>'


def body_html(lines, paragraph_tag="p"):
    """The document's lines as HTML: title excluded; tables from tab rows; 文号 centred; 落款 right."""
    out, table = [], []

    def flush():
        if table:
            rows = "\n".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row.split("\t")) + "</tr>" for row in table
            )
            out.append(f'<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">\n<tbody>\n{rows}\n</tbody></table>')
            table.clear()

    for index, line in enumerate(lines):
        if "\t" in line:
            table.append(line)
            continue
        flush()
        if DOC_NUMBER.search(line):
            out.append(f'<p style="text-align:center">{esc(line)}</p>')
        elif DATE.match(line) or (len(line) < 16 and index + 1 < len(lines) and DATE.match(lines[index + 1])):
            out.append(f'<p style="text-align:right">{esc(line)}</p>')
        elif paragraph_tag == "br":
            out.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(line)}<br>")
        else:
            # source wrapped mid-sentence, as CMS editors save it
            cut = next((i for i in range(len(line) // 2, len(line)) if _cjk(line[i - 1]) and _cjk(line[i])), None) if len(line) > 60 else None
            text = esc(line) if cut is None else esc(line[:cut]) + "\n" + esc(line[cut:])
            out.append(f'<{paragraph_tag} style="text-indent:2em">{text}</{paragraph_tag}>')
    flush()
    return "\n".join(out)


def trs(title, lines, charset="utf-8"):
    """A TRS-style page: header, nav, breadcrumb, metadata table, #zoom editor, share, prev/next."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{esc(title)}_政策文件_人民政府门户网站</title>{STYLE}{SCRIPT}</head>
<body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="人民政府门户网站"></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxx/">走进本市</a></li></ul></div></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a></div>
<div class="main">
<table class="xxgk-table"><tr><td>索引号：</td><td>11A00-02-2023-0031</td><td>主题分类：</td><td>政务公开</td></tr>
<tr><td>发布机构：</td><td>人民政府办公室</td><td>发布日期：</td><td>2023-08-08</td></tr></table>
<div class="article">
<h1 class="article-title">{esc(title)}</h1>
<div class="article-info">发布时间：2023-08-08 10:20 来源：市政府办公室 浏览次数：1362 <span class="font">字体：【<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div id="zoom" class="TRS_Editor">
{body_html(lines)}
</div>
<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="prev-next"><p>上一篇：<a href="/art/1.html">关于印发《2023年全市重点工作任务分解方案…</a></p><p>下一篇：<a href="/art/3.html">截止目前全市已完成各项任务的八成以上</a></p></div>
</div>
{sidebar()}
</div>
<div class="footer"><p>主办：人民政府办公室 承办：大数据中心</p><p>网站标识码：3605000001 赣ICP备05001234号-1 赣公网安备36050202000123号</p><p>版权所有 © 2003-2023 联系电话：0790-6441234</p></div>
</body></html>
"""


def old_tables(title, lines, charset="gb2312"):
    """An old table-layout site (GB2312): layout tables nested, content in a cell, paragraphs as <br>."""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{esc(title)}</title>
{STYLE}
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="120" background="/images/top.jpg"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/bsfw">办事服务</a> | <a href="/gzcy">公众参与</a></td></tr>
<tr><td class="weizhi">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk">政务公开</a> &gt;&gt; 省政府办公厅文件</td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="220" valign="top" class="left">
<table width="100%"><tr><td class="lanmu">相关文章</td></tr>
{''.join(f'<tr><td><a href="/a/{i}.htm">{esc(t)}</a></td></tr>' for i, t in enumerate(SIDEBAR))}
</table>
</td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center" class="biaoti"><strong>{esc(title)}</strong></td></tr>
<tr><td align="center" class="riqi">时间：2009-02-18　来源：省政府办公厅　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="content" id="content">
{body_html(lines, "br")}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">打印</a>　<a href="javascript:window.close()">关闭</a></td></tr>
</table>
</td></tr></table>
</td></tr>
<tr><td class="bottom" align="center">版权所有：人民政府办公厅　地址：长沙市三一大道　邮编：410001<br>湘ICP备05000000号　技术支持：信息中心</td></tr>
</table>
</body>
</html>
"""


def modern(title, lines, charset="utf-8"):
    """An HTML5 site: header/nav/main/article/aside/footer, a 文章信息 bar, share icons, prev/next."""
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="{charset}"><meta name="viewport" content="width=device-width">
<title>{esc(title)} - 政府信息公开</title>{STYLE}</head>
<body>
<header class="site-header"><nav class="main-nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/hd/">互动</a><a href="/fw/">服务</a></nav>
<form class="search"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></header>
<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li><li>年度报告</li></ol></nav>
<main class="container">
<article class="detail">
<header><h2 class="detail-title">{esc(title)}</h2>
<p class="meta"><span>发布日期：2024-01-15</span><span>信息来源：本网</span><span class="fontsize">字体：<a>大</a><a>中</a><a>小</a></span><a class="print" onclick="window.print()">打印</a></p></header>
<div class="detail-content">
{body_html(lines)}
</div>
<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>
<div class="pagination"><a href="/p/1">上一篇：关于印发《2023年全市重点工作任务分解方案…</a><a href="/p/3">下一篇：市政府常务会议部署：一是稳增长；二是促改革；二是惠民生</a></div>
</article>
<aside>{sidebar()}</aside>
</main>
<footer class="site-footer"><p>网站标识码：6527000001</p><p>新ICP备12001234号</p><p>主办单位：人民政府办公室</p><p><a href="/sitemap">网站地图</a> | <a href="/contact">联系我们</a></p></footer>
<script src="/js/jquery.min.js"></script>{SCRIPT}
</body></html>
"""


def divs(title, lines, charset="utf-8"):
    """A CMS that writes paragraphs as <div>s, with 打印/关闭 and 分享到 inside the text's own element."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(title)}</title>{STYLE}</head>
<body>
<div id="top"><div class="topbar">今天是：<span id="today"></span> <a href="#">无障碍浏览</a> <a href="#">长者模式</a> <a href="#">English</a></div>
<ul id="menu"><li><a href="/">网站首页</a></li><li><a href="/news/">新闻中心</a></li><li><a href="/gk/">政务公开</a></li></ul></div>
<div id="position">您当前所在位置：<a href="/">首页</a> » <a href="/news/">新闻中心</a> » 工作动态</div>
<div id="wrap">
<div class="con-title">{esc(title)}</div>
<div class="con-info">来源：办公室　　作者：　　发布时间：2024-04-06　　点击数：<span>2207</span>　　【<a href="#">字体：大 中 小</a>】　【<a href="#">打印</a>】　【<a href="#">关闭</a>】</div>
<div class="con-text">
{body_html(lines, "div")}
<div style="text-align:right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div>分享到：<a>微信</a> <a>微博</a></div>
</div>
<div class="ewm">扫一扫在手机打开当前页</div>
<div class="xgwz"><b>相关文章：</b><ul>{''.join(f'<li><a href="/a/{i}">{esc(t)}</a></li>' for i, t in enumerate(SIDEBAR))}</ul></div>
</div>
<div id="footer">Copyright © 2024 人民政府 All Rights Reserved　陕ICP备05012345号<br />地址：县政府大楼　电话：0916-3821234　<a href="#">网站地图</a></div>
</body></html>
"""


def news(title, lines, charset="utf-8"):
    """A news-portal page: title, 发布时间 bar, text and editor's line all in one #article-body; a comment box."""
    return f"""<!DOCTYPE html><html><head><meta charset="{charset}"><title>{esc(title)}_新闻频道</title>
<meta name="description" content="{esc(lines[0][:60])}">{STYLE}</head>
<body>
<div class="topnav"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/zt">专题</a> <a href="/video">视频</a> <a href="/app">客户端</a></div>
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/news">时政要闻</a> &gt; 正文</div>
<div class="content-wrap">
<div id="article-body" class="article-body">
<h1>{esc(title)}</h1>
<div class="source">发布时间：2024-03-13 08:02:11　来源：新华网　浏览次数：3406　字体：【大 中 小】</div>
{body_html(lines)}
<p class="editor">[ 责任编辑：张晓静 ]</p>
</div>
<div class="share-bar">分享到：<a>微信</a> <a>微博</a> <a>QQ</a></div>
<div id="comment"><textarea>请输入评论</textarea><button>发表</button></div>
{sidebar()}
</div>
<div class="footer"><a href="/about">关于我们</a> | <a href="/ad">广告服务</a> | 互联网新闻信息服务许可证：10120170000 | 违法和不良信息举报电话：010-12345678</div>
</body></html>
"""


LAYOUTS = {
    "01": trs, "02": trs, "03": divs, "04": old_tables, "05": old_tables,
    "06": modern, "07": news, "08": news, "09": divs, "10": modern,
}
ENCODINGS = {"04": ("gb2312", "gb2312"), "09": ("gbk", None)}  # 09 says no charset: it must be detected


def main():
    for text_file in sorted(HERE.glob("[0-9][0-9]_*.txt")):
        number = text_file.name[:2]
        lines = text_file.read_text(encoding="utf-8").splitlines()
        encoding, declared = ENCODINGS.get(number, ("utf-8", "utf-8"))
        page = LAYOUTS[number](lines[0], lines[1:], declared or "")
        if declared is None:
            page = re.sub(r'<meta http-equiv="Content-Type" content="text/html; charset=" />', "", page)
        text_file.with_suffix(".html").write_bytes(page.encode(encoding, "xmlcharrefreplace"))  # ©, » as &#169; where the charset lacks them


if __name__ == "__main__":
    main()
