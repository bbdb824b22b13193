"""``--format html``: one self-contained page for one file or for thousands.

At the top, the severities and a table of files × rules with their counts (a count opens the file
with that rule selected), filters by rule and by severity, and pages of 100 files; files are in
natural order (``_2`` before ``_10``). Each file with findings is a collapsible section whose lines
are inert text (a ``<script type="text/x-auditor-lines">`` data block, never run) until it is
opened, so that a report of 3000 files loads as 3000 headings: a ``<template>`` would be parsed into
elements at load, which took about 1.6 times as long (3000 files, 21 MB, in headless Chromium).
In a file, every finding's span is highlighted in place (its message in the hover title), the
findings of a line are listed beside it as side notes, its related locations (the other place of a
conflict) are highlighted too and linked both ways, and the relations the rules checked (sums,
shares, counts stated twice …, holding or not) are shown beside their lines on "显示核对关系".
Markdown is shown as rendered text: its markup is hidden but kept in the page (a toggle shows it),
so that lines and columns stay the file's own. Headings and labels are in the run's language.

Everything taken from a document is HTML-escaped, and a Content-Security-Policy allows only the
page's own style and script, by their SHA-256 hashes: nothing is loaded, and no script from a
document could run even if it reached the page.

For tests and tools, each highlight carries ``data-finding="N …"`` and ``data-related="N-M …"``
(the findings and related locations it belongs to), and each line ``data-line="L"``; finding N is
the N-th (from 1) in the report's sorted order. ``body[data-ready]`` is set once the script ran and
``body[data-shown]`` is the number of files the filters leave.
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import cache
from html import escape

from .. import __version__
from ..messages import RelatedLine, RelatedTo, Summary, Unreadable, by_severity, severity_name, word

_LINES = re.compile(r"\r\n|\r|\n")
_RANK = {"info": 1, "warning": 2, "error": 3}
_SEVERITIES = ("error", "warning", "info")
_NUMBER = re.compile(r"(\d+)")
# Files whose lines in the report are not the lines the rules read (text extracted from a PDF or a
# web page): their relations are located in the extracted text, so they are not shown beside lines.
# (A .docx's relations are moved to its paragraphs, as its findings are.)
_EXTRACTED = (".pdf", ".html", ".htm")
# A file's lines, as HTML kept as text until the file is opened. A script's text ends only at
# "</script": every character from a document is escaped ("<" is "&lt;") and auditor's own markup
# has no "</script" and no "<!--", so a document cannot end or alter the block.
_LAZY = '<script type="text/x-auditor-lines" class="lines">'

# The page's own words, by language (the findings' messages come rendered in the run's language).
_LABELS = {
    "rules": ("按规则", "Rule"),
    "all rules": ("全部规则", "all rules"),
    "severities": ("按级别", "Severity"),
    "show relations": ("显示核对关系", "show checked relations"),
    "show markup": ("显示 Markdown 标记", "show Markdown markup"),
    "open page": ("展开本页", "expand this page"),
    "close all": ("全部收起", "collapse all"),
    "pager": ("第 {page}/{pages} 页，共 {shown} 个文件（全部 {total} 个）", "page {page} of {pages}, {shown} files ({total} in all)"),
    "previous": ("上一页", "previous"),
    "next": ("下一页", "next"),
    "total": ("合计", "total"),
    "holds": ("成立", "holds"),
    "fails": ("不成立", "fails"),
    "by file": ("各文件问题数（点击数字查看该文件中该规则的问题）", "Findings by file and rule (a count opens the file with that rule selected)"),
    "by rule": ("各规则问题数", "Findings by rule"),
    "only": ("只看", "only"),
}
# The relations' kinds (``Checked.kind``), in Chinese; other kinds are shown as they are.
_KINDS_ZH = {
    "sum": "分项之和", "share": "占比", "rate": "标准×数量", "count": "前后数字", "date": "日期",
    "change": "增减", "classification": "分类", "name": "名称", "respectively": "分别",
}


def _label(key: str, lang: str) -> str:
    zh, en = _LABELS[key]
    return en if lang == "en" else zh


def natural_key(path: str) -> tuple:
    """File names in the order a person expects: ``_2`` before ``_10`` (digits compared as numbers)."""
    parts = _NUMBER.split(path)  # text, digits, text, digits …: the types alternate
    return tuple(int(p) if i % 2 else p.casefold() for i, p in enumerate(parts)), path

CSS = """
:root { --error: #ffd0cc; --error-edge: #c62828; --warning: #ffe9b0; --warning-edge: #b26a00;
  --info: #d6e8ff; --info-edge: #1f5fa8; --related: #e9e2ff; --related-edge: #6a4fc9; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 15px/1.6 "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif;
  color: #1d1d1f; background: #f6f6f4; }
header, main { max-width: 1400px; margin: 0 auto; padding: 16px 24px; }
h1 { font-size: 22px; margin: 8px 0; } h2 { font-size: 17px; margin: 0; display: inline; word-break: break-all; }
h3 { font-size: 15px; margin: 12px 0 4px; }
.counts button { border: 0; margin: 0 2px; padding: 1px 8px; border-radius: 10px; font: inherit; cursor: pointer; }
.counts .error, .sev.error { background: var(--error); } .counts .warning, .sev.warning { background: var(--warning); }
.counts .info, .sev.info { background: var(--info); }
.sev { padding: 0 6px; border-radius: 8px; font-size: 12px; margin-left: 6px; }
.filters { position: sticky; top: 0; z-index: 2; background: #f6f6f4; padding: 6px 0; border-bottom: 1px solid #ddd; }
.filters label, .filters select, .filters button { margin-right: 10px; font: inherit; }
#pager .where { margin: 0 8px; }
.scroll { max-height: 60vh; overflow: auto; }
table { border-collapse: collapse; margin: 8px 0 12px; background: #fff; }
th, td { border: 1px solid #ddd; padding: 3px 10px; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; } th { white-space: nowrap; } td.path { min-width: 20em; word-break: break-all; }
table button { border: 0; background: none; color: #1f5fa8; text-decoration: underline; cursor: pointer; font: inherit; padding: 0; }
details.doc { background: #fff; border: 1px solid #ddd; border-radius: 6px; margin-top: 12px; padding: 8px 16px; }
details.doc > summary { cursor: pointer; padding: 4px 0; }
.line { display: grid; grid-template-columns: 3.5em minmax(0, 1fr) 24em; gap: 0 12px; padding: 1px 0; }
.line:target, .line:hover { background: #fafaf0; }
.ln { color: #999; text-align: right; user-select: none; font-size: 12px; padding-top: 3px; }
.ln a { color: inherit; text-decoration: none; }
.tx { white-space: pre-wrap; word-break: break-all; tab-size: 4; }
.notes { font-size: 13px; }
.note, .rel { border-left: 4px solid; padding: 2px 8px; margin: 2px 0 6px; border-radius: 3px; }
.note.error { border-color: var(--error-edge); background: #fff3f2; }
.note.warning { border-color: var(--warning-edge); background: #fff9e8; }
.note.info { border-color: var(--info-edge); background: #f1f6ff; }
.note .code { font-weight: bold; } .note a { color: inherit; }
.rel { display: none; border-color: #2e7d32; background: #f1f8f1; font-size: 12px; }
.rel.fails { border-color: var(--error-edge); background: #fff3f2; }
body.show-rel .rel { display: block; }
a.hl { color: inherit; text-decoration: none; }
mark { border-radius: 2px; padding: 0 1px; color: inherit; text-decoration: none; }
mark.error { background: var(--error); box-shadow: inset 0 -2px var(--error-edge); }
mark.warning { background: var(--warning); box-shadow: inset 0 -2px var(--warning-edge); }
mark.info { background: var(--info); box-shadow: inset 0 -2px var(--info-edge); }
mark.related { background: var(--related); box-shadow: inset 0 -2px var(--related-edge); }
mark.dim { background: none; box-shadow: none; }
mark:target, a.anchor:target + mark { outline: 2px solid #333; }
.errors { color: var(--error-edge); }
/* Markdown shown as rendered text; its markup stays in the page, hidden (shown on "show-md"). */
.md .mk { display: none; } body.show-md .md .mk { display: inline; color: #999; }
.md .line.md-delim, .md .line.md-fence { display: none; }
body.show-md .md .line.md-delim, body.show-md .md .line.md-fence { display: grid; }
.md .md-h1 .tx { font-size: 1.6em; font-weight: bold; } .md .md-h2 .tx { font-size: 1.35em; font-weight: bold; }
.md .md-h3 .tx, .md .md-h4 .tx, .md .md-h5 .tx, .md .md-h6 .tx { font-size: 1.1em; font-weight: bold; }
.md .md-quote .tx { border-left: 3px solid #ccc; padding-left: 10px; color: #555; }
.md .md-bullet .tx::before { content: "• "; }
.md .md-code .tx, .md .code { font-family: monospace; background: #f3f3f3; }
.md .md-html .tx { color: #888; }
.md .md-th .tx { font-weight: bold; }
body:not(.show-md) .md .md-hr .tx { display: block; border-bottom: 1px solid #bbb; height: 0.8em; color: transparent; }
.md .sep { color: #bbb; padding: 0 4px; } .md .b { font-weight: bold; } .md .i { font-style: italic; }
.md .s { text-decoration: line-through; } .md .link { color: #1f5fa8; }
"""

# The filters, paging and lazy sections; no data of a document is in it (they are in the page, escaped).
SCRIPT = r"""
"use strict";
(() => {
  const PAGE = 100;
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  const rows = $$("#files tbody tr");
  const ruleSelect = document.getElementById("f-rule");
  const sevBoxes = $$("input[data-sev]");
  const pager = document.getElementById("pager");
  const state = {rule: "", sevs: new Set(sevBoxes.map((b) => b.dataset.sev)), page: 0};
  const every = () => !state.rule && sevBoxes.every((b) => b.checked);
  const keyMatches = (key) => {
    const [rule, sev] = key.split(":");
    return (!state.rule || rule === state.rule) && state.sevs.has(sev);
  };
  const fileMatches = (row) => every() || row.dataset.keys.split(" ").filter(Boolean).some(keyMatches);
  const docOf = (row) => (row.dataset.doc ? document.getElementById(row.dataset.doc) : null);

  function filterInside(doc) {
    for (const note of $$(".note[data-key]", doc)) note.hidden = !keyMatches(note.dataset.key);
    for (const mark of $$("mark[data-keys]", doc)) {
      mark.classList.toggle("dim", !mark.dataset.keys.split(" ").some(keyMatches));
    }
  }

  // A file's lines are text until the file is opened: 3000 files load as 3000 headings.
  function expand(doc) {
    const data = doc.querySelector(":scope > script.lines");
    if (!data) return;
    const template = document.createElement("template");
    template.innerHTML = data.textContent;
    const lines = template.content;
    for (const line of lines.querySelectorAll(".line")) {
      const number = line.dataset.line;
      line.id = `${doc.id}-L${number}`;
      const ln = document.createElement("span");
      ln.className = "ln";
      const link = ln.appendChild(document.createElement("a"));
      link.href = `#${line.id}`;
      link.textContent = number;
      line.prepend(ln);
      if (!line.querySelector(":scope > .notes")) line.append(Object.assign(document.createElement("span"), {className: "notes"}));
    }
    doc.append(lines);
    data.remove();
    filterInside(doc);
  }

  function apply() {
    state.rule = ruleSelect.value;
    state.sevs = new Set(sevBoxes.filter((b) => b.checked).map((b) => b.dataset.sev));
    const shown = rows.filter(fileMatches);
    const pages = Math.max(1, Math.ceil(shown.length / PAGE));
    state.page = Math.min(Math.max(state.page, 0), pages - 1);
    const visible = new Set(shown.slice(state.page * PAGE, (state.page + 1) * PAGE));
    for (const row of rows) {
      row.hidden = !visible.has(row);
      const doc = docOf(row);
      if (doc) doc.hidden = row.hidden;
    }
    for (const doc of $$("details.doc[open]")) filterInside(doc);
    pager.querySelector(".where").textContent = pager.dataset.template
      .replace("{page}", state.page + 1).replace("{pages}", pages).replace("{shown}", shown.length).replace("{total}", rows.length);
    pager.querySelector(".prev").disabled = state.page === 0;
    pager.querySelector(".next").disabled = state.page >= pages - 1;
    document.body.dataset.shown = shown.length;
  }

  // Opens the file a link points into (#d3, #d3-L5, or a finding of an open file) and shows its page.
  function reveal(hash) {
    const match = /^#(d\d+)(?:-|$)/.exec(hash);
    if (!match) return;
    const doc = document.getElementById(match[1]);
    if (!doc) return;
    const row = rows.find((r) => r.dataset.doc === match[1]);
    if (row && row.hidden) {
      if (!fileMatches(row)) {
        ruleSelect.value = "";
        for (const box of sevBoxes) box.checked = true;
        apply();
      }
      state.page = Math.floor(rows.filter(fileMatches).indexOf(row) / PAGE);
      apply();
    }
    doc.open = true;
    expand(doc);
  }

  document.addEventListener("toggle", (event) => {
    if (event.target.matches && event.target.matches("details.doc") && event.target.open) expand(event.target);
  }, true);
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("a[href^='#'], button[data-rule], button[data-only]");
    if (!link) return;
    if (link.dataset.rule !== undefined) {
      ruleSelect.value = link.dataset.rule;
      for (const box of sevBoxes) box.checked = true;
      state.page = 0;
      apply();
    }
    if (link.dataset.only !== undefined) {
      for (const box of sevBoxes) box.checked = box.dataset.sev === link.dataset.only;
      state.page = 0;
      apply();
    }
    if (link.hash) reveal(link.hash);
  });
  ruleSelect.addEventListener("change", () => { state.page = 0; apply(); });
  for (const box of sevBoxes) box.addEventListener("change", () => { state.page = 0; apply(); });
  pager.querySelector(".prev").addEventListener("click", () => { state.page -= 1; apply(); });
  pager.querySelector(".next").addEventListener("click", () => { state.page += 1; apply(); });
  for (const [id, css] of [["f-rel", "show-rel"], ["f-md", "show-md"]]) {
    const box = document.getElementById(id);
    if (box) box.addEventListener("change", () => document.body.classList.toggle(css, box.checked));
  }
  document.getElementById("open-page").addEventListener("click", () => {
    for (const doc of $$("details.doc:not([hidden])")) { doc.open = true; expand(doc); }
  });
  document.getElementById("close-all").addEventListener("click", () => {
    for (const doc of $$("details.doc[open]")) doc.open = false;
  });
  apply();
  if (location.hash) {
    reveal(location.hash);
    const target = document.getElementById(location.hash.slice(1));
    if (target) target.scrollIntoView();
  }
  document.body.dataset.ready = "1";
})();
"""


@cache
def _csp() -> str:
    """The policy: nothing from anywhere, except this page's own style and script, by their hashes."""
    digest = lambda s: "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"  # noqa: E731
    return (f"default-src 'none'; style-src {digest(CSS)}; script-src {digest(SCRIPT)}; "
            "img-src 'none'; base-uri 'none'; form-action 'none'")


def _lines(text: str) -> list[str]:
    return _LINES.split(text)


def _is_markdown(path: str) -> bool:
    return path.lower().endswith((".md", ".markdown"))


class _Page:
    def __init__(self, report):
        self.report = report
        self.lang = getattr(report, "lang", "zh")
        self.findings = report.findings
        self.numbered: dict[str, list] = {}  # path -> [(N, finding)], N in the report's sorted order
        for n, f in enumerate(self.findings, 1):
            self.numbered.setdefault(f.path, []).append((n, f))
        self.doc_ids = {path: f"d{i}" for i, path in enumerate(sorted(self.numbered, key=natural_key), 1)}
        self.checked = {r.path: r.checked for r in report.results}

    def label(self, key: str) -> str:
        return escape(_label(key, self.lang))

    def line_href(self, path: str, line: int) -> str | None:
        doc = self.doc_ids.get(path)
        return f"#{doc}-L{line}" if doc and path in self.report.texts else None

    def render(self) -> str:
        parts = [
            f"<!DOCTYPE html>\n<html lang=\"{self.lang}\">\n<head>\n<meta charset=\"utf-8\">\n",
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_csp()}\">\n",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
            f"<title>{escape(word('report', self.lang))}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
            self.summary(),
            "<main>\n",
        ]
        parts += [self.document(path, doc_id) for path, doc_id in self.doc_ids.items()]
        parts.append(f"</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n")
        return "".join(parts)

    def summary(self) -> str:
        s, lang = self.report.summary(), self.lang
        w = lambda key: escape(word(key, lang))  # noqa: E731
        # the severities keep their class (the colours), in the language's words and order; a click shows only them
        severities = ("，" if lang == "zh" else ", ").join(
            f"<button type=\"button\" class=\"{sev}\" data-only=\"{sev}\" title=\"{self.label('only')} {escape(severity_name(sev, lang))}\">"
            f"{escape(by_severity({sev: n}, lang))}</button>" for sev, n in s["by_severity"].items())
        line = Summary(s["findings"], s["files"], "\0", s["figures_read"], s["relations_checked"]).render(lang)
        line = escape(line.removeprefix("Found ")).replace("\0", severities)
        out = [f"<header>\n<h1>{w('report')}</h1>\n<p class=\"counts\">{line} auditor {__version__}.</p>\n", self.filters()]
        by_rule = self.report.counts_by_rule()
        if by_rule:
            out.append(f"<h3>{self.label('by rule')}</h3>\n<table class=\"rules\"><tr><th>{w('rule')}</th><th>{w('name')}</th><th>{w('findings')}</th></tr>\n")
            out += [f"<tr><td>{escape(c)}</td><td>{escape(n)}</td><td class=\"n\"><button type=\"button\" data-rule=\"{escape(c)}\">{k}</button></td></tr>\n"
                    for c, n, k in by_rule]
            out.append("</table>\n")
        out.append(self.files_table([code for code, _, _ in sorted(by_rule)]))
        out.append("</header>\n")
        return "".join(out)

    def filters(self) -> str:
        options = "".join(f"<option value=\"{escape(c)}\">{escape(c)} {escape(n)}</option>" for c, n, _ in sorted(self.report.counts_by_rule()))
        boxes = "".join(f"<label><input type=\"checkbox\" data-sev=\"{sev}\" checked> {escape(severity_name(sev, self.lang))}</label>" for sev in _SEVERITIES)
        markup = any(_is_markdown(p) for p in self.doc_ids if p in self.report.texts)
        md = f"<label><input type=\"checkbox\" id=\"f-md\"> {self.label('show markup')}</label>" if markup else ""
        pager = escape(_label("pager", self.lang), quote=True)
        return (
            "<div class=\"filters\">"
            f"<label>{self.label('rules')} <select id=\"f-rule\"><option value=\"\">{self.label('all rules')}</option>{options}</select></label>"
            f"{self.label('severities')} {boxes}"
            f"<label><input type=\"checkbox\" id=\"f-rel\"> {self.label('show relations')}</label>{md}"
            f"<button type=\"button\" id=\"open-page\">{self.label('open page')}</button>"
            f"<button type=\"button\" id=\"close-all\">{self.label('close all')}</button>"
            f"<span id=\"pager\" data-template=\"{pager}\"><button type=\"button\" class=\"prev\">{self.label('previous')}</button>"
            f"<span class=\"where\"></span><button type=\"button\" class=\"next\">{self.label('next')}</button></span>"
            "</div>\n"
        )

    def files_table(self, codes: list[str]) -> str:
        """Files × rules: each file a row (natural order), each rule that found something a column."""
        w = lambda key: escape(word(key, self.lang))  # noqa: E731
        head = "".join(f"<th class=\"n\">{escape(c)}</th>" for c in codes)
        out = [f"<h3>{self.label('by file')}</h3>\n<div class=\"scroll\"><table id=\"files\"><thead><tr><th>{w('file')}</th>{head}"
               f"<th>{w('findings')}</th><th>{w('figures read')}</th><th>{w('relations checked')}</th></tr></thead>\n<tbody>\n"]
        for r in sorted(self.report.results, key=lambda r: natural_key(r.path)):
            numbered = self.numbered.get(r.path, [])
            doc = self.doc_ids.get(r.path, "")
            keys = " ".join(sorted({f"{f.rule}:{f.severity}" for _, f in numbered}))
            name = escape(r.path)
            if doc:
                name = f"<a href=\"#{doc}\">{name}</a>"
            if r.error:
                cells = f"<td colspan=\"{len(codes) + 1}\" class=\"errors\">{escape(Unreadable(r.error).render(self.lang))}</td>"
            else:
                per_rule: dict[str, int] = {}
                for _, f in numbered:
                    per_rule[f.rule] = per_rule.get(f.rule, 0) + 1
                cells = "".join(
                    f"<td class=\"n\"><a href=\"#{doc}\" data-rule=\"{escape(c)}\">{per_rule[c]}</a></td>" if c in per_rule else "<td></td>"
                    for c in codes)
                cells += f"<td class=\"n\">{len(numbered)}</td>"
            out.append(f"<tr data-doc=\"{doc}\" data-keys=\"{escape(keys)}\"><td class=\"path\">{name}</td>{cells}"
                       f"<td class=\"n\">{r.figures}</td><td class=\"n\">{r.relations}</td></tr>\n")
        out.append("</tbody></table></div>\n")
        return "".join(out)

    def document(self, path: str, doc_id: str) -> str:
        text = self.report.texts.get(path)
        numbered = self.numbered[path]
        counts: dict[str, int] = {}
        for _, f in numbered:
            counts[str(f.severity)] = counts.get(str(f.severity), 0) + 1
        chips = "".join(f"<span class=\"sev {sev}\">{escape(by_severity({sev: counts[sev]}, self.lang))}</span>" for sev in _SEVERITIES if sev in counts)
        markdown = text is not None and _is_markdown(path)
        out = [f"<details class=\"doc{' md' if markdown else ''}\" id=\"{doc_id}\"><summary><h2>{escape(path)}</h2>{chips}</summary>{_LAZY}\n"]
        if text is None:  # no source to show: the findings as a list
            out += [f"<div class=\"notes\">{self.note(n, f)}</div>\n" for n, f in numbered]
            return "".join(out) + "</script></details>\n"
        lines = _lines(text)
        spans: dict[int, list] = {}  # line -> (start, end, kind, severity, id, title, key)
        notes: dict[int, list[str]] = {}
        for n, f in numbered:
            title = f"{f.rule} {f.name} [{f.severity}] {f.message}"
            key = f"{f.rule}:{f.severity}"
            for line, start, end in _pieces(lines, f.line, f.column, f.end_line, f.end_column):
                spans.setdefault(line, []).append((start, end, "finding", str(f.severity), str(n), title, key))
            notes.setdefault(min(max(f.line, 1), len(lines)), []).append(self.note(n, f))
            for m, r in enumerate(f.related, 1):
                if r.path != path:
                    continue
                rel_title = RelatedTo(f.rule, r.message).render(self.lang)
                for line, start, end in _pieces(lines, r.line, r.column, r.end_line or r.line, r.end_column or r.column + 1):
                    spans.setdefault(line, []).append((start, end, "related", "related", f"{n}-{m}", rel_title, key))
        self.add_relations(path, len(lines), notes)
        classes, styles = _markdown_view(lines) if markdown else ({}, {})
        for number, line in enumerate(lines, 1):
            body = _highlight(line, spans.get(number, []), styles.get(number, ()))
            side = "".join(notes.get(number, []))
            css = f"line {classes[number]}" if number in classes else "line"
            # the line's number, its id (d3-L5) and an empty notes column are added when the file is opened
            side = f"<span class=\"notes\">{side}</span>" if side else ""
            out.append(f"<div class=\"{css}\" data-line=\"{number}\"><span class=\"tx\">{body}</span>{side}</div>\n")
        return "".join(out) + "</script></details>\n"

    def add_relations(self, path: str, line_count: int, notes: dict[int, list[str]]) -> None:
        """The relations checked in the file, beside their lines (shown on "显示核对关系")."""
        if path.lower().endswith(_EXTRACTED):
            return
        for r in self.checked.get(path, ()):
            kind = _KINDS_ZH.get(r.kind, r.kind) if self.lang == "zh" else r.kind
            verdict = self.label("holds" if r.holds else "fails")
            notes.setdefault(min(max(r.line, 1), line_count), []).append(
                f"<div class=\"rel {'holds' if r.holds else 'fails'}\">{escape(r.rule)} {escape(kind)} · {r.line}:{r.column} "
                f"<b>{verdict}</b><br>{escape(r.arithmetic)}</div>")

    def note(self, n: int, f) -> str:
        links = []
        for m, r in enumerate(f.related, 1):
            href = f"#r{n}-{m}" if r.path == f.path and r.path in self.report.texts else self.line_href(r.path, r.line)
            where = escape(f"{r.path}:{r.line}:{r.column}")
            target = f"<a href=\"{href}\">{where}</a>" if href else where
            links.append("<br>" + escape(RelatedLine("\0", r.message).render(self.lang)).replace("\0", target))
        return (
            f"<div class=\"note {f.severity}\" id=\"n{n}\" data-key=\"{escape(f.rule)}:{f.severity}\"><a class=\"code\" href=\"#f{n}\">{escape(f.rule)}</a> "
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


# --- Markdown shown as rendered text --------------------------------------------------------------
# The blocks come from markdown-it-py (as auditor reads them); a line keeps every character, its
# markup wrapped in class "mk" (hidden), so that findings' columns stay the file's own.

_HEADING_MARKS = re.compile(r"([ \t]{0,3}#{1,6}(?:[ \t]+|$))(.*?)((?:[ \t]+#+)?[ \t]*)$")
_QUOTE_MARKS = re.compile(r"^(?:[ \t]{0,3}>[ \t]?)+")
_LIST_MARK = re.compile(r"[ \t]*(?:([-*+])|\d{1,9}[.)])(?:[ \t]+|$)")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_LINK = re.compile(r"(!?\[)([^\]\n]*)(\]\((?:[^()\n]|\([^()\n]*\))*\))")  # one level of brackets in the address
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![*\w])(\*)(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?!\*)")
_STRIKE = re.compile(r"(~~)(?=\S)(.+?)(?<=\S)~~")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_INLINE_BLOCKS = ("paragraph_open", "heading_open", "td_open", "th_open")


def _markdown_view(lines: list[str]) -> tuple[dict[int, str], dict[int, list]]:
    """The line classes (heading, quote, list item, code, table row …) and the styled ranges of a
    Markdown file's lines: line -> classes, line -> [(start, end, class)]."""
    from markdown_it import MarkdownIt

    classes: dict[int, list[str]] = {}
    styles: dict[int, list] = {}
    skip: dict[int, int] = {}  # line -> where its prose starts (after quote and list marks)
    inline: set[int] = set()

    def add(first: int, last: int, css: str) -> None:
        for number in range(first + 1, last + 1):
            classes.setdefault(number, []).append(css)

    def hide(number: int, start: int, end: int, css: str = "mk") -> None:
        if end > start:
            styles.setdefault(number, []).append((start, end, css))

    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse("\n".join(lines))
    for token in tokens:
        if not token.map:
            continue
        first, last = token.map
        if token.type == "blockquote_open":
            add(first, last, "md-quote")
            for number in range(first + 1, last + 1):
                match = _QUOTE_MARKS.match(lines[number - 1])
                if match:
                    hide(number, 0, match.end())
                    skip[number] = max(skip.get(number, 0), match.end())
        elif token.type == "list_item_open":
            number = first + 1
            match = _LIST_MARK.match(lines[number - 1], skip.get(number, 0))
            if match:
                if match.group(1):  # a bullet is drawn; the numbers of an ordered list stay as written
                    add(first, first + 1, "md-bullet")
                    hide(number, skip.get(number, 0), match.end())
                skip[number] = match.end()
        elif token.type == "heading_open":
            add(first, last, f"md-{token.tag}")
            if token.markup.startswith("#"):
                match = _HEADING_MARKS.match(lines[first], skip.get(first + 1, 0))
                if match:
                    hide(first + 1, match.start(1), match.end(1))
                    hide(first + 1, match.start(3), match.end(3))
            else:  # a setext heading: its underline is markup
                add(last - 1, last, "md-delim")
                add(first, last - 1, f"md-{token.tag}")
        elif token.type in ("fence", "code_block"):
            add(first, last, "md-code")
            if token.type == "fence":
                add(first, first + 1, "md-fence")
                if last - first > 1 and lines[last - 1].strip().startswith(token.markup):
                    add(last - 1, last, "md-fence")
        elif token.type == "html_block":
            add(first, last, "md-html")
        elif token.type == "hr":
            add(first, last, "md-hr")
        elif token.type == "thead_open":
            add(first, first + 1, "md-th")
            add(first + 1, first + 2, "md-delim")  # the |---|---| row
        elif token.type == "tr_open":
            add(first, last, "md-tr")
            number = first + 1
            text = lines[first]
            pipes = [i for i, c in enumerate(text) if c == "|" and (i == 0 or text[i - 1] != "\\")]
            for i in pipes:
                edge = not text[:i].strip(" \t>") or not text[i + 1:].strip()
                hide(number, i, i + 1, "mk" if edge else "sep")
        if token.type in _INLINE_BLOCKS:
            inline.update(range(first + 1, last + 1))
    for number in sorted(inline):
        if any(c in ("md-code", "md-html", "md-delim") for c in classes.get(number, ())):
            continue
        _inline_styles(lines[number - 1], skip.get(number, 0), lambda s, e, css, n=number: hide(n, s, e, css))
    return {n: " ".join(dict.fromkeys(c)) for n, c in classes.items()}, styles


def _inline_styles(text: str, start: int, hide) -> None:
    """Code spans, links and images, strong, emphasis, strikethrough and escapes of one line."""
    taken = []  # code spans: nothing inside them is markup
    for match in _CODE_SPAN.finditer(text, start):
        hide(match.start(1), match.end(1), "mk")
        hide(match.start(2), match.end(2), "code")
        hide(match.end(2), match.end(), "mk")
        taken.append(match.span())
    free = lambda m: not any(a <= m.start() < b or a < m.end() <= b for a, b in taken)  # noqa: E731
    for match in filter(free, _LINK.finditer(text, start)):
        hide(match.start(1), match.end(1), "mk")
        hide(match.start(2), match.end(2), "link")
        hide(match.start(3), match.end(3), "mk")
    for pattern, css in ((_STRONG, "b"), (_EMPHASIS, "i"), (_STRIKE, "s")):
        for match in filter(free, pattern.finditer(text, start)):
            width = len(match.group(1))
            hide(match.start(), match.start() + width, "mk")
            hide(match.start(2), match.end(2), css)
            hide(match.end() - width, match.end(), "mk")
    for match in filter(free, _ESCAPE.finditer(text, start)):
        hide(match.start(), match.start() + 1, "mk")


def _highlight(line: str, spans: list, styles=()) -> str:
    """The line as HTML with the spans marked (and, for Markdown, the styled ranges wrapped);
    overlapping spans split into segments."""
    if not spans and not styles:
        return escape(line)
    cuts = sorted({0, len(line), *(s for s, *_ in spans), *(e for _, e, *_ in spans), *(s for s, _, _ in styles), *(e for _, e, _ in styles)})
    out, opened = [], set()
    # A sweep over the cuts: the spans that cover a segment are kept, not searched for each one.
    by_start = iter(sorted(range(len(spans)), key=lambda i: spans[i][0]))
    waiting = next(by_start, None)
    live: dict[int, tuple] = {}
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(line[a:b])
        css = " ".join(dict.fromkeys(c for s, e, c in styles if s <= a and b <= e))
        if css:
            piece = f"<span class=\"{css}\">{piece}</span>"
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
        for start, _, kind, _, ident, _, _ in active:
            key = (kind, ident)
            if key not in opened:
                opened.add(key)
                anchors += f"<a class=\"anchor\" id=\"{'f' if kind == 'finding' else 'r'}{ident}\"></a>"
        findings = [s for s in active if s[2] == "finding"]
        shown = max(findings, key=lambda s: _RANK[s[3]]) if findings else active[0]
        ids = " ".join(s[4] for s in findings)
        related = " ".join(s[4] for s in active if s[2] == "related")
        keys = " ".join(dict.fromkeys(s[6] for s in active))
        title = escape("\n".join(s[5] for s in active))
        href = f"#n{findings[0][4]}" if findings else f"#n{active[0][4].split('-')[0]}"
        out.append(
            f"{anchors}<a href=\"{href}\" class=\"hl\"><mark class=\"{shown[3]}\" data-finding=\"{ids}\" data-related=\"{related}\" "
            f"data-keys=\"{escape(keys)}\" title=\"{title}\">{piece}</mark></a>"
        )
    return "".join(out)


def render(report, stream) -> None:
    stream.write(_Page(report).render())
