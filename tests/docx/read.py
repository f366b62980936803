#!/usr/bin/env python3
"""python-docx reads the .docx of `scmplan report --quarter 2` on plans/ as a
user's script would: page size and margins, the style names, the paragraphs of
the title block and the executive summary, the tables (rows, columns, cells)
and the pictures; no emoji and no rule syntax anywhere in the text.
Expected figures are those of the quarterly report (plans/README.md and
tests/e2e/cases/plans-report-q2-md).

Usage: tests/docx/read.py BINARY   (exit 77: python3-docx is not installed)
"""
import os
import re
import subprocess
import sys
import tempfile
import zipfile

try:
    import docx
    from docx.shared import Cm
except ImportError:
    print("SKIP: python3-docx is not installed (apt-get install python3-docx)")
    sys.exit(77)

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def without_break_hints(path, out):
    """The document with its zero-width spaces taken out: scmplan puts one
    after "(" before Thai as a line-break hint (docs/docx.md); the texts are
    compared as a reader sees them. Returns the hints' count."""
    n = 0
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                n = text.count("\u200b")
                data = text.replace("\u200b", "").encode("utf-8")
            dst.writestr(item, data)
    return n


with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "q2.docx")
    env = dict(os.environ, SCMPLAN_TODAY="2023-07-03", LANG="C.UTF-8")
    subprocess.run([sys.argv[1], "report", "-q", "--quarter", "2", "plans", "-o", out], cwd=root, env=env, check=True)
    check(without_break_hints(out, os.path.join(tmp, "plain.docx")) > 0, "line-break hints after '(' before Thai")
    d = docx.Document(os.path.join(tmp, "plain.docx"))

    # The memo: a section of its own, top margin 1.5 cm, then the report.
    memo = d.sections[0]
    check(abs(memo.top_margin - Cm(1.5)) < Cm(0.01) and abs(memo.left_margin - Cm(3)) < Cm(0.01),
          "memo margins 1.5 cm top, 3 cm left")
    check(d.paragraphs[0].text == "บันทึกข้อความ", f"memo title: {d.paragraphs[0].text!r}")
    memo_text = "\n".join(p.text for p in d.paragraphs[:20])
    for want in ("ส่วนราชการ สำนักธุรกิจการตลาด (ส.ตต.)", "เรื่อง รายงานผลการดำเนินงานตามแผนปฏิบัติการ SCM ประจำปี 2566 ไตรมาส 2/2566",
                 "สิ่งที่ส่งมาด้วย  รายงานผลการดำเนินงาน ไตรมาส 2/2566 จำนวน 1 ชุด",
                 "แผนปฏิบัติการมีความคืบหน้าร้อยละ 40.8 เทียบกับแผนร้อยละ 37.4 (เร็วกว่าแผน 3.4 จุด)",
                 "จึงเรียนมาเพื่อโปรดทราบ"):
        check(want in memo_text, f"memo text {want!r}")
    box = d.tables[0].rows[0].cells[0].text
    check(box.startswith("ความเห็นและข้อสั่งการของผู้อำนวยการ"), f"the director's box: {box[:40]!r}")

    s = d.sections[1]
    check(abs(s.page_width - Cm(21)) < Cm(0.01) and abs(s.page_height - Cm(29.7)) < Cm(0.01), "A4 portrait")
    check(abs(s.left_margin - Cm(3)) < Cm(0.01) and abs(s.right_margin - Cm(2)) < Cm(0.01), "margins 3 cm / 2 cm")
    check(abs(s.top_margin - Cm(2.5)) < Cm(0.01) and abs(s.bottom_margin - Cm(2)) < Cm(0.01), "margins 2.5 cm / 2 cm")
    landscape = [x for x in d.sections if x.page_width > x.page_height]
    check(len(landscape) == 1, f"one landscape section for the timeline, not {len(landscape)}")

    names = {st.name for st in d.styles}
    for n in ("Normal", "Title", "Heading 1", "Heading 2", "List Bullet", "Report Table", "Caption"):
        check(n in names, f"style {n}")
    rpr = d.styles.element.find(docx.oxml.ns.qn("w:docDefaults")).find(".//" + docx.oxml.ns.qn("w:rFonts"))
    check(rpr is not None and rpr.get(docx.oxml.ns.qn("w:cs")) == "TH Sarabun New", "body font TH Sarabun New")
    size = d.styles.element.find(docx.oxml.ns.qn("w:docDefaults")).find(".//" + docx.oxml.ns.qn("w:szCs"))
    check(size is not None and size.get(docx.oxml.ns.qn("w:val")) == "32", "body size 16 pt")

    paras = [p for p in d.paragraphs]
    paras = paras[next(i for i, p in enumerate(paras) if p.style.name == "Title"):]
    check(paras[0].style.name == "Title" and paras[0].text == "รายงานผลการดำเนินงานตามแผนปฏิบัติการ", "title")
    check(paras[1].text == "ไตรมาส 2/2566", f"subtitle: {paras[1].text!r}")
    text = "\n".join(p.text for p in paras)
    for want in ("หน่วยงาน: สำนักธุรกิจการตลาด (ส.ตต.) องค์การอุตสาหกรรมป่าไม้", "ข้อมูล ณ วันที่: 30 มิ.ย. 2566",
                 "กำหนดส่งรายงาน: 11 ก.ค. 2566", "ความคืบหน้าของแผน: 40.8% (แผน 37.4%)",
                 "มีความคืบหน้าร้อยละ 40.8 เทียบกับแผนร้อยละ 37.4 (เร็วกว่าแผน 3.4 จุด)",
                 "บทสรุปสำหรับผู้บริหาร", "ภาคผนวก: ที่มาของระดับความเสี่ยง", "ผู้จัดทำ"):
        check(want in text or any(want in c.text for t in d.tables for r in t.rows for c in r.cells), f"text {want!r}")
    bullets = [p.text for p in paras if p.style.name == "List Bullet"]
    check(bullets and bullets[0].startswith("กิจกรรมที่ล่าช้ากว่าแผน: A09 "), f"first bullet: {bullets[:1]}")

    # The late steps as of 30 Jun 2023: A09 step 2 "จัดประชุม…" due 30 Apr (61 days), owned by
    # ส.ธต. (a slip for ส.ตต., marked), ออป.ภาค and ส.คช.
    late = next((x for x in d.tables if x.rows[0].cells[0].text == "ขั้นตอน"), None)
    check(late is not None and [c.text for c in late.rows[0].cells] ==
          ["ขั้นตอน", "ผู้รับผิดชอบ", "กำหนด", "ช้า (วัน)"], "late steps table header")
    rows = [[c.text for c in r.cells] for r in late.rows[1:]] if late is not None else []
    a09 = next((r for r in rows if r[0].startswith("A09 ขั้นตอน 2 ")), None)
    check(a09 is not None and a09[1:] == ["ส.ธต. (ไม่อยู่ในรายชื่อหน่วยงาน), ออป.ภาค, ส.คช.", "30 เม.ย. 2566", "61"],
          f"late step A09 2: {a09}")

    t = next(x for x in d.tables if x.rows[0].cells[0].text == "รหัส" and len(x.columns) == 6)
    check(len(t.rows) == 11 and len(t.columns) == 6, f"activity table {len(t.rows)}x{len(t.columns)}")
    check([c.text for c in t.rows[0].cells] == ["รหัส", "กิจกรรม", "ระยะเวลา", "แผน (%)", "ผล (%)", "สถานะ"],
          f"activity header {[c.text for c in t.rows[0].cells]}")
    a09 = [c.text for c in t.rows[9].cells]
    check(a09[0] == "A09" and a09[3:] == ["28.6", "14.3", "ล่าช้ากว่าแผน"], f"A09 row {a09}")
    check(t.rows[1].cells[2].text == "1 ม.ค. 2566 –\n30 เม.ย. 2566", f"A01 period {t.rows[1].cells[2].text!r}")
    check(t.style.name == "Report Table", "table style")
    widths = [c.width for c in t.columns]
    check(widths[1] == max(widths), f"the title column is the widest: {widths}")
    kpi = next((x for x in d.tables if len(x.rows[0].cells) > 1 and x.rows[0].cells[1].text == "ตัวชี้วัด"), None)
    check(kpi is not None and [c.text for c in kpi.rows[3].cells][2:] == ["≥ 100%", "40.8%", "ยังไม่บรรลุ"],
          "K3 row")

    # The timeline's landscape pages at their print size (933 px: 699.75 pt,
    # 8886825 EMU; docs/pictures.md), then the heat map across the 16 cm text
    # (9071 twips, 5760085 EMU). plans/' ten activities take four pages.
    widths = [s.width for s in d.inline_shapes]
    check(widths == [8886825] * 4 + [5760085], f"four timeline pages at 100 % and the heat map: {widths}")

    everything = text + "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    emoji = re.findall("[\u2600-\u27bf\U0001f000-\U0001faff\u2b1c\ufe0f]", everything)
    check(not emoji, f"no emoji: {emoji[:5]}")
    check("completed_on" not in everything and "activity." not in everything, "no rule syntax")

for f in failures:
    print("FAIL", f)
print(f"docx-read: {'all checks passed' if not failures else f'{len(failures)} failed'}")
sys.exit(1 if failures else 0)
