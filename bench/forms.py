#!/usr/bin/env python3
"""The progress form at scale (scripts/bench --forms): a plan of 2,500
activities of 20 steps each (50,000 step rows, 2,500 report rows), its form
made by `scmplan form`, every step's `done` and every report's note filled by
openpyxl, then `scmplan import --dry-run` and `scmplan import` timed (wall
clock and peak RSS, /usr/bin/time). The target: the import of the 50,000-row
form in under 2 s of CPU time. Prints a Markdown table; exits 1 when the import is slower.

Usage: bench/forms.py [--bin PATH] [--activities N] [--steps N] [--out DIR]
"""
import argparse
import datetime
import os
import shutil
import subprocess
import sys
import time

import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAN = """scmplan: 1
kind: plan
id: big-2566
title: bench
organisation: bench
enabler: SCM
year: 2566
period: {start: 2023-01-01, end: 2023-12-31}
owner: u1
budget: none
rationale: bench
objectives: [bench]
benefits: [bench]
output: bench
outcome: bench
target: bench
"""


def activity(n, steps):
    lines = ["scmplan: 1", "kind: activity", "plan: big-2566", f"id: A{n}", f"title: กิจกรรมที่ {n}",
             "owners: [u1]", "period: {start: 2023-01-01, end: 2023-12-31}",
             "target: {text: ร้อยละของงาน, op: \">=\", value: 80, unit: \"%\"}", "steps:"]
    for s in range(1, steps + 1):
        lines += [f"  - id: \"{s}\"", f"    title: ขั้นตอนที่ {s} ของกิจกรรม {n}", "    due: 2023-09-30"]
    return "\n".join(lines) + "\n"


def timed(cmd, cwd):
    t = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", *cmd], cwd=cwd, capture_output=True, text=True,
                       env=dict(os.environ, SCMPLAN_TODAY="2023-10-05"))
    wall = time.monotonic() - t
    rss, user, sys_ = p.stderr.strip().splitlines()[-1].split()
    return p.returncode, (wall, float(user) + float(sys_)), int(rss) // 1024, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "scmplan"))
    ap.add_argument("--activities", type=int, default=2500)
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--out", default=os.path.join(ROOT, "build-bench", "forms"))
    a = ap.parse_args()
    binary = os.path.abspath(a.bin)
    ws = os.path.join(a.out, "ws")
    shutil.rmtree(a.out, ignore_errors=True)
    os.makedirs(os.path.join(ws, "big", "activities"))
    with open(os.path.join(ws, "scmplan.yaml"), "w") as f:
        f.write("scmplan: 1\nkind: workspace\nname: bench\nunits: {u1: bench}\nholidays: [2023-01-02, 2024-01-01]\n")
    with open(os.path.join(ws, "big", "plan.yaml"), "w") as f:
        f.write(PLAN)
    for n in range(1, a.activities + 1):
        with open(os.path.join(ws, "big", "activities", f"A{n}.yaml"), "w") as f:
            f.write(activity(n, a.steps))
    rows = []
    code, wall, rss, err = timed([binary, "form", "-q", "--quarter", "3", "-o", "form.xlsx"], ws)
    if code != 0:
        sys.exit(f"bench forms: scmplan form failed: {err}")
    rows.append(("form (make)", wall, rss))
    form = os.path.join(ws, "form.xlsx")
    wb = openpyxl.load_workbook(form)
    steps = wb["steps"]
    done = datetime.datetime(2023, 9, 15)
    for r in range(2, steps.max_row + 1):
        steps[f"G{r}"] = done
    reports = wb["reports"]
    for r in range(2, reports.max_row + 1):
        reports[f"F{r}"] = 90
        reports[f"G{r}"] = "ดำเนินการแล้วเสร็จตามแผน"
    wb.save(form)
    n_rows = steps.max_row - 1
    for label, extra in (("import --dry-run", ["--dry-run"]), ("import", [])):
        code, wall, rss, err = timed([binary, "import", "-q", "form.xlsx", *extra], ws)
        if code != 0:
            sys.exit(f"bench forms: scmplan {label} failed: {err[-2000:]}")
        rows.append((label, wall, rss))
    code, wall, rss, err = timed([binary, "import", "form.xlsx"], ws)
    if "nothing to change" not in err:
        sys.exit(f"bench forms: a second import changed something: {err[-500:]}")
    rows.append(("import again (nothing to change)", wall, rss))
    print(f"Progress form of {a.activities} activities × {a.steps} steps: {n_rows} step rows, "
          f"{reports.max_row - 1} report rows ({os.path.getsize(form) // 1024} KiB)\n")
    # CPU time (user + system) is the measure: wall time on a shared machine
    # counts the other processes' turns.
    print(f"| run | wall (s) | CPU (s) | peak RSS (MiB) |\n|---|---|---|---|")
    for label, (wall, cpu), rss in rows:
        print(f"| {label} | {wall:.2f} | {cpu:.2f} | {rss} |")
    slow = [r for r in rows[1:] if r[1][1] > 2.0]
    if slow:
        print(f"\nbench forms: FAIL: over 2 s of CPU: {', '.join(r[0] for r in slow)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
