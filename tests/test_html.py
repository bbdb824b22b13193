"""The HTML report, opened in headless Chromium: every finding is highlighted where it says it is,
and a screenshot is taken for a person to look at (kept in the test's temporary folder; set
AUDITOR_SCREENSHOT_DIR to keep a copy)."""

import base64
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import run_cli, with_script

CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome") if shutil.which(name)), None)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"), reason="Chromium is not installed (.ci/run installs it)"
)
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
DOCUMENT = (
    "关于加强未成年人监护工作的答复\n\n"
    "我局将一是加强领导；二是强化保障；二是狠抓落实。\n\n"
    "根据《未成年人保护法的规定，𠀀加强监护。截止6月底，已发放补贴。\n\n"
    "文中的 <script>document.title='pwned'</script> 只是文字。\n"
)
# Test-only: opens the files, then collects, for each finding, the text of its highlights and the line they are on.
PROBE = """
document.getElementById("open-page").click();
const found = {};
for (const mark of document.querySelectorAll("mark[data-finding]")) {
  const box = mark.getBoundingClientRect();
  for (const id of mark.dataset.finding.split(" ").filter(Boolean)) {
    const entry = found[id] || (found[id] = {text: "", lines: [], visible: true});
    entry.text += mark.textContent;
    entry.lines.push(Number(mark.closest(".line").dataset.line));
    entry.visible = entry.visible && box.width > 0 && box.height > 0;
  }
}
const related = {};
for (const mark of document.querySelectorAll("mark[data-related]")) {
  for (const id of mark.dataset.related.split(" ").filter(Boolean)) {
    related[id] = (related[id] || "") + mark.textContent;
  }
}
const out = document.createElement("pre");
out.id = "probe";
out.textContent = JSON.stringify({found, related, title: document.title});
document.body.appendChild(out);
"""


def chromium(tmp_path, *args):
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120,
    )


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("html")
    (folder / "答复.txt").write_text(DOCUMENT, encoding="utf-8")
    findings = json.loads(run_cli("check", "--format", "json", "答复.txt", cwd=folder).stdout)["findings"]
    run = run_cli("check", "--format", "html", "--output", "report.html", "答复.txt", cwd=folder)
    assert run.returncode == 1, run.stderr
    return folder, findings, (folder / "report.html").read_text(encoding="utf-8")


def test_report_is_self_contained_and_escapes_the_document(report):
    _, findings, page = report
    assert len(findings) >= 3
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    lazy = page.count('<script type="text/x-auditor-lines" class="lines">')  # a file's lines, as text until opened
    assert page.count("<script") == 1 + lazy and len(scripts) == 1, "one script, the report's own; the document's is escaped"
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page).group(1)
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}';" in policy and "default-src 'none'" in policy
    assert html.escape("<script>document.title='pwned'</script>") in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", page), "no external assets"
    assert "<style>" in page


def test_highlights_are_where_the_findings_say_in_chromium(report, tmp_path):
    folder, findings, page = report
    probed = tmp_path / "probed.html"
    probed.write_text(with_script(page, PROBE), encoding="utf-8")
    dom = chromium(tmp_path, "--dump-dom", probed.as_uri())
    match = re.search(r'<pre id="probe">(.*?)</pre>', dom.stdout, re.S)
    assert match, dom.stderr[-2000:]
    result = json.loads(html.unescape(match.group(1)))
    assert result["title"] == "auditor 审校报告", "the document's script did not run"

    lines = DOCUMENT.split("\n")
    assert set(result["found"]) == {str(n) for n in range(1, len(findings) + 1)}
    for number, finding in enumerate(findings, 1):
        seen = result["found"][str(number)]
        line = lines[finding["line"] - 1]
        expected = line[finding["column"] - 1 : finding["end_column"] - 1] or line[finding["column"] - 1 : finding["column"]]
        assert seen["text"] == expected, finding
        assert set(seen["lines"]) == {finding["line"]}
        assert seen["visible"], finding
        for m, rel in enumerate(finding["related"], 1):
            assert result["related"][f"{number}-{m}"].startswith(lines[rel["line"] - 1][rel["column"] - 1])
    rules = {f["rule"] for f in findings}
    assert {"SEQ001", "PUN001", "WRD001"} <= rules


def test_screenshot_for_a_person_to_look_at(report, tmp_path):
    folder, _, _ = report
    shot = tmp_path / "report.png"
    run = chromium(tmp_path, "--window-size=1400,900", f"--screenshot={shot}", (folder / "report.html").as_uri())
    assert shot.exists() and shot.stat().st_size > 10_000, run.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    keep = os.environ.get("AUDITOR_SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / "html-report.png")
    print(f"screenshot of the HTML report: {shot}")
