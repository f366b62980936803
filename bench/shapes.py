#!/usr/bin/env python3
"""Times scmplan on pathological shapes of input, each at the size limit, against
the time per MB of a normal workspace (scripts/bench --shapes).

    scripts/bench --shapes [--bin PATH] [--out DIR] [--runs N] [--max-ratio R] [--only TEXT]…

Each shape is one or more files that a hostile or careless author could write
within the documented limits (1 MiB per file). For each, the command that the
shape used to slow down runs --runs times (median kept); its time per MB of
input is compared with `check` and `gantt` on a normal corpus
(scripts/gen-corpus, 2 enterprises × 2 years). The run fails (exit 1) when a
shape costs more than --max-ratio (default 3) times the normal time per MB;
the table goes to standard output as Markdown. Shapes whose cost is their
100,000 diagnostics (a key unknown 100,000 times) are shown, not asserted.
Memory (maximum resident set)
is shown as well. Times are CPU time (user + system), so that other work on a
shared machine does not count; run it under nice there. Needs /usr/bin/time.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIMIT = 1024 * 1024

HEADER = "scmplan: 1\nkind: activity\nplan: p-2566\nid: A1\ntitle: t\nowners: [u]\nperiod: {start: 2023-01-01, end: 2023-12-31}\n"
PLAN = ("scmplan: 1\nkind: plan\nid: p-2566\ntitle: t\norganisation: o\nenabler: SCM\nyear: 2566\n"
        "period: {start: 2023-01-01, end: 2023-12-31}\nowner: u\nbudget: b\nrationale: r\nobjectives: [o]\n"
        "benefits: [b]\noutput: o\noutcome: o\ntarget: t\n")


def fill(prefix, unit, suffix=""):
    """prefix + unit × n + suffix, as long as fits in LIMIT bytes."""
    n = (LIMIT - len(prefix.encode()) - len(suffix.encode())) // len(unit.encode())
    return prefix + unit * n + suffix


def write(dir_, name, text):
    path = os.path.join(dir_, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def shapes(work):
    """(name, folder, argv after the binary) for each shape."""
    out = []

    def shape(name, files, argv, asserted=True):
        d = os.path.join(work, name)
        shutil.rmtree(d, ignore_errors=True)
        for fname, text in files:
            write(d, fname, text)
        out.append((name, d, [a.replace("{}", d) for a in argv], asserted))

    ws = "scmplan: 1\nkind: workspace\nunits:\n"
    units = ws + "".join(f"  u{i}: name\n" for i in range(LIMIT // 12))
    shape("88,000 units in one block map", [("plan.yaml", PLAN), ("scmplan.yaml", units[: units.rfind("\n", 0, LIMIT - 1) + 1])],
          ["check", "{}"])
    flow = ws.replace("units:\n", "units: {") + "".join(f"u{i}: n, " for i in range(LIMIT // 10))
    flow = flow[: flow.rfind(", ", 0, LIMIT - 8)] + "}\n"
    shape("units in one flow map, one line", [("plan.yaml", PLAN), ("scmplan.yaml", flow)], ["check", "{}"])

    shape("one-line flow list", [("plan.yaml", PLAN), ("A1.yaml", fill(HEADER + "objectives: [", "ก, ", "ก]\n"))],
          ["check", "{}"])
    shape("unknown keys in a flow map, one line (one E011 each)",
          [("plan.yaml", PLAN), ("A1.yaml", fill(HEADER + "x: {", "a: 1, ", "z: 1}\n"))], ["check", "{}"], False)
    keys = HEADER + "".join(f"k{i}: 1\n" for i in range(LIMIT // 10))
    shape("unknown keys in one block map (one E011 each)",
          [("plan.yaml", PLAN), ("A1.yaml", keys[: keys.rfind("\n", 0, LIMIT - 1) + 1])], ["check", "{}"], False)
    steps = fill(HEADER + "steps:\n", '  - {id: "1", title: s, due: 2023-06-30}\n')
    shape("steps numbered alike (gantt)", [("plan.yaml", PLAN), ("A1.yaml", steps)], ["gantt", "{}"])
    shape("steps numbered alike (report --embed)", [("plan.yaml", PLAN), ("A1.yaml", steps)],
          ["report", "{}", "--quarter", "2", "--embed", "-q"])
    thai = [("plan.yaml", PLAN)] + [
        (f"a/{i}.yaml", HEADER.replace("id: A1", "id: ก" + "".join("๐๑๒๓๔๕๖๗๘๙"[int(c)] for c in str(i)))
         + 'steps:\n  - {id: "1", title: s, due: 2023-06-30}\n') for i in range(10000)]
    shape("10,000 activities with Thai-digit ids (gantt)", thai, ["gantt", "{}"])
    ascii_ = [("plan.yaml", PLAN)] + [
        (f"a/{i}.yaml", HEADER.replace("id: A1", f"id: A{i}") + 'steps:\n  - {id: "1", title: s, due: 2023-06-30}\n')
        for i in range(10000)]
    shape("10,000 activities with ASCII ids (gantt)", ascii_, ["gantt", "{}"])
    long_owner = "o" * 400000  # the unit is an explicit key ("? "): implicit ones end at 1024 characters
    shape("400,000-character owner and unit (did you mean)",
          [("scmplan.yaml", "scmplan: 1\nkind: workspace\nunits:\n  ? " + "u" * 400000 + "\n  : unit\n"),
           ("plan.yaml", PLAN.replace("owner: u", "owner: " + long_owner))], ["check", "{}"])
    shape("brackets after a quote-like character",
          [("plan.yaml", PLAN), ("A1.yaml", fill("scmplan: 1\nkind: activity\nid: [-'", "["))], ["check", "{}"])
    shape("control-character escapes", [("plan.yaml", PLAN), ("A1.yaml", fill(HEADER + 'description: "', "\\e[2J", '"\n'))],
          ["check", "{}"])
    return out


def measure(binary, argv, runs, env):
    walls, rss = [], 0
    for _ in range(runs):
        # User + system time: the machine may be shared, wall time would measure the others.
        with tempfile.NamedTemporaryFile() as tf:
            p = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", tf.name, binary] + argv,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
            if p.returncode not in (0, 1):  # a crash or internal error: shown, and a failure
                print(f"bench: {argv[0]} on {os.path.basename(argv[1])} exited {p.returncode}: "
                      f"{p.stderr.decode(errors='replace')[-300:].strip()}", file=sys.stderr)
                return None, 0
            user, sys_, kb = open(tf.name).read().split()[-3:]
            walls.append(float(user) + float(sys_))
            rss = max(rss, int(kb))
    return statistics.median(walls), rss


def size_of(d):
    return sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(d) for f in fs)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "scmplan"))
    ap.add_argument("--out", default=os.path.join(ROOT, "build-bench", "shapes"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--max-ratio", type=float, default=3.0)
    ap.add_argument("--only", action="append", default=[],
                    help="run only the shapes whose name contains this text (repeatable)")
    a = ap.parse_args()
    env = dict(os.environ, SCMPLAN_TODAY="2023-06-30")
    os.makedirs(a.out, exist_ok=True)
    normal = os.path.join(a.out, "normal")
    if not os.path.isdir(normal):
        subprocess.run([os.path.join(ROOT, "scripts", "gen-corpus"), normal, "--enterprises", "2", "--years", "2"],
                       check=True, stdout=subprocess.DEVNULL)
    mb = size_of(normal) / 1e6
    base = {}
    # gantt shows one plan of a workspace; it loads and checks all of it.
    for cmd, extra in (("check", []), ("gantt", ["--plan", "ent-001-scm-2562"])):
        t, rss = measure(a.bin, [cmd, normal] + extra, a.runs, env)
        base[cmd] = t / mb
    print(f"normal corpus: {mb:.2f} MB; check {base['check']:.3f} s/MB, gantt {base['gantt']:.3f} s/MB\n")
    print("| shape | command | MB | CPU seconds | s/MB | × normal | max RSS MB |")
    print("|---|---|---|---|---|---|---|")
    worst = 0.0
    for name, d, argv, asserted in shapes(a.out):
        if a.only and not any(o in name for o in a.only):
            continue
        size = size_of(d) / 1e6
        t, rss = measure(a.bin, argv, a.runs, env)
        if t is None:
            worst = float("inf")
            print(f"| {name} | {argv[0]} | {size:.2f} | failed | | | |")
            continue
        ratio = (t / size) / base["gantt" if argv[0] in ("gantt", "report") else "check"]
        if asserted:
            worst = max(worst, ratio)
        shown = f"{ratio:.1f}" if asserted else f"({ratio:.1f}, not asserted: 100,000 diagnostics)"
        print(f"| {name} | {argv[0]} | {size:.2f} | {t:.2f} | {t / size:.3f} | {shown} | {rss / 1024:.0f} |")
    print(f"\nworst ratio {worst:.1f} (limit {a.max_ratio})")
    return 0 if worst <= a.max_ratio else 1


if __name__ == "__main__":
    sys.exit(main())
