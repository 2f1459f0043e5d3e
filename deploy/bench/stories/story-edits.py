#!/usr/bin/env python3
"""Measures story merging against a running `factcheck serve` (no key set up, so editor calls need none).

Usage: story-edits.py http://127.0.0.1:5391 [events]
Each event is posted as two halves that share no names (two stories), events 10 days apart. Half the events
are then joined by a bridge article (automatic merge), the other half by POST /api/stories/{id}/merge; finally
every editor-merged event has one article moved to a new story. Prints latencies (ms) per step.
"""
import json, statistics, sys, time, urllib.request

BASE = sys.argv[1].rstrip("/")
EVENTS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
SYL = ["ka", "lo", "mi", "ru", "sen", "tav", "bor", "nel", "qui", "dra", "fen", "gor", "hul", "jas", "pim", "zet"]


def name(i, suffix):
    text = SYL[i % 16] + SYL[i // 16 % 16] + suffix
    return text[0].upper() + text[1:]


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(BASE + path, data=data, method=method, headers={"content-type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(req) as resp:
        payload = resp.read()
    return (time.perf_counter() - started) * 1000, json.loads(payload) if payload else None


def halves(i):
    city, country, p1, p2 = name(i, "grad"), name(i, "stan"), name(i, "ovia"), name(i, "land")
    envoy, minister, capital = name(i, "enko"), name(i, "ov"), name(i, "burg")
    a = (f"Delegations met in {city}, {country}, for ceasefire negotiations brokered by {p1} and {p2}.\n"
         "The negotiators discussed monitoring arrangements for the checkpoints and the withdrawal of heavy weapons.\n")
    b = (f"Envoy Staffan {envoy} met Sergei {minister} in {capital} to prepare prisoner exchanges.\n"
         "Officials compared detainee lists and agreed on the lists of prisoners to be released first.\n")
    return a, b, a + b


def post(doc, text, deaths, day):
    published = f"2026-{1 + day // 28:02d}-{1 + day % 28:02d}T09:00:00Z"
    _, body = call("POST", "/api/articles", {"outlet": doc, "doc": doc, "publishedAt": published,
                                             "body": text + f"Officials said more than {deaths:,} people died."})
    return body["id"]


def stories():
    return call("GET", "/api/stories")[1]["stories"]


def wait(predicate):
    started = time.perf_counter()
    while not predicate(stories()):
        time.sleep(0.02)
    return (time.perf_counter() - started) * 1000


def report(label, values):
    values = sorted(values)
    print(f"{label:<44} n={len(values):<3} p50={statistics.median(values):7.1f} ms  max={values[-1]:7.1f} ms")


def story_of(all_stories, doc):
    return next(s["id"] for s in all_stories if any(a["doc"] == doc for a in s["articles"]))


articles = {}
for i in range(EVENTS):
    a, b, _ = halves(i)
    articles[f"a{i}"] = post(f"a{i}", a, 340_000, i * 10)
    articles[f"b{i}"] = post(f"b{i}", b, 300_000, i * 10)
wait(lambda s: sum(len(x["articles"]) for x in s) == 2 * EVENTS)
assert len(stories()) == 2 * EVENTS, "halves should start as separate stories"

auto, half = [], EVENTS // 2
for i in range(half):
    count = len(stories())
    started = time.perf_counter()
    post(f"c{i}", halves(i)[2], 340_000, i * 10)
    wait(lambda s: len(s) == count - 1)
    auto.append((time.perf_counter() - started) * 1000)

merge_http, merge_visible = [], []
for i in range(half, EVENTS):
    current = stories()
    count = len(current)
    started = time.perf_counter()
    took, _ = call("POST", f"/api/stories/{story_of(current, f'b{i}')}/merge", {"into": story_of(current, f"a{i}")})
    merge_http.append(took)
    wait(lambda s: len(s) == count - 1)
    merge_visible.append((time.perf_counter() - started) * 1000)

move_http, move_visible = [], []
for i in range(half, EVENTS):
    count = len(stories())
    started = time.perf_counter()
    took, _ = call("POST", f"/api/articles/{articles[f'b{i}']}/move", {"newStory": True})
    move_http.append(took)
    wait(lambda s: len(s) == count + 1)
    move_visible.append((time.perf_counter() - started) * 1000)

report("automatic merge: bridge POST -> one story", auto)
report("editor merge: HTTP answer", merge_http)
report("editor merge: POST -> visible on /api/stories", merge_visible)
report("editor move (new story): HTTP answer", move_http)
report("editor move: POST -> visible on /api/stories", move_visible)
print(f"stories at the end: {len(stories())} (expected {EVENTS + EVENTS - half})")
