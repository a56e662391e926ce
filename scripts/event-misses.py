#!/usr/bin/env python3
"""Which step of the coder lost each gold event it missed (scripts/events-eval --misses).

  event-misses.py SCORER GOLD PRED

PRED is `newsflow analyze --trace` output (each document's "triggers": every trigger word found and its fate,
docs/events.md). A gold event counts as missed when the dataset's scorer matches no predicted event to it; its
sentence's triggers of the gold type are looked up, and the miss is put under the furthest step one of them reached:
  event            an event of that type came out of the sentence, with other sides (or merged into another)
  repeated         ... coded, but the same event was coded earlier in the text
  did-not-happen / no-target / merged / no-source / clause-coded / not-an-act / no-actor   (TriggerTrace.Fate)
  no trigger       no trigger of the gold type in the sentence (the lexicon, or another type read instead:
                   "no trigger, another type's" when the sentence has a trigger of another type)
"""
import collections
import importlib.util
import json
import sys

STEPS = ["event", "repeated", "did-not-happen", "no-target", "merged", "no-source", "clause-coded", "not-an-act", "no-actor"]


def main(scorer_path, gold_path, pred_path):
    spec = importlib.util.spec_from_file_location("score", scorer_path)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    preds = {}
    for line in open(pred_path, encoding="utf-8"):
        if line.strip():
            p = json.loads(line)
            if "id" in p:
                preds[p["id"]] = p
    counts = collections.Counter()
    missed = 0
    for line in open(gold_path, encoding="utf-8"):
        if not line.strip():
            continue
        doc = json.loads(line)
        raw = [e for e in doc["events"] if not e.get("optional")]
        gold = [dict(type=score.norm_type(e["type"]), src=score.actors(e.get("source")), tgt=score.actors(e.get("target"))) for e in raw]
        pred = preds.get(doc["id"], {})
        found = [dict(type=score.norm_type(e["type"]), src=score.actors(e.get("source")), tgt=score.actors(e.get("target")))
                 for e in pred.get("events", [])]
        matched = score.max_matching(gold, found, lambda g, p: score.compatible(g, p, False, {g["type"]}))
        for i, g in enumerate(gold):
            if i in matched:
                continue
            missed += 1
            start, end = doc["sentences"][raw[i]["sentence"]]
            inside = [t for t in pred.get("triggers", []) if start <= t["start"] < end]
            same = [t["fate"] for t in inside if score.norm_type(t["type"]) == g["type"]]
            if same:
                counts[min(same, key=STEPS.index)] += 1
            else:
                counts["no trigger, another type's" if inside else "no trigger"] += 1
    print(f"missed {missed}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
