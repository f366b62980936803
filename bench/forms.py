#!/usr/bin/env python3
"""The progress form at scale (scripts/bench --forms): plans of N/4, N/2 and N
activities of 20 steps each (N = 2,500: 12,500, 25,000 and 50,000 step rows,
and one report row an activity), each form made by `scmplan form`, every
step's `done` and every report's note filled by openpyxl, then `scmplan import
--dry-run`, `scmplan import` and the same import again (nothing to change)
timed: wall clock, CPU time (user + system) and peak RSS, /usr/bin/time.

The workspace is flushed to the disk (sync) before the imports are timed, so
that its files have their blocks on the disk as a workspace's files do: the
import replaces every activity file, and freeing the old files' blocks can
wait for the device (on a file system that discards freed blocks).

Fails (exit 1) when an import of the largest form takes 2 s or more of wall
time (the target: the import works on every core, and the machine it is
measured on has 2), or over 4 s of CPU time (2 s on each of 2 cores: a bound
that holds whatever else the machine runs), or when a row of the largest form
costs more than 2x the CPU time a row of the smallest one does (the import is
linear in the form's rows). Wall time is only a measure on free cores: the
load average at the start and the end is printed with the tables, and a run
on a busy machine fails on wall time. Prints Markdown tables.

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


def bench(binary, out, activities, steps):
    """Makes a workspace of `activities` × `steps`, its form, fills it and times the imports."""
    ws = os.path.join(out, "ws-%d" % activities)
    shutil.rmtree(ws, ignore_errors=True)
    os.makedirs(os.path.join(ws, "big", "activities"))
    with open(os.path.join(ws, "scmplan.yaml"), "w") as f:
        f.write("scmplan: 1\nkind: workspace\nname: bench\nunits: {u1: bench}\nholidays: [2023-01-02, 2024-01-01]\n")
    with open(os.path.join(ws, "big", "plan.yaml"), "w") as f:
        f.write(PLAN)
    for n in range(1, activities + 1):
        with open(os.path.join(ws, "big", "activities", f"A{n}.yaml"), "w") as f:
            f.write(activity(n, steps))
    rows = []
    code, wall, rss, err = timed([binary, "form", "-q", "--quarter", "3", "-o", "form.xlsx"], ws)
    if code != 0:
        sys.exit(f"bench forms: scmplan form failed: {err}")
    rows.append(("form (make)", wall, rss))
    form = os.path.join(ws, "form.xlsx")
    wb = openpyxl.load_workbook(form)
    sheet = wb["steps"]
    done = datetime.datetime(2023, 9, 15)
    for r in range(2, sheet.max_row + 1):
        sheet[f"G{r}"] = done
    reports = wb["reports"]
    for r in range(2, reports.max_row + 1):
        reports[f"F{r}"] = 90
        reports[f"G{r}"] = "ดำเนินการแล้วเสร็จตามแผน"
    wb.save(form)
    os.sync()
    n_rows = sheet.max_row - 1
    for label, extra in (("import --dry-run", ["--dry-run"]), ("import", [])):
        code, wall, rss, err = timed([binary, "import", "-q", "form.xlsx", *extra], ws)
        if code != 0:
            sys.exit(f"bench forms: scmplan {label} failed: {err[-2000:]}")
        rows.append((label, wall, rss))
    code, wall, rss, err = timed([binary, "import", "form.xlsx"], ws)
    if "nothing to change" not in err:
        sys.exit(f"bench forms: a second import changed something: {err[-500:]}")
    rows.append(("import again (nothing to change)", wall, rss))
    return n_rows, reports.max_row - 1, os.path.getsize(form), rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "scmplan"))
    ap.add_argument("--activities", type=int, default=2500)
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--out", default=os.path.join(ROOT, "build-bench", "forms"))
    a = ap.parse_args()
    binary = os.path.abspath(a.bin)
    shutil.rmtree(a.out, ignore_errors=True)
    load_start = " ".join(open("/proc/loadavg").read().split()[:3])
    results = [bench(binary, a.out, n, a.steps) for n in (a.activities // 4, a.activities // 2, a.activities)]
    load_end = " ".join(open("/proc/loadavg").read().split()[:3])
    # Wall time is the target's measure, on free cores; CPU time (user +
    # system) is the steadier one on a shared machine, where wall time counts
    # the other processes' turns.
    print(f"{os.cpu_count()} logical CPU(s); load average (1, 5, 15 min) at start {load_start}, at end {load_end}\n")
    print("| step rows | report rows | .xlsx (KiB) | run | wall (s) | CPU (s) | peak RSS (MiB) |")
    print("|---:|---:|---:|---|---:|---:|---:|")
    for n_rows, n_reports, size, rows in results:
        for label, (wall, cpu), rss in rows:
            print(f"| {n_rows} | {n_reports} | {size // 1024} | {label} | {wall:.2f} | {cpu:.2f} | {rss} |")
    status = 0
    largest = results[-1]
    slow = [r for r in largest[3][1:] if r[1][0] >= 2.0]
    if slow:
        print(f"\nbench forms: FAIL: 2 s or more of wall time at {largest[0]} rows: {', '.join(r[0] for r in slow)}"
              f" (load average at start {load_start})")
        status = 1
    heavy = [r for r in largest[3][1:] if r[1][1] > 4.0]
    if heavy:
        print(f"\nbench forms: FAIL: over 4 s of CPU at {largest[0]} rows: {', '.join(r[0] for r in heavy)}")
        status = 1
    small, big = results[0], results[-1]
    for k in (1, 2):  # import --dry-run, import
        label = big[3][k][0]
        ratio = (big[3][k][1][1] / big[0]) / (small[3][k][1][1] / small[0])
        print(f"\n{label}: CPU per row at {big[0]} rows against {small[0]}: {ratio:.2f}x (limit 2x)")
        if ratio > 2:
            print("bench forms: FAIL: not linear")
            status = 1
    sys.exit(status)


if __name__ == "__main__":
    main()
