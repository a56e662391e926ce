#!/usr/bin/env python3
"""Precision on real news, from judged events (scripts/events-eval; the audit is described in
enrich/src/test/resources/events/README.md, "Real news, audited").

  audit-score.py AUDIT PRED [--show N]

AUDIT is real-news-audit.jsonl: events the coder emitted on extraction-dev's English articles (the text analysed is
the title, a blank line and the gold body), each judged right or wrong by a reader, keyed by the document, the
sentence's offsets, the type and the actors' ids. PRED is `newsflow analyze` output on the same texts. Each predicted
event takes the verdict of the judged event with the same key; one with no judged twin (a coder change made it) is
"unjudged" and left out of precision, so a change is measured by the false events it removes, the right ones it
loses and the new ones it adds (--show N prints the first N new ones, for judging). Per part of the fixed hash split
(the same as events-eval's: tune, check), for every event and for the confident ones:
  judged right / judged wrong / unjudged, precision among the judged, and right kept (the judged right events still
  emitted, of all those judged right); then the same counts for articles that name at least four states and the
  others (both parts), and what the readers found wrong in the events they judged wrong.
"""
import collections
import hashlib
import json
import sys


def key(doc, e):
    ids = lambda side: tuple(a.get("id") for a in side or [])
    return (doc, e["start"], e["end"], e["type"], ids(e.get("source")), ids(e.get("target")))


def main(audit_path, pred_path, show):
    audit = {}
    right_total = collections.Counter()
    for line in open(audit_path, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            audit[key(r["doc"], r)] = r
            if r["verdict"] == "right":
                right_total[r["part"]] += 1
    docs = {r["doc"] for r in audit.values()}
    part_of = lambda doc: "tune" if int(hashlib.sha1(doc.encode()).hexdigest()[:8], 16) % 2 == 0 else "check"  # as events-eval splits
    found = 0
    counts = collections.Counter()
    new = []
    for line in open(pred_path, encoding="utf-8"):
        if not line.strip():
            continue
        p = json.loads(line)
        doc = p.get("id")
        if doc is None:
            continue
        for e in p.get("events", []):
            judged = audit.get(key(doc, e))
            found += judged is not None
            verdict = judged["verdict"] if judged else "unjudged"
            states = "4+ states" if len({a.get("code") for a in p.get("actors", []) if a.get("kind") == "country"}) >= 4 else "fewer"
            for scope in ("every", "confident") if e.get("confident") else ("every",):
                counts[(part_of(doc), scope, verdict)] += 1
                counts[(states, scope, verdict)] += 1
            if not judged:
                new.append((doc, e))
    # a judged event no longer emitted was dropped or changed by the coder, or its key drifted (sentence offsets, actor ids)
    print(f"real: {found} of {len(audit)} judged events emitted again ({len(docs)} articles had events judged)")
    for part in ("tune", "check"):
        for scope in ("every", "confident"):
            right, wrong, unjudged = (counts[(part, scope, v)] for v in ("right", "wrong", "unjudged"))
            judged = right + wrong
            print(f"real {part:5} {scope:9} judged right {right:3}  wrong {wrong:3}  unjudged {unjudged:3}  "
                  f"precision {right / judged if judged else 0:.3f}  right kept {right}/{right_total[part]}")
    # the articles that name at least four states (actors of kind country) against the others, both parts
    print("real by states named: " + "; ".join(
        f"{states} {scope} {counts[(states, scope, 'right')]} right of {counts[(states, scope, 'right')] + counts[(states, scope, 'wrong')]}"
        for states in ("4+ states", "fewer") for scope in ("every", "confident")))
    wrong = [r for r in audit.values() if r["verdict"] == "wrong"]
    parts = collections.Counter(w for r in wrong for w in r.get("wrong", []))
    print(f"real, the {len(wrong)} judged wrong (an event can be wrong in several ways): "
          + ", ".join(f"{k} {v}" for k, v in parts.most_common()))
    for doc, e in new[:show]:
        names = lambda side: "+".join(a.get("name", "?") for a in side or []) or "-"
        print(f"- new {doc}: {e['type']} {names(e.get('source'))} -> {names(e.get('target'))}  conf {e.get('confidence')}\n    {e['sentence']}")


if __name__ == "__main__":
    args = sys.argv[1:]
    show = 0
    if "--show" in args:
        i = args.index("--show")
        show = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    main(*args, show)
