#!/usr/bin/env python3
"""Save-to-reload latency of `lotse serve`: edits one page's body N times and measures, for each save, the time
until the live-reload event arrives and the time until the server returns the new HTML.

usage: serve-latency.py SITE_ROOT PAGE.md PAGE_URL [N] [PORT]
  e.g. python3 bench/serve-latency.py . content/leitfaden/grundlagen.md /leitfaden/grundlagen/ 20
The page is restored afterwards. Needs a built lotse (Release): generator/Lotse/bin/Release/net10.0/lotse.dll."""
import http.client, json, os, statistics, subprocess, sys, time

root, page, url = sys.argv[1], sys.argv[2], sys.argv[3]
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 20
port = int(sys.argv[5]) if len(sys.argv) > 5 else 8765
dll = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "generator/Lotse/bin/Release/net10.0/lotse.dll")
out = f"/tmp/lotse-serve-latency-{os.getpid()}"
server = subprocess.Popen(["dotnet", dll, "serve", root, "--port", str(port), "-o", out],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
path = os.path.join(root, page)
page_file = url.lstrip("/") + ("index.html" if url.endswith("/") else "")
original = open(path, encoding="utf-8").read()

def wait_for_server():
    for _ in range(6000):
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2); c.request("GET", "/_lotse/status"); c.getresponse().read(); return
        except OSError: time.sleep(0.1)
    raise SystemExit("serve did not start")

def get(u):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30); c.request("GET", u); return c.getresponse().read().decode("utf-8", "replace")

try:
    wait_for_server()
    events = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    events.request("GET", "/_lotse/events"); stream = events.getresponse()
    reload_ms, served_ms = [], []
    for i in range(runs + 2):  # the first two warm up the JIT and the caches
        marker = f"Messpunkt-{os.getpid()}-{i}"
        t0 = time.perf_counter()
        with open(path, "w", encoding="utf-8") as f: f.write(original.rstrip("\n") + f"\n\n{marker}\n")
        # The reload that counts is the first after which the server has the new HTML (a stale event from an
        # earlier save may still be queued).
        while True:
            line = stream.readline().decode()
            if line.startswith("event: reload"):
                t1 = time.perf_counter()
                data = stream.readline().decode()
                # A reload for other pages only (a rebuild's second stage: Gesamtausgaben, pages stating download sizes)
                # is ignored, as the browser does.
                if '"pages"' in data and json.dumps(page_file) not in data: continue
                if marker in get(url): break
        t2 = time.perf_counter()
        if i >= 2: reload_ms.append((t1 - t0) * 1000); served_ms.append((t2 - t0) * 1000)
        time.sleep(float(os.environ.get("PAUSE", "0.3")))  # between saves; the second stage of the last rebuild may still run
    print(f"save -> reload event: median {statistics.median(reload_ms):.0f} ms, min {min(reload_ms):.0f}, max {max(reload_ms):.0f} ({runs} saves)")
    print(f"save -> reload event and new HTML served: median {statistics.median(served_ms):.0f} ms")
finally:
    open(path, "w", encoding="utf-8").write(original)
    server.terminate()
    log = server.communicate()[0]
    builds = [int(l.rsplit(" in ", 1)[1].split()[0]) for l in log.splitlines() if "built:" in l and " in " in l]
    if len(builds) > 3: print(f"rebuild time reported by lotse: median {statistics.median(builds[3:]):.0f} ms ({len(builds) - 1} rebuilds)")
    ready = [l.split("pages ready ", 1)[1] for l in log.splitlines() if "pages ready " in l]
    if len(ready) > 2:
        print(f"change seen -> pages written and reload sent: median {statistics.median([int(r.split()[0]) for r in ready[2:]]):.0f} ms, "
              f"first stage alone: median {statistics.median([int(r.split('first stage ')[1].split()[0]) for r in ready[2:]]):.0f} ms ({len(ready)} rebuilds)")
    subprocess.run(["rm", "-rf", out])
    if os.environ.get("SHOWLOG"): print(log)
