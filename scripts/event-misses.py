#!/usr/bin/env python3
"""Which step of the coder lost each gold event it missed, and what is wrong with each false event
(scripts/events-eval --misses).

  event-misses.py SCORER GOLD PRED

PRED is `newsflow analyze --trace` output (each document's "triggers": every trigger word found and its fate,
docs/events.md). A gold event counts as missed when the dataset's scorer matches no predicted event to it; its
sentence's triggers of the gold type are looked up, and the miss is put under the furthest step one of them reached:
  event            an event of that type came out of the sentence, with other sides (or merged into another)
  repeated         ... coded, but the same event was coded earlier in the text
  did-not-happen / no-target / merged / no-source / clause-coded / not-an-act / no-actor   (TriggerTrace.Fate)
  no trigger       no trigger of the gold type in the sentence (the lexicon, or another type read instead:
                   "no trigger, another type's" when the sentence has a trigger of another type)

Then, of the misses where an event of the gold type in the sentence has the right source but another target, in how
many the gold target is among the sentence's named actors (what a better choice among them could reach).

A predicted event is false as the dataset's scorer counts it: matched to no gold event, then to no optional one (its
type or alternative types; predictions in order of confidence, as the scorer takes them). Each is put under the
first heading that fits:
  no gold event of its type   the sentence has no unmatched gold event of that type (an act the text does not
                              report: a background noun, a conditional, a misread verb)
  another target would do     its source is right and another actor named in the sentence, as target, would match
  target not an actor         its source is right, but no actor of the sentence is the gold target
  source wrong                none of the above
Last, the sides that are names the actor dictionary does not know: how often the country the coder gave them is the
gold's for the same side of an event of the same type in the sentence (right / wrong / no such gold event).
"""
import collections
import importlib.util
import json
import sys

STEPS = ["event", "repeated", "did-not-happen", "no-target", "merged", "no-source", "clause-coded", "not-an-act", "no-actor"]


KINDS = ["no gold event of its type", "another target would do", "target not an actor", "source wrong"]


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
    docs = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    print(misses(score, docs, preds))
    print(wrong_targets(score, docs, preds))
    print(false_events(score, docs, preds))
    print(unknown_names(score, docs, preds))


def misses(score, docs, preds):
    counts = collections.Counter()
    missed = 0
    for doc in docs:
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
    return f"missed {missed}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common())


def named_in(pred, start, end):
    """The actors the analysis found in characters start..end, each as a one-actor side for score.side_ok."""
    return [[(actor.get("code"), actor.get("name", ""))] for actor in pred.get("actors", [])
            if any(start <= m["start"] < end for m in actor.get("mentions", []))]


def wrong_targets(score, docs, preds):
    """Of the gold events missed where an unmatched event of the gold type in the same sentence has the right source
    but another target: in how many the gold target is among the sentence's named actors (what a better choice among
    them could reach; the others are unnamed, or named in another sentence)."""
    total = reachable = 0
    for doc in docs:
        raw = [e for e in doc["events"] if not e.get("optional")]
        gold = [dict(type=score.norm_type(e["type"]), src=score.actors(e.get("source")), tgt=score.actors(e.get("target"))) for e in raw]
        pred = preds.get(doc["id"], {})
        emitted = pred.get("events", [])
        found = [dict(type=score.norm_type(e["type"]), src=score.actors(e.get("source")), tgt=score.actors(e.get("target")))
                 for e in emitted]
        matched = score.max_matching(gold, found, lambda g, p: score.compatible(g, p, False, {g["type"]}))
        used = set(matched.values())
        for i, g in enumerate(gold):
            if i in matched:
                continue
            a, b = doc["sentences"][raw[i]["sentence"]]
            same = [found[j] for j in range(len(found)) if j not in used and a <= emitted[j]["start"] < b and found[j]["type"] == g["type"]]
            if not same or not score.side_ok(g["src"], same[0]["src"]) or score.side_ok(g["tgt"], same[0]["tgt"]):
                continue
            total += 1
            reachable += any(score.side_ok(g["tgt"], t) for t in named_in(pred, a, b))
    return f"source right, target wrong {total}: the gold target named in the sentence {reachable}"


def false_events(score, docs, preds):
    def side(e, alternatives=False):
        kind = score.norm_type(e["type"])
        types = {kind} | ({score.norm_type(t) for t in e.get("alt_types", [])} if alternatives else set())
        return dict(type=kind, types=types, src=score.actors(e.get("source")), tgt=score.actors(e.get("target")))

    def compatible(g, p):
        return score.compatible(g, p, False, g["types"])

    counts = collections.Counter()
    for doc in docs:
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
            if any(score.side_ok(g["tgt"], t) for g in right_source for t in named_in(pred, a, b)):
                counts[KINDS[1]] += 1
            elif right_source:
                counts[KINDS[2]] += 1
            else:
                counts[KINDS[3]] += 1
    return f"false events {sum(counts.values())}: " + ", ".join(f"{k} {counts[k]}" for k in KINDS)


def unknown_names(score, docs, preds):
    """Sides that are names the actor dictionary does not know (ids nf:unknown/...), given a country by the coder:
    how often that country is one the gold gives the same side of an event of the same type in the same sentence."""
    counts = collections.Counter()
    for doc in docs:
        pred = preds.get(doc["id"], {})
        for e in pred.get("events", []):
            sentence = next((k for k, (a, b) in enumerate(doc["sentences"]) if a <= e["start"] < b), None)
            same = [g for g in doc["events"] if g["sentence"] == sentence and score.norm_type(g["type"]) == score.norm_type(e["type"])]
            for side in ("source", "target"):
                for actor in e.get(side) or []:
                    if not actor.get("id", "").startswith("nf:unknown"):
                        continue
                    codes = {a.get("code") for g in same for a in (g.get(side) or [])}
                    kind = "no gold event of its type" if not same else "right" if actor.get("code") in codes else "wrong"
                    counts[(side, kind)] += 1
    return "unknown-name sides (source / target): " + ", ".join(
        f"{kind} {counts[('source', kind)]} / {counts[('target', kind)]}" for kind in ("right", "wrong", "no gold event of its type"))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
