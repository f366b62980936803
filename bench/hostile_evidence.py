#!/usr/bin/env python3
"""`scmplan evidence --zip` on hostile shapes of evidence (scripts/bench --hostile).

(a) many files: an evidence folder of 80,000 small files against one of 2,000;
    the CPU time per file of the large one must be within 3x the small one's
    (names are de-duplicated with a hash set, folders walked once).
(b) one large file: a 1 GB evidence file (sparse, made with truncate: it reads
    as zeros) against a 10 MB one; the CPU time per MB must be within 3x, and
    the peak RSS of the 1 GB run under 3x that of the 10 MB run (a fixed bound:
    files are streamed into the archive, never held in memory, so the peak
    must not grow with the file's size).

Each run is `evidence --zip` with its output in the scratch folder
build-bench/hostile/evidence/, measured by /usr/bin/time (user + sys CPU
seconds, maximum resident set size). Prints a Markdown table; exits 1 when a
bound is exceeded.
"""
import argparse
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

WORKSPACE = "scmplan: 1\nkind: workspace\nname: bench\n"
PLAN = """scmplan: 1
kind: plan
id: demo-2566
title: bench
organisation: bench
enabler: SCM
year: 2566
period: {start: 2023-01-01, end: 2023-12-31}
owner: bench
budget: none
rationale: bench
objectives: [bench]
benefits: [bench]
output: bench
outcome: bench
target: bench
"""
ACTIVITY = """scmplan: 1
kind: activity
plan: demo-2566
id: A01
title: bench
owners: [bench]
period: {start: 2023-01-01, end: 2023-12-31}
steps:
  - id: "1"
    title: bench
    done: 2023-03-01
    evidence: [ev]
"""


def workspace(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(os.path.join(path, "ev"))
    for name, text in (("scmplan.yaml", WORKSPACE), ("plan.yaml", PLAN), ("A01.yaml", ACTIVITY)):
        with open(os.path.join(path, name), "w", encoding="utf-8") as f:
            f.write(text)
    return os.path.join(path, "ev")


def many_files(path, n):
    ev = workspace(path)
    # 100 files per folder, as scans of a year's minutes would be.
    for i in range(n):
        folder = os.path.join(ev, f"{i // 100:04d}")
        if i % 100 == 0:
            os.makedirs(folder)
        with open(os.path.join(folder, f"scan-{i:06d}.pdf"), "wb") as f:
            f.write(b"%%PDF-1.4 evidence %06d\n" % i)


def one_file(path, size):
    ev = workspace(path)
    with open(os.path.join(ev, "big.bin"), "wb") as f:
        f.truncate(size)


def run(binary, ws, out):
    if os.path.exists(out):
        os.remove(out)
    env = dict(os.environ, SCMPLAN_TODAY="2023-06-15", LANG="C.UTF-8")
    p = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", binary, "evidence", "--zip", out, "-q", ws],
                       capture_output=True, text=True, env=env)
    last = p.stderr.strip().splitlines()[-1]
    if p.returncode != 0 or not os.path.exists(out):
        sys.exit(f"evidence --zip failed ({p.returncode}): {p.stderr}")
    user, system, rss_kb = last.split()
    return float(user) + float(system), int(rss_kb) * 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "scmplan"))
    args, _ = ap.parse_known_args()
    binary = os.path.abspath(args.bin)
    scratch = os.path.join(ROOT, "build-bench", "hostile", "evidence")
    os.makedirs(scratch, exist_ok=True)
    rows, failed = [], False
    small_ws, large_ws = os.path.join(scratch, "files-2000"), os.path.join(scratch, "files-80000")
    mb10, gb1 = os.path.join(scratch, "file-10MB"), os.path.join(scratch, "file-1GB")

    def measure(label, ws, units, unit):
        # The small shapes take a fraction of a second: the best of 3 runs.
        runs = 3 if ws in (small_ws, mb10) else 1
        cpu, rss = min(run(binary, ws, os.path.join(scratch, "out.zip")) for _ in range(runs))
        rows.append([label, units, unit, cpu, rss])
        return cpu / units, rss

    many_files(small_ws, 2000)
    many_files(large_ws, 80000)
    per_small, _ = measure("2,000 files of 25 bytes", small_ws, 2000, "file")
    per_large, _ = measure("80,000 files of 25 bytes", large_ws, 80000, "file")
    shutil.rmtree(large_ws)
    ratio_files = per_large / per_small
    if ratio_files > 3:
        failed = True

    one_file(mb10, 10 * 1024 * 1024)
    one_file(gb1, 1024 * 1024 * 1024)
    per_10, rss_10 = measure("one file of 10 MB", mb10, 10, "MB")
    per_1g, rss_1g = measure("one file of 1 GB (1,024 MB)", gb1, 1024, "MB")
    shutil.rmtree(gb1)
    ratio_mb = per_1g / per_10
    ratio_rss = rss_1g / rss_10
    if ratio_mb > 3 or ratio_rss >= 3:
        failed = True

    print("| shape | units | CPU s | CPU per unit | max RSS |")
    print("|---|--:|--:|--:|--:|")
    for label, units, unit, cpu, rss in rows:
        print(f"| {label} | {units:,} {unit}s | {cpu:.2f} | {cpu / units * 1000:.3f} ms/{unit} | {rss / 1e6:.0f} MB |")
    print()
    print(f"time per file, 80,000 vs 2,000: {ratio_files:.2f}x (bound 3x)")
    print(f"time per MB, 1 GB vs 10 MB: {ratio_mb:.2f}x (bound 3x)")
    print(f"peak RSS, 1 GB vs 10 MB: {ratio_rss:.2f}x (bound: under 3x)")
    if failed:
        print("hostile_evidence: FAILED")
        return 1
    print("hostile_evidence: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
