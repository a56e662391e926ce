#!/usr/bin/env python3
"""Precision of every predicted event on PLOVER sentences (one gold event each) at confidence thresholds.

usage: plover-sweep.py GOLD.jsonl PREDICTIONS.jsonl
An event is right when its type is the gold type and its actors match as the dataset's scorer matches them
(coded); every other predicted event is wrong (each sentence holds one coded event). Recall: sentences whose
gold event is among the predictions at or above the threshold.
"""
import importlib.util, json, os, sys

here = os.environ.get("SCORER")
spec = importlib.util.spec_from_file_location("score", here)
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
gold = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        r = json.loads(line)
        if r["event"] != "INVESTIGATE":
            gold[r["id"]] = r
preds = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.strip():
        d = json.loads(line)
        if "id" in d: preds[d["id"]] = d.get("events", [])
rows = []
for gid, g in gold.items():
    t = score.LABELS.get(g["event"], g["event"])
    src, tgt = score.actor_codes(g.get("source")), score.actor_codes(g.get("target"))
    for e in preds.get(gid, []):
        rows.append((e.get("confidence", 1.0), score.coded(e, t, src, tgt), gid))
for x in sorted({0, 0.5, 0.6, float(os.environ.get("THRESHOLD", "0.7")), 0.7, 0.75}):
    kept = [r for r in rows if r[0] >= x - 1e-9]
    right = sum(1 for r in kept if r[1])
    found = len({r[2] for r in kept if r[1]})
    print(f"min {x:<4}  events {len(kept):3d}  precision {right / max(1, len(kept)):.3f}  recall {found / len(gold):.3f}")
