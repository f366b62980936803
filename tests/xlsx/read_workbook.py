"""Reads an .xlsx workbook with openpyxl (an independent reader) and prints
every cell as one line: `SHEET!CELL TYPE VALUE [NUMBER FORMAT]`, after the
sheet's own line (frozen panes, autofilter, column widths). TYPE is s (text),
n (number) or d (date). Exits non-zero when a cell holds a formula, a date
cell is not a date, or a number is stored as text.

Usage: /usr/bin/python3 read_workbook.py FILE.xlsx
"""
import datetime
import sys

import openpyxl

path = sys.argv[1]
wb = openpyxl.load_workbook(path)  # data_only=False: formulas would show as formulas
problems = []
out = []
for ws in wb.worksheets:
    widths = []
    for col in range(1, ws.max_column + 1):
        letter = openpyxl.utils.get_column_letter(col)
        dim = ws.column_dimensions.get(letter)
        widths.append(f"{dim.width:g}" if dim is not None and dim.width else "-")
    out.append(f"== {ws.title} rows={ws.max_row} cols={ws.max_column} frozen={ws.freeze_panes} "
               f"filter={ws.auto_filter.ref} widths={','.join(widths)}")
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            where = f"{ws.title}!{c.coordinate}"
            if c.data_type == "f":
                problems.append(f"{where}: a formula: {c.value!r}")
            if isinstance(c.value, datetime.datetime):
                if not c.is_date:
                    problems.append(f"{where}: a datetime without a date format")
                if c.value.time() != datetime.time(0):
                    problems.append(f"{where}: a date with a time of day: {c.value}")
                out.append(f"{where} d {c.value.date().isoformat()} [{c.number_format}]")
            elif isinstance(c.value, bool):
                problems.append(f"{where}: a boolean")
            elif isinstance(c.value, (int, float)):
                if c.is_date:
                    problems.append(f"{where}: a number with a date format")
                out.append(f"{where} n {c.value!r} [{c.number_format}]")
            elif isinstance(c.value, str):
                if c.number_format not in ("General", "@"):
                    problems.append(f"{where}: text with the number format {c.number_format}")
                out.append(f"{where} s {c.value!r}")
            else:
                problems.append(f"{where}: unexpected value {c.value!r}")
props = wb.properties
out.append(f"== properties title={props.title!r} creator={props.creator!r} created={props.created}")
print("\n".join(out))
if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
