#!/usr/bin/env python3
"""The preview server's numbers: `sitegen serve` on a generated site, edited on disk.

- Edit to served: one word of one analysis's body is changed; the clock runs from the moment
  the file is written and closed until an HTTP GET of that page returns the new word.
- No-op: a file is touched (same bytes); the cost is the server's own rebuild time, printed
  in its "No changes in ..." line, set against a full build.
- Memory: the server's resident set size after its first build and across many edits.

`make bench` runs this on its largest report site; alone:
    python3 bench/servebench.py --root SITE --sitegen-bin .build/release/sitegen
"""

import argparse
import http.client
import os
import re
import signal
import statistics
import subprocess
import threading
import time


class ServeError(Exception):
    pass


class Server:
    """A running `sitegen serve` and the lines it printed, with when they were printed."""

    def __init__(self, binary, root):
        self.process = subprocess.Popen(
            [binary, "serve", "--root", root, "--port", "0"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
        self.lines = []
        self.lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()
        started = time.monotonic()
        match = self.wait_for(r"Serving .* at http://127\.0\.0\.1:(\d+)/ \(Ctrl-C to stop\)", 0, 900)
        self.start_seconds = time.monotonic() - started
        self.port = int(match.group(1))
        self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)

    def _read(self):
        for line in self.process.stdout:
            with self.lock:
                self.lines.append((time.monotonic(), line.rstrip("\n")))

    def count(self):
        with self.lock:
            return len(self.lines)

    def wait_for(self, pattern, start, limit=60):
        """The first match of `pattern` in the lines from index `start` on."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            with self.lock:
                for at, line in self.lines[start:]:
                    match = re.search(pattern, line)
                    if match:
                        return match
            if self.process.poll() is not None:
                raise ServeError("sitegen serve exited: %s" % self.lines[-5:])
            time.sleep(0.001)
        raise ServeError("no line matching %r within %s s: %s" % (pattern, limit, self.lines[-5:]))

    def get(self, path):
        try:
            self.connection.request("GET", path)
            response = self.connection.getresponse()
            return response.read()
        except (http.client.HTTPException, OSError):
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            return b""

    def rss_mib(self):
        with open("/proc/%d/status" % self.process.pid) as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self):
        self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return None


def milliseconds(text):
    value, unit = text.split()
    return float(value) * (1000 if unit == "s" else 1)


def pick_analysis(root):
    folder = os.path.join(root, "content", "analyses")
    name = sorted(n for n in os.listdir(folder) if n.endswith(".md"))[len(os.listdir(folder)) // 2]
    return os.path.join(folder, name), "/analyses/%s/" % name[:-3]


def measure(root, binary, full_build_seconds=None, samples=30, edits=1000, log=print):
    path, url = pick_analysis(root)
    with open(path, encoding="utf-8") as handle:
        original = handle.read()
    server = Server(binary, root)
    result = {"start_seconds": server.start_seconds, "rss_start_mib": server.rss_mib(),
              "page": url}
    log("   serve: first build and listening in %.2f s, %.0f MiB" % (
        server.start_seconds, result["rss_start_mib"]))
    try:
        def write(word):
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(original + "\nThe word of this edit is %s.\n" % word)

        latencies, server_times = [], []
        for number in range(samples):
            word = "benchword%d" % number
            start = server.count()
            write(word)
            written = time.monotonic()
            needle = word.encode()
            while needle not in server.get(url):
                if time.monotonic() - written > 30:
                    raise ServeError("the edit was not served within 30 s")
                time.sleep(0.001)
            latencies.append(time.monotonic() - written)
            line = server.wait_for(r"Rebuilt in ([0-9.]+ m?s)", start)
            server_times.append(milliseconds(line.group(1)))
            time.sleep(0.15)
        result["latency_ms"] = [x * 1000 for x in latencies]
        result["rebuild_ms"] = server_times
        log("   serve: edit to served, median %.0f ms, max %.0f ms (server's rebuild median %.1f ms)" % (
            statistics.median(result["latency_ms"]), max(result["latency_ms"]),
            statistics.median(server_times)))

        noops = []
        for _ in range(10):
            start = server.count()
            os.utime(path)
            line = server.wait_for(r"No changes in ([0-9.]+ m?s)", start)
            noops.append(milliseconds(line.group(1)))
            time.sleep(0.15)
        result["noop_ms"] = noops
        if full_build_seconds:
            result["noop_share"] = statistics.median(noops) / (full_build_seconds * 1000)
        log("   serve: no-op median %.2f ms%s" % (
            statistics.median(noops),
            ", %.4f %% of a full build" % (100 * result["noop_share"]) if full_build_seconds else ""))

        rss = {0: server.rss_mib()}
        for number in range(1, edits + 1):
            start = server.count()
            write("memoryword%d" % number)
            server.wait_for(r"Rebuilt in", start)
            if number in (1, 10, 100, 250, 500, 750, 1000) or number == edits:
                rss[number] = server.rss_mib()
        result["rss_by_edit"] = rss
        log("   serve: RSS across %d edits: %s" % (
            edits, ", ".join("%d: %.0f MiB" % (k, v) for k, v in sorted(rss.items()))))
    finally:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(original)
        result["exit_status"] = server.stop()
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", required=True)
    parser.add_argument("--sitegen-bin", default=".build/release/sitegen")
    parser.add_argument("--full-build", type=float, default=None, help="seconds a full build takes")
    parser.add_argument("--samples", type=int, default=30)
    parser.add_argument("--edits", type=int, default=1000)
    args = parser.parse_args()
    result = measure(args.root, os.path.abspath(args.sitegen_bin), args.full_build,
                     args.samples, args.edits)
    print(result)


if __name__ == "__main__":
    main()
