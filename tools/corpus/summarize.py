#!/usr/bin/env python3
"""Merges corpus runs and prints the summary issue 12 asks for: parsed / refused / crashed per format, and the
refusals by code with what each code means (why the file is not a legitimate workbook, or what limit it passed).

Usage: tools/corpus/summarize.py BASE/results.tsv [LATER/results.tsv …]
A later run's row (same repo and path) replaces the earlier one, so a rerun of some files after a fix updates the base.
"""
import collections, csv, os, re, sys

CODES = {
    "TRK001": "not a workbook (another kind of file, an empty zip, an Excel lock file)",
    "TRK002": "damaged (truncated, fuzzed, broken zip or BIFF records that even LibreOffice cannot read)",
    "TRK003": "an OLE file without a workbook stream",
    "TRK004": "encrypted (password to open)",
    "TRK005": "a Word document",
    "TRK006": "another format (text, XML 2003, Numbers)",
    "TRK007": "package over a limit (zip bomb)",
    "TRK008": "a part that cannot be read safely (DTD / XML bomb, invalid XML)",
    "TRK025": "over a content limit (cells, text, merges, lists)",
    "TRK026": "over the formula limit",
    "IO021": "LibreOffice took too long",
    "IO022": "LibreOffice could not convert it",
}


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    merged = {}
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                merged[(r["repo"], r["path"])] = r
    rows = list(merged.values())
    kinds = ["parsed", "refused", "unclear", "crashed"]
    by_format = collections.defaultdict(collections.Counter)
    codes = collections.defaultdict(collections.Counter)
    for r in rows:
        ext = os.path.splitext(r["path"])[1].lower()
        by_format[ext][r["outcome"]] += 1
        if r["outcome"] != "parsed":
            m = re.match(r"(Lỗi|Error) ([A-Z]+\d+)", r["detail"])
            codes[m.group(2) if m else r["why"] or r["outcome"]][ext] += 1
    print("| format | files | " + " | ".join(kinds) + " | parsed % |")
    print("|---|---:|" + "---:|" * len(kinds) + "---:|")
    for ext in sorted(by_format) + ["all"]:
        c = sum(by_format.values(), collections.Counter()) if ext == "all" else by_format[ext]
        total = sum(c.values())
        print(f"| {ext} | {total} | " + " | ".join(str(c[k]) for k in kinds) + f" | {100 * c['parsed'] / total:.1f} |")
    print("\n| refusal | what it means | " + " | ".join(sorted(by_format)) + " |")
    print("|---|---|" + "---:|" * len(by_format))
    for code in sorted(codes):
        print(f"| {code} | {CODES.get(code, '')} | " + " | ".join(str(codes[code][e]) for e in sorted(by_format)) + " |")
    total = collections.Counter(r["outcome"] for r in rows)
    print(f"\nSUMMARY files={len(rows)} " + " ".join(f"{k}={total[k]}" for k in kinds))


if __name__ == "__main__":
    main()
