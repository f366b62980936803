"""The progress form's round trip, as units and the analyst go through it.

On copies of plans/ (SCMPLAN_TODAY=2023-10-05: the units fill the Q3 form
after the quarter): make the forms, fill them with openpyxl as a person would,
import them, and check the YAML, the Q3 report's figures (worked out by hand
in tests/forms/WORKING.md), that a second import changes nothing, and that a
badly filled form writes nothing and names every problem by SHEET!CELL.

Usage: roundtrip.py BINARY   (SCMPLAN_UPDATE=1 rewrites tests/forms/expected/)
"""
import datetime
import hashlib
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

import openpyxl

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from dump_form import dump  # noqa: E402

BIN = sys.argv[1]
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
EXPECTED = HERE / "expected"
UPDATE = os.environ.get("SCMPLAN_UPDATE") == "1"
ENV = dict(os.environ, SCMPLAN_TODAY="2023-10-05", LANG="C.UTF-8", NO_COLOR="1")
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print(f"FAIL {what}")


def run(cwd, *args):
    p = subprocess.run([BIN, *args], cwd=cwd, env=ENV, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def workspace():
    d = pathlib.Path(tempfile.mkdtemp(prefix="scmplan-forms-"))
    shutil.copytree(ROOT / "plans", d / "plans")
    return d


def tree_hash(d):
    h = hashlib.sha256()
    for f in sorted((d / "plans").rglob("*.yaml")):
        h.update(str(f).encode() + f.read_bytes())
    return h.hexdigest()


def golden(name, text):
    path = EXPECTED / name
    if UPDATE:
        EXPECTED.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    want = path.read_text(encoding="utf-8") if path.exists() else None
    check(want == text, f"{name} differs from the golden file (SCMPLAN_UPDATE=1 rewrites it)")


def rows_of(ws):
    """Header keys → column letters, and each data row's cells by key."""
    keys = {}
    for c in ws[1]:
        keys[c.value[c.value.rindex("(") + 1:-1]] = c.column_letter
    return keys


def find_row(ws, keys, activity, step=None):
    for r in range(2, ws.max_row + 1):
        if ws[f"{keys['activity']}{r}"].value == activity and (step is None or ws[f"{keys['step']}{r}"].value == step):
            return r
    raise KeyError((activity, step))


def fill(path, steps=(), reports=()):
    """steps: (activity, step, key, value); reports: (activity, key, value)."""
    wb = openpyxl.load_workbook(path)
    ws = wb["steps"]
    keys = rows_of(ws)
    for activity, step, key, value in steps:
        ws[f"{keys[key]}{find_row(ws, keys, activity, step)}"] = value
    ws = wb["reports"]
    keys = rows_of(ws)
    for activity, key, value in reports:
        ws[f"{keys[key]}{find_row(ws, keys, activity)}"] = value
    wb.save(path)


def completion(d):
    code, out, err = run(d, "report", "-q", "--quarter", "3", "--format", "json")
    check(code == 0, f"report --quarter 3 exits 0 ({err})")
    plan = json.loads(out)[0]
    targets = {a["id"]: a["target"] for a in plan["activities"]}
    return plan["completion"], {a["id"]: a["actual_pct"] for a in plan["activities"]}, targets


# The unit ส.ตต.'s filling (WORKING.md, "The form of ส.ตต."): every way a date is typed.
STT_STEPS = [
    ("A06", "3.2", "done", datetime.datetime(2023, 8, 10)),   # an Excel date
    ("A06", "3", "done", "30/09/2566"),                       # dd/mm/yyyy, BE
    ("A07", "3.1", "done", "20 ก.ค. 2566"),                   # Thai, abbreviated month
    ("A07", "3.2", "done", "15 สิงหาคม 2566"),                # Thai, full month
    ("A07", "3.3", "done", "2023-09-28"),                     # ISO text
    ("A07", "3", "done", datetime.datetime(2023, 9, 29)),
    ("A08", "3.1", "done", "05/07/2023"),                     # dd/mm/yyyy, CE
    ("A10", "3.1", "done", datetime.datetime(2023, 7, 25)),
    ("A10", "3.1", "evidence", "evidence/a10-event.pdf"),
]
STT_REPORTS = [
    ("A10", "actual", 3),
    ("A10", "note", "จัดกิจกรรมเสริมสร้างความสัมพันธ์กับลูกค้าแล้ว 3 กิจกรรม"),
    ("A10", "problems", "ลูกค้าบางรายไม่สะดวกเข้าร่วมในช่วงฤดูฝน"),
    ("A07", "note", "สำรวจความต้องการของลูกค้าและสรุปผลเสนอ อ.อ.ป. แล้ว"),
    ("A08", "suggestions", "ควรเพิ่มช่องทางตอบแบบสอบถามออนไลน์"),
]
# The unit ส.ธต.'s (WORKING.md, "Two forms together").
SDT_STEPS = [
    ("A04", "3", "done", "1/9/2566"),
    ("A09", "2", "done", datetime.datetime(2023, 7, 3)),
    ("A09", "3.2#2", "done", "10/09/2566"),
]
SDT_REPORTS = [("A04", "actual", 60), ("A03", "actual", 80), ("A03", "note", "บันทึกข้อมูลผู้มีส่วนได้ส่วนเสียครบทุกหน่วยงาน")]


def make(d, unit, name, *more):
    code, _, err = run(d, "form", "--quarter", "3", "--unit", unit, *more, "-o", name)
    check(code == 0, f"form --unit {unit} exits 0 ({err})")
    return d / name


def one_form():
    d = workspace()
    form = make(d, "ส.ตต.", "stt.xlsx")
    golden("form-stt-q3.txt", dump(form))
    en = make(d, "ส.ตต.", "stt-en.xlsx", "--lang", "en")
    golden("form-stt-q3-en-headers.txt", "\n".join(f"{ws.title}: " + " | ".join(c.value for c in ws[1])
                                                   for ws in openpyxl.load_workbook(en).worksheets[:2]) + "\n")
    before, _, _ = completion(d)
    check(before == 40.8, f"Q3 completion before the form is 40.8 (WORKING.md), not {before}")
    fill(form, STT_STEPS, STT_REPORTS)
    unchanged = tree_hash(d)
    code, out, err = run(d, "import", "stt.xlsx", "--dry-run")
    check(code == 0 and out.count("+++ b/plans/fio-scm-2566/activities/") == 4, f"--dry-run shows 4 files' diffs ({err})")
    check(tree_hash(d) == unchanged, "--dry-run writes nothing")
    code, out, err = run(d, "import", "stt.xlsx")
    check(code == 0, f"import exits 0 ({err})")
    check("made 14 change(s) in 4 file(s) from 1 form(s)" in err, f"import says what it did: {err}")
    a07 = (d / "plans/fio-scm-2566/activities/A07.yaml").read_text(encoding="utf-8")
    # The file writes ISO dates: the dates typed in Thai land as ISO, comments kept.
    for want in ('  - id: "3.1"\n    title:', "done: 2023-07-20", "done: 2023-08-15", "done: 2023-09-28", "done: 2023-09-29",
                 "due: 2023-03-31  # EXAMPLE", "  - quarter: 3\n    note: สำรวจความต้องการของลูกค้าและสรุปผลเสนอ อ.อ.ป. แล้ว"):
        check(want in a07, f"A07.yaml holds {want!r}")
    a10 = (d / "plans/fio-scm-2566/activities/A10.yaml").read_text(encoding="utf-8")
    for want in ("done: 2023-07-25", "evidence/a10-event.pdf", "actual: 3", "problems: ลูกค้าบางรายไม่สะดวกเข้าร่วมในช่วงฤดูฝน"):
        check(want in a10, f"A10.yaml holds {want!r}")
    a06 = (d / "plans/fio-scm-2566/activities/A06.yaml").read_text(encoding="utf-8")
    check("done: 2023-08-10" in a06 and "done: 2023-09-30" in a06, "A06.yaml holds the Excel date and the BE dd/mm/yyyy")
    a08 = (d / "plans/fio-scm-2566/activities/A08.yaml").read_text(encoding="utf-8")
    check("done: 2023-07-05" in a08, "A08.yaml holds the CE dd/mm/yyyy")
    after, acts, plan = completion(d)
    # WORKING.md: A06 5/6, A07 6/8, A08 3/7, A10 3/6; the plan (75+50+50+83.3+75+42.9+14.3+50)/8.
    check(after == 55.1, f"Q3 completion after the form is 55.1, not {after}")
    check((acts["A06"], acts["A07"], acts["A08"], acts["A10"]) == (83.3, 75.0, 42.9, 50.0), f"activities: {acts}")
    target = plan["A10"]
    check(target["actual"] == 3 and target["met"] is False, f"A10's target: 3 of ≥ 4, not met: {target}")
    code, _, err = run(d, "check", "-q")
    check(code == 0, f"check passes after the import ({err})")
    state = tree_hash(d)
    code, out, err = run(d, "import", "stt.xlsx")
    check(code == 0 and "nothing to change" in err and tree_hash(d) == state, f"a second import changes nothing: {err}")
    shutil.rmtree(d)


def two_forms():
    d = workspace()
    stt, sdt = make(d, "ส.ตต.", "stt.xlsx"), make(d, "ส.ธต.", "sdt.xlsx")
    fill(stt, STT_STEPS, STT_REPORTS)
    fill(sdt, SDT_STEPS, SDT_REPORTS)
    code, _, err = run(d, "import", "stt.xlsx", "sdt.xlsx")
    check(code == 0, f"two forms import together ({err})")
    after, acts, plan = completion(d)
    check(after == 61.8, f"Q3 completion after both forms is 61.8 (WORKING.md), not {after}")
    check((acts["A04"], acts["A09"]) == (75.0, 42.9), f"A04 and A09: {acts}")
    targets = plan
    check(targets["A04"]["met"] is True and targets["A03"]["met"] is False, "A04 60 ≥ 50 met; A03 80 < 100 not")
    # The unit ออป.ภาค shares A07 with ส.ตต. and says another date for step 3.1: a conflict naming both cells.
    d2 = workspace()
    stt, region = make(d2, "ส.ตต.", "stt.xlsx"), make(d2, "ออป.ภาค", "region.xlsx")
    fill(stt, STT_STEPS, STT_REPORTS)
    fill(region, [("A07", "3.1", "done", "21/07/2566"), ("A07", "3.2", "done", "15/08/2566")])
    state = tree_hash(d2)
    code, _, err = run(d2, "import", "stt.xlsx", "region.xlsx")
    check(code == 1 and tree_hash(d2) == state, "disagreeing forms write nothing")
    r = find_row(openpyxl.load_workbook(region)["steps"], rows_of(openpyxl.load_workbook(region)["steps"]), "A07", "3.1")
    s = find_row(openpyxl.load_workbook(stt)["steps"], rows_of(openpyxl.load_workbook(stt)["steps"]), "A07", "3.1")
    want = f"region.xlsx:steps!G{r}: error[E086]: (done) of A07 step 3.1 disagrees with stt.xlsx:steps!G{s}: '2023-07-21' here, '2023-07-20' there"
    check(want in err, f"the conflict names both cells: {err}")
    check(err.count("error[") == 1, "the agreeing A07 3.2 is no conflict")
    shutil.rmtree(d)
    shutil.rmtree(d2)


def bad_form():
    d = workspace()
    form = make(d, "ส.ตต.", "stt.xlsx")
    wb = openpyxl.load_workbook(form)
    ws = wb["steps"]
    keys = rows_of(ws)
    r31, r1, r32 = find_row(ws, keys, "A07", "3.1"), find_row(ws, keys, "A07", "1"), find_row(ws, keys, "A07", "3.2")
    ws[f"G{r31}"] = "31/02/2566"              # no such day
    ws[f"G{r32}"] = "พรุ่งนี้"                  # not a date
    ws[f"G{r1}"] = datetime.datetime(2023, 4, 13)  # the file says 12 April
    ws[f"D{r32}"] = "another title"           # a locked cell
    r33 = find_row(ws, keys, "A07", "3.3")
    ws[f"C{r33}"] = "3.9"                     # no such step
    ws[f"H{r31}"] = "../secret.pdf"           # leaves the workspace
    ws["I1"] = "หมายเหตุ (remarks)"            # an unknown column
    rep = wb["reports"]
    rk = rows_of(rep)
    ws2 = rep
    ra = find_row(rep, rk, "A10")
    ws2[f"{rk['actual']}{ra}"] = "สาม"         # not a number
    wb.save(form)
    state = tree_hash(d)
    code, out, err = run(d, "import", "stt.xlsx")
    check(code == 1, f"a form with errors exits 1, not {code}")
    check(tree_hash(d) == state, "a form with errors writes nothing")
    golden("bad-form.stderr", err.replace(str(d), "TMP"))
    for cell, code_ in ((f"steps!G{r31}", "E083"), (f"steps!G{r32}", "E083"), (f"steps!G{r1}", "E085"),
                        (f"steps!D{r32}", "E084"), (f"steps!C{r33}", "E082"), (f"steps!H{r31}", "E083"),
                        ("steps!I1", "E081"), (f"reports!F{ra}", "E083")):
        check(f"stt.xlsx:{cell}: error[{code_}]" in err, f"the error at {cell} ({code_}) is reported")
    shutil.rmtree(d)


def stale_form():
    d = workspace()
    form = make(d, "ส.ตต.", "stt.xlsx")
    # After the form was made, the analyst records step 3.1 of A07 and a Q3 note of A10.
    run(d, "done", "A07", "3.1", "--on", "2023-07-18")
    run(d, "progress", "A10", "--quarter", "3", "--note", "บันทึกโดยผู้วิเคราะห์")
    fill(form, [("A07", "3.3", "done", "28/09/2566")], [("A10", "actual", 3)])
    code, _, err = run(d, "import", "stt.xlsx")
    check(code == 0, f"an older form imports where it does not conflict ({err})")
    check("was made from an older state of 2 files" in err, f"and says so: {err}")
    a10 = (d / "plans/fio-scm-2566/activities/A10.yaml").read_text(encoding="utf-8")
    check("note: บันทึกโดยผู้วิเคราะห์" in a10 and "actual: 3" in a10, "the analyst's note stays, the unit's figure lands")
    # The same older form, now with another date for A07 3.1 and another A10 note: conflicts.
    fill(form, [("A07", "3.1", "done", "19/07/2566")], [("A10", "note", "ข้อความของหน่วยงาน")])
    state = tree_hash(d)
    code, _, err = run(d, "import", "stt.xlsx")
    check(code == 1 and tree_hash(d) == state, "conflicts with the file write nothing")
    check(err.count("error[E085]") == 2, f"two conflicts with the file (E085): {err}")
    shutil.rmtree(d)


one_form()
two_forms()
bad_form()
stale_form()
if failures:
    print(f"forms: {len(failures)} failure(s)")
    sys.exit(1)
print("forms: the round trip holds")
