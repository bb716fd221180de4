#!/usr/bin/env python3
"""Runs the built CLI `data --tracker FILE` on every file of the corpus, each in a process of its own with a time
limit and an address-space limit, and sorts the outcomes:

  parsed   exit 0
  refused  exit 1 with a typed message (a line "Lỗi CODE …" on stderr)
  unclear  exit 1, but the message is untyped, longer than a person reads (a line over 400 characters, or more
           than 64 KB of stderr), or leaks an exception/stack
  crashed  exit 3 or any other code, a signal, the time limit, or "Unhandled exception" on stderr

Per file it prints the outcome, wall time, peak RSS (getrusage of the child: ru_maxrss) and the first error line;
then a summary per source. Results also go to OUT_DIR/results.tsv (default /work/corpus-results).

Usage: tools/corpus/run-corpus.py [--cli path/lucbinh-docs.dll] [--corpus /work/corpus] [--timeout 30]
                                  [--as-bytes 4000000000] [--jobs 2] [--only SUBSTRING] [--out DIR]
                                  [--rerun OLD/results.tsv [--rerun-outcomes refused,crashed]]
                                  (only the files that were unclear or crashed, or the outcomes named)
Then tools/corpus/summarize.py BASE/results.tsv [RERUN/results.tsv …] merges the runs (a later run's row replaces the
earlier one) and prints parsed / refused / crashed per format and the refusals by code.
"""
import argparse, concurrent.futures, csv, os, re, resource, signal, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TYPED = re.compile(r"^(Lỗi|Error) [A-Z]{2,5}\d{3}\b")


def run_one(cli, path, timeout, as_bytes, lang):
    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (as_bytes, as_bytes))
        os.setsid()
    env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", LUCBINH_LANG=lang)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(["dotnet", cli, "data", "--tracker", path], stdout=out, stderr=err,
                                stdin=subprocess.DEVNULL, preexec_fn=limit, env=env)
        timed_out = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > timeout:
                timed_out = True
                os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        wall = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out_bytes = out.tell()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    # The file's own path is quoted by design: measure the message without it.
    return classify(proc.returncode, timed_out, stderr.replace(path, "FILE"), wall, usage.ru_maxrss * 1024, out_bytes)


def classify(code, timed_out, stderr, wall, peak, out_bytes):
    lines = [l for l in stderr.splitlines() if l.strip()]
    first_error = next((l for l in lines if TYPED.match(l) and not l.startswith(("Cảnh báo", "Warning"))), None)
    leak = "Unhandled exception" in stderr or re.search(r"^\s+at [\w.`<>]+\(", stderr, re.M)
    if timed_out:
        outcome, why = "crashed", "time-out"
    elif code < 0:
        outcome, why = "crashed", f"signal {signal.Signals(-code).name}"
    elif "Unhandled exception" in stderr or code not in (0, 1):
        outcome, why = "crashed", f"exit {code}"
    elif code == 0:
        outcome, why = "parsed", ""
    elif first_error is None or leak:
        outcome, why = "unclear", "no typed error" if first_error is None else "stack in message"
    elif max(len(l) for l in lines) > 400 or len(stderr) > 65536:
        outcome, why = "unclear", f"message too long ({max(len(l) for l in lines)} chars/line, {len(stderr)} chars)"
    else:
        outcome, why = "refused", ""
    detail = first_error or next((l for l in lines if "xception" in l), lines[0] if lines else "")
    return dict(outcome=outcome, why=why, code=code, wall=wall, peak=peak, out_bytes=out_bytes,
                stderr_bytes=len(stderr.encode()), detail=detail[:300], stack=stack_top(stderr))


def stack_top(stderr):
    lines = stderr.splitlines()
    for i, l in enumerate(lines):
        if "Unhandled exception" in l or "Stack overflow" in l or "Out of memory" in l or "Exception:" in l:
            return " | ".join(x.strip() for x in lines[i:i + 6])[:600]
    return ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(REPO, "src/LucBinh.Docs.Cli/bin/Release/net10.0/lucbinh-docs.dll"))
    ap.add_argument("--corpus", default="/work/corpus")
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--as-bytes", type=int, default=4_000_000_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default="")
    ap.add_argument("--lang", default="vi")
    ap.add_argument("--out", default="/work/corpus-results")
    ap.add_argument("--ext", default="", help="only these extensions, e.g. xlsx,xlsm")
    ap.add_argument("--skip-done", default="", help="results.tsv of an interrupted run: skip the files it has")
    ap.add_argument("--rerun", default="", help="results.tsv of an earlier run: run again only its files of --rerun-outcomes")
    ap.add_argument("--rerun-outcomes", default="unclear,crashed", help="with --rerun: the outcomes to run again, e.g. refused,crashed")
    a = ap.parse_args()
    if not os.path.exists(a.cli):
        sys.exit(f"no CLI at {a.cli}: dotnet build src/LucBinh.Docs.Cli -c Release")
    with open(os.path.join(HERE, "corpus.tsv"), encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if a.only in r["repo"] + "/" + r["path"]]
    if a.rerun:
        with open(a.rerun, encoding="utf-8") as f:
            again = {(r["repo"], r["path"]) for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                     if r["outcome"] in a.rerun_outcomes.split(",")}
        rows = [r for r in rows if (r["repo"], r["path"]) in again]
    if a.ext:
        exts = tuple("." + e.lower() for e in a.ext.split(","))
        rows = [r for r in rows if r["path"].lower().endswith(exts)]
    if a.skip_done:
        with open(a.skip_done, encoding="utf-8") as f:
            done = {(r["repo"], r["path"]) for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if r.get("outcome")}
        rows = [r for r in rows if (r["repo"], r["path"]) not in done]
    files = []
    for r in rows:
        p = os.path.join(a.corpus, r["repo"].replace("/", "+"), r["path"])
        if not os.path.exists(p):
            sys.exit(f"missing {p}: run tools/corpus/build-corpus.sh {a.corpus}")
        files.append((r["repo"], r["path"], p))
    os.makedirs(a.out, exist_ok=True)
    results = []
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool, \
            open(os.path.join(a.out, "results.tsv"), "w", encoding="utf-8") as tsv:
        tsv.write("repo\tpath\toutcome\twhy\texit\tseconds\tpeak_mb\tstdout_bytes\tstderr_bytes\tdetail\tstack\n")
        futures = {pool.submit(run_one, a.cli, p, a.timeout, a.as_bytes, a.lang): (repo, path) for repo, path, p in files}
        for fut in concurrent.futures.as_completed(futures):
            repo, path = futures[fut]
            r = fut.result()
            results.append((repo, path, r))
            print(f"{r['outcome']:8} {r['wall']:6.2f}s {r['peak'] / 1e6:7.0f}MB {repo}:{path} {r['why']} {r['detail'][:160]}", flush=True)
            tsv.write("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in (
                repo, path, r["outcome"], r["why"], r["code"], f"{r['wall']:.2f}", f"{r['peak'] / 1e6:.0f}",
                r["out_bytes"], r["stderr_bytes"], r["detail"], r["stack"])) + "\n")
    kinds = ["parsed", "refused", "unclear", "crashed"]
    print("\n| source | files | " + " | ".join(kinds) + " | slowest | peak RSS max |")
    print("|---|---:|" + "---:|" * len(kinds) + "---:|---:|")
    for repo in sorted({r[0] for r in results}) + ["all"]:
        mine = [r for (rp, _, r) in results if repo in ("all", rp)]
        counts = [sum(1 for r in mine if r["outcome"] == k) for k in kinds]
        print(f"| {repo} | {len(mine)} | " + " | ".join(map(str, counts)) +
              f" | {max(r['wall'] for r in mine):.1f} s | {max(r['peak'] for r in mine) / 1e6:.0f} MB |")
    total = {k: sum(1 for *_, r in results if r["outcome"] == k) for k in kinds}
    print(f"SUMMARY files={len(results)} " + " ".join(f"{k}={v}" for k, v in total.items()))
    return 1 if total["crashed"] else 0


if __name__ == "__main__":
    sys.exit(main())
