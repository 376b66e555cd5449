#!/usr/bin/env python3
"""Per-mutant results from a Stryker.NET debug log (--log-to-file), usable while the run is going and after a
run was stopped (a stopped run writes no report).

Usage: tools/logstatus.py LOG [--all] [--ids STATUS] [--scope SRC PREFIX...]
  default       counts by status, then every mutant that is not killed: id, status, mutator, original -> replacement
  --all         every tested mutant
  --ids STATUS  only the ids with STATUS (survived, timeout, nocoverage), one per line (input for rejudge.py)
  --scope SRC PREFIX...  SRC is the mutated project's folder (src/Zenput.SlaPolicy), each PREFIX a file or folder
                under it that the run mutated (Triage/, SeverityLevel.cs): each mutant is shown with its file (found
                from its original text, see locate; the log does not name files), a count per file is printed, and
                the not-covered mutants of those files are listed (the log lists every not-covered mutant of the
                project, so without --scope none is shown); give --scope last
Statuses: killed (a test failed), survived, timeout (Stryker counts it detected), nocoverage (no test reached it;
only the mutants inside the --mutate filter that the run lists as not covered after its coverage capture).
"""
import re
import sys

CREATED = re.compile(r'\[DBG\] Mutant (\d+) created "(.*)" -> "(.*)" using "(?:Stryker\.Core\.Mutators\.)?(\w+)"', re.S)
RESULT = re.compile(r'Test run for "(\d+): [^"]*" is "(\w+)"')
TESTED = re.compile(r'"MtpRunner-(\d+)": Testing mutant\(s\) \["(\d+)"\]')
NOCOV = re.compile(r'Mutant (\d+) is not covered by any test')


def read(path):
    """The run's mutants (id -> mutator, original, replacement), their results (id -> status), the order they were
    tested in, and the ids its coverage capture found no test reaching."""
    text = open(path, encoding="utf-8", errors="replace").read()
    # Log entries start with an ISO timestamp; a mutant's source text may span lines.
    entries = re.split(r"\n(?=\d{4}-\d\d-\d\dT)", text)
    created, status, order, nocov = {}, {}, [], []
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
    return created, status, order, nocov


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


def block_with_inner_mutant(created, i):
    """Stryker does not test a block-removal mutant whose block holds another mutant ("Removed by block already
    covered filter"): that mutant already tells whether the block matters. Ids are given in source order, so the
    mutants inside a block follow its own id."""
    if created[i][0] != "BlockMutator":
        return False
    body, j = created[i][1], i + 1
    while j in created and created[j][1] in body:
        if created[j][0] != "BlockMutator":
            return True
        j += 1
    return False


def print_counts(statuses, where):
    """Per-file counts and scores of {id: status}, with a total line; killed and timeout count as detected."""
    per = {}
    for i, st in statuses.items():
        counts = per.setdefault(where.get(i, "?"), {})
        counts[st] = counts.get(st, 0) + 1
    total = {}
    for f in sorted(per) + ["total"]:
        c = total if f == "total" else per[f]
        if f != "total":
            for key, v in c.items():
                total[key] = total.get(key, 0) + v
        detected = c.get("killed", 0) + c.get("timeout", 0)
        print(f"{f}  {dict(sorted(c.items()))}  {100.0 * detected / max(1, sum(c.values())):.1f} %")


def main(argv):
    if not argv:
        sys.exit(__doc__)
    created, status, order, nocov = read(argv[0])
    where, nc = {}, []
    if "--scope" in argv:
        k = argv.index("--scope")
        where = locate(sources(argv[k + 1]), created)
        prefixes = argv[k + 2:]
        nc = sorted(i for i in set(nocov) if i not in status and not block_with_inner_mutant(created, i)
                    and any(where[i].startswith(p) for p in prefixes))
    if "--ids" in argv:
        want = argv[argv.index("--ids") + 1]
        print("\n".join(str(i) for i in (nc if want == "nocoverage" else [i for i in order if status[i] == want])))
        return
    statuses = {i: status[i] for i in order} | {i: "nocoverage" for i in nc}
    print_counts(statuses, where)
    show = order if "--all" in argv else [i for i in order if status[i] != "killed"]
    for i in sorted(show) + nc:
        mut, orig, repl = created.get(i, ("?", "?", "?"))
        print(f"{i} {statuses[i]} {where.get(i, '')} {mut}: {orig[:140]} -> {repl[:140]}".replace("  ", " "))


if __name__ == "__main__":
    main(sys.argv[1:])
