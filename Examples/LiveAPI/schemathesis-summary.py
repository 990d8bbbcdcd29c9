"""One line from a schemathesis NDJSON report: operations, test cases and checks run, failures.

Used by check.sh: python3 schemathesis-summary.py REPORT.ndjson
"""
import collections
import json
import sys

operations = set()
cases = 0
requests = 0
checks = collections.Counter()
failed = collections.Counter()
phases = set()
with open(sys.argv[1]) as report:
    for line in report:
        event = json.loads(line)
        finished = event.get("ScenarioFinished")
        if not finished or finished["status"] == "skip":
            continue
        recorder = finished["recorder"]
        phases.add(finished["phase"])
        if recorder.get("label", "").split(" ")[0] in ("GET", "PUT", "POST", "DELETE", "PATCH"):
            operations.add(recorder["label"])
        cases += len(recorder.get("cases", {}))
        requests += len(recorder.get("interactions", {}))
        for results in recorder.get("checks", {}).values():
            for result in results:
                checks[result["name"]] += 1
                if result["status"] != "success":
                    failed[result["name"]] += 1

kinds = ", ".join(sorted(checks))
line = (
    f"{len(operations)} operations, {cases} test cases, {requests} requests, {sum(checks.values())} checks run "
    f"({len(checks)} kinds: {kinds}) in phases {', '.join(sorted(phases))}, {sum(failed.values())} failed"
)
print(line)
sys.exit(1 if failed else 0)
