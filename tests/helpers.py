"""Small helpers the tests share."""

from auditor.config import Config
from auditor.engine import lint_text


def codes(text, select=None):
    """The rule codes that fire on ``text`` (optionally only the selected rules)."""
    config = Config(select=tuple(select or ()))
    return [f.rule for f in lint_text(text, config=config)]


def findings(text, select=None, lang="zh"):
    """The findings of ``text``, their messages in ``lang`` (Chinese, as the command line's default)."""
    return lint_text(text, config=Config(select=tuple(select or ()), lang=lang))


def only_finding(text, code, lang="zh"):
    """The one finding of rule ``code`` on ``text``, its message in ``lang`` (fails unless exactly one)."""
    found = [f for f in findings(text, [code], lang) if f.rule == code]
    assert len(found) == 1, found
    return found[0]


def sentence_cases(positive, negative):
    """pytest params (code, text, fires) from tables {code: [sentence, …]} of sentences that must
    make the rule fire (``positive``) or leave it silent (``negative``)."""
    import pytest

    return [
        pytest.param(code, text, fires, id=f"{code}-{'fires' if fires else 'silent'}-{i}")
        for table, fires in ((positive, True), (negative, False))
        for code, texts in table.items()
        for i, text in enumerate(texts)
    ]


def run_cli(*args, cwd, input=None, env=None):
    """Run the command line (``auditor.cli.main``) in this process, in folder ``cwd``; returns a
    CompletedProcess with the exit code and the text written to standard output and error;
    ``input`` (text or bytes) is standard input.
    In-process, as a subprocess would pay the start-up of Python and the rules for every call."""
    import contextlib
    import io
    import os
    import subprocess
    import sys
    import tempfile

    from auditor.cli import main

    environment = {"AUDITOR_CACHE_DIR": os.path.join(tempfile.gettempdir(), "auditor-test-cache"), **(env or {})}
    saved_env = {key: os.environ.get(key) for key in environment}
    saved_cwd = os.getcwd()
    out, err = io.StringIO(), io.StringIO()
    data = input.encode("utf-8") if isinstance(input, str) else (input or b"")
    saved_stdin = sys.stdin
    try:
        os.environ.update(environment)
        os.chdir(cwd)
        sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([str(a) for a in args])
    finally:
        sys.stdin = saved_stdin
        os.chdir(saved_cwd)
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return subprocess.CompletedProcess(["auditor", *map(str, args)], code, out.getvalue(), err.getvalue())


def with_script(page, script):
    """An HTML report with a test's own script added at the end of its body, allowed by the
    report's Content-Security-Policy through the script's SHA-256 hash (as the report's script is)."""
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    page = page.replace("script-src ", f"script-src 'sha256-{digest}' ", 1)
    return page.replace("</body>", f"<script>{script}</script></body>")


def html_parts(page):
    """(tags, attributes, text) of an HTML report as a browser builds it: the page, and each file's
    lines (kept as text in a ``<script type="text/x-auditor-lines">`` until the file is opened)
    parsed as the HTML they become. A report's own script counts as the tag ``script``."""
    from html.parser import HTMLParser

    tags, attributes, text, lazy = [], [], [], []

    class Collect(HTMLParser):
        in_lines = False

        def handle_starttag(self, tag, attrs):
            self.in_lines = tag == "script" and ("type", "text/x-auditor-lines") in attrs
            if not self.in_lines:
                tags.append(tag)
                attributes.extend(attrs)

        def handle_endtag(self, tag):
            self.in_lines = False

        def handle_data(self, data):
            (lazy if self.in_lines else text).append(data)

    Collect().feed(page)
    for lines in lazy:
        Collect().feed(lines)
    return tags, attributes, text
