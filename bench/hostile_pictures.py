#!/usr/bin/env python3
"""Pictures of any size: the Word report (`report --quarter 2 --format docx`)
of hostile plans against normal ones (scripts/bench --hostile).

    bench/hostile_pictures.py [--bin PATH] [--out DIR]

(a) A plan title of 300,000 Thai code points (900 kB, within the 1 MiB file
    limit) against a plan of the same 10 activities with a short title: CPU
    time and peak RSS must be within 3× of the normal plan's (pictures show
    the title cut to 200 code points; the document keeps it whole).
(b) 2,000 activities against 200: CPU time per activity and memory per
    activity (peak RSS minus that of `scmplan --version`) within 3× of the 200
    activities'. The timeline comes in pieces of 14 lines, one picture each,
    one cairo surface (about 14 MB) at a time; what grows with the activities
    is the output itself: the PNGs (about 370 kB a piece) and the zip are held
    in memory until the file is written.

Prints a Markdown table; exits 1 when a bound is exceeded. CPU time is user +
system (/usr/bin/time), so that other work on a shared machine does not count.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def plan_yaml(title):
    return (f"scmplan: 1\nkind: plan\nid: p-2566\ntitle: {title}\norganisation: o\nenabler: SCM\nyear: 2566\n"
            "period: {start: 2023-01-01, end: 2023-12-31}\nowner: u\nbudget: b\nrationale: r\nobjectives: [o]\n"
            "benefits: [b]\noutput: o\noutcome: o\ntarget: t\n")


def activity_yaml(i, groups):
    return (f"scmplan: 1\nkind: activity\nplan: p-2566\nid: A{i:05d}\ntitle: กิจกรรมที่ {i} พัฒนาระบบงานบริการลูกค้า\n"
            f"group: กลุ่ม {i % groups}\nowners: [u]\nperiod: {{start: 2023-0{1 + i % 6}-01, end: 2023-12-31}}\n"
            'steps:\n  - {id: "1", title: ขั้นตอนแรก, due: 2023-06-30, done: 2023-06-01}\n'
            '  - {id: "2", title: ขั้นตอนที่สอง, due: 2023-11-30}\n')


def make_plan(folder, title, activities, groups=5):
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(os.path.join(folder, "a"))
    with open(os.path.join(folder, "plan.yaml"), "w", encoding="utf-8") as f:
        f.write(plan_yaml(title))
    for i in range(activities):
        with open(os.path.join(folder, "a", f"A{i:05d}.yaml"), "w", encoding="utf-8") as f:
            f.write(activity_yaml(i, groups))
    return folder


def measure(binary, argv, env):
    """(CPU seconds, peak RSS in kB) of one run; exits on a failed run."""
    with tempfile.NamedTemporaryFile() as tf:
        p = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", tf.name, binary] + argv,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        if p.returncode != 0:
            sys.exit(f"bench: scmplan {' '.join(argv)} exited {p.returncode}: "
                     f"{p.stderr.decode(errors='replace')[-400:].strip()}")
        if p.stderr.strip():
            sys.exit(f"bench: scmplan {' '.join(argv)} wrote to stderr: {p.stderr.decode(errors='replace')[:400]}")
        user, sys_, kb = open(tf.name).read().split()[-3:]
    return float(user) + float(sys_), int(kb)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "scmplan"))
    ap.add_argument("--out", default=os.path.join(ROOT, "build-bench", "hostile", "pictures"))
    a, _ = ap.parse_known_args()
    binary = os.path.abspath(a.bin)
    env = dict(os.environ, SCMPLAN_TODAY="2023-07-03", LANG="C.UTF-8")
    os.makedirs(a.out, exist_ok=True)
    docx = os.path.join(a.out, "out.docx")

    def report(folder):
        return measure(binary, ["report", "-q", "--quarter", "2", folder, "-o", docx], env)

    _, base_kb = measure(binary, ["--version"], env)
    rows, ok = [], True

    # (a) the title
    normal = report(make_plan(os.path.join(a.out, "title-normal"), "แผนปฏิบัติการ SCM ประจำปี 2566", 10))
    long_title = "ที่นี่" * 50000  # 300,000 code points, 900,000 bytes
    big = report(make_plan(os.path.join(a.out, "title-1mb"), long_title, 10))
    t_ratio, m_ratio = big[0] / max(normal[0], 0.01), big[1] / normal[1]
    ok &= t_ratio <= 3 and m_ratio <= 3
    rows.append(("title of 31 code points, 10 activities", "1 plan", normal, "", ""))
    rows.append(("title of 300,000 Thai code points (900 kB), 10 activities", "1 plan", big,
                 f"{t_ratio:.2f}", f"{m_ratio:.2f}"))

    # (b) the number of activities
    small = report(make_plan(os.path.join(a.out, "acts-200"), "แผนทดสอบ", 200))
    large = report(make_plan(os.path.join(a.out, "acts-2000"), "แผนทดสอบ", 2000))
    t_ratio = (large[0] / 2000) / (small[0] / 200)
    m_ratio = ((large[1] - base_kb) / 2000) / ((small[1] - base_kb) / 200)
    ok &= t_ratio <= 3 and m_ratio <= 3
    per = lambda r, n: f"{(r[1] - base_kb) / n:.0f}"
    rows.append(("200 activities", "200", small, "", "", per(small, 200)))
    rows.append(("2,000 activities", "2,000", large, f"{t_ratio:.2f} (per activity)", f"{m_ratio:.2f} (per activity)",
                 per(large, 2000)))

    print(f"`scmplan --version` peak RSS: {base_kb / 1024:.1f} MB\n")
    print("| input | units | CPU s | peak RSS MB | time × normal | RSS × normal | (RSS − base) kB per activity |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        name, units, (t, kb), tr, mr = r[:5]
        print(f"| {name} | {units} | {t:.2f} | {kb / 1024:.1f} | {tr} | {mr} | {r[5] if len(r) > 5 else ''} |")
    print("\nbounds: time and peak RSS within 3× (a); time and RSS − base per activity within 3× (b):",
          "met" if ok else "EXCEEDED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
