"""The effective configuration of a run: which rules, how severe, which word lists."""

from __future__ import annotations

from dataclasses import field

from .record import record
from .findings import Severity
from .lexicon import Lexicon
from .registry import Rule, select_rules


@record(frozen=True)
class Config:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    severity: dict[str, Severity] = field(default_factory=dict, hash=False)  # per-rule overrides
    lexicon: Lexicon = field(default_factory=Lexicon.default, hash=False)
    lang: str = "zh"  # the language messages are rendered in: "zh" or "en" (auditor.messages)

    def rules(self) -> list[Rule]:
        return select_rules(self.select, self.ignore, self.extend_select)

    def severity_of(self, rule: Rule) -> Severity:
        return self.severity.get(rule.code, rule.severity)

    def fingerprint(self) -> str:
        """A stable hash of everything that changes findings (for caches)."""
        data = {
            "rules": [r.code for r in self.rules()],
            "severity": {k: str(v) for k, v in sorted(self.severity.items())},
            "lexicon": self.lexicon.as_mapping(),
            "lang": self.lang,  # the cache keeps rendered messages
        }
        import hashlib  # only a cache asks for a fingerprint: not on the path of a run without one
        import json

        return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
