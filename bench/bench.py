#!/usr/bin/env python3
"""sitegen's benchmark harness: sitegen against Hugo, the cmark CLI and a plain copy.

Two corpora, each at one or more sizes: the synthetic report site (gensite.py: analyses with
front matter, inline figures, charts and data) and "plain pages" (genplain.py: ordinary
Markdown prose with title-only front matter, no data). For each corpus and size it generates
the inputs on tmpfs, then times, several runs each and interleaved (sitegen, hugo, cmark, cp,
sitegen, hugo, ...):

- sitegen: ``sitegen build --root ROOT --output OUT`` (a release build of this repository)
- hugo:    ``hugo`` over the same Markdown files as a minimal Hugo site
- cmark:   one ``cmark`` process over all bodies (the Markdown floor)
- cp:      ``cp -r`` of Hugo's output tree for the same pages (the file-writing floor)

cmark + cp together are the "cmark+copy floor": rendering every body and writing a site's
worth of files, and nothing else.

Every run goes through ``/usr/bin/time -v`` for peak RSS and CPU time; wall time is taken
with a monotonic clock around it. A run that exits non-zero or leaves incomplete output
stops the benchmark with the tool's own error output. Results go to bench/RESULTS.md
(except in --smoke mode) and to standard output. See bench/README.md.
"""

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gensite  # noqa: E402
import genplain  # noqa: E402
import servebench  # noqa: E402

ALL_TOOLS = ("sitegen", "hugo", "cmark", "cp")
# sitegen again on the report site and the plain pages with `search: false` in their site.yaml:
# each round builds it beside `sitegen`, alternately before and after it, and the difference is
# the search index's cost.
SEARCH_OFF = "sitegen-nosearch"
CORPORA = ("report", "plain", "deals")
CORPUS_NAME = {"report": "report site", "plain": "plain pages",
               "deals": "deal-heavy report site (size = deals, 100 analyses)"}
# The deal-heavy corpus: the report site with this many analyses and its size in deals, which
# is where the generated deal and company pages, the totals and the charts over all deals grow.
DEALS_CORPUS_ANALYSES = 100
WHAT = {
    "sitegen": "full site build (release build)",
    "hugo": "full site build, minimal templates",
    "cmark": "Markdown floor: all bodies, one process",
    "cp": "file floor: cp -r of Hugo's output",
    SEARCH_OFF: "full site build with `search: false`",
}


class BenchError(Exception):
    """A failed build, a failed check or a missing tool; printed and exits 1."""


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------

def first_line(argv, cwd=None):
    try:
        out = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return "not found"
    text = (out.stdout or out.stderr).strip()
    return text.splitlines()[0] if text else "not found"


def read_file(path, default=""):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except OSError:
        return default


def load1():
    return float(read_file("/proc/loadavg", "0").split()[0])


CLK_TCK = os.sysconf("SC_CLK_TCK")
NPROC = os.cpu_count() or 1


def cpu_snapshot():
    """(busy, total) jiffies of the whole machine from /proc/stat."""
    fields = [int(x) for x in read_file("/proc/stat", "cpu 0 0 0 0").splitlines()[0].split()[1:]]
    fields += [0] * (8 - len(fields))
    user, nice, system, idle, iowait, irq, softirq, steal = fields[:8]
    busy = user + nice + system + irq + softirq + steal
    return busy, busy + idle + iowait


def busy_percent(seconds=1.0):
    """How busy the machine is (all cores, in %) over a short sample while we run nothing."""
    b0, t0 = cpu_snapshot()
    time.sleep(seconds)
    b1, t1 = cpu_snapshot()
    return 100.0 * (b1 - b0) / max(1, t1 - t0)


def wait_for_quiet(max_wait, threshold):
    """Waits up to max_wait seconds until other processes use less than threshold % of the machine.

    Returns (seconds waited, last busy %). The machine is shared, so this only lowers the
    odds of a contaminated run; the report shows what other processes used during each run.
    """
    started = time.monotonic()
    busy = busy_percent()
    while busy >= threshold and time.monotonic() - started < max_wait:
        time.sleep(4)
        busy = busy_percent()
    return time.monotonic() - started, busy


def fs_type(path):
    return first_line(["stat", "-f", "-c", "%T", path])


def tail(path, lines=40):
    text = read_file(path)
    return "\n".join(text.splitlines()[-lines:])


def tree_stats(path):
    files = 0
    size = 0
    for root, _, names in os.walk(path):
        for name in names:
            files += 1
            size += os.path.getsize(os.path.join(root, name))
    return files, size


def tree_sha256(path):
    """SHA-256 over the sorted relative paths and bytes of every file under path."""
    h = hashlib.sha256()
    entries = []
    for root, _, names in os.walk(path):
        for name in names:
            full = os.path.join(root, name)
            entries.append((os.path.relpath(full, path), full))
    for rel, full in sorted(entries):
        h.update(rel.encode("utf-8") + b"\0")
        with open(full, "rb") as f:
            h.update(f.read())
        h.update(b"\0")
    return h.hexdigest()


def fmt_s(x):
    return f"{x:.3f}" if x < 10 else f"{x:.2f}"


def mib(kib):
    return f"{kib / 1024:.0f}" if kib >= 10240 else f"{kib / 1024:.1f}"


# --------------------------------------------------------------------------------------
# Machine details
# --------------------------------------------------------------------------------------

def machine_details(workdir, sitegen_info):
    cpu = "unknown"
    for line in read_file("/proc/cpuinfo").splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kib = 0
    for line in read_file("/proc/meminfo").splitlines():
        if line.startswith("MemTotal:"):
            mem_kib = int(line.split()[1])
    os_name = "unknown"
    for line in read_file("/etc/os-release").splitlines():
        if line.startswith("PRETTY_NAME="):
            os_name = line.split("=", 1)[1].strip('"')
    time_version = first_line(["dpkg-query", "-W", "-f", "${Version}", "time"])
    return {
        "cpu": cpu,
        "nproc": first_line(["nproc"]),
        "memory": f"{mem_kib / 1024 / 1024:.1f} GiB",
        "os": os_name,
        "kernel": platform.release(),
        "hugo": first_line(["hugo", "version"]),
        "cmark": first_line(["cmark", "--version"]),
        "swift": first_line(["swift", "--version"]),
        "python": platform.python_version(),
        "gnu_time": f"GNU time {time_version} (Debian package)",
        "workdir": workdir,
        "workdir_fs": fs_type(workdir),
        "sitegen": sitegen_info,
        "commit": first_line(["git", "-C", REPO, "rev-parse", "--short=12", "HEAD"]),
        "branch": first_line(["git", "-C", REPO, "rev-parse", "--abbrev-ref", "HEAD"]),
        "dirty": bool(subprocess.run(["git", "-C", REPO, "status", "--porcelain"],
                                     capture_output=True, text=True).stdout.strip()),
        "load_start": read_file("/proc/loadavg").strip(),
        "started_utc": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


# --------------------------------------------------------------------------------------
# sitegen build
# --------------------------------------------------------------------------------------

def build_sitegen(config):
    """Builds sitegen (release, or debug in smoke mode) and returns (binary, description)."""
    args = ["swift", "build", "-c", config, "--product", "sitegen"]
    print(f"+ {' '.join(args)}", flush=True)
    started = time.monotonic()
    done = subprocess.run(args, cwd=REPO)
    if done.returncode != 0:
        raise BenchError(f"'{' '.join(args)}' failed with exit code {done.returncode}")
    seconds = time.monotonic() - started
    bin_dir = subprocess.run(args[:4] + ["--show-bin-path"], cwd=REPO, capture_output=True,
                             text=True).stdout.strip()
    binary = os.path.join(bin_dir, "sitegen")
    if not os.access(binary, os.X_OK):
        raise BenchError(f"swift build succeeded but '{binary}' is not an executable")
    return binary, f"{config} build (`{' '.join(args)}`, {seconds:.0f} s incl. up-to-date check)"


# --------------------------------------------------------------------------------------
# One size: generate, run, check
# --------------------------------------------------------------------------------------

class Size:
    """The generated inputs and output locations for one corpus at one size."""

    def __init__(self, base, corpus, pages, deals, seed):
        self.corpus = corpus
        self.pages = pages
        self.dir = os.path.join(base, f"{corpus}-n{pages}")
        started = time.monotonic()
        if corpus == "report":
            self.stats = gensite.generate(pages, deals, seed, os.path.join(self.dir, "in"))
        elif corpus == "deals":
            self.stats = gensite.generate(DEALS_CORPUS_ANALYSES, pages, seed, os.path.join(self.dir, "in"))
        else:
            self.stats = genplain.generate(pages, seed, os.path.join(self.dir, "in"))
        self.gen_seconds = time.monotonic() - started
        self.noun = {"report": "analyses", "deals": "deals"}.get(corpus, "pages")
        self.slugs = self.stats.pop("slugs")
        self.sitegen_root = os.path.join(self.dir, "in", "sitegen")
        self.hugo_root = os.path.join(self.dir, "in", "hugo")
        self.bodies = os.path.join(self.dir, "in", "cmark", "bodies")
        self.body_names = sorted(os.listdir(self.bodies))
        self.cp_source = os.path.join(self.dir, "cp-source")
        self.stats["content_sha256"] = tree_sha256(os.path.join(self.sitegen_root, "content"))
        self.templates = "none"
        repo_templates = os.path.join(REPO, "templates")
        if os.path.isdir(repo_templates):
            shutil.copytree(repo_templates, os.path.join(self.sitegen_root, "templates"))
            self.templates = "copied from the repository's templates/"
        else:
            self.templates = "the repository has no templates/ folder; none copied"
        self.outputs = {}
        self.sitegen_features = None
        self.search_off_root = None

    def add_search_off_root(self):
        """A copy of the sitegen site with `search: false`, for the search index's cost."""
        self.search_off_root = os.path.join(self.dir, "in", "sitegen-nosearch")
        shutil.copytree(self.sitegen_root, self.search_off_root)
        config = os.path.join(self.search_off_root, "content", "site.yaml")
        with open(config, encoding="utf-8") as f:
            text = f.read()
        if "\nsearch:" in "\n" + text:
            raise BenchError(f"{config} already sets `search`; the harness sets it itself")
        with open(config, "a", encoding="utf-8") as f:
            f.write("search: false\n")

    def out_parent(self, tool):
        return os.path.join(self.dir, f"out-{tool}")

    def command(self, tool, sitegen_bin, out):
        if tool == "sitegen":
            return [sitegen_bin, "build", "--root", self.sitegen_root, "--output", out], None
        if tool == SEARCH_OFF:
            return [sitegen_bin, "build", "--root", self.search_off_root, "--output", out], None
        if tool == "hugo":
            return ["hugo", "--source", self.hugo_root, "--destination", out,
                    "--cacheDir", os.path.join(self.dir, "hugo-cache"), "--noBuildLock", "--quiet"], None
        if tool == "cmark":
            return ["cmark", "--smart", "--validate-utf8"] + self.body_names, self.bodies
        if tool == "cp":
            return ["cp", "-r", self.cp_source, out], None
        raise BenchError(f"unknown tool '{tool}'")


def parse_time_v(path):
    """Reads GNU time -v output into a dict of the fields the report uses."""
    fields = {}
    for line in read_file(path).splitlines():
        line = line.strip()
        if ": " not in line:
            continue
        key, value = line.rsplit(": ", 1)
        fields[key] = value
    def num(key):
        if key not in fields:
            raise BenchError(f"/usr/bin/time -v output in {path} has no '{key}' line")
        return float(fields[key].rstrip("%").replace("?", "0"))
    elapsed = 0.0
    for part in fields.get("Elapsed (wall clock) time (h:mm:ss or m:ss)", "0").split(":"):
        elapsed = elapsed * 60 + float(part)
    return {"user": num("User time (seconds)"), "sys": num("System time (seconds)"),
            "rss_kib": int(num("Maximum resident set size (kbytes)")),
            "cpu_pct": num("Percent of CPU this job got"), "time_elapsed": elapsed}


def run_tool(size, tool, sitegen_bin, round_no, env):
    parent = size.out_parent(tool)
    shutil.rmtree(parent, ignore_errors=True)
    os.makedirs(parent)
    out = os.path.join(parent, "site" if tool != "cmark" else "all.html")
    argv, cwd = size.command(tool, sitegen_bin, out)
    time_file = os.path.join(size.dir, "time.txt")
    log_file = os.path.join(size.dir, f"{tool}.log")
    stdout_path = out if tool == "cmark" else log_file
    load_before = load1()
    with open(stdout_path, "wb") as stdout, open(log_file if tool == "cmark" else log_file + ".err", "wb") as stderr:
        busy0, _ = cpu_snapshot()
        started = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-v", "-o", time_file] + argv, cwd=cwd, env=env,
                              stdout=stdout, stderr=stderr)
        wall = time.perf_counter() - started
        busy1, _ = cpu_snapshot()
    if done.returncode != 0:
        err = tail(log_file if tool == "cmark" else log_file + ".err") or tail(log_file)
        shown = " ".join(argv[:8]) + (" ..." if len(argv) > 8 else "")
        raise BenchError(f"{tool} failed on the {CORPUS_NAME[size.corpus]} at {size.pages} pages (round {round_no}) with exit code "
                         f"{done.returncode}\n  command: {shown}\n  output (last lines):\n{err}")
    check_output(size, tool, out)
    measured = parse_time_v(time_file)
    machine_cpu = (busy1 - busy0) / CLK_TCK
    others = max(0.0, machine_cpu - measured["user"] - measured["sys"])
    measured.update({"tool": tool, "corpus": size.corpus, "pages": size.pages, "round": round_no, "wall": wall, "load1": load_before,
                     # Both CPU figures count in 10 ms ticks: for runs under about a second this is rough.
                     "others_pct": min(100.0, 100.0 * others / (wall * NPROC))})
    if tool == "hugo" and not os.path.exists(size.cp_source):
        shutil.copytree(out, size.cp_source)
    if tool not in size.outputs:
        size.outputs[tool] = tree_stats(out) if os.path.isdir(out) else (1, os.path.getsize(out))
        if tool == "sitegen" and size.corpus == "report":
            size.sitegen_features = unrendered_additions(out)
    return measured


def check_output(size, tool, out):
    """Fails unless the tool wrote what a complete build of this size writes."""
    if tool == "cmark":
        if not os.path.isfile(out):
            raise BenchError(f"cmark wrote no output file '{out}'")
        with open(out, encoding="utf-8") as f:
            h2 = f.read().count("<h2>")
        if h2 < len(size.body_names):
            raise BenchError(f"cmark output has {h2} <h2> headings for {len(size.body_names)} bodies "
                             "(each has one or more)")
        return
    if not os.path.isdir(out):
        raise BenchError(f"{tool} exited 0 but wrote no output folder '{out}'")
    if tool == "cp":
        want = tree_stats(size.cp_source)[0]
        got = tree_stats(out)[0]
        if got != want:
            raise BenchError(f"cp copied {got} files of {want}")
        return
    if not os.path.isfile(os.path.join(out, "index.html")):
        raise BenchError(f"{tool} wrote no index.html in '{out}'")
    found = set()
    html = 0
    for root, dirs, names in os.walk(out):
        for name in names:
            if name.endswith(".html"):
                html += 1
                found.add(name[:-5])
        found.update(dirs)
    missing = [s for s in size.slugs if s not in found]
    if missing:
        raise BenchError(f"{tool} output in '{out}' has no page for {len(missing)} of {len(size.slugs)} documents, "
                         f"e.g. '{missing[0]}' (looked for a folder or .html file named after the slug)")
    if html < len(size.slugs) + 1:
        raise BenchError(f"{tool} wrote only {html} HTML files for {len(size.slugs)} documents")
    if size.search_off_root and tool in ("sitegen", SEARCH_OFF):
        has_index = os.path.isfile(os.path.join(out, "search", "meta.json"))
        if has_index != (tool == "sitegen"):
            raise BenchError(f"{tool} {'wrote no' if tool == 'sitegen' else 'wrote a'} search index "
                             f"(search/meta.json) in '{out}': the search index's cost would be wrong")
    if size.corpus == "plain":
        check_plain_pages(size, tool, out)


def check_plain_pages(size, tool, out):
    """Plain pages are at <slug>/index.html in both sitegen's and Hugo's site; each must hold its body.

    Every body has at least one `##` heading and ends with a paragraph, so a page with its
    content has an <h2 and a </p> after the title.
    """
    for slug in size.slugs:
        path = os.path.join(out, slug, "index.html")
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
        except OSError:
            raise BenchError(f"{tool} wrote no '{slug}/index.html' for a plain page in '{out}'")
        if "<h2" not in text or "</p>" not in text:
            raise BenchError(f"{tool} wrote '{slug}/index.html' without the page's body (no <h2> or </p>)")


def unrendered_additions(out):
    """Counts inline figures and chart blocks that sitegen's output still shows as code.

    The benchmark does not fail on these (the site is valid either way), but the report says
    so, because a build that skips figures and charts does less work than the finished product.
    """
    figures = charts = 0
    for root, _, names in os.walk(out):
        for name in names:
            if name.endswith(".html"):
                with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                    text = f.read()
                figures += text.count("<code>=")
                charts += text.count('class="language-chart"')
    return {"figures_as_code": figures, "charts_as_code": charts}


def check_cmark_floor(size):
    """Checks that one cmark process over all bodies writes what one process per body writes."""
    per_file = b"".join(subprocess.run(["cmark", "--smart", "--validate-utf8", name], cwd=size.bodies,
                                       capture_output=True, check=True).stdout for name in size.body_names)
    with open(os.path.join(size.out_parent("cmark"), "all.html"), "rb") as f:
        if f.read() != per_file:
            raise BenchError("cmark over all bodies in one process differs from cmark per body: "
                             "a body leaks into the next one")


# --------------------------------------------------------------------------------------
# Summary and report
# --------------------------------------------------------------------------------------

def summarize(runs, tools, sizes):
    """Medians per (corpus, pages, tool) over the timed runs; sizes is a list of Size."""
    table = {}
    for size in sizes:
        corpus, pages = size.corpus, size.pages
        for tool in tools:
            rs = [r for r in runs if r["corpus"] == corpus and r["pages"] == pages and r["tool"] == tool
                  and r["round"] > 0]
            if not rs:
                continue
            walls = [r["wall"] for r in rs]
            table[(corpus, pages, tool)] = {
                "runs": len(rs), "median": statistics.median(walls), "min": min(walls), "max": max(walls),
                "rss_median": statistics.median(r["rss_kib"] for r in rs),
                "rss_max": max(r["rss_kib"] for r in rs),
                "cpu": statistics.median(r["user"] + r["sys"] for r in rs),
                "cores": statistics.median((r["user"] + r["sys"]) / r["wall"] for r in rs),
                "others": statistics.median(r["others_pct"] for r in rs),
            }
    return table


def ratio(table, size, a, b, key="median"):
    k = (size.corpus, size.pages)
    if k + (a,) in table and k + (b,) in table and table[k + (b,)][key] > 0:
        return table[k + (a,)][key] / table[k + (b,)][key]
    return None


def floor(table, size):
    """The cmark+copy floor: median cmark wall + median cp wall, or None without both."""
    k = (size.corpus, size.pages)
    if k + ("cmark",) in table and k + ("cp",) in table:
        return table[k + ("cmark",)]["median"] + table[k + ("cp",)]["median"]
    return None


def ratio_to_floor(table, size):
    f = floor(table, size)
    k = (size.corpus, size.pages, "sitegen")
    return table[k]["median"] / f if f and k in table else None


def cell(table, size, tool, key="median", fmt=None):
    row = table.get((size.corpus, size.pages, tool))
    if row is None:
        return "n/a"
    return (fmt or fmt_s)(row[key])


def fmt_ratio(x):
    return "n/a" if x is None else f"{x:.2f}"


def search_cost_pairs(runs, size):
    """The timed rounds at `size` that built both with and without search: (on, off) runs."""
    def of(tool):
        return {r["round"]: r for r in runs if r["corpus"] == size.corpus and r["pages"] == size.pages
                and r["tool"] == tool and r["round"] > 0}
    on, off = of("sitegen"), of(SEARCH_OFF)
    return [(on[n], off[n]) for n in sorted(on) if n in off]


def search_cost_section(runs, sizes):
    """The search index's cost, as Markdown lines: each round's build with search against the
    same round's build without, so that the machine's drift between rounds cancels."""
    rows = [(size, search_cost_pairs(runs, size)) for size in sizes]
    rows = [(size, pairs) for size, pairs in rows if pairs]
    if not rows:
        return []
    L = ["## Search index cost", ""]
    L.append("Each site built with its search index (the default) and again with `search: false` in "
             "`site.yaml`, in the same round, alternately one first and the other. The cost is each round's "
             "difference in wall time over the build without search; its median and quartiles are over "
             "the rounds. The target is at most 10 % of the report site's build at 10,000 pages (issue 13). "
             "The plain pages do little else than what the index reads, so there it costs a larger share.")
    L.append("")
    L.append("| corpus | pages | rounds | without search, median s | with search, median s | cost per round, median s "
             "| **cost, median** | cost, quartiles | CPU cost, median s (%) | peak RSS without → with, MiB |")
    L.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size, pairs in rows:
        walls_on = [on["wall"] for on, _ in pairs]
        walls_off = [off["wall"] for _, off in pairs]
        deltas = [on["wall"] - off["wall"] for on, off in pairs]
        shares = [100 * (on["wall"] - off["wall"]) / off["wall"] for on, off in pairs]
        cpu = lambda r: r["user"] + r["sys"]
        cpu_deltas = [cpu(on) - cpu(off) for on, off in pairs]
        cpu_off = statistics.median(cpu(off) for _, off in pairs)
        if len(shares) >= 2:
            q1, _, q3 = statistics.quantiles(shares, n=4, method="inclusive")
            spread = f"{q1:.1f}–{q3:.1f} %"
        else:
            spread = "n/a (one round)"
        L.append(f"| {CORPUS_NAME[size.corpus]} | {size.pages:,} | {len(pairs)} | {statistics.median(walls_off):.3f} "
                 f"| {statistics.median(walls_on):.3f} | {statistics.median(deltas):+.3f} "
                 f"| **{statistics.median(shares):.1f} %** | {spread} "
                 f"| {statistics.median(cpu_deltas):+.2f} ({100 * statistics.median(cpu_deltas) / cpu_off:.1f} %) "
                 f"| {mib(statistics.median(off['rss_kib'] for _, off in pairs))} → "
                 f"{mib(statistics.median(on['rss_kib'] for on, _ in pairs))} |")
    L.append("")
    return L


def serve_section(serve):
    """The preview server's numbers, as Markdown lines."""
    L = ["## Preview server (`sitegen serve`)", ""]
    L.append(f"`bench/servebench.py` on the report site at {serve['pages']:,} analyses: `sitegen serve` "
             "built it in memory, then one analysis's body was edited on disk again and again. "
             "*Edit to served* runs from the moment the file is written and closed until an HTTP GET "
             "of its page returns the new word; it includes the watcher's 40 ms wait for the burst to "
             "end. *No-op* is the server's own time for a touched file with the same bytes, against a "
             "full `sitegen build` of the same site.")
    L.append("")
    lat = serve["latency_ms"]
    L.append("| measure | value |")
    L.append("|---|---:|")
    L.append(f"| first build, until serving | {serve['start_seconds']:.2f} s |")
    L.append(f"| edit to served, median of {len(lat)} (target 200 ms) | **{statistics.median(lat):.0f} ms** |")
    L.append(f"| edit to served, slowest | {max(lat):.0f} ms |")
    L.append(f"| the server's rebuild of that edit, median | {statistics.median(serve['rebuild_ms']):.1f} ms |")
    noop = statistics.median(serve["noop_ms"])
    share = serve.get("noop_share")
    L.append(f"| no-op (file touched), median of {len(serve['noop_ms'])} | {noop:.2f} ms |")
    if share is not None:
        L.append(f"| no-op as a share of a full build ({serve['full_build_s']:.2f} s; target 5 %) | "
                 f"**{100 * share:.3f} %** |")
    rss = serve["rss_by_edit"]
    L.append(f"| resident memory after the first build | {serve['rss_start_mib']:.0f} MiB |")
    L.append("| resident memory by edit | " + ", ".join(f"{k}: {v:.0f} MiB" for k, v in sorted(rss.items())) + " |")
    last = max(rss)
    L.append(f"| memory growth over {last} edits | {rss[last] - rss[0]:+.1f} MiB |")
    L.append(f"| exit status after Ctrl-C | {serve['exit_status']} |")
    L.append("")
    return L


def report(cfg, machine, sizes, table, runs, notes, serve=None):
    L = []
    L.append("# sitegen benchmark results" if not cfg.smoke else "# sitegen benchmark smoke run (not a measurement)")
    L.append("")
    L.append("Written by `make bench` (`bench/run.sh`, which runs `bench/bench.py`). "
             "bench/README.md says how the corpora are made and what each number means.")
    L.append("")
    tools = [t for t in ALL_TOOLS if t in cfg.tools]
    corpora = [c for c in CORPORA if any(s.corpus == c for s in sizes)]
    L.append(f"- Run started {machine['started_utc']} at commit `{machine['commit']}` "
             f"(branch `{machine['branch']}`{', uncommitted changes' if machine['dirty'] else ''}).")
    L.append("- Corpora: " + "; ".join(
        f"**{CORPUS_NAME[c]}** at {', '.join(f'{s.pages:,}' for s in sizes if s.corpus == c)} pages"
        for c in corpora) + ".")
    L.append(f"- **Everything ran on tmpfs**: inputs, outputs and caches were in `{machine['workdir']}` "
             f"(file system: {machine['workdir_fs']}), because this machine's disk timings are erratic. "
             "No disk I/O is in these numbers.")
    L.append(f"- {cfg.runs} timed run(s) per tool, corpus and size after {cfg.warmup} untimed warm-up run(s), "
             f"interleaved in the order {', '.join(tools)}, {', '.join(tools[:2])}, ...; "
             "each run starts from an empty output folder (full build, no incremental state). "
             + (f"Before each run the harness waited up to {cfg.quiet_wait:.0f} s for other processes to use "
                f"less than {cfg.quiet_pct:.0f} % of the machine." if cfg.quiet_wait > 0 else ""))
    if "sitegen" not in cfg.tools:
        L.append("- **sitegen was not part of this run** (`BENCH_TOOLS`/`--tools` left it out), "
                 "so no sitegen numbers or sitegen ratios below.")
    for size in sizes:
        f = size.sitegen_features
        if f and (f["figures_as_code"] or f["charts_as_code"]):
            L.append(f"- **At {size.pages:,} pages sitegen's output still shows {f['figures_as_code']:,} inline "
                     f"figures and {f['charts_as_code']:,} chart blocks as code**: this sitegen does not yet "
                     "compute figures or draw charts, so it did less work than the finished product will.")
    for note in notes:
        L.append(f"- {note}")
    L.append("")
    L.append("## Machine")
    L.append("")
    L.append("| | |")
    L.append("|---|---|")
    rows = [("CPU", f"{machine['cpu']}, nproc {machine['nproc']}"), ("Memory", machine["memory"]),
            ("OS, kernel", f"{machine['os']}, Linux {machine['kernel']}"),
            ("sitegen", machine["sitegen"]), ("Hugo", machine["hugo"]), ("cmark", machine["cmark"]),
            ("Swift", machine["swift"]), ("Python (harness)", machine["python"]),
            ("Timer", f"{machine['gnu_time']} `-v` for peak RSS and CPU; wall from a monotonic clock"),
            ("Load average at start", machine["load_start"]),
            ("Load average at end", machine.get("load_end", ""))]
    for k, v in rows:
        L.append(f"| {k} | {v} |")
    L.append("")
    L.append("The machine is shared with other work; the load average before each run is in the raw numbers.")
    L.append("")
    L.append("## Both corpora side by side")
    L.append("")
    L.append("Medians of the timed runs. The *report site* has data, inline figures and charts; *plain pages* "
             "are Markdown prose with title-only front matter and no data. The floor is cmark + cp: one "
             "`cmark` process rendering every body plus `cp -r` of a built site of the same pages (Hugo's), "
             "the least any generator must do. Ratios below 1.00 mean sitegen is faster (or smaller).")
    L.append("")
    L.append("| corpus | pages | sitegen s | Hugo s | cmark s | cp s | cmark+cp floor s | sitegen/Hugo wall "
             "| sitegen/floor wall | sitegen/cmark wall | sitegen peak RSS MiB | Hugo peak RSS MiB "
             "| sitegen/Hugo peak RSS |")
    L.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        fl = floor(table, size)
        L.append(f"| {CORPUS_NAME[size.corpus]} | {size.pages:,} | {cell(table, size, 'sitegen')} "
                 f"| {cell(table, size, 'hugo')} | {cell(table, size, 'cmark')} | {cell(table, size, 'cp')} "
                 f"| {'n/a' if fl is None else fmt_s(fl)} | {fmt_ratio(ratio(table, size, 'sitegen', 'hugo'))} "
                 f"| {fmt_ratio(ratio_to_floor(table, size))} | {fmt_ratio(ratio(table, size, 'sitegen', 'cmark'))} "
                 f"| {cell(table, size, 'sitegen', 'rss_median', mib)} | {cell(table, size, 'hugo', 'rss_median', mib)} "
                 f"| {fmt_ratio(ratio(table, size, 'sitegen', 'hugo', 'rss_median'))} |")
    L.append("")
    L.append("## Summary")
    L.append("")
    L.append("Wall time in seconds; peak RSS in MiB (`Maximum resident set size` of `/usr/bin/time -v`); "
             "CPU = user + system seconds; cores = CPU / wall (2.0 = both cores busy the whole run); "
             "others = CPU that other processes on this shared machine used during the run, in % of all "
             "cores (0 = a clean run; high values mean the wall time is inflated, while CPU s is less affected).")
    L.append("")
    L.append("| corpus | pages | tool | what it measures | runs | median s | min s | max s | peak RSS median MiB "
             "| peak RSS max MiB | CPU s (median) | cores used | others % | output |")
    L.append("|---|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for size in sizes:
        for tool in tools + [SEARCH_OFF]:
            row = table.get((size.corpus, size.pages, tool))
            if row is None:
                continue
            files, nbytes = size.outputs.get(tool, (0, 0))
            out = f"{files:,} files, {nbytes / 1048576:.1f} MiB" if tool != "cmark" else f"1 file, {nbytes / 1048576:.1f} MiB"
            L.append(f"| {CORPUS_NAME[size.corpus]} | {size.pages:,} | {tool} | {WHAT[tool]} | {row['runs']} "
                     f"| {fmt_s(row['median'])} | {fmt_s(row['min'])} | {fmt_s(row['max'])} | {mib(row['rss_median'])} "
                     f"| {mib(row['rss_max'])} | {fmt_s(row['cpu'])} | {row['cores']:.2f} | {row['others']:.0f} | {out} |")
    L.append("")
    L.append("## Ratios (of medians)")
    L.append("")
    L.append("Below 1.00 means sitegen is faster (or smaller) than the other tool.")
    L.append("")
    L.append("| corpus | pages | sitegen/Hugo wall | sitegen/(cmark+cp) wall | sitegen/cmark wall | sitegen/Hugo peak RSS "
             "| Hugo/(cmark+cp) wall | Hugo/cmark wall | Hugo/cp wall |")
    L.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        fl = floor(table, size)
        hk = (size.corpus, size.pages, "hugo")
        hugo_floor = table[hk]["median"] / fl if fl and hk in table else None
        L.append(f"| {CORPUS_NAME[size.corpus]} | {size.pages:,} | {fmt_ratio(ratio(table, size, 'sitegen', 'hugo'))} "
                 f"| {fmt_ratio(ratio_to_floor(table, size))} | {fmt_ratio(ratio(table, size, 'sitegen', 'cmark'))} "
                 f"| {fmt_ratio(ratio(table, size, 'sitegen', 'hugo', 'rss_median'))} | {fmt_ratio(hugo_floor)} "
                 f"| {fmt_ratio(ratio(table, size, 'hugo', 'cmark'))} | {fmt_ratio(ratio(table, size, 'hugo', 'cp'))} |")
    for corpus in corpora:
        mine = [s for s in sizes if s.corpus == corpus]
        if len(mine) < 2:
            continue
        lo, hi = mine[0].pages, mine[-1].pages
        L.append("")
        L.append(f"Growth of the {CORPUS_NAME[corpus]} from {lo:,} to {hi:,} pages ({hi / lo:.0f}x the pages), "
                 "median wall and peak RSS:")
        L.append("")
        L.append("| tool | wall | peak RSS |")
        L.append("|---|---:|---:|")
        for tool in tools:
            a, b = table.get((corpus, lo, tool)), table.get((corpus, hi, tool))
            if a and b:
                L.append(f"| {tool} | {b['median'] / a['median']:.1f}x | {b['rss_median'] / a['rss_median']:.1f}x |")
    L.append("")
    L += search_cost_section(runs, sizes)
    L.append("## Inputs")
    L.append("")
    report_sizes = [s for s in sizes if s.corpus in ("report", "deals")]
    plain_sizes = [s for s in sizes if s.corpus == "plain"]
    if report_sizes:
        L.append("Report site (`gensite.py`):")
        L.append("")
        L.append("| pages | deals | companies | sources | words | Markdown bytes (bodies) | with inline figures "
                 "| with a chart | generated in | content SHA-256 |")
        L.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        for size in report_sizes:
            s = size.stats
            L.append(f"| {s['pages']:,} | {s['deals']} | {s['companies']} | {s['sources']} | {s['words']:,} "
                     f"| {s['markdown_bytes']:,} | {s['with_figures']:,} | {s['with_chart']:,} "
                     f"| {size.gen_seconds:.1f} s | `{s['content_sha256'][:16]}` |")
        L.append("")
    if plain_sizes:
        L.append("Plain pages (`genplain.py`; title-only front matter, no data):")
        L.append("")
        L.append("| pages | words | words per page | Markdown bytes (bodies) | generated in | content SHA-256 |")
        L.append("|---:|---:|---:|---:|---:|---|")
        for size in plain_sizes:
            s = size.stats
            L.append(f"| {s['pages']:,} | {s['words']:,} | {s['words'] / s['pages']:.0f} | {s['markdown_bytes']:,} "
                     f"| {size.gen_seconds:.1f} s | `{s['content_sha256'][:16]}` |")
        L.append("")
    L.append(f"Seed {sizes[0].stats['seed']}; sitegen templates: {sizes[0].templates}.")
    L.append("")
    if serve:
        L += serve_section(serve)
    L.append("## Raw numbers")
    L.append("")
    L.append("Round 0 is the untimed warm-up (not in the summary). `time` is GNU time's own elapsed "
             "(10 ms resolution); `others` the CPU other processes used during the run (% of all cores); "
             "`load` the 1-minute load average just before the run (it lags, and includes the previous run); "
             "`waited` how long the harness waited for the machine to quiet down before the run, and how "
             "busy it was then.")
    L.append("")
    L.append("| corpus | pages | round | tool | wall s | time s | user s | sys s | peak RSS KiB | CPU % | others % | load | waited |")
    L.append("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in runs:
        L.append(f"| {CORPUS_NAME[r['corpus']]} | {r['pages']:,} | {r['round']} | {r['tool']} | {r['wall']:.3f} "
                 f"| {r['time_elapsed']:.2f} | {r['user']:.2f} | {r['sys']:.2f} | {r['rss_kib']:,} | {r['cpu_pct']:.0f} "
                 f"| {r['others_pct']:.0f} | {r['load1']:.2f} | {r.get('waited', '')} |")
    L.append("")
    return "\n".join(L)


# --------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------

def parse_args(argv):
    env = os.environ
    p = argparse.ArgumentParser(description="Benchmark sitegen against Hugo and the cmark CLI.")
    p.add_argument("--smoke", action="store_true",
                   help="50 report pages and 20 plain pages, 1 run, no warm-up, debug build; prints results, "
                        "never writes RESULTS.md")
    p.add_argument("--sizes", default=env.get("BENCH_SIZES"),
                   help="report site: comma-separated numbers of analyses (default 1000,10000; 0 skips the corpus)")
    p.add_argument("--plain-sizes", default=env.get("BENCH_PLAIN_SIZES"),
                   help="plain pages: comma-separated numbers of pages (default 4000; 0 or empty skips the corpus)")
    p.add_argument("--deal-sizes", default=env.get("BENCH_DEAL_SIZES"),
                   help=f"deal-heavy report site: comma-separated numbers of deals, {DEALS_CORPUS_ANALYSES} analyses "
                        "each (default 10000; 0 or empty skips the corpus)")
    p.add_argument("--runs", type=int, default=env.get("BENCH_RUNS"), help="timed runs per tool and size (default 5)")
    p.add_argument("--warmup", type=int, default=env.get("BENCH_WARMUP"), help="untimed runs first (default 1)")
    p.add_argument("--deals", type=int, default=env.get("BENCH_DEALS"), help="deals in the data (default 100)")
    p.add_argument("--seed", type=int, default=int(env.get("BENCH_SEED", "20260101")))
    p.add_argument("--tools", default=env.get("BENCH_TOOLS", ",".join(ALL_TOOLS)),
                   help="which of sitegen,hugo,cmark,cp to run (default all)")
    p.add_argument("--sitegen-bin", default=env.get("SITEGEN_BIN"),
                   help="use this sitegen binary instead of building one (needed when called from swift test)")
    p.add_argument("--workdir-base", default=env.get("BENCH_DIR", "/dev/shm"),
                   help="where to make the work folder (default /dev/shm, a tmpfs)")
    p.add_argument("--results", default=None,
                   help="results file (default bench/RESULTS.md; --smoke writes none unless given)")
    p.add_argument("--quiet-wait", type=float, default=env.get("BENCH_QUIET_WAIT"),
                   help="before each run, wait up to this many seconds for other processes to use less "
                        "than --quiet-pct of the machine (default 60; 0 in --smoke)")
    p.add_argument("--quiet-pct", type=float, default=float(env.get("BENCH_QUIET_PCT", "15")),
                   help="busy threshold for --quiet-wait, in %% of all cores (default 15)")
    p.add_argument("--search-cost", type=int, choices=(0, 1), default=int(env.get("BENCH_SEARCH_COST", "1")),
                   help="1: on the report site and the plain pages, also build each round with "
                        "`search: false`, for the search index's cost (default); 0: skip it")
    p.add_argument("--keep", action="store_true", help="keep the work folder afterwards")
    p.add_argument("--serve-samples", type=int, default=env.get("BENCH_SERVE_SAMPLES"),
                   help="edits timed from write to served on the largest report site (default 30; 3 in --smoke; 0: skip sitegen serve)")
    p.add_argument("--serve-edits", type=int, default=env.get("BENCH_SERVE_EDITS"),
                   help="edits in a row while the server's memory is watched (default 1000; 5 in --smoke)")
    cfg = p.parse_args(argv)

    def sizes(text, option):
        try:
            values = [int(x) for x in text.split(",") if x.strip()]
        except ValueError:
            p.error(f"{option} must be comma-separated whole numbers, not '{text}'")
        if any(v < 0 for v in values):
            p.error(f"{option} must not be negative")
        return [v for v in values if v > 0]

    cfg.sizes = sizes(cfg.sizes or ("50" if cfg.smoke else "1000,10000"), "--sizes")
    # For plain pages an empty value (BENCH_PLAIN_SIZES=) skips the corpus, as 0 does.
    cfg.plain_sizes = sizes(cfg.plain_sizes if cfg.plain_sizes is not None else "20" if cfg.smoke else "4000",
                            "--plain-sizes")
    cfg.deal_sizes = sizes(cfg.deal_sizes if cfg.deal_sizes is not None else "100" if cfg.smoke else "10000",
                           "--deal-sizes")
    cfg.runs = cfg.runs if cfg.runs is not None else 1 if cfg.smoke else 5
    cfg.warmup = cfg.warmup if cfg.warmup is not None else 0 if cfg.smoke else 1
    cfg.deals = cfg.deals if cfg.deals is not None else 20 if cfg.smoke else 100
    cfg.quiet_wait = cfg.quiet_wait if cfg.quiet_wait is not None else 0 if cfg.smoke else 60
    cfg.serve_samples = int(cfg.serve_samples) if cfg.serve_samples is not None else 3 if cfg.smoke else 30
    cfg.serve_edits = int(cfg.serve_edits) if cfg.serve_edits is not None else 5 if cfg.smoke else 1000
    cfg.tools = [t.strip() for t in cfg.tools.split(",") if t.strip()]
    unknown = [t for t in cfg.tools if t not in ALL_TOOLS]
    if unknown or not cfg.tools:
        p.error(f"unknown tool(s) {unknown}; choose from {','.join(ALL_TOOLS)}")
    if "cp" in cfg.tools and "hugo" not in cfg.tools:
        p.error("cp copies Hugo's output tree, so it needs hugo in --tools")
    if not cfg.sizes and not cfg.plain_sizes and not cfg.deal_sizes:
        p.error("--sizes, --plain-sizes and --deal-sizes skip every corpus; give at least one size")
    if cfg.runs < 1 or cfg.warmup < 0 or cfg.deals < 1:
        p.error("runs and deals must be positive and warm-up not negative")
    if cfg.results is None and not cfg.smoke:
        cfg.results = os.path.join(HERE, "RESULTS.md")
    return cfg


def main(argv):
    cfg = parse_args(argv)
    for tool, path in (("hugo", "hugo"), ("cmark", "cmark")):
        if tool in cfg.tools and shutil.which(path) is None:
            raise BenchError(f"'{path}' is not installed (bench/run.sh installs it with apt-get)")
    if not os.access("/usr/bin/time", os.X_OK):
        raise BenchError("/usr/bin/time is not installed (Debian package 'time'; bench/run.sh installs it)")

    notes = []
    sitegen_bin = None
    sitegen_info = "not run"
    if "sitegen" in cfg.tools:
        if cfg.sitegen_bin:
            sitegen_bin = os.path.abspath(cfg.sitegen_bin)
            if not os.access(sitegen_bin, os.X_OK):
                raise BenchError(f"--sitegen-bin '{sitegen_bin}' is not an executable")
            sitegen_info = f"given binary `{sitegen_bin}`"
        else:
            sitegen_bin, sitegen_info = build_sitegen("debug" if cfg.smoke else "release")

    if not os.path.isdir(cfg.workdir_base):
        raise BenchError(f"work folder base '{cfg.workdir_base}' does not exist")
    workdir = tempfile.mkdtemp(prefix="sitegen-bench-", dir=cfg.workdir_base)
    if fs_type(workdir) != "tmpfs":
        msg = (f"WARNING: the work folder {workdir} is on '{fs_type(workdir)}', not tmpfs: "
               "timings include this machine's erratic disk")
        print(msg, file=sys.stderr)
        notes.append(msg)
    machine = machine_details(workdir, sitegen_info)
    env = dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8", LANG="C.UTF-8", TMPDIR=os.path.join(workdir, "tmp"))
    os.makedirs(env["TMPDIR"])

    ok = False
    serve = None
    try:
        sizes = []
        runs = []
        work = ([("report", n) for n in cfg.sizes] + [("plain", n) for n in cfg.plain_sizes]
                + [("deals", n) for n in cfg.deal_sizes])
        for corpus, pages in work:
            if corpus == "report":
                print(f"== report site, {pages:,} analyses, {cfg.deals} deals: generating in {workdir}", flush=True)
            elif corpus == "deals":
                print(f"== deal-heavy report site, {DEALS_CORPUS_ANALYSES} analyses, {pages:,} deals: "
                      f"generating in {workdir}", flush=True)
            else:
                print(f"== plain pages, {pages:,} pages: generating in {workdir}", flush=True)
            size = Size(workdir, corpus, pages, cfg.deals, cfg.seed)
            sizes.append(size)
            print(f"   {size.stats['words']:,} words, {size.stats['markdown_bytes'] / 1048576:.1f} MiB of Markdown, "
                  f"generated in {size.gen_seconds:.1f} s", flush=True)
            if corpus in ("report", "plain") and "sitegen" in cfg.tools and cfg.search_cost:
                size.add_search_off_root()
            rounds = [0] * cfg.warmup + list(range(1, cfg.runs + 1))
            for round_no in rounds:
                order = [t for t in ALL_TOOLS if t in cfg.tools]
                if size.search_off_root:
                    # Beside sitegen, first in even rounds and second in odd ones.
                    at = order.index("sitegen") + round_no % 2
                    order.insert(at, SEARCH_OFF)
                for tool in order:
                    waited = ""
                    if cfg.quiet_wait > 0:
                        seconds, busy = wait_for_quiet(cfg.quiet_wait, cfg.quiet_pct)
                        waited = f"{seconds:.0f} s, {busy:.0f} % busy"
                    r = run_tool(size, tool, sitegen_bin, round_no, env)
                    r["waited"] = waited
                    runs.append(r)
                    print(f"   round {round_no} {tool:8s} {r['wall']:8.3f} s  {r['rss_kib'] / 1024:8.1f} MiB  "
                          f"cpu {r['user'] + r['sys']:7.2f} s  others {r['others_pct']:3.0f} %"
                          f"{'  (waited ' + waited + ')' if r['waited'] else ''}", flush=True)
            if cfg.smoke and "cmark" in cfg.tools:
                check_cmark_floor(size)
                note = ("Checked: one cmark process over all bodies writes the same HTML as one cmark "
                        "process per body.")
                if note not in notes:
                    notes.append(note)
            largest_report = max((n for c, n in work if c == "report"), default=None)
            if (corpus == "report" and pages == largest_report and "sitegen" in cfg.tools
                    and cfg.serve_samples > 0):
                full = [r["wall"] for r in runs if r["tool"] == "sitegen" and r["pages"] == pages
                        and r["corpus"] == corpus and r["round"] > 0]
                print(f"== sitegen serve on the report site, {pages:,} analyses", flush=True)
                serve = servebench.measure(size.sitegen_root, sitegen_bin,
                                           statistics.median(full) if full else None,
                                           cfg.serve_samples, cfg.serve_edits,
                                           log=lambda line: print(line, flush=True))
                serve["pages"] = pages
                serve["full_build_s"] = statistics.median(full) if full else None
            # Free the RAM (tmpfs) this size used before the next one.
            if not cfg.keep:
                shutil.rmtree(size.dir, ignore_errors=True)
        machine["load_end"] = read_file("/proc/loadavg").strip()
        table = summarize(runs, cfg.tools + [SEARCH_OFF], sizes)
        text = report(cfg, machine, sizes, table, runs, notes, serve)
        print()
        print(text)
        if cfg.results:
            with open(cfg.results, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"Wrote {os.path.relpath(cfg.results, os.getcwd())}")
        ok = True
    finally:
        if cfg.keep:
            print(f"Kept the work folder {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
        if not ok:
            print(f"(work folder {workdir} {'kept' if cfg.keep else 'removed; rerun with --keep to inspect it'})",
                  file=sys.stderr)


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except BenchError as error:
        print(f"\nBENCHMARK FAILED: {error}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
