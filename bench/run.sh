#!/usr/bin/env bash
# Runs the template-engine benchmark (issue 3, "Performance"): installs docxtemplater from package-lock.json, then
# builds and runs bench/LucBinh.Docs.Bench in Release. Results: stdout, bench/out/results.md and results.json.
# Options are passed on: --quick (few iterations), --only a,b,c, --no-node, --no-breakdown, --no-scaling.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
(cd bench/docxtemplater && npm ci --no-audit --no-fund --loglevel=error)
dotnet run -c Release --project bench/LucBinh.Docs.Bench -- "$@"
