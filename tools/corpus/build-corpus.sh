#!/usr/bin/env bash
# Rebuilds the public spreadsheet test corpus (corpus.tsv: repo, commit, path, sha256) from the fetched mirrors, by
# commit and path, into a folder outside the repository (default /work/corpus), and verifies every hash.
# The files stay under their owners' licences: they are never committed here.
# Usage: tools/corpus/build-corpus.sh [CORPUS_DIR]   (MIRRORS=/work/.mirror by default: <owner>+<name>/repo)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="${1:-/work/corpus}"
mirrors="${MIRRORS:-/work/.mirror}"
mkdir -p "$corpus"
declare -A missing_mirror=()
written=0; bad_hash=0; unreadable=0
while IFS=$'\t' read -r repo commit path sha bytes; do
  [[ "$repo" == repo ]] && continue
  git_dir="$mirrors/${repo/\//+}/repo"
  if [[ ! -d "$git_dir" ]]; then missing_mirror[$repo]="$git_dir"; continue; fi
  target="$corpus/${repo/\//+}/$path"
  mkdir -p "$(dirname "$target")"
  if ! git --git-dir="$git_dir" show "$commit:$path" > "$target.part" 2>/dev/null; then
    echo "cannot read $repo@$commit:$path (the mirror lacks this commit? fetch github:$repo again)" >&2
    rm -f "$target.part"; unreadable=$((unreadable + 1)); continue
  fi
  if [[ "$(sha256sum < "$target.part" | cut -d' ' -f1)" != "$sha" ]]; then
    echo "hash mismatch: $repo@$commit:$path" >&2
    rm -f "$target.part"; bad_hash=$((bad_hash + 1)); continue
  fi
  mv -f "$target.part" "$target"; written=$((written + 1))
done < "$here/corpus.tsv"
for repo in "${!missing_mirror[@]}"; do
  echo "MISSING MIRROR: $repo (expected ${missing_mirror[$repo]}; fetch github:$repo) — its files were skipped" >&2
done
echo "$written files in $corpus; $bad_hash hash mismatches; $unreadable unreadable; ${#missing_mirror[@]} mirrors missing"
(( bad_hash == 0 && unreadable == 0 && ${#missing_mirror[@]} == 0 ))
