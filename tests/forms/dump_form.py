"""Every cell of a form as text, the way a person and a program see it:
value, number format, locked or not, and each sheet's validations, freeze,
protection and page setup. Used for the golden files of tests/forms/expected/
(and by scripts/test-forms-calc)."""
import sys

import openpyxl


def dump(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        out.append(f"== sheet {ws.title} state={ws.sheet_state} protected={bool(ws.protection.sheet)} "
                   f"freeze={ws.freeze_panes} orientation={ws.page_setup.orientation} paper={ws.page_setup.paperSize} "
                   f"print_titles={ws.print_title_rows}")
        for dv in ws.data_validations.dataValidation:
            out.append(f"validation {dv.sqref} type={dv.type} between {dv.formula1} and {dv.formula2} "
                       f"error={dv.errorStyle}")
        for row in ws.iter_rows():
            for c in row:
                if c.value is None and c.protection.locked:
                    continue
                value = c.value.date().isoformat() if hasattr(c.value, "date") else repr(c.value)
                lock = "locked" if c.protection.locked else "input"
                out.append(f"{c.coordinate} {lock} [{c.number_format}] {value}")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(dump(sys.argv[1]))
