#!/usr/bin/env python3
"""Readable top list from `callgrind_annotate --inclusive=yes` output.

    callgrind_annotate --inclusive=yes callgrind.out | callgrind-top.py [COUNT]
    callgrind_annotate --inclusive=no callgrind.out | callgrind-top.py --self [COUNT]

(Self cost as callgrind_annotate counts it: code inlined into a function counts there.)

Shortens C++ names (drops template arguments, parameter lists, file paths and
library names), leaves out deeper levels of recursive cycles (their inclusive cost double counts) and out frames that only
pass the cost on (thread start, main, std::function trampolines, unnamed
addresses), so what is left are the functions worth looking at.
"""

import re
import sys

LINE = re.compile(r"^\s*([\d,]+)\s+\(\s*([\d.]+)%\)\s+(.*)$")
SKIP = re.compile(r"start_thread|clone\.S|\(below main\)|__libc_start|^main$|_M_invoke|_M_run|_State_impl|"
                  r"^0x[0-9a-f]+$|_Function_handler|^std::function|PROGRAM TOTALS|^ParallelFor|^RunApp$|^RunBuild$|"
                  r"^BuildInMemory$|::_M_|walk_control|^std::thread|events annotated")


def strip_brackets(s, open_, close):
    out, depth = [], 0
    for ch in s:
        if ch == open_:
            depth += 1
            continue
        if ch == close and depth:
            depth -= 1
            continue
        if depth == 0:
            out.append(ch)
    return "".join(out)


def shorten(where):
    where = re.sub(r"\s*\[[^\]]*\]\s*$", "", where)  # [object file]
    if ":" in where and not where.startswith("???"):
        file, _, func = where.partition(":")
        if "::" in file:  # no file part, the colon was a scope
            func = where
    else:
        func = where.split(":", 1)[1] if where.startswith("???:") else where
    func = func.replace("(anonymous namespace)::", "").replace("[abi:cxx11]", "")
    func = re.sub(r"'\d+$", "", func)  # recursion marker
    func = re.sub(r"operator<", "operator_lt", func)
    func = strip_brackets(func, "<", ">")
    func = strip_brackets(func, "(", ")")
    func = re.sub(r"\s+const$", "", func).strip()
    for prefix in ("enindgang::", "kainjow::mustache::", "icu_72::", "tinyxml2::"):
        if func.startswith(prefix):
            lib = {"enindgang::": "", "kainjow::mustache::": "mustache ", "icu_72::": "ICU ",
                   "tinyxml2::": "tinyxml2 "}[prefix]
            func = lib + func[len(prefix):]
    func = func.replace("enindgang::", "")
    return func


def main(argv):
    kind = "self" if "--self" in argv else "inclusive"
    argv = [a for a in argv if a != "--self"]
    count = int(argv[0]) if argv else 25
    best = {}
    for line in sys.stdin:
        m = LINE.match(line)
        if not m:
            continue
        ir, pct, where = int(m.group(1).replace(",", "")), float(m.group(2)), m.group(3)
        if re.search(r"'\d+(\s|$)", where):
            continue  # a deeper level of a recursive cycle: its inclusive cost double counts
        name = shorten(where)
        name = re.sub(r"\s+const\b", "", name).replace(" [clone .constprop.0]", "").replace(" [clone .isra.0]", "")
        if not name or SKIP.search(name):
            continue
        if name not in best or best[name][0] < ir:
            best[name] = (ir, pct)
    rows = sorted(best.items(), key=lambda kv: -kv[1][0])[:count]
    print(f"| {kind} Ir | % | function |")
    print("|---:|---:|---|")
    for name, (ir, pct) in rows:
        print(f"| {ir / 1e6:,.0f} M | {pct:.1f} | `{name}` |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
