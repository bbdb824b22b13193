"""``--format html``: one self-contained page (inline CSS, no script, no external assets).

A summary at the top (severities, rules, files with figures read and relations checked), then each
document that has findings, line by line: every finding's span is highlighted in place (its
message in the hover title), the findings of a line are listed beside it as side notes, and a
finding's related locations (the other place of a conflict) are highlighted too and linked both
ways. Everything taken from a document is HTML-escaped.

For tests and tools, each highlight carries ``data-finding="N …"`` and ``data-related="N-M …"``
(the findings and related locations it belongs to), and each line ``data-line="L"``; finding N is
the N-th (from 1) in the report's sorted order.
"""

from __future__ import annotations

import re
from html import escape

from .. import __version__
from ..messages import RelatedLine, RelatedTo, Summary, Unreadable, by_severity, severity_name, word

_LINES = re.compile(r"\r\n|\r|\n")
_RANK = {"info": 1, "warning": 2, "error": 3}

CSS = """
:root { --error: #ffd0cc; --error-edge: #c62828; --warning: #ffe9b0; --warning-edge: #b26a00;
  --info: #d6e8ff; --info-edge: #1f5fa8; --related: #e9e2ff; --related-edge: #6a4fc9; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.6 "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif;
  color: #1d1d1f; background: #f6f6f4; }
header, section { max-width: 1400px; margin: 0 auto; padding: 16px 24px; }
h1 { font-size: 22px; margin: 8px 0; } h2 { font-size: 17px; margin: 0 0 8px; word-break: break-all; }
.counts span { display: inline-block; margin-right: 12px; padding: 1px 8px; border-radius: 10px; }
.counts .error { background: var(--error); } .counts .warning { background: var(--warning); } .counts .info { background: var(--info); }
table { border-collapse: collapse; margin: 8px 0 12px; background: #fff; }
th, td { border: 1px solid #ddd; padding: 3px 10px; text-align: left; vertical-align: top; }
td.n { text-align: right; }
section.doc { background: #fff; border: 1px solid #ddd; border-radius: 6px; margin-top: 16px; }
.line { display: grid; grid-template-columns: 3.5em minmax(0, 1fr) 24em; gap: 0 12px; padding: 1px 0; }
.line:target, .line:hover { background: #fafaf0; }
.ln { color: #999; text-align: right; user-select: none; font-size: 12px; padding-top: 3px; }
.ln a { color: inherit; text-decoration: none; }
.tx { white-space: pre-wrap; word-break: break-all; tab-size: 4; }
.notes { font-size: 13px; }
.note { border-left: 4px solid; padding: 2px 8px; margin: 2px 0 6px; border-radius: 3px; }
.note.error { border-color: var(--error-edge); background: #fff3f2; }
.note.warning { border-color: var(--warning-edge); background: #fff9e8; }
.note.info { border-color: var(--info-edge); background: #f1f6ff; }
.note .code { font-weight: bold; } .note a { color: inherit; }
a.hl { color: inherit; text-decoration: none; }
mark { border-radius: 2px; padding: 0 1px; color: inherit; text-decoration: none; }
mark.error { background: var(--error); box-shadow: inset 0 -2px var(--error-edge); }
mark.warning { background: var(--warning); box-shadow: inset 0 -2px var(--warning-edge); }
mark.info { background: var(--info); box-shadow: inset 0 -2px var(--info-edge); }
mark.related { background: var(--related); box-shadow: inset 0 -2px var(--related-edge); }
mark:target, a.anchor:target + mark { outline: 2px solid #333; }
.errors { color: var(--error-edge); }
"""


def _lines(text: str) -> list[str]:
    return _LINES.split(text)


class _Page:
    def __init__(self, report):
        self.report = report
        self.lang = getattr(report, "lang", "zh")
        self.findings = report.findings
        self.doc_ids = {path: f"d{i}" for i, path in enumerate(sorted({f.path for f in self.findings}), 1)}

    def line_href(self, path: str, line: int) -> str | None:
        doc = self.doc_ids.get(path)
        return f"#{doc}-L{line}" if doc and path in self.report.texts else None

    def render(self) -> str:
        parts = [
            f"<!DOCTYPE html>\n<html lang=\"{self.lang}\">\n<head>\n<meta charset=\"utf-8\">\n",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
            f"<title>{word('report', self.lang)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
            self.summary(),
        ]
        for path, doc_id in self.doc_ids.items():
            parts.append(self.document(path, doc_id))
        parts.append("</body>\n</html>\n")
        return "".join(parts)

    def summary(self) -> str:
        s, lang = self.report.summary(), self.lang
        w = lambda key: escape(word(key, lang))  # noqa: E731
        # the severities keep their class (the colours), in the language's words and order
        severities = ("，" if lang == "zh" else ", ").join(
            f"<span class=\"{sev}\">{escape(by_severity({sev: n}, lang))}</span>" for sev, n in s["by_severity"].items())
        line = Summary(s["findings"], s["files"], "\0", s["figures_read"], s["relations_checked"]).render(lang)
        line = escape(line.removeprefix("Found ")).replace("\0", severities)
        out = [f"<header>\n<h1>{w('report')}</h1>\n<p class=\"counts\">{line} auditor {__version__}.</p>\n"]
        if self.findings:
            out.append(f"<table class=\"rules\"><tr><th>{w('rule')}</th><th>{w('name')}</th><th>{w('findings')}</th></tr>\n")
            out += [f"<tr><td>{escape(c)}</td><td>{escape(n)}</td><td class=\"n\">{k}</td></tr>\n" for c, n, k in self.report.counts_by_rule()]
            out.append("</table>\n")
        out.append(f"<table class=\"files\"><tr><th>{w('file')}</th><th>{w('findings')}</th><th>{w('figures read')}</th><th>{w('relations checked')}</th></tr>\n")
        counts: dict[str, int] = {}
        for f in self.findings:
            counts[f.path] = counts.get(f.path, 0) + 1
        for r in self.report.results:
            name = escape(r.path)
            if r.path in self.doc_ids:
                name = f"<a href=\"#{self.doc_ids[r.path]}\">{name}</a>"
            found = f"<span class=\"errors\">{escape(Unreadable(r.error).render(lang))}</span>" if r.error else str(counts.get(r.path, 0))
            out.append(f"<tr><td>{name}</td><td class=\"n\">{found}</td><td class=\"n\">{r.figures}</td><td class=\"n\">{r.relations}</td></tr>\n")
        out.append("</table>\n</header>\n")
        return "".join(out)

    def document(self, path: str, doc_id: str) -> str:
        text = self.report.texts.get(path)
        numbered = [(n, f) for n, f in enumerate(self.findings, 1) if f.path == path]
        out = [f"<section class=\"doc\" id=\"{doc_id}\">\n<h2>{escape(path)}</h2>\n"]
        if text is None:  # no source to show: the findings as a list
            out += [f"<div class=\"notes\">{self.note(n, f)}</div>\n" for n, f in numbered]
            return "".join(out) + "</section>\n"
        lines = _lines(text)
        spans: dict[int, list] = {}  # line -> (start, end, kind, severity, id, title)
        notes: dict[int, list[str]] = {}
        for n, f in numbered:
            title = f"{f.rule} {f.name} [{f.severity}] {f.message}"
            for line, start, end in _pieces(lines, f.line, f.column, f.end_line, f.end_column):
                spans.setdefault(line, []).append((start, end, "finding", str(f.severity), str(n), title))
            notes.setdefault(min(max(f.line, 1), len(lines)), []).append(self.note(n, f))
            for m, r in enumerate(f.related, 1):
                if r.path != path:
                    continue
                rel_title = RelatedTo(f.rule, r.message).render(self.lang)
                for line, start, end in _pieces(lines, r.line, r.column, r.end_line or r.line, r.end_column or r.column + 1):
                    spans.setdefault(line, []).append((start, end, "related", "related", f"{n}-{m}", rel_title))
        for number, line in enumerate(lines, 1):
            body = _highlight(line, spans.get(number, []))
            side = "".join(notes.get(number, []))
            out.append(
                f"<div class=\"line\" id=\"{doc_id}-L{number}\" data-line=\"{number}\">"
                f"<span class=\"ln\"><a href=\"#{doc_id}-L{number}\">{number}</a></span>"
                f"<span class=\"tx\">{body}</span><span class=\"notes\">{side}</span></div>\n"
            )
        return "".join(out) + "</section>\n"

    def note(self, n: int, f) -> str:
        links = []
        for m, r in enumerate(f.related, 1):
            href = f"#r{n}-{m}" if r.path == f.path and r.path in self.report.texts else self.line_href(r.path, r.line)
            where = escape(f"{r.path}:{r.line}:{r.column}")
            target = f"<a href=\"{href}\">{where}</a>" if href else where
            links.append("<br>" + escape(RelatedLine("\0", r.message).render(self.lang)).replace("\0", target))
        return (
            f"<div class=\"note {f.severity}\" id=\"n{n}\"><a class=\"code\" href=\"#f{n}\">{escape(f.rule)}</a> "
            f"{escape(severity_name(f.severity, self.lang))} · {f.line}:{f.column}<br>{escape(f.message)}{''.join(links)}</div>"
        )


def _pieces(lines: list[str], line: int, column: int, end_line: int, end_column: int):
    """The [start, end) character ranges of a span on each line it covers; an empty span covers one character."""
    line = min(max(line, 1), len(lines))
    end_line = min(max(end_line or line, line), len(lines))
    for number in range(line, end_line + 1):
        text = lines[number - 1]
        start = column - 1 if number == line else 0
        end = end_column - 1 if number == end_line else len(text)
        start = min(max(start, 0), len(text))
        end = min(max(end, start), len(text))
        if end == start and text:
            start, end = (start, start + 1) if start < len(text) else (len(text) - 1, len(text))
        if end > start:
            yield number, start, end


def _highlight(line: str, spans: list) -> str:
    """The line as HTML with the spans marked; overlapping spans split into segments."""
    if not spans:
        return escape(line)
    cuts = sorted({0, len(line), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    out, opened = [], set()
    # A sweep over the cuts: the spans that cover a segment are kept, not searched for each one.
    by_start = iter(sorted(range(len(spans)), key=lambda i: spans[i][0]))
    waiting = next(by_start, None)
    live: dict[int, tuple] = {}
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(line[a:b])
        while waiting is not None and spans[waiting][0] <= a:
            live[waiting] = spans[waiting]
            waiting = next(by_start, None)
        for i in [i for i, s in live.items() if s[1] <= a]:
            del live[i]
        active = [live[i] for i in sorted(live)]  # in the order given, as before
        if not active:
            out.append(piece)
            continue
        anchors = ""
        for start, _, kind, _, ident, _ in active:
            key = (kind, ident)
            if key not in opened:
                opened.add(key)
                anchors += f"<a class=\"anchor\" id=\"{'f' if kind == 'finding' else 'r'}{ident}\"></a>"
        findings = [s for s in active if s[2] == "finding"]
        shown = max(findings, key=lambda s: _RANK[s[3]]) if findings else active[0]
        css = shown[3]
        ids = " ".join(s[4] for s in findings)
        related = " ".join(s[4] for s in active if s[2] == "related")
        title = escape("\n".join(s[5] for s in active))
        href = f"#n{findings[0][4]}" if findings else f"#n{active[0][4].split('-')[0]}"
        out.append(
            f"{anchors}<a href=\"{href}\" class=\"hl\"><mark class=\"{css}\" data-finding=\"{ids}\" data-related=\"{related}\" "
            f"title=\"{title}\">{piece}</mark></a>"
        )
    return "".join(out)


def render(report, stream) -> None:
    stream.write(_Page(report).render())
