"""Text that looks like a formula stays text in the workbook of
tests/fixtures/escaping: the activity title "=SUM(1+1) | …", the owners
"@unit, -minus", the unit "-pts", the note with a line break, all strings,
byte for byte as in the YAML (no leading quote added, nothing evaluated).

Usage: /usr/bin/python3 check_escaping.py FILE.xlsx
"""
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
errors = []
want = {
    ("กิจกรรม", "C2"): "=SUM(1+1) | looks like a formula, has a pipe",
    ("กิจกรรม", "E2"): "@unit, -minus",
    ("เป้าหมาย", "F2"): "-pts",
    ("ผลและปัญหา", "E2"): "line one | pipe\nline two\n",
    ("ผลและปัญหา", "F2"): "tab\there",
    ("แผน", "D2"): "@unit",
}
for (sheet, cell), text in want.items():
    c = wb[sheet][cell]
    if c.data_type != "s" or c.value != text:
        errors.append(f"{sheet}!{cell}: type {c.data_type} value {c.value!r}, expected the text {text!r}")
if errors:
    print("\n".join(errors), file=sys.stderr)
    sys.exit(1)
