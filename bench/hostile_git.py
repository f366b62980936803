#!/usr/bin/env python3
"""`check --git` on a long history: 5,000 commits over 500 activity files
against a normal 500 commits over 50, both built with `git fast-import` under
build-bench/hostile/git/. The work is proportional to commits + files (each
commit is diffed against the one before, each changed file version parsed
once), so the time per (commit + file) must stay within 3x of the normal one's.
Memory: peak RSS minus that of `scmplan --version`, per (commit + file), also
within 3x. Plain `check` (no --git) is timed for comparison.

Usage: bench/hostile_git.py [--bin build/scmplan]
"""
import argparse
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRATCH = os.path.join(ROOT, "build-bench", "hostile", "git")
STEPS = 5

PLAN = """scmplan: 1
kind: plan
id: demo-2566
title: แผนทดสอบ (test plan)
organisation: องค์กรทดสอบ
enabler: SCM
year: 2566
period: {start: 2023-01-01, end: 2023-12-31}
owner: ส.ตต.
budget: ไม่มี
rationale: ทดสอบ
objectives: [ทดสอบ]
benefits: [ทดสอบ]
output: ทดสอบ
outcome: ทดสอบ
target: ทดสอบ
"""


def activity(n, done):
    """Activity A<n> with STEPS steps; `done` maps a step number to its date."""
    lines = [
        "scmplan: 1", "kind: activity", "plan: demo-2566", f"id: A{n:04d}",
        f"title: กิจกรรม {n}", "owners: [ส.ตต.]",
        "period: {start: 2023-01-01, end: 2023-12-31}", "steps:",
    ]
    for s in range(1, STEPS + 1):
        d = f", done: {done[s]}" if s in done else ""
        lines.append(f'  - {{id: "{s}", title: ขั้น {s}{d}}}')
    return "\n".join(lines) + "\n"


def build(folder, commits, files):
    """A repository at `folder` (workspace `ws/`): one commit adding the plan
    and `files` activities, then commits - 1 each marking a step of one
    activity done (round robin), some of them back-dated."""
    if os.path.exists(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    env = dict(os.environ, GIT_CONFIG_GLOBAL="/dev/null", GIT_CONFIG_SYSTEM="/dev/null")
    subprocess.run(["git", "init", "-q", "-b", "main", folder], check=True, env=env)
    start = datetime.datetime(2023, 1, 1, tzinfo=datetime.timezone.utc)
    # commits - 1 changes spread over the year: seconds between commits.
    gap = int(360 * 86400 / max(commits, 1))
    done = {n: {} for n in range(1, files + 1)}
    out = []

    def blob(path, text):
        data = text.encode()
        out.append(f"M 100644 inline {path}\ndata {len(data)}\n".encode() + data + b"\n")

    def commit(when, message):
        msg = message.encode()
        out.append(
            f"commit refs/heads/main\ncommitter b <b@example.org> {int(when.timestamp())} +0700\n"
            f"data {len(msg)}\n".encode() + msg + b"\n")

    commit(start, "plan and activities")
    blob("ws/plan.yaml", PLAN)
    for n in range(1, files + 1):
        blob(f"ws/A{n:04d}.yaml", activity(n, {}))
    for i in range(1, commits):
        when = start + datetime.timedelta(seconds=i * gap)
        n = (i - 1) % files + 1
        step = ((i - 1) // files) % STEPS + 1
        late = 45 if i % 7 == 0 else 2  # every 7th back-dated: W125
        done[n][step] = (when - datetime.timedelta(days=late)).date().isoformat()
        commit(when, f"A{n:04d} step {step}")
        blob(f"ws/A{n:04d}.yaml", activity(n, done[n]))
    subprocess.run(["git", "fast-import", "--quiet"], cwd=folder, input=b"".join(out), check=True, env=env)
    subprocess.run(["git", "reset", "-q", "--hard", "main"], cwd=folder, check=True, env=env)


def measure(cmd):
    """(user+sys seconds, peak RSS KiB, exit code) of one run."""
    with tempfile.NamedTemporaryFile("r") as t:
        p = subprocess.run(["/usr/bin/time", "-o", t.name, "-f", "%U %S %M"] + cmd,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        u, s, m = t.read().split()[-3:]
    return float(u) + float(s), int(m), p.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "scmplan"))
    args, _ = ap.parse_known_args()
    binary = os.path.abspath(args.bin)
    base = measure([binary, "--version"])[1]
    shapes = [("normal", 500, 50), ("large", 5000, 500)]
    rows = []
    for name, commits, files in shapes:
        folder = os.path.join(SCRATCH, name)
        build(folder, commits, files)
        ws = os.path.join(folder, "ws")
        plain, _, _ = measure([binary, "check", "-q", ws])
        t, rss, code = measure([binary, "check", "-q", "--git", ws])
        if code not in (0, 1):
            print(f"{name}: check --git exited {code}", file=sys.stderr)
            return 1
        units = commits + files
        rows.append((name, commits, files, plain, t, rss, t / units, max(rss - base, 1) / units))
    print("| shape | commits | files | check (s) | check --git (s) | peak RSS (KiB) | µs per unit | RSS−base KiB per unit |")
    print("|---|---|---|---|---|---|---|---|")
    for name, commits, files, plain, t, rss, per, mem in rows:
        print(f"| {name} | {commits} | {files} | {plain:.2f} | {t:.2f} | {rss} | {per * 1e6:.0f} | {mem:.2f} |")
    normal, large = rows[0], rows[1]
    # A run too short to measure (0.00 s) counts as 10 ms.
    ratio_t = (max(large[4], 0.01) / (large[1] + large[2])) / (max(normal[4], 0.01) / (normal[1] + normal[2]))
    ratio_m = large[7] / normal[7]
    print(f"\nper (commit + file), large / normal: time {ratio_t:.2f}x, memory {ratio_m:.2f}x "
          f"(baseline RSS {base} KiB, `scmplan --version`)")
    if ratio_t > 3 or ratio_m > 3:
        print("FAIL: over 3x the normal cost per unit", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
