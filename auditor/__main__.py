from auditor import console

raise SystemExit(console())
