#!/usr/bin/env python3
"""clang-tidy over the project's own sources, with the checks in .clang-tidy.

Usage: clang_tidy.py CLANG_TIDY SOURCE_DIR BUILD_DIR [JOBS]

Checks every file under app/, ui/ and tests/ that BUILD_DIR's
compile_commands.json compiles, in parallel, and fails on any finding (the
configuration turns every warning into an error). A file's clean result is
remembered in BUILD_DIR/clang-tidy-cache under a hash of everything that
could change it: the file, every header of the project, .clang-tidy, the
tool's version and the compile command. A rerun checks only what changed;
a fresh build checks everything (about 10 minutes on two cores).
"""

import concurrent.futures
import hashlib
import json
import os
import pathlib
import subprocess
import sys

OWN = ("app", "ui", "tests")


def digest(*parts):
    h = hashlib.sha256()
    for part in parts:
        h.update(part if isinstance(part, bytes) else part.encode())
        h.update(b"\0")
    return h.hexdigest()


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    tidy, source, build = sys.argv[1], pathlib.Path(sys.argv[2]).resolve(), pathlib.Path(sys.argv[3]).resolve()
    jobs = int(sys.argv[4]) if len(sys.argv) > 4 else os.cpu_count() or 1
    commands = json.loads((build / "compile_commands.json").read_text())
    entries = {}
    for entry in commands:
        path = pathlib.Path(entry["directory"], entry["file"]).resolve()
        try:
            relative = path.relative_to(source)
        except ValueError:
            continue
        if relative.parts[0] in OWN:
            entries[str(relative)] = entry.get("command") or " ".join(entry["arguments"])
    if not entries:
        print(f"no sources of the project in {build / 'compile_commands.json'}", file=sys.stderr)
        return 2

    version = subprocess.run([tidy, "--version"], capture_output=True, text=True, check=True).stdout
    headers = sorted(p for d in OWN for p in (source / d).rglob("*.h"))
    common = digest(version, (source / ".clang-tidy").read_bytes(),
                    *(str(h.relative_to(source)).encode() + h.read_bytes() for h in headers))
    cache = build / "clang-tidy-cache"
    cache.mkdir(exist_ok=True)

    def key(relative):
        return digest(common, relative, entries[relative], (source / relative).read_bytes())

    todo = [r for r in sorted(entries) if not (cache / key(r)).exists()]
    print(f"clang-tidy: {len(entries)} files, {len(entries) - len(todo)} unchanged since a clean check, "
          f"{len(todo)} to check with {jobs} jobs", flush=True)

    def check(relative):
        run = subprocess.run([tidy, "-p", str(build), "--quiet", str(source / relative)],
                             capture_output=True, text=True, cwd=source)
        return relative, run.returncode, run.stdout + run.stderr

    failed = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for relative, code, output in pool.map(check, todo):
            if code == 0:
                (cache / key(relative)).touch()
                continue
            failed.append(relative)
            # Only the findings: the tool's count of suppressed warnings in
            # Qt's headers says nothing here.
            print("\n".join(line for line in output.splitlines()
                             if "warnings generated" not in line and "Suppressed" not in line
                             and "Use -header-filter" not in line), flush=True)
    if failed:
        print(f"clang-tidy: findings in {len(failed)} file(s): {', '.join(failed)}", file=sys.stderr)
        return 1
    print(f"clang-tidy: clean ({len(entries)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
