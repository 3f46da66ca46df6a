#!/usr/bin/env python3
"""Save-to-reload latency of `lotse serve`: edits one page's body N times and measures, for each save, the time
until the live-reload event arrives and the time until the server returns the new HTML.

usage: serve-latency.py SITE_ROOT PAGE.md PAGE_URL [N] [PORT]
  e.g. python3 bench/serve-latency.py . content/leitfaden/grundlagen.md /leitfaden/grundlagen/ 20
The page is restored afterwards. Needs a built lotse (Release): generator/Lotse/bin/Release/net10.0/lotse.dll, or the
one LOTSE_DLL names (e.g. a copy of another commit's build, to compare side by side).

Two ways of saving:
- default: save, wait for the reload with the new HTML, wait PAUSE seconds (default 0.3), save again;
- SAVE_EVERY=0.3: save on a fixed clock, every 0.3 s, whether or not the previous save was reloaded yet (typing with
  autosave). A save's latency is then the time until the first reload after which the server sends HTML with this
  save's text or a later one's (saves that land during a rebuild are shown together by the next one).
MODES=single,every runs both, one after the other, on the same server (one initial build)."""
import http.client, json, os, re, statistics, subprocess, sys, threading, time

root, page, url = sys.argv[1], sys.argv[2], sys.argv[3]
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 20
port = int(sys.argv[5]) if len(sys.argv) > 5 else 8765
dll = os.environ.get("LOTSE_DLL") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "generator/Lotse/bin/Release/net10.0/lotse.dll")
every = float(os.environ["SAVE_EVERY"]) if os.environ.get("SAVE_EVERY") else None
out = f"/tmp/lotse-serve-latency-{os.getpid()}"
server = subprocess.Popen(["dotnet", dll, "serve", root, "--port", str(port), "-o", out],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
log_lines = []
threading.Thread(target=lambda: [log_lines.append(l) for l in server.stdout], daemon=True).start()
path = os.path.join(root, page)
page_file = url.lstrip("/") + ("index.html" if url.endswith("/") else "")
original = open(path, encoding="utf-8").read()
tag = f"Messpunkt-{os.getpid()}-"

def wait_for_server():
    for _ in range(6000):
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2); c.request("GET", "/_lotse/status"); c.getresponse().read(); return
        except OSError: time.sleep(0.1)
    raise SystemExit("serve did not start")

def get(u):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30); c.request("GET", u); return c.getresponse().read().decode("utf-8", "replace")

def save(i):
    with open(path, "w", encoding="utf-8") as f: f.write(original.rstrip("\n") + f"\n\n{tag}{i}\n")

def shown():
    """The number of the save whose text the served page has (-1: none)."""
    m = re.search(re.escape(tag) + r"(\d+)", get(url))
    return int(m.group(1)) if m else -1

def reloads(stream):
    """Yields (time of the reload event) for each reload that concerns the page."""
    while True:
        line = stream.readline().decode()
        if not line: return
        if line.startswith("event: reload"):
            t = time.perf_counter()
            data = stream.readline().decode()
            # A reload for other pages only (a rebuild's second stage: Gesamtausgaben, pages stating download sizes)
            # is ignored, as the browser does.
            if '"pages"' in data and json.dumps(page_file) not in data: continue
            yield t

def pct(values, p):
    s = sorted(values); return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]

def summary(name, values):
    return (f"{name}: median {statistics.median(values):.0f} ms, p90 {pct(values, 90):.0f}, "
            f"min {min(values):.0f}, max {max(values):.0f} ({len(values)} saves)")

try:
    wait_for_server()
    events = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    events.request("GET", "/_lotse/events"); stream = events.getresponse()
    warm = 2  # the first two saves warm up the JIT and the caches
    counter = [0]  # save numbers go up across modes (a higher number is a later text)

    def single():
        reload_ms, served_ms = [], []
        for k in range(runs + warm):
            i = counter[0]; counter[0] += 1
            t0 = time.perf_counter(); save(i)
            # The reload that counts is the first after which the server has the new HTML (a stale event from an
            # earlier save may still be queued).
            for t1 in reloads(stream):
                if shown() >= i: break
            t2 = time.perf_counter()
            if k >= warm: reload_ms.append((t1 - t0) * 1000); served_ms.append((t2 - t0) * 1000)
            time.sleep(float(os.environ.get("PAUSE", "0.3")))  # between saves; the second stage of the last rebuild may still run
        return reload_ms, served_ms

    def periodic():
        for _ in range(warm):  # warm-up as above
            i = counter[0]; counter[0] += 1; save(i)
            for _ in reloads(stream):
                if shown() >= i: break
            time.sleep(0.3)
        first = counter[0]; last = first + runs - 1
        seen = []  # (reload event time, time the HTML was read, the save it shows)
        def watch():
            for t1 in reloads(stream):
                n = shown(); seen.append((t1, time.perf_counter(), n))
                if n >= last: return
        watcher = threading.Thread(target=watch, daemon=True); watcher.start()
        start = time.perf_counter(); saved = []
        for k in range(runs):
            time.sleep(max(0.0, start + k * every - time.perf_counter()))
            saved.append(time.perf_counter()); save(first + k)
        counter[0] = last + 1
        watcher.join(timeout=300)
        reload_ms, served_ms = [], []
        for k, t0 in enumerate(saved):
            hit = next(((t1, t2) for t1, t2, n in seen if n >= first + k and t1 >= t0), None)
            if hit is None: raise SystemExit(f"save {first + k} was never shown")
            reload_ms.append((hit[0] - t0) * 1000); served_ms.append((hit[1] - t0) * 1000)
        time.sleep(2)  # let the last second stage finish before another mode
        return reload_ms, served_ms

    for mode in (os.environ.get("MODES") or ("every" if every else "single")).split(","):
        if mode == "every" and every is None: every = 0.3
        reload_ms, served_ms = (periodic if mode == "every" else single)()
        label = f"saves every {every} s" if mode == "every" else f"one save at a time, {os.environ.get('PAUSE', '0.3')} s apart"
        print(f"[{label}; {dll}]")
        print(summary("save -> reload event", reload_ms))
        print(summary("save -> reload event and new HTML served", served_ms))
        print("all reload ms: " + " ".join(f"{v:.0f}" for v in reload_ms), flush=True)
finally:
    open(path, "w", encoding="utf-8").write(original)
    server.terminate()
    server.wait()
    time.sleep(0.2)
    log = "".join(log_lines)
    builds = [int(l.rsplit(" in ", 1)[1].split()[0]) for l in log.splitlines() if "built:" in l and " in " in l]
    if len(builds) > 3: print(f"rebuild time reported by lotse: median {statistics.median(builds[3:]):.0f} ms ({len(builds) - 1} rebuilds)")
    ready = [l.split("pages ready ", 1)[1] for l in log.splitlines() if "pages ready " in l]
    if len(ready) > 2:
        print(f"change seen -> pages written and reload sent: median {statistics.median([int(r.split()[0]) for r in ready[2:]]):.0f} ms, "
              f"first stage alone: median {statistics.median([int(r.split('first stage ')[1].split()[0]) for r in ready[2:]]):.0f} ms ({len(ready)} rebuilds)")
    subprocess.run(["rm", "-rf", out])
    if os.environ.get("SHOWLOG"): print(log)
