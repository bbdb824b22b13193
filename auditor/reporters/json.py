"""``--format json``: exactly one JSON object."""

from __future__ import annotations

import json


def render(report, stream) -> None:
    document = {
        "version": 1,
        "findings": [f.to_dict() for f in report.findings],
        "summary": report.summary(),
    }
    json.dump(document, stream, ensure_ascii=False, indent=2, sort_keys=False)
    stream.write("\n")
