#!/usr/bin/env bash
# Writes corpus.tsv (repo, commit, path, sha256, bytes) from the fetched mirrors: every .xlsx/.xlsm/.xls/.xlsb/.ods
# under the folders of sources.tsv at the mirror's HEAD, skipping files of 4 MiB and more (the snapshots lack them).
# Run once when the corpus should move to newer commits; build-corpus.sh rebuilds the files from corpus.tsv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mirrors="${MIRRORS:-/work/.mirror}"
max_bytes=$((4 * 1024 * 1024))
out="$here/corpus.tsv"
tmp="$(mktemp)"
printf 'repo\tcommit\tpath\tsha256\tbytes\n' > "$tmp"
grep -v '^#' "$here/sources.tsv" | while IFS=$'\t' read -r repo folder; do
  git_dir="$mirrors/${repo/\//+}/repo"
  if [[ ! -d "$git_dir" ]]; then echo "missing mirror for $repo: $git_dir (fetch github:$repo)" >&2; exit 2; fi
  commit="$(git --git-dir="$git_dir" rev-parse HEAD)"
  spec=(); [[ "$folder" != "." ]] && spec=(-- "$folder")
  git --git-dir="$git_dir" ls-tree -r -l -z "$commit" "${spec[@]}" |
    while IFS= read -r -d '' entry; do
      meta="${entry%%$'\t'*}"; path="${entry#*$'\t'}"
      read -r _mode type blob size <<<"$meta"
      [[ "$type" == blob ]] || continue
      shopt -s nocasematch
      [[ "$path" =~ \.(xlsx|xlsm|xls|xlsb|ods)$ ]] || { shopt -u nocasematch; continue; }
      shopt -u nocasematch
      [[ "$path" == *$'\t'* || "$path" == *$'\n'* ]] && continue
      # "BAD" (no size) is a blob the snapshot lacks: files of 4 MiB and more are left out of snapshots.
      [[ "$size" =~ ^[0-9]+$ ]] || { echo "skipped (absent from the snapshot): $repo $path" >&2; continue; }
      (( size < max_bytes )) || { echo "skipped (over 4 MiB): $repo $path" >&2; continue; }
      git --git-dir="$git_dir" cat-file -e "$blob" 2>/dev/null || continue
      sha="$(git --git-dir="$git_dir" cat-file blob "$blob" | sha256sum | cut -d' ' -f1)"
      printf '%s\t%s\t%s\t%s\t%s\n' "$repo" "$commit" "$path" "$sha" "$size"
    done >> "$tmp"
done
mv "$tmp" "$out"
echo "$(($(wc -l < "$out") - 1)) files in $out"
