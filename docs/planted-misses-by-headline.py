"""Planted facts of a generate-archive question set, split by whether only the decoys' headlines name the
programme, with the misses of an `eval --questions` run by cause.

usage: python3 docs/planted-misses-by-headline.py planted-questions.jsonl eval-output.txt
"""
import json
import re
import sys

questions = {}
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        if line.strip():
            node = json.loads(line)
            questions[node["q"]] = node
missed = {}
with open(sys.argv[2], encoding="utf-8") as lines:
    for line in lines:
        match = re.match(r"MISS(?: \((.*?)\))? (.*)", line.rstrip("\n"))
        if match and match.group(2) in questions:
            missed[match.group(2)] = match.group(1) or "?"
for only_decoys in (True, False):
    group = [q for q, node in questions.items() if node["only_decoy_headlines_name_programme"] == only_decoys]
    causes = {}
    for q in group:
        if q in missed:
            causes[missed[q]] = causes.get(missed[q], 0) + 1
    label = "only the decoys' headlines name the programme" if only_decoys else "the right article's headline names it"
    print(f"{label}: {len(group) - sum(causes.values())}/{len(group)} correct; misses {causes}")
