#!/usr/bin/env python3
"""Per-mutant results from a Stryker.NET debug log (--log-to-file), usable while the run is going and after a
run was stopped (a stopped run writes no report).

Usage: tools/logstatus.py LOG [--all] [--ids STATUS] [--scope PATH ...]
  default       counts by status, then every mutant that is not killed: id, status, mutator, original -> replacement
  --all         every tested mutant
  --ids STATUS  only the ids with STATUS (survived, timeout, nocoverage), one per line (input for rejudge.py)
  --scope SRC PREFIX...  SRC is the mutated project's folder (src/Zenput.SlaPolicy), each PREFIX a file or folder
                under it that the run mutated (Triage/, SeverityLevel.cs): each mutant is shown with its file (found
                from its original text, see locate; the log does not name files), the not-covered mutants are
                limited to those files, and a count per file is printed
Statuses: killed (a test failed), survived, timeout (Stryker counts it detected), nocoverage (no test reached it;
only the mutants inside the --mutate filter that the run lists as not covered after its coverage capture).
"""
import re
import sys

CREATED = re.compile(r'\[DBG\] Mutant (\d+) created "(.*)" -> "(.*)" using "(?:Stryker\.Core\.Mutators\.)?(\w+)"', re.S)
RESULT = re.compile(r'Test run for "(\d+): [^"]*" is "(\w+)"')
TESTED = re.compile(r'"MtpRunner-(\d+)": Testing mutant\(s\) \["(\d+)"\]')
TIMEDOUT = re.compile(r'"MtpRunner-(\d+)".*[Tt]imed out|Test run timed out')
NOCOV = re.compile(r'Mutant (\d+) is not covered by any test')
TO_TEST = re.compile(r'Mutant (\d+) will be tested against')


def read(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    # Log entries start with an ISO timestamp; a mutant's source text may span lines.
    entries = re.split(r"\n(?=\d{4}-\d\d-\d\dT)", text)
    created, status, order, nocov, scope = {}, {}, [], [], set()
    running = {}
    for e in entries:
        m = CREATED.search(e)
        if m:
            created[int(m.group(1))] = (m.group(4), " ".join(m.group(2).split()), " ".join(m.group(3).split()))
            continue
        m = TESTED.search(e)
        if m:
            running[m.group(1)] = int(m.group(2))
            continue
        m = RESULT.search(e)
        if m:
            mid = int(m.group(1))
            if mid not in status:
                order.append(mid)
            if status.get(mid) != "timeout":
                status[mid] = {"failed": "killed", "success": "survived"}.get(m.group(2), m.group(2))
            continue
        if "timed out" in e and "Test run" in e:
            m2 = re.search(r'"MtpRunner-(\d+)"', e)
            if m2 and m2.group(1) in running:
                mid = running[m2.group(1)]
                if mid not in status:
                    order.append(mid)
                status[mid] = "timeout"
            continue
        m = NOCOV.search(e)
        if m:
            nocov.append(int(m.group(1)))
            continue
        m = TO_TEST.search(e)
        if m:
            scope.add(int(m.group(1)))
    return created, status, order, nocov, scope


def sources(root):
    import os
    out = []
    for d, _, names in os.walk(root):
        if "/bin" in d or "/obj" in d:
            continue
        for n in sorted(names):
            if n.endswith(".cs"):
                f = os.path.join(d, n)
                out.append((os.path.relpath(f, root), " ".join(open(f, encoding="utf-8").read().split())))
    return out


def locate(files, created):
    """Stryker numbers mutants file by file, so a file's mutants are one run of ids: a mutant whose original text
    is found in one file only anchors that file, and an ambiguous one between two anchors of the same file (or
    matching the file of the anchor before it) belongs to that file."""
    cands = {}
    for i, (_, orig, _) in created.items():
        text = orig.replace('\\"', '"')
        cands[i] = {f for f, body in files if text in body}
    ids = sorted(created)
    where, last = {}, None
    for i in ids:
        if len(cands[i]) == 1:
            last = next(iter(cands[i]))
            where[i] = last
        elif last in cands[i]:
            where[i] = last
    nxt = None
    for i in reversed(ids):
        if len(cands[i]) == 1:
            nxt = next(iter(cands[i]))
        elif i not in where and nxt in cands[i]:
            where[i] = nxt
    return {i: where.get(i, "?") for i in ids}


def main(argv):
    if not argv:
        sys.exit(__doc__)
    created, status, order, nocov, scope = read(argv[0])
    if "--scope" in argv:
        k = argv.index("--scope")
        files = sources(argv[k + 1])
        prefixes = argv[k + 2:]
        where = locate(files, created)
        inscope = lambda f: any(f.startswith(p) or f == p for p in prefixes)
        nc = [i for i in nocov if i not in status and inscope(where.get(i, "?"))]
        per = {}
        for i in order:
            per.setdefault(where[i], {}).setdefault(status[i], 0)
            per[where[i]][status[i]] += 1
        for i in nc:
            per.setdefault(where[i], {}).setdefault("nocoverage", 0)
            per[where[i]]["nocoverage"] += 1
        if "--ids" in argv:
            want = argv[argv.index("--ids") + 1]
            print("\n".join(str(i) for i in (nc if want == "nocoverage" else [i for i in order if status[i] == want])))
            return
        for f in sorted(per):
            c = per[f]
            k = c.get("killed", 0) + c.get("timeout", 0)
            n = k + c.get("survived", 0) + c.get("nocoverage", 0)
            print(f"## {f}  {dict(sorted(c.items()))}  score {100.0 * k / n:.1f} %")
        show = order if "--all" in argv else [i for i in order if status[i] != "killed"]
        for i in sorted(show) + nc:
            mut, orig, repl = created.get(i, ("?", "?", "?"))
            st = status.get(i, "nocoverage")
            print(f"{i} {st} {where[i]} {mut}: {orig[:140]} -> {repl[:140]}")
        return
    # Not-covered mutants inside the filter: Stryker lists every uncovered mutant, in scope or not; those in
    # scope are the ones it does not go on to test and that fall between tested ids of the same files.
    lo, hi = (min(order), max(order)) if order else (0, -1)
    nc = [i for i in nocov if i not in status and lo <= i <= hi]
    if "--ids" in argv:
        want = argv[argv.index("--ids") + 1]
        ids = nc if want == "nocoverage" else [i for i in order if status[i] == want]
        print("\n".join(str(i) for i in ids))
        return
    counts = {}
    for i in order:
        counts[status[i]] = counts.get(status[i], 0) + 1
    print(f"tested {len(order)}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) +
          f"; not covered between the lowest and highest tested id: {len(nc)}")
    show = order if "--all" in argv else [i for i in order if status[i] != "killed"]
    for i in sorted(show):
        mut, orig, repl = created.get(i, ("?", "?", "?"))
        print(f"{i} {status[i]} {mut}: {orig[:140]} -> {repl[:140]}")
    for i in nc:
        mut, orig, repl = created.get(i, ("?", "?", "?"))
        print(f"{i} nocoverage {mut}: {orig[:140]} -> {repl[:140]}")


if __name__ == "__main__":
    main(sys.argv[1:])
