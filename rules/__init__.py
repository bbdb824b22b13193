"""The rule families of auditor, one module each; installed as ``auditor.rules``.

Every module declares its rules with :func:`auditor.registry.rule`; the registry imports them all.
"""
