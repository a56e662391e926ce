#!/usr/bin/env python3
"""What is wrong with each false event the coder emits (scripts/events-eval --misses).

  event-false-positives.py SCORER GOLD PRED

PRED is `newsflow analyze` output (events with their sentence offsets and the article's actors with their mentions).
An emitted event is false as the dataset's scorer counts it: matched to no gold event, then to no optional one (its
type or alternative types; predictions in order of confidence, as the scorer takes them). Each is put under the
first heading that fits:
  no gold event of its type   the sentence has no unmatched gold event of that type (an act the text does not
                              report: a background noun, a conditional, a misread verb)
  another target would do     its source is right and another actor named in the sentence, as target, would match
  target not an actor         its source is right, but no actor of the sentence is the gold target
  source wrong                none of the above
"""
import collections
import importlib.util
import json
import sys

KINDS = ["no gold event of its type", "another target would do", "target not an actor", "source wrong"]


def main(scorer_path, gold_path, pred_path):
    spec = importlib.util.spec_from_file_location("score", scorer_path)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)

    def side(e, alternatives=False):
        kind = score.norm_type(e["type"])
        types = {kind} | ({score.norm_type(t) for t in e.get("alt_types", [])} if alternatives else set())
        return dict(type=kind, types=types, src=score.actors(e.get("source")), tgt=score.actors(e.get("target")))

    def compatible(g, p):
        return score.compatible(g, p, False, g["types"])

    preds = {}
    for line in open(pred_path, encoding="utf-8"):
        if line.strip():
            p = json.loads(line)
            if "id" in p:
                preds[p["id"]] = p
    counts = collections.Counter()
    for line in open(gold_path, encoding="utf-8"):
        if not line.strip():
            continue
        doc = json.loads(line)
        raw = [e for e in doc["events"] if not e.get("optional")]
        gold = [side(e) for e in raw]
        optional = [side(e, True) for e in doc["events"] if e.get("optional")]
        pred = preds.get(doc["id"], {})
        emitted = sorted(pred.get("events", []), key=lambda e: -(e.get("confidence") or 0.0))
        found = [side(e) for e in emitted]
        matched = score.max_matching(gold, found, compatible)
        rest = [j for j in range(len(found)) if j not in set(matched.values())]
        left_out = {rest[j] for j in score.max_matching(optional, [found[j] for j in rest], compatible).values()}
        for j in rest:
            if j in left_out:
                continue
            p = found[j]
            at = emitted[j]["start"]
            sentence = next((k for k, (a, b) in enumerate(doc["sentences"]) if a <= at < b), None)
            a, b = doc["sentences"][sentence] if sentence is not None else (at, at)
            same = [gold[i] for i in range(len(gold)) if i not in matched and gold[i]["type"] == p["type"]
                    and raw[i]["sentence"] == sentence]
            if not same:
                counts[KINDS[0]] += 1
                continue
            right_source = [g for g in same if score.side_ok(g["src"], p["src"])]
            named = [[(actor.get("code"), actor.get("name", ""))] for actor in pred.get("actors", [])
                     if any(a <= m["start"] < b for m in actor.get("mentions", []))]
            if any(score.side_ok(g["tgt"], t) for g in right_source for t in named):
                counts[KINDS[1]] += 1
            elif right_source:
                counts[KINDS[2]] += 1
            else:
                counts[KINDS[3]] += 1
    total = sum(counts.values())
    print(f"false events {total}: " + ", ".join(f"{k} {counts[k]}" for k in KINDS))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
