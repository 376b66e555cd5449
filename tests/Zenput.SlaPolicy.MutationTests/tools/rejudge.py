#!/usr/bin/env python3
"""Re-judge Stryker mutants, each in a fresh test process with the mutant on from the start.

Stryker's MTP runner keeps its test hosts between mutants and switches a mutant on after the host has
started, so a mutant in code that runs once per process (a validator built once, a static field) is never
active when that code runs, and survives whatever the tests check (docs/mutation.md, "a second Stryker
artefact"). This tool runs the mutation test project's own executable once per mutant, against the mutated
assembly Stryker compiled, with the mutant selected through the environment variable that Stryker's injected
MutantControl reads when no runner file is given (STRYKER_MUTANT_ID_CONTROL_VAR names the variable that holds
the id). The process exits non-zero when a test fails (xunit.runner.json stops at the first failure).

Usage (from tests/Zenput.SlaPolicy.MutationTests, during or after a Stryker run of it):
  tools/rejudge.py snapshot NAME            copy bin/Debug/net10.0 (with Stryker's mutated Zenput.SlaPolicy.dll)
                                            to obj/rejudge/NAME; the copy must stay inside the repository,
                                            because some tests find the repository from their own location
  tools/rejudge.py snapshot NAME --mutated DLL [--project Zenput.SlaPolicy.Tests]
                                            the same from this project's own build (tests added since the run) with
                                            the mutated assembly of an earlier snapshot (same sources): shows that
                                            new tests kill the mutants they were written for; with --project,
                                            another test project of tests/ (built in Debug) takes the place of
                                            this one: the full suite judges what this project's tests miss
  tools/rejudge.py run NAME ID [ID ...]     run each mutant; prints "ID killed|survived|timeout SECONDS [first failure]"
  tools/rejudge.py run NAME @FILE           ids from a file (one per line, or whitespace-separated)
  tools/rejudge.py ids NAME LOG SRC PREFIX...
                                            the ids to judge in the files under SRC that start with a PREFIX: those
                                            compiled into the snapshot's assembly (found in its IL), less those the
                                            run's coverage capture found no test reaching (listed as "nocoverage",
                                            they survive by definition) and those the run already killed
                                            (LOG: the run's debug log; files found as in logstatus.py);
                                            a block-removal mutant with another mutant inside is left out, as
                                            Stryker leaves it out
  tools/rejudge.py summary NAME LOG SRC RESULTS...
                                            per-file counts from rejudge results (later files win) and the run's
                                            own kills, with the files' not-covered mutants counted undetected
Options for run: --jobs N (default 2), --timeout S (default 180), --class FULLNAME (only that test class, repeatable),
--skip-class FULLNAME (leave that test class out, repeatable: a pass with fewer tests can only let more mutants
survive, so its score is a lower bound), --namespace NS (only the tests of that namespace and those below it,
repeatable; xunit ANDs it with --skip-class), --skip-method FULLNAME (leave one test out: a test of a fix made
after the snapshot fails on the snapshot's code).
The baseline (no mutant, id -1) is run first; if it fails, nothing is judged.
ZENPUT_PROPERTY_SCALE and ZENPUT_REFERENCE_CASES are passed on from the environment (docs/mutation.md).
"""
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import logstatus  # noqa: E402  (the sibling script: log reading, files of mutants, Stryker's block filter)

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXE = "Zenput.SlaPolicy.MutationTests"


def snapshot(name, mutated=None, project=None):
    src = os.path.join(os.path.dirname(HERE), project, "bin", "Debug", "net10.0") if project else os.path.join(HERE, "bin", "Debug", "net10.0")
    dll = mutated or os.path.join(src, "Zenput.SlaPolicy.dll")
    if not os.path.exists(os.path.join(os.path.dirname(dll), "Zenput.SlaPolicy.dll.stryker-unchanged")):
        sys.exit(f"{dll} is not a Stryker-mutated assembly (no .stryker-unchanged next to it): snapshot during a run")
    dst = os.path.join(HERE, "obj", "rejudge", name)
    if os.path.exists(dst):
        shutil.rmtree(dst)
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("TestResults"))
    shutil.copy(dll, os.path.join(dst, "Zenput.SlaPolicy.dll"))
    with open(os.path.join(dst, "rejudge-exe.txt"), "w") as f:
        f.write(project or EXE)
    print(dst)


def run_one(bindir, mutant, timeout, filters=()):
    env = dict(os.environ)
    env["STRYKER_MUTANT_ID_CONTROL_VAR"] = "ZX_REJUDGE_MUTANT"
    env["ZX_REJUDGE_MUTANT"] = str(mutant)
    for k in ("STRYKER_MUTANT_FILE", "STRYKER_COVERAGE_FILE", "STRYKER_COVERAGE_EPOCH_FILE"):
        env.pop(k, None)
    start = time.monotonic()
    try:
        exe_file = os.path.join(bindir, "rejudge-exe.txt")
        exe = open(exe_file).read().strip() if os.path.exists(exe_file) else EXE
        args = [os.path.join(bindir, exe), "-noColor", *filters]
        p = subprocess.run(args, cwd=bindir, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
    except subprocess.TimeoutExpired:
        return mutant, "timeout", time.monotonic() - start, ""
    took = time.monotonic() - start
    out = p.stdout.decode("utf-8", "replace")
    fail = re.search(r"^\s+(.+?) \[FAIL\]", out, re.M)
    if p.returncode == 0:
        return mutant, "survived", took, ""
    return mutant, "killed", took, fail.group(1) if fail else f"exit {p.returncode}"


def run(name, ids, jobs, timeout, filters=()):
    bindir = os.path.join(HERE, "obj", "rejudge", name)
    _, status, took, why = run_one(bindir, -1, timeout, filters)
    if status != "survived":
        sys.exit(f"baseline (no mutant) did not pass: {status} {why}")
    print(f"baseline passed in {took:.1f} s", flush=True)
    counts = {}
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        for mutant, status, took, why in pool.map(lambda m: run_one(bindir, m, timeout, filters), ids):
            counts[status] = counts.get(status, 0) + 1
            print(f"{mutant} {status} {took:.1f} {why}".rstrip(), flush=True)
    print(" ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def compiled_ids(name):
    """The mutant ids compiled into the snapshot's assembly: Stryker compiles every mutant of the project into
    it (the --mutate filter only chooses what its own run tests), each behind `ldc.i4 ID; call
    MutantControl.IsActive(int)`; the call token seen most often after an ldc.i4 is IsActive."""
    import collections
    import struct
    data = open(os.path.join(HERE, "obj", "rejudge", name, "Zenput.SlaPolicy.dll"), "rb").read()
    calls = collections.defaultdict(set)
    for m in re.finditer(rb"\x20(....)\x28(....)", data, re.S):
        mid = struct.unpack("<i", m.group(1))[0]
        token = struct.unpack("<I", m.group(2))[0]
        if 0 <= mid < 1 << 20 and token >> 24 in (0x06, 0x0A):
            calls[token].add(mid)
    return max(calls.values(), key=len)


def in_files(log, src, prefixes):
    created, status, _, nocov = logstatus.read(log)
    where = logstatus.locate(logstatus.sources(src), created)
    keep = {i for i, f in where.items() if any(f.startswith(p) for p in prefixes)}
    return created, status, set(nocov), where, keep


def ids(name, log, src, prefixes):
    created, status, nocov, where, keep = in_files(log, src, prefixes)
    compiled = compiled_ids(name)
    todo = sorted(i for i in keep if i in compiled and i not in nocov and status.get(i) != "killed"
                  and not logstatus.block_with_inner_mutant(created, i))
    print("\n".join(str(i) for i in todo))
    print(f"# {len(keep & compiled)} compiled in these files: {len(todo)} to judge, "
          f"{len(keep & compiled & nocov)} not covered, "
          f"{sum(1 for i in keep & compiled if status.get(i) == 'killed')} killed by the run", file=sys.stderr)


def summary(name, log, src, results):
    created, status, nocov, where, _ = in_files(log, src, [""])
    compiled = compiled_ids(name)
    verdict = {}
    for path in results:
        for line in open(path):
            parts = line.split()
            if len(parts) >= 2 and parts[0].lstrip("-").isdigit() and parts[1] in ("killed", "survived", "timeout"):
                verdict[int(parts[0])] = parts[1]
    judged = set(verdict) | {i for i, st in status.items() if st == "killed"}
    files = {where[i] for i in judged if i in where}
    statuses = {}
    for i, f in where.items():
        if f in files:
            st = verdict.get(i) or ("killed" if status.get(i) == "killed"
                                    else "nocoverage" if i in nocov and i in compiled and not logstatus.block_with_inner_mutant(created, i)
                                    else None)
            if st is not None:
                statuses[i] = st
    logstatus.print_counts(statuses, where)


def main(argv):
    if len(argv) >= 4 and argv[0] == "ids":
        return ids(argv[1], argv[2], argv[3], argv[4:])
    if len(argv) >= 5 and argv[0] == "summary":
        return summary(argv[1], argv[2], argv[3], argv[4:])
    if len(argv) >= 2 and argv[0] == "snapshot":
        opts = dict(zip(argv[2::2], argv[3::2]))
        return snapshot(argv[1], opts.get("--mutated"), opts.get("--project"))
    if len(argv) >= 3 and argv[0] == "run":
        jobs, timeout, rest, filters = 2, 180.0, [], []
        xunit = {"--class": "-class", "--skip-class": "-class-", "--namespace": "-namespace", "--skip-method": "-method-"}
        it = iter(argv[2:])
        for a in it:
            if a == "--jobs":
                jobs = int(next(it))
            elif a == "--timeout":
                timeout = float(next(it))
            elif a in xunit:
                filters += [xunit[a], next(it)]
            elif a.startswith("@"):
                rest += open(a[1:]).read().split()
            else:
                rest.append(a)
        return run(argv[1], [int(x) for x in rest], jobs, timeout, filters)
    sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
