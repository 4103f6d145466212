#!/usr/bin/env python3
"""Warm rebuild benchmark: the `serve` preview on a generated corpus, one file edited at a time.

Measures, for each edit, the wall time from the moment the edited file is saved to the moment the
rewritten page is on disk (read back through the preview server on loopback, polled every 2 ms),
so the watcher's quiet window, the rebuild and the write are all included.

    bench/warm.py                      10,000 items, 15 edits of each kind
    bench/warm.py --count 1000 --edits 5
    JAR=target/cchc-site.jar bench/warm.py

Edit kinds:
  body   a paragraph appended to a news item (the page of that item changes, lists do not)
  title  a news item retitled (its page, its neighbours and every list that shows it change)
Target (issue 5): under 300 ms for an edit on a 10,000-item site.
"""
import argparse
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET_MS = 300


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url, marker, limit=30.0):
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if marker in fetch(url):
            return time.perf_counter()
        time.sleep(0.002)
    raise SystemExit(f"timed out waiting for {marker!r} at {url}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10000, help="items in the generated corpus")
    parser.add_argument("--edits", type=int, default=15, help="edits of each kind")
    args = parser.parse_args()

    jar = os.environ.get("JAR", os.path.join(REPO, "target", "cchc-site.jar"))
    work = os.environ.get("WORK", os.path.join(REPO, "bench", "work"))
    if not os.path.exists(jar):
        subprocess.run(["mvn", "-q", "-DskipTests", "package"], cwd=REPO, check=True)
    corpus = os.path.join(work, f"corpus-{args.count}")
    if not os.path.isdir(os.path.join(corpus, "content")):
        os.makedirs(work, exist_ok=True)
        subprocess.run([sys.executable, os.path.join(REPO, "bench", "gen-corpus.py"), "--count", str(args.count),
                        "--seed", "7", "--out", corpus], check=True, stdout=subprocess.DEVNULL)
    site = os.path.join(work, f"warm-{args.count}")
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(corpus, site)

    news = sorted(os.path.join(d, f) for d, _, files in os.walk(os.path.join(site, "content", "tin-tuc"))
                  for f in files if f.endswith(".md"))
    rng = random.Random(11)
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    started = time.perf_counter()
    server = subprocess.Popen(["java", "-jar", jar, "serve", "--source", site, "--port", str(port), "--timings"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8")
    rebuilds = []
    phases = []
    ready = threading.Event()

    def read_output():
        for line in server.stdout:
            m = re.match(r"Đã cập nhật (\d+) trang trong (\d+) ms", line)
            if m:
                rebuilds.append((int(m.group(1)), int(m.group(2))))
            elif line.startswith("  ") and " · " in line:
                phases.append({k: int(v) for k, v in (p.rsplit(" ", 1) for p in line.strip().split(" · "))})
            elif "Đang xem thử tại" in line:
                ready.set()
            elif line.strip():
                print("  serve: " + line.rstrip())

    threading.Thread(target=read_output, daemon=True).start()
    try:
        while not ready.wait(0.5):
            if server.poll() is not None or time.perf_counter() - started > 600:
                raise SystemExit("serve did not start")
        print(f"machine: {os.cpu_count()} cores; {args.count} items; first preview bake "
              f"{time.perf_counter() - started:.1f} s (JVM start included)")
        results = {}
        for kind in ("body", "title"):
            times = []
            pages = []
            first_phase = None
            # a few unmeasured edits first: the server compiler of a fresh JVM is still warming up
            for n in range(args.edits + 3):
                path = rng.choice(news)
                page = url + "tin-tuc/" + os.path.basename(path)[:-3] + "/"
                if "<html" not in fetch(page):
                    raise SystemExit(f"no page at {page}")
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                marker = f"Sửa lần {kind} {n} {time.time_ns()}"
                if kind == "body":
                    text = text.rstrip("\n") + f"\n\n{marker}.\n"
                else:
                    text = re.sub(r'^title: .*$', f'title: "{marker}"', text, count=1, flags=re.M)
                before = len(rebuilds)
                t0 = time.perf_counter()
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                t1 = wait_for(page, marker)
                deadline = time.time() + 10
                while len(rebuilds) == before and time.time() < deadline:
                    time.sleep(0.01)
                time.sleep(0.3)
                if n == 3:
                    first_phase = len(phases) - 1
                if n >= 3:
                    times.append((t1 - t0) * 1000)
                    if len(rebuilds) > before:
                        pages.append(rebuilds[-1][0])
            results[kind] = times
            print(f"{kind:>5} edit: median {statistics.median(times):4.0f} ms, max {max(times):4.0f} ms "
                  f"(save to page on disk, {len(times)} edits; pages rewritten per edit: "
                  f"{min(pages) if pages else '?'}–{max(pages) if pages else '?'})")
            measured = phases[first_phase:] if first_phase is not None else []
            if measured:
                names = list(dict.fromkeys(k for p in measured for k in p))
                print("       phases (median ms): " + " · ".join(
                    f"{k} {statistics.median(p.get(k, 0) for p in measured):.0f}" for k in names))
        worst = statistics.median(results["body"] + results["title"])
        print(f"median of all edits: {worst:.0f} ms (target < {TARGET_MS} ms)")
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
