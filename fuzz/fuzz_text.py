"""Fuzz the text pipeline: bytes -> decode -> text model -> every rule -> findings.

Run (see fuzz/README.md): ``python fuzz/fuzz_text.py fuzz/corpus -max_total_time=3600 -timeout=10``.
A crash is any exception other than a refused input (InputError), a finding outside the document,
or two runs that disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

with atheris.instrument_imports(include=["auditor"]):
    import auditor.dates  # noqa: F401 - imported lazily by the pipeline; here, so that they are instrumented
    import auditor.markers  # noqa: F401
    import auditor.numbers  # noqa: F401
    from auditor.config import Config
    from auditor.engine import lint_document
    from auditor.loading import InputError, decode
    from auditor.registry import all_rules
    from auditor.text import Document

    all_rules()  # loads the rule modules (auditor.rules.*)

CONFIG = Config()


def check(text: str) -> None:
    doc = Document(text, "<fuzz>", CONFIG.lexicon)
    # Build every derived view, even those no selected rule reads.
    doc.numbers, doc.markers, doc.dates, doc.sections, doc.sentences
    findings = lint_document(doc, CONFIG)
    for f in findings:
        for line, column in ((f.line, f.column), (f.end_line, f.end_column)):
            assert 1 <= line <= doc.line_count, f
            assert 1 <= column <= len(doc.line_text(line)) + 1, f
    again = lint_document(Document(text, "<fuzz>", CONFIG.lexicon), CONFIG)
    assert again == findings, "non-deterministic findings"


def test_one_input(data: bytes) -> None:
    try:
        text = decode(data, "<fuzz>")
    except InputError:
        # Refused bytes are still fuzzed as text, read the way a lenient decoder would.
        text = data.decode("utf-8", "replace")
    check(text)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
