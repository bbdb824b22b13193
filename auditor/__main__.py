"""``python -m auditor``, and the ``auditor`` command (``console``)."""


def console() -> int:
    """The ``auditor`` command (and ``python -m auditor``): :func:`auditor.cli.main` in a process of
    its own, whose garbage collector runs a hundred times less often. Start-up and linting allocate
    many objects and make few reference cycles (a 2.8 MB document peaks at the same memory with the
    collector off), and each collection of the young objects cost start-up time."""
    import gc

    gc.set_threshold(100_000, *gc.get_threshold()[1:])
    from auditor.cli import main

    return main()


if __name__ == "__main__":
    raise SystemExit(console())
