#!/usr/bin/env python3
"""Summarise bench/run's raw measurements and put the table into bench/README.md.

    report.py RUNS_TSV MACHINE_TXT README [--no-readme]

RUNS_TSV has one line per build: case, tool, round (0 = warm-up), wall s, user s,
sys s, peak RSS KB, HTML pages written, output bytes, output files. MACHINE_TXT is free text
(machine, versions, load) placed above the table. The section between the
"latest-results" markers in README is replaced; the rest is left alone.
"""

import os
import statistics
import sys

START = "<!-- latest-results:start (written by bench/run; do not edit by hand) -->"
END = "<!-- latest-results:end -->"

CASE_LABELS = {
    "real": "the real site (`/work/main`: 4 languages × 12 pages, full directory)",
}


def label(case):
    if case in CASE_LABELS:
        return CASE_LABELS[case]
    # n1000-full / n10000-tiny
    n, directory = case[1:].split("-")
    pages = int(n) // 2
    what = "98 municipalities, 1,089 postcodes" if directory == "full" else "1 municipality, 1 postcode"
    return f"synthetic N={int(n):,} ({pages:,} pages × da+en; directory: {what})"


def fmt_s(x):
    return f"{x:.2f} s" if x < 100 else f"{x:.0f} s"


def fmt_mb(kb):
    return f"{kb / 1024:.0f} MB"


def ratio(a, b):
    return f"**{a / b:.2f}×**" if b else "–"


def output(run):
    size = f"{run['size'] / 1e6:.0f} MB"
    return f"{run['files']:,} files, {size}" if run["files"] else size


def med(runs, key):
    """The median of one measure over a tool's measured builds."""
    return statistics.median(r[key] for r in runs)


def option(argv, name):
    return argv[argv.index(name) + 1] if name in argv and argv.index(name) + 1 < len(argv) else None


def serve_median(serve_md):
    """The median of the 'page served' row of bench/serve-latency's table, in ms."""
    if not serve_md or not os.path.exists(serve_md):
        return None
    for line in open(serve_md, encoding="utf-8"):
        cells = [c.strip().strip("*") for c in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[0].startswith("body edit") and "served" in cells[0]:
            try:
                return float(cells[2].split()[0])
            except ValueError:
                return None
    return None


def targets(rows, serve_md):
    """Issue 7's targets against this run's medians."""
    lines = ["Issue 7's targets, from this run:", "", "| target | measured | met |", "|---|---|---|"]
    for case in ("n10000-full", "n10000-tiny"):
        e, h = rows.get((case, "enindgang"), []), rows.get((case, "hugo"), [])
        if not e or not h:
            continue
        wall = med(e, "wall") / med(h, "wall")
        rss = med(e, "rss") / med(h, "rss")
        lines.append(f"| {label(case)}: wall ≤ 0.25 × Hugo's | {wall:.2f}× ({fmt_s(med(e, 'wall'))} vs "
                     f"{fmt_s(med(h, 'wall'))}) | {'yes' if wall <= 0.25 else 'no'} |")
        lines.append(f"| {label(case)}: peak RSS ≤ 0.2 × Hugo's | {rss:.2f}× | {'yes' if rss <= 0.2 else 'no'} |")
    e = rows.get(("real", "enindgang"), [])
    if e:
        lines.append(f"| the real site builds in < 0.5 s | {fmt_s(med(e, 'wall'))} | {'yes' if med(e, 'wall') < 0.5 else 'no'} |")
    served = serve_median(serve_md)
    if served is not None:
        lines.append(f"| `serve` shows a one-file edit in ≤ 50 ms at N=10,000 | {served:.1f} ms (median) | "
                     f"{'yes' if served <= 50 else 'no'} |")
    return lines + [""]


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    runs_tsv, machine_txt, readme = argv[0], argv[1], argv[2]
    write_readme = "--no-readme" not in argv
    rows = {}
    order = []
    for line in open(runs_tsv, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        case, tool, rnd, wall, user, sys_, rss, pages, size = fields[:9]
        files = fields[9] if len(fields) > 9 else "0"
        if case not in order:
            order.append(case)
        if int(rnd) == 0:
            continue  # warm-up
        rows.setdefault((case, tool), []).append(
            {"wall": float(wall), "cpu": float(user) + float(sys_), "user": float(user), "sys": float(sys_),
             "rss": int(rss), "pages": int(pages), "size": int(size), "files": int(files)})

    out = []
    out.append("| site | pages written (enindgang / Hugo) | runs | wall enindgang | wall Hugo | wall ratio | "
               "CPU enindgang | CPU Hugo | CPU ratio | peak RSS enindgang | peak RSS Hugo | RSS ratio |")
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for case in order:
        e, h = rows.get((case, "enindgang"), []), rows.get((case, "hugo"), [])
        if not e or not h:
            continue
        spread = lambda runs, k: f"{min(r[k] for r in runs):.2f}–{max(r[k] for r in runs):.2f}"
        out.append(
            f"| {label(case)} | {e[-1]['pages']:,} / {h[-1]['pages']:,} | {len(e)} + {len(h)} | "
            f"{fmt_s(med(e, 'wall'))} ({spread(e, 'wall')}) | {fmt_s(med(h, 'wall'))} ({spread(h, 'wall')}) | "
            f"{ratio(med(e, 'wall'), med(h, 'wall'))} | "
            f"{fmt_s(med(e, 'cpu'))} | {fmt_s(med(h, 'cpu'))} | {ratio(med(e, 'cpu'), med(h, 'cpu'))} | "
            f"{fmt_mb(med(e, 'rss'))} | {fmt_mb(med(h, 'rss'))} | {ratio(med(e, 'rss'), med(h, 'rss'))} |")
    out.append("")
    out.append("The same builds, CPU split into user time (the generator's own work) and system time (the kernel, "
               "mostly creating folders and files):")
    out.append("")
    out.append("| site | user enindgang | user Hugo | user ratio | sys enindgang | sys Hugo | sys ratio | "
               "output enindgang | output Hugo |")
    out.append("|---|---|---|---|---|---|---|---|---|")
    for case in order:
        e, h = rows.get((case, "enindgang"), []), rows.get((case, "hugo"), [])
        if not e or not h:
            continue
        out.append(
            f"| {label(case)} | {fmt_s(med(e, 'user'))} | {fmt_s(med(h, 'user'))} | "
            f"{ratio(med(e, 'user'), med(h, 'user'))} | {fmt_s(med(e, 'sys'))} | {fmt_s(med(h, 'sys'))} | "
            f"{ratio(med(e, 'sys'), med(h, 'sys'))} | {output(e[-1])} | {output(h[-1])} |")
    serve = option(argv, "--serve")
    out = targets(rows, serve) + out
    if serve and os.path.exists(serve):
        out += ["", "`serve`, one-file edits on the synthetic N=10,000 site (tiny directory), from `bench/serve-latency` "
                "in the same run:", "", open(serve, encoding="utf-8").read().strip()]
    table = "\n".join(out)
    machine = open(machine_txt, encoding="utf-8").read().strip()
    section = (f"{START}\n{machine}\n\nMedians of the measured runs (warm-up excluded); wall time with "
               f"(min–max). Ratio = enindgang / Hugo: below 1 means enindgang is faster or smaller.\n\n"
               f"{table}\n\nEvery build, warm-ups included: [`{os.path.relpath(runs_tsv, os.path.dirname(os.path.abspath(readme)))}`]"
               f"({os.path.relpath(runs_tsv, os.path.dirname(os.path.abspath(readme)))}) (case, tool, round, wall s, user s, "
               f"sys s, peak RSS KB, HTML pages, output bytes, output files; round 0 is the warm-up).\n{END}")
    print(table)
    if write_readme:
        text = open(readme, encoding="utf-8").read()
        if START in text and END in text:
            before = text[: text.index(START)]
            after = text[text.index(END) + len(END):]
            text = before + section + after
        else:
            text = text.rstrip("\n") + "\n\n## Latest results\n\n" + section + "\n"
        with open(readme, "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
