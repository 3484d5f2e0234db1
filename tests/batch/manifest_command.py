"""Prints what a pod of docs/scale-out/k8s-indexed-job.yaml would run, as JSON:
{"completions": N, "shard_count": "N", "command": [...], "args": [...]}."""
import json
import sys

import yaml

job = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
spec = job["spec"]
container = spec["template"]["spec"]["containers"][0]
env = {e["name"]: e["value"] for e in container.get("env", [])}
print(json.dumps({
    "mode": spec["completionMode"],
    "completions": spec["completions"],
    "shard_count": env.get("PAIBAN_SHARD_COUNT"),
    "command": container["command"],
    "args": container["args"],
}))
