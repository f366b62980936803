"""Figures of the Q2/2566 report on plans/ in its workbook, worked out by hand
(the same figures as the Markdown report, tests/e2e/cases/plans-report-q2-md):
plan completion 40.8% against 37.4% planned as of 30 June 2023, the report due
on 11 July 2023 (7 working days after the quarter: 3-7 and 10-11 July, no
holiday), A03 at 75% against 50% planned (2 of its 4 equal steps done by the
end of June would be 50%; it reports 3 of 4), A09 behind at 14.3% (1 of 7
steps) against 28.6% (2 of 7), R1 at likelihood 2 × impact 5 = 10, under the
threshold of 12.

Usage: /usr/bin/python3 check_q2.py FILE.xlsx
"""
import datetime
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
errors = []


def expect(sheet, cell, value, fmt=None):
    c = wb[sheet][cell]
    if c.value != value or (isinstance(value, float) and not isinstance(c.value, float)):
        errors.append(f"{sheet}!{cell}: {c.value!r}, expected {value!r}")
    if fmt is not None and c.number_format != fmt:
        errors.append(f"{sheet}!{cell}: number format {c.number_format!r}, expected {fmt!r}")


thai_date = "[$-107041E]d mmm yyyy"
if wb.sheetnames != ["แผน", "กิจกรรม", "เป้าหมาย", "ตัวชี้วัด", "GAP", "ความเสี่ยง", "ผลและปัญหา"]:
    errors.append(f"sheets: {wb.sheetnames}")
# แผน: plan, title, organisation, owner, start, end, as of, quarter, quarter start,
# quarter end, due, completion, planned, counted activities, GAP closed, GAP
# taken up this year (status planned or closed: G01–G04, G06–G08, G10), GAP items.
expect("แผน", "A2", "fio-scm-2566")
expect("แผน", "C2", "องค์การอุตสาหกรรมป่าไม้")
expect("แผน", "G2", datetime.datetime(2023, 6, 30), thai_date)
expect("แผน", "H2", 2, "0")
expect("แผน", "I2", datetime.datetime(2023, 4, 1), thai_date)
expect("แผน", "K2", datetime.datetime(2023, 7, 11), thai_date)
expect("แผน", "L2", 0.408, "0.0%")
expect("แผน", "M2", 0.374, "0.0%")
expect("แผน", "N2", 8, "0")
expect("แผน", "O2", 1, "0")
expect("แผน", "P2", 8, "0")
expect("แผน", "Q2", 11, "0")
# กิจกรรม: rows 2.. are A01..A10; H planned, I actual, J status.
expect("กิจกรรม", "B4", "A03")
expect("กิจกรรม", "H4", 0.5, "0.0%")
expect("กิจกรรม", "I4", 0.75, "0.0%")
expect("กิจกรรม", "J4", "เป็นไปตามแผน")
expect("กิจกรรม", "B10", "A09")
expect("กิจกรรม", "H10", 0.286, "0.0%")
expect("กิจกรรม", "I10", 0.143, "0.0%")
expect("กิจกรรม", "J10", "ล่าช้ากว่าแผน")
expect("กิจกรรม", "D2", "ไม่ใช่")  # A01 does not count
expect("กิจกรรม", "F2", datetime.datetime(2023, 1, 1), thai_date)
# เป้าหมาย: counting activities only (A03..A10); D op, E value, F unit, G actual, H met.
expect("เป้าหมาย", "B2", "A03")
expect("เป้าหมาย", "D2", "≥")
expect("เป้าหมาย", "E2", 100, "General")
expect("เป้าหมาย", "F2", "%")
expect("เป้าหมาย", "G2", 40, "General")
expect("เป้าหมาย", "H2", "ยังไม่บรรลุ")
expect("เป้าหมาย", "G4", 1, "General")
expect("เป้าหมาย", "F4", "กิจกรรม")
expect("เป้าหมาย", "H4", "บรรลุ")
# ตัวชี้วัด: K3 is completion ≥ 100%, measured 40.8%.
expect("ตัวชี้วัด", "B4", "K3")
expect("ตัวชี้วัด", "E4", 1, "0%")
expect("ตัวชี้วัด", "F4", 0.408, "0.0%")
expect("ตัวชี้วัด", "E2", 8, "General")
expect("ตัวชี้วัด", "F2", 0, "General")
# ความเสี่ยง: R1.
expect("ความเสี่ยง", "D2", 2, "0")
expect("ความเสี่ยง", "E2", 5, "0")
expect("ความเสี่ยง", "F2", 10, "0")
expect("ความเสี่ยง", "G2", "สูง")
expect("ความเสี่ยง", "H2", "ไม่ใช่")
def width(ws):
    """The sheet's columns added up, in characters."""
    return sum(ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width or 0
               for c in range(1, ws.max_column + 1))


for ws in wb.worksheets:
    # Printed: A4 landscape, header row on every page; one page wide only when
    # that keeps 14 pt text at 9 pt or more (columns up to 170 characters),
    # else full size with the first column repeated.
    if ws.page_setup.paperSize not in (9, "9") or ws.page_setup.orientation != "landscape":
        errors.append(f"{ws.title}: not A4 landscape")
    if ws.print_title_rows not in ("1:1", "$1:$1"):
        errors.append(f"{ws.title}: header row not repeated ({ws.print_title_rows})")
    fit = ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage
    # fitToWidth absent is 1 (ECMA-376's default).
    if width(ws) <= 170 and not (fit and ws.page_setup.fitToWidth in (None, 1, "1")):
        errors.append(f"{ws.title}: {width(ws):.0f} characters wide, not fitted to one page")
    if width(ws) > 170 and (fit or ws.print_title_cols not in ("A:A", "$A:$A")):
        errors.append(f"{ws.title}: {width(ws):.0f} characters wide, shrunk or without its first column repeated")
    # Every row as high as its wrapped lines: 14 pt × 1.5 a line, + 4.
    for r in range(1, ws.max_row + 1):
        h = ws.row_dimensions[r].height
        if h is None or (h - 4) % 21 > 0.01:
            errors.append(f"{ws.title}: row {r} height {h}, not a whole number of 21 pt lines")
            break
# A01's title (over 40 characters) wraps: its row takes more than one line.
if (wb["กิจกรรม"].row_dimensions[2].height or 0) <= 25:
    errors.append("กิจกรรม: row 2 (A01, a long title) is one line high")
for ws in wb.worksheets:
    if ws.freeze_panes != "A2":
        errors.append(f"{ws.title}: frozen at {ws.freeze_panes}, not below the header row")
    if not ws.auto_filter.ref or not ws.auto_filter.ref.startswith("A1:"):
        errors.append(f"{ws.title}: no autofilter over the table")
if errors:
    print("\n".join(errors), file=sys.stderr)
    sys.exit(1)
