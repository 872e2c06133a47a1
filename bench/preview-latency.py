#!/usr/bin/env python3
"""Measures `kb serve`'s edit-to-reload time: save one page, wait for the reload event, fetch the page again.
   bench/preview-latency.py [KB_COMMAND...]   (default: dotnet src/Kennisbank.Cli/bin/Release/net10.0/kb.dll)
Runs on a copy of input/ in a temporary folder; prints each round and the median."""
import http.client, os, shutil, statistics, subprocess, sys, tempfile, threading, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
kb = sys.argv[1:] or ["dotnet", os.path.join(root, "src/Kennisbank.Cli/bin/Release/net10.0/kb.dll")]
work = tempfile.mkdtemp(prefix="kb-latency-")
shutil.copytree(os.path.join(root, "input"), os.path.join(work, "input"))
page = os.path.join(work, "input/lessen/durf-bijsturen.nl.md")
proc = subprocess.Popen(kb + ["serve", "--input", os.path.join(work, "input"), "--output", os.path.join(work, "out"), "--port", "0", "--timings"],
                        cwd=root, stdout=subprocess.PIPE, text=True)
port = None
for line in proc.stdout:
    if line.startswith("Serving "):
        port = int(line.split(":")[2].split("/")[0]); break
stages = []
builds = []   # the server's own "Built … in N ms" lines: time spent rebuilding
def read_server():
    for line in proc.stdout:
        if line.startswith("Built "): builds.append(int(line.rsplit(" in ", 1)[1].split(" ms")[0]))
        if line.startswith("  load "): stages.append(line.strip())
threading.Thread(target=read_server, daemon=True).start()

events = []
def listen():
    c = http.client.HTTPConnection("127.0.0.1", port); c.request("GET", "/_kb/events"); r = c.getresponse()
    while True:
        line = r.fp.readline()
        if not line: return
        if line.startswith(b"data:"): events.append(time.perf_counter())
threading.Thread(target=listen, daemon=True).start()
time.sleep(1.0)

rounds = []
for i in range(12):
    n = len(events)
    start = time.perf_counter()
    with open(page, "a", encoding="utf-8") as f: f.write(f"\nEen extra zin {i}.\n")
    while len(events) == n and time.perf_counter() - start < 10: time.sleep(0.001)
    c = http.client.HTTPConnection("127.0.0.1", port); c.request("GET", "/nl/lessen/durf-bijsturen/"); body = c.getresponse().read()
    done = time.perf_counter()
    assert f"Een extra zin {i}.".encode() in body, "the page did not change"
    rounds.append((done - start) * 1000)
    print(f"round {i + 1}: {rounds[-1]:.0f} ms (save to reloaded page)")
    time.sleep(0.3)
proc.terminate(); proc.wait(); shutil.rmtree(work, ignore_errors=True)
warm = rounds[2:]
print(f"median {statistics.median(warm):.0f} ms, max {max(warm):.0f} ms over {len(warm)} warm rounds (save debounce included)")
print(f"rebuild inside the server: median {statistics.median(builds[3:]):.0f} ms; last: {stages[-1] if stages else '?'}")
