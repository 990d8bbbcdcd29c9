#!/usr/bin/env python3
"""apigen --verify-routes on real apps, scored against registration tables worked out by hand.

docs/corpus/routes/MANIFEST.tsv names each app (repository, pinned commit, licence, the folders
that are one app each, how reading starts); docs/corpus/routes/<owner+name>.tsv lists every route
registration the app's code makes, as read from its entry point down without the tool: file,
line, method, path (`:name` parameters, `*`, `**`), or `<runtime>` where the path is only known
when the app runs (then `unresolved-route` is the right answer). Nothing of the apps' code is
kept in the project: `fetch` brings each repository (github:OWNER/NAME), `extract` lays its
Swift files out under .build/.

    scripts/route-corpus.py extract MIRROR [OUT]       # OUT defaults to .build/corpus/routes
    scripts/route-corpus.py score [--out OUT] [--apigen BIN] [--show] [OWNER/NAME ...]

`score` runs `apigen --no-config --no-cache --verify-routes --format json` on each folder of an
app and compares each table row with the finding apigen reports at that file and line:
correct (method and path), wrong (a different method or path), unresolved (`unresolved-route`
where the table knows the path), missing (nothing reported there); findings at no table row are
extra. Exit status 1 when an app has a wrong path or misses the targets (no wrong path, extra
under 1% of registrations, at least 95% right).
"""
import argparse
import collections
import fnmatch
import json
import os
import re
import subprocess
import sys
import tarfile
import io

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "docs", "corpus", "routes")
RUNTIME = "<runtime>"


def manifest():
    with open(os.path.join(CORPUS, "MANIFEST.tsv"), encoding="utf-8") as f:
        header, *rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    return [dict(zip(header, row)) for row in rows]


def folder(repo):
    return repo.replace("/", "+")


def extract(mirror, out):
    for app in manifest():
        git_dir = os.path.join(mirror, folder(app["repo"]), "repo")
        if not os.path.isdir(git_dir):
            print(f"{app['repo']}: not fetched (fetch github:{app['repo']})", file=sys.stderr)
            continue
        target = os.path.join(out, folder(app["repo"]))
        archive = subprocess.run(["git", f"--git-dir={git_dir}", "archive", app["commit"], "--", "*.swift"], check=True, capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            members = [m for m in tar.getmembers() if m.isfile() and m.name.endswith(".swift")]
            tar.extractall(target, members=members, filter="data")
        print(f"{app['repo']} @ {app['commit'][:12]}: {len(members)} Swift files in {target}")


def app_folders(base, roots):
    """Each folder the manifest names, a `*` matching every folder at that level."""
    found = []
    for root in roots.split(","):
        parts = root.strip().split("/")
        paths = [""]
        for part in parts:
            paths = [os.path.join(p, name) for p in paths
                     for name in (sorted(os.listdir(os.path.join(base, p))) if "*" in part and os.path.isdir(os.path.join(base, p)) else [part])
                     if fnmatch.fnmatch(name, part) and os.path.isdir(os.path.join(base, p, name))]
        found += paths
    return found


def table(repo):
    path = os.path.join(CORPUS, folder(repo) + ".tsv")
    if not os.path.exists(path):
        return None
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if number == 1 or not line.strip() or line.startswith("#"):
                continue
            file, line_number, method, route = line.rstrip("\n").split("\t")[:4]
            rows.append((file, int(line_number), method.upper(), route))
    return rows


FINDING = re.compile(r"^(?P<method>[A-Z]+|route) (?P<path>\S+)")


def shape(path):
    """Parameters compared by position, not name: `:id` and `{id}` are one parameter."""
    if path == RUNTIME:
        return path
    return "/" + "/".join(":" if part.startswith(":") or part.startswith("{") else part for part in path.strip("/").split("/") if part)


def run_apigen(apigen, base, app_folder):
    result = subprocess.run(
        [apigen, "--no-config", "--no-cache", "--verify-routes", "--format", "json", app_folder],
        cwd=base, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"apigen failed on {app_folder} ({result.returncode}): {result.stderr}{result.stdout[:2000]}")
    findings = []
    for item in json.loads(result.stdout or "[]"):
        rule = item.get("rule")
        if rule not in ("undocumented-route", "unresolved-route"):
            continue
        message = item["message"]
        if rule == "unresolved-route":
            method = re.search(r"a (\w+) route", message)
            findings.append((item["file"], item["line"], method.group(1).upper() if method else "?", None, message))
        else:
            match = FINDING.match(message)
            findings.append((item["file"], item["line"], match.group("method"), match.group("path").rstrip(":;"), message))
    return findings


def score(app, out, apigen, show):
    rows = table(app["repo"])
    base = os.path.join(out, folder(app["repo"]))
    if rows is None:
        print(f"{app['repo']}: no table")
        return None
    findings = []
    for app_folder in app_folders(base, app["roots"]):
        findings += run_apigen(apigen, base, app_folder)
    by_line = collections.defaultdict(list)
    for finding in findings:
        by_line[(finding[0], finding[1])].append(finding)
    counts = collections.Counter()
    details = []
    for file, line, method, route in rows:
        here = by_line.get((file, line), [])
        exact = next((f for f in here if f[3] is not None and f[2] == method and shape(f[3]) == shape(route)), None)
        if route == RUNTIME:
            exact = next((f for f in here if f[3] is None), None)
        if exact:
            here.remove(exact)
            counts["correct"] += 1
            if route == RUNTIME:
                counts["runtime"] += 1
            continue
        unresolved = next((f for f in here if f[3] is None), None)
        if unresolved:
            here.remove(unresolved)
            counts["unresolved"] += 1
            details.append(f"  unresolved {file}:{line} {method} {route}")
            continue
        other = next(iter(here), None)
        if other:
            here.remove(other)
            counts["wrong"] += 1
            details.append(f"  wrong      {file}:{line} {method} {route} reported as {other[2]} {other[3]}")
            continue
        counts["missing"] += 1
        details.append(f"  missing    {file}:{line} {method} {route}")
    for rest in by_line.values():
        for finding in rest:
            counts["extra"] += 1
            details.append(f"  extra      {finding[0]}:{finding[1]} {finding[4]}")
    total = len(rows)
    right = counts["correct"] / total if total else 1
    ok = counts["wrong"] == 0 and counts["missing"] == 0 and counts["extra"] * 100 < max(total, 1) and right >= 0.95
    runtime = f" ({counts['runtime']} of them rightly unresolved: built at run time)" if counts["runtime"] else ""
    print(f"{app['repo']}: {total} registrations: {counts['correct']} correct{runtime}, {counts['wrong']} wrong, "
          f"{counts['unresolved']} unresolved, {counts['missing']} missing, {counts['extra']} extra "
          f"({right:.1%} right){'' if ok else '  <- misses the targets'}")
    if show or not ok:
        for line in sorted(details):
            print(line)
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract")
    e.add_argument("mirror")
    e.add_argument("out", nargs="?", default=os.path.join(ROOT, ".build", "corpus", "routes"))
    s = sub.add_parser("score")
    s.add_argument("--out", default=os.path.join(ROOT, ".build", "corpus", "routes"), help="where extract laid the apps out")
    s.add_argument("--apigen", default=os.environ.get("APIGEN_BINARY", os.path.join(ROOT, ".build", "debug", "apigen")))
    s.add_argument("--show", action="store_true", help="list every row that is not correct, even when the app meets the targets")
    s.add_argument("apps", nargs="*", help="owner/name of the apps to score (default: all)")
    args = parser.parse_args()
    if args.command == "extract":
        extract(args.mirror, args.out)
        return
    apigen = os.path.abspath(args.apigen)
    results = [score(app, args.out, apigen, args.show) for app in manifest() if not args.apps or app["repo"] in args.apps]
    sys.exit(1 if any(result is False for result in results) else 0)


if __name__ == "__main__":
    main()
