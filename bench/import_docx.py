#!/usr/bin/env python3
"""`scmplan import` on Word plans of 25, 100 and 400 pages (scripts/bench --import).

Each plan is the template's sections and an activity table of N activities,
each with 6 numbered steps, a two-row merged header and a long target (about
two activities a page, as the published plan's table 12.3 has): N = 50, 200,
800. The .docx files are written with the standard library (zipfile) into
build-bench/import/. Each import runs RUNS times into a new folder; the median
wall time is kept. Fails (exit 1) when the 100-page plan takes 1 s or more, or
when the 400-page one costs more than 3x per page what the 100-page one does
(reading is linear in the document's size).

    bench/import_docx.py [--bin PATH] [--runs N]
"""
import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def p(text):
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % text


def tc(inner, props=""):
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (props, inner or p(""))


def plan_docx(n):
    body = [p("แผนปฏิบัติการยกระดับคะแนน Core Business Enablers การมุ่งเน้นผู้มีส่วนได้ส่วนเสียและลูกค้า "
              "(Stakeholder and Customer Management : SCM) ประจำปี 2567"),
            p("ฝ่ายการตลาด องค์การทดลอง"), p("1. เหตุผล และความจำเป็น"), p("เหตุผล " * 40),
            p("2. วัตถุประสงค์"), p("1. เพื่อทดลอง"), p("5. ผู้รับผิดชอบ : ฝ่ายการตลาด"), p("10. ตัวชี้วัด"),
            p("เชิงปริมาณ - ดำเนินการตามแผน จำนวน %d แผนงาน/โครงการ/กิจกรรม" % n),
            p("11. ระยะเวลาดำเนินงาน 1 มกราคม 2567 – 31 ธันวาคม 2567"),
            p("12. ขั้นตอนและแนวทางการดำเนินงาน"), "<w:tbl>"]
    down, cont = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    body.append("<w:tr>" + "".join(tc(p(h), down) for h in ("ที่", "กิจกรรม", "ผู้รับผิดชอบ", "สถานที่ดำเนินการ",
                                                             "เป้าหมาย", "ระยะเวลา"))
                + tc(p("งบประมาณ"), '<w:gridSpan w:val="2"/>') + "</w:tr>")
    body.append("<w:tr>" + "".join(tc("", cont) for _ in range(6)) + tc(p("รายรับ")) + tc(p("รายจ่าย")) + "</w:tr>")
    for i in range(1, n + 1):
        steps = "".join(p("%d) ขั้นตอนที่ %d ของกิจกรรมที่ %d จัดทำแผนปฏิบัติการ เสนอ อ.อ.ป. อนุมัติ/เห็นชอบ" % (s, s, i))
                        for s in range(1, 7))
        body.append("<w:tr>" + tc(p(str(i))) + tc(p("กิจกรรมที่ %d พัฒนาฐานข้อมูลผู้มีส่วนได้ส่วนเสีย" % i) + steps)
                    + tc(p("ส.ตต./ ทุกหน่วยงาน")) + tc(p("ส.ตต.")) + tc(p("ดำเนินการได้สำเร็จร้อยละ 100 " + "ก" * 80))
                    + tc(p("1 ม.ค. 67 – 31 ธ.ค. 67")) + tc(p("ไม่มี")) + tc(p("ไม่มี")) + "</w:tr>")
    body.append("</w:tbl>")
    xml = '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s</w:body></w:document>' % (W, "".join(body))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "scmplan"))
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    out = os.path.join(ROOT, "build-bench", "import")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    rows = []
    for pages, n in ((25, 50), (100, 200), (400, 800)):
        path = os.path.join(out, "plan-%d.docx" % pages)
        with open(path, "wb") as f:
            f.write(plan_docx(n))
        times = []
        for r in range(args.runs):
            dest = os.path.join(out, "draft-%d-%d" % (pages, r))
            t0 = time.perf_counter()
            res = subprocess.run([args.bin, "import", path, "-o", dest], capture_output=True)
            times.append(time.perf_counter() - t0)
            if res.returncode != 0:
                print(res.stderr.decode(), file=sys.stderr)
                return 1
            shutil.rmtree(dest)
        rows.append((pages, n, os.path.getsize(path), statistics.median(times)))
    print("| pages | activities | .docx bytes | import (s) | s per page |")
    print("|---:|---:|---:|---:|---:|")
    for pages, n, size, t in rows:
        print("| %d | %d | %d | %.3f | %.5f |" % (pages, n, size, t, t / pages))
    status = 0
    t100 = rows[1][3]
    if t100 >= 1.0:
        print("FAIL: the 100-page plan took %.2f s (limit 1 s)" % t100)
        status = 1
    ratio = (rows[2][3] / 400) / (rows[1][3] / 100)
    print("cost per page, 400 pages against 100: %.2fx (limit 3x)" % ratio)
    if ratio > 3:
        print("FAIL: not linear")
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
