"""Whatever bytes a user points auditor at: no traceback, one clear line naming a file that cannot be
read, exit 2 only for such a file, and text in any of the encodings of Chinese documents read right."""

import codecs
import json
import os
import random
import subprocess
import sys

import pytest

from conftest import ROOT, SAMPLES

# One PUN001 finding: the “ at line 2, column 8 (counted in characters, whatever the encoding).
DOCUMENT = "关于加强养老服务的答复\n为入住老人提供“拔罐、艾灸等特色中医养生服务。\n"
FINDING = ("PUN001", 2, 8)


def run(*args, cwd, input=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "AUDITOR_CACHE_DIR": str(cwd / ".cache")}
    done = subprocess.run(
        [sys.executable, "-m", "auditor", "check", "--format", "json", *map(str, args)],
        input=input, capture_output=True, cwd=cwd, env=env, timeout=600,
    )
    out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    assert "Traceback" not in err, err
    return done.returncode, json.loads(out), err


def located(report, path):
    return [(f["rule"], f["line"], f["column"]) for f in report["findings"] if f["path"] == path]


def error_lines(err):
    return [line for line in err.splitlines() if line.startswith("auditor: error:")]


@pytest.mark.parametrize(
    "name, data",
    [
        ("utf8.txt", DOCUMENT.encode("utf-8")),
        ("utf8_bom.txt", codecs.BOM_UTF8 + DOCUMENT.encode("utf-8")),
        ("utf16_le_bom.txt", codecs.BOM_UTF16_LE + DOCUMENT.encode("utf-16-le")),
        ("utf16_be_bom.txt", codecs.BOM_UTF16_BE + DOCUMENT.encode("utf-16-be")),
        ("utf32_bom.txt", DOCUMENT.encode("utf-32")),
        ("gb18030.txt", DOCUMENT.encode("gb18030")),
        ("gbk.txt", DOCUMENT.encode("gbk")),
        ("crlf.txt", DOCUMENT.replace("\n", "\r\n").encode("gb18030")),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_every_encoding_of_chinese_documents_is_read_and_positions_count_characters(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    code, report, err = run(name, cwd=tmp_path)
    assert (code, err) == (1, "")
    assert located(report, name) == [FINDING]


def test_short_gb18030_text_is_not_mistaken_for_another_encoding(tmp_path):
    # Too short for a detector to be sure: GB18030, the encoding of mainland documents, wins the tie.
    for i, text in enumerate(["凉山州民政局", "截至12月，共有留守儿童1705人。", "关于加强未成年人保护工作的答复"]):
        (tmp_path / f"{i}.txt").write_bytes((text + "“。").encode("gb18030"))
        _, report, _ = run(f"{i}.txt", cwd=tmp_path)
        assert located(report, f"{i}.txt") == [("PUN001", 1, len(text) + 1)]


def test_a_whole_gb18030_sample_is_read_as_its_utf8_original(tmp_path):
    sample = sorted(SAMPLES.glob("*.txt"))[4]
    (tmp_path / "utf8.txt").write_bytes(sample.read_bytes())
    (tmp_path / "gb.txt").write_bytes(sample.read_text(encoding="utf-8").encode("gb18030"))
    _, report, _ = run("utf8.txt", "gb.txt", cwd=tmp_path)
    assert located(report, "gb.txt") == located(report, "utf8.txt") != []


def test_random_unicode_is_linted_without_a_traceback(tmp_path):
    rng = random.Random(6)
    planes = [(0x20, 0x7E), (0xA0, 0x2FFF), (0x3000, 0x9FFF), (0xE000, 0xFFFD), (0x10000, 0x10FFFF)]
    for i in range(5):
        chars = []
        for _ in range(20_000):
            low, high = rng.choice(planes)
            chars.append(chr(rng.randint(low, high)) if rng.random() < 0.9 else rng.choice("\n\r\t“”（）一是二是12.3万元年月日"))
        (tmp_path / f"unicode{i}.txt").write_text("".join(chars), encoding="utf-8", newline="")
    code, report, err = run(*(f"unicode{i}.txt" for i in range(5)), cwd=tmp_path)
    assert code in (0, 1) and error_lines(err) == []
    assert report["summary"]["files"] == 5


@pytest.mark.usefixtures("english")
def test_binary_bytes_are_refused_in_one_line_naming_the_file_and_the_rest_is_linted(tmp_path):
    rng = random.Random(2)
    (tmp_path / "noise.txt").write_bytes(bytes(rng.randrange(256) for _ in range(50_000)))
    (tmp_path / "noise_without_nul.txt").write_bytes(bytes(rng.randrange(1, 256) for _ in range(50_000)))
    (tmp_path / "zip.txt").write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4)
    (tmp_path / "latin_garbage.txt").write_bytes("正文".encode() + b"\x80\xff\xfe\x80" * 40)
    gb = (DOCUMENT * 20).encode("gb18030")
    (tmp_path / "broken_gb18030.txt").write_bytes(gb[:300] + b"\x81\x30\x81" + gb[300:])  # a cut four-byte sequence
    (tmp_path / "good.txt").write_text(DOCUMENT, encoding="utf-8")
    bad = ["noise.txt", "noise_without_nul.txt", "zip.txt", "latin_garbage.txt", "broken_gb18030.txt"]
    code, report, err = run(*bad, "good.txt", cwd=tmp_path)
    assert code == 2
    assert located(report, "good.txt") == [FINDING]
    errors = error_lines(err)
    assert len(errors) == len(bad) == len(err.splitlines())
    for name, line in zip(bad, errors):
        assert line.startswith(f"auditor: error: {name}: ")
    assert errors[-1].endswith("(invalid UTF-8 at byte 0, invalid GB18030 at byte 300); is it a binary file?")
    assert report["summary"]["files_with_errors"] == len(bad)


@pytest.mark.usefixtures("english")
def test_a_byte_order_mark_over_invalid_bytes_is_refused(tmp_path):
    (tmp_path / "bad_bom.txt").write_bytes(codecs.BOM_UTF8 + b"\xff\xff\xff abc")
    code, _, err = run("bad_bom.txt", cwd=tmp_path)
    assert code == 2
    assert error_lines(err) == [error_lines(err)[0]] and "bad_bom.txt" in err and "byte-order mark" in err


def test_utf8_cut_inside_its_last_character_is_still_read(tmp_path):
    (tmp_path / "cut.txt").write_bytes(DOCUMENT.encode("utf-8") + "服".encode("utf-8")[:2])
    code, report, err = run("cut.txt", cwd=tmp_path)
    assert (code, err) == (1, "")
    assert located(report, "cut.txt") == [FINDING]


def test_an_empty_file_is_clean_with_a_note(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\r\n\t\n")
    code, report, err = run("empty.txt", "blank.txt", cwd=tmp_path)
    assert code == 0
    assert report["findings"] == [] and report["summary"]["files"] == 2
    assert error_lines(err) == []
    assert "empty.txt" in err and "blank.txt" in err  # a note, not an error


def test_a_20_mb_file_is_linted_to_its_end(tmp_path):
    text = "".join(p.read_text(encoding="utf-8") + "\n" for p in sorted(SAMPLES.glob("*.txt")))
    copies = 20 * 2**20 // len(text.encode()) + 1
    (tmp_path / "big.txt").write_text(text * copies, encoding="utf-8")
    (tmp_path / "small.txt").write_text(text, encoding="utf-8")
    code, report, err = run("big.txt", "small.txt", cwd=tmp_path)
    assert (code, error_lines(err)) == (1, [])
    small = located(report, "small.txt")
    lines = text.count("\n")
    # The same findings in every copy; the last copy's are as far down as they should be.
    last_copy = [(rule, line - (copies - 1) * lines, column) for rule, line, column in located(report, "big.txt") if line > (copies - 1) * lines]
    assert small and last_copy == small


@pytest.mark.usefixtures("english")
def test_a_file_over_the_size_limit_is_refused_and_the_rest_is_linted(tmp_path):
    with open(tmp_path / "huge.txt", "wb") as huge:
        huge.truncate(33 * 2**20)
    (tmp_path / "good.txt").write_text(DOCUMENT, encoding="utf-8")
    code, report, err = run("huge.txt", "good.txt", cwd=tmp_path)
    assert code == 2
    assert located(report, "good.txt") == [FINDING]
    assert len(error_lines(err)) == 1 and "huge.txt" in err and "too large" in err


@pytest.mark.skipif(sys.platform != "linux", reason="file names that are not UTF-8 need a byte-named file system")
def test_a_file_name_that_is_not_utf8_is_shown_and_the_output_stays_utf8(tmp_path):
    (tmp_path / os.fsdecode(b"\xff\xfe\xe4\xb8.txt")).write_text(DOCUMENT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "AUDITOR_CACHE_DIR": str(tmp_path / ".cache"), "PYTHONIOENCODING": "utf-8"}
    for fmt in ("json", "sarif", "concise", "full", "html"):
        done = subprocess.run(
            [sys.executable, "-m", "auditor", "check", "--no-cache", "--format", fmt, "."],
            capture_output=True, cwd=tmp_path, env=env, timeout=300,
        )
        assert done.returncode == 1 and b"Traceback" not in done.stderr, done.stderr.decode(errors="replace")
        out = done.stdout.decode("utf-8")  # valid UTF-8, whatever the file name
        shown = out.replace("\\\\", "\\") if fmt == "json" else out  # JSON doubles the backslashes
        assert "\\xff\\xfe\\xe4\\xb8.txt" in shown or fmt == "sarif"  # SARIF percent-encodes the name
    assert [f["path"] for f in json.loads(subprocess.run(
        [sys.executable, "-m", "auditor", "check", "--no-cache", "--format", "json", "."],
        capture_output=True, cwd=tmp_path, env=env, timeout=300).stdout)["findings"]] == ["./\\xff\\xfe\\xe4\\xb8.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.usefixtures("english")
def test_a_folder_with_a_named_pipe_a_dangling_link_and_a_link_loop_does_not_hang(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text(DOCUMENT, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # nobody ever writes to it
    (folder / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "loop").symlink_to(folder)
    code, report, err = run("docs", cwd=tmp_path)
    assert code == 2
    assert located(report, "docs/good.txt") == [FINDING]
    assert error_lines(err) == [
        "auditor: error: docs/dangling.txt: no such file or directory",
        "auditor: error: docs/pipe.txt: not a regular file (a named pipe); only regular files are read",
    ]
