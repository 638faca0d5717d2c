#!/usr/bin/env python3
"""Generate the deterministic synthetic report site that the benchmark builds.

One call writes three views of the same pages under OUT:

- ``OUT/sitegen/content/``: a sitegen site (site.yaml, analyses/, pages/, data/).
- ``OUT/hugo/``: a minimal Hugo site with byte-identical analysis files (the same YAML
  front matter and Markdown bodies), plus one page per deal and per company, tag pages,
  a home page, a 404 page, RSS for the home page only, a sitemap and robots.txt.
- ``OUT/cmark/bodies/``: the analysis bodies alone (front matter removed), one file per
  analysis, each followed by one extra blank line so that the files can be fed to a single
  ``cmark`` process without one body's last paragraph running into the next body.

The output depends only on (pages, deals, seed): no clock, no locale, no hash order. Page
``i`` depends only on the seed, ``i`` and the deal data, so the first 1,000 pages of the
10,000-page site are the 1,000-page site. The random numbers come from SplitMix64 written
out below, not from the ``random`` module, so the site does not change with Python's version.

Usage: gensite.py --pages N --deals M [--seed S] --out DIR
Prints one JSON line describing what it wrote.
"""

import argparse
import json
import os
import sys

MASK64 = (1 << 64) - 1

# The share of analyses with inline figures and with a chart block, in tenths. Page i
# has figures when (i * 7) % 10 < FIGURE_TENTHS and a chart when (i * 3) % 10 == 1, so the
# shares are exact at every multiple of ten pages.
FIGURE_TENTHS = 3

BASE_URL = "https://bench.example.org/"
SITE_TITLE = "Compute Deals Benchmark"


class SplitMix64:
    """A small, portable, seeded PRNG (Steele, Lea and Flood's SplitMix64)."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def below(self, n):
        """An integer in [0, n) (n ≤ 2^32; the modulo bias is negligible here)."""
        return self.next() % n

    def between(self, lo, hi):
        """An integer in [lo, hi]."""
        return lo + self.below(hi - lo + 1)

    def chance(self, percent):
        return self.below(100) < percent

    def choice(self, items):
        return items[self.below(len(items))]

    def sample(self, items, k):
        pool = list(items)
        out = []
        for _ in range(min(k, len(pool))):
            out.append(pool.pop(self.below(len(pool))))
        return out


def derive_seed(seed, stream, index):
    """A seed for one independent stream (data, page i, ...) from the master seed."""
    mix = SplitMix64(seed ^ (stream * 0xD1B54A32D192ED03) ^ (index * 0x9E3779B97F4A7C15))
    return mix.next()


# --------------------------------------------------------------------------------------
# Data: companies, sources, capex, deals
# --------------------------------------------------------------------------------------

NAME_STEMS = [
    "North", "Blue", "Iron", "Silver", "Cedar", "Granite", "Harbor", "Summit", "Redwood",
    "Aster", "Lumen", "Quarry", "Meridian", "Pioneer", "Vector", "Orbit", "Beacon", "Falcon",
    "Atlas", "Nimbus", "Kestrel", "Juniper", "Basalt", "Tidal", "Cobalt", "Sable", "Helio",
    "Vale", "Ember", "Polar", "Argent", "Onyx", "Larch", "Cirrus", "Delta", "Fjord",
]
KIND_SUFFIXES = {
    "cloud-provider": ["Cloud", "Compute", "Web Services", "Data Centers"],
    "model-lab": ["AI", "Labs", "Intelligence", "Research"],
    "chipmaker": ["Semiconductor", "Silicon", "Devices"],
    "investor": ["Capital", "Ventures", "Partners"],
}
YEARS = list(range(2019, 2027))


def slugify(text):
    out = []
    dash = False
    for ch in text.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def format_amount(hundred_millions):
    """An amount in units of $100M written the way data-format.md allows: 500M, 2.5B, 1.2T."""
    millions = hundred_millions * 100
    if millions < 1000:
        return f"{millions}M"
    if millions >= 1_000_000:
        whole, frac = divmod(millions, 1_000_000)
        frac_digit = frac // 100_000
        return f"{whole}T" if frac_digit == 0 else f"{whole}.{frac_digit}T"
    whole, frac = divmod(millions, 1000)
    frac_digit = frac // 100
    return f"{whole}B" if frac_digit == 0 else f"{whole}.{frac_digit}B"


def weighted(rng, pairs):
    """Pick from [(value, weight), ...]."""
    total = sum(w for _, w in pairs)
    roll = rng.below(total)
    for value, weight in pairs:
        if roll < weight:
            return value
        roll -= weight
    return pairs[-1][0]


def make_companies(rng, deal_count):
    counts = [
        ("cloud-provider", max(3, deal_count // 12)),
        ("model-lab", max(4, deal_count // 6)),
        ("chipmaker", max(2, deal_count // 30)),
        ("investor", max(2, deal_count // 25)),
    ]
    companies = []
    used = set()
    stems = list(NAME_STEMS)
    for kind, count in counts:
        for _ in range(count):
            while True:
                stem = rng.choice(stems)
                name = f"{stem} {rng.choice(KIND_SUFFIXES[kind])}"
                cid = slugify(name)
                if cid not in used:
                    break
                # Many companies: add a second stem to keep names unique.
                name = f"{stem}{rng.choice(stems).lower()} {rng.choice(KIND_SUFFIXES[kind])}"
                cid = slugify(name)
                if cid not in used:
                    break
            used.add(cid)
            companies.append({"id": cid, "name": name, "kind": kind})
    return companies


def make_data(seed, deal_count):
    rng = SplitMix64(derive_seed(seed, 1, 0))
    companies = make_companies(rng, deal_count)
    by_kind = {}
    for c in companies:
        by_kind.setdefault(c["kind"], []).append(c)
    clouds = by_kind["cloud-provider"]
    labs = by_kind["model-lab"]
    chips = by_kind["chipmaker"]
    investors = by_kind["investor"]

    sources = []
    capex = []
    # Capital spending: every cloud provider and chipmaker, every year.
    for c in clouds + chips:
        base = rng.between(20, 400)  # in $100M: $2B to $40B in 2019
        for year in YEARS:
            guided = year == YEARS[-1]
            sid = f"{c['id']}-{'guidance' if guided else 'annual-report'}-{year}"
            sources.append({
                "id": sid,
                "publisher": c["name"],
                "title": f"{c['name']} {'capital spending guidance' if guided else 'annual report'} {year}",
                "date": f"{year + 1 if not guided else year}-{rng.between(1, 12):02d}",
                "url": f"https://example.org/{c['id']}/{year}/{'guidance' if guided else 'annual-report'}",
            })
            amount = base * (100 + 25 * (year - YEARS[0]) + rng.between(0, 30)) // 100
            capex.append({
                "company": c["id"], "year": year, "amount": format_amount(amount),
                "currency": "USD", "qualifier": "about" if guided else "exact",
                "basis": "guided" if guided else "reported", "source": sid,
            })

    deals = []
    deal_ids = set()
    publishers = ["Reuters", "Bloomberg", "The Information", "Financial Times", "CNBC"]
    for n in range(deal_count):
        investor = weighted(rng, [(clouds, 60), (chips, 20), (investors, 20)])
        investor = rng.choice(investor)
        investee = rng.choice(labs)
        year = rng.choice(YEARS)
        precision = rng.below(3)
        if precision == 0:
            announced = f"{year}"
        elif precision == 1:
            announced = f"{year}-{rng.between(1, 12):02d}"
        else:
            announced = f"{year}-{rng.between(1, 12):02d}-{rng.between(1, 28):02d}"
        did = f"{investor['id']}-{investee['id']}-{year}"
        k = 2
        while did in deal_ids:
            did = f"{investor['id']}-{investee['id']}-{year}-{k}"
            k += 1
        deal_ids.add(did)

        has_investment = rng.chance(85)
        has_commitment = rng.chance(70) or not has_investment
        deal = {
            "id": did, "announced": announced, "investor": investor["id"],
            "investee": investee["id"],
            "status": weighted(rng, [("announced", 50), ("completed", 30), ("reported", 20)]),
        }
        if has_investment:
            deal["investment"] = {
                "amount": format_amount(rng.between(5, 400)),
                "currency": "USD",
                "qualifier": weighted(rng, [("exact", 40), ("up-to", 30), ("about", 20), ("at-least", 10)]),
            }
        if has_commitment:
            provider = investor if investor["kind"] == "cloud-provider" else rng.choice(clouds)
            commitment = {
                "amount": format_amount(rng.between(10, 3000)),
                "currency": "USD",
                "qualifier": weighted(rng, [("at-least", 40), ("exact", 30), ("about", 20), ("up-to", 10)]),
            }
            if rng.chance(80):
                commitment["term_years"] = rng.between(1, 10)
            commitment["provider"] = provider["id"]
            deal["commitment"] = commitment
        deal["summary"] = (
            f"{investor['name']} and {investee['name']} agreed on "
            f"{'an equity investment and ' if has_investment and has_commitment else 'an equity investment' if has_investment else ''}"
            f"{'a compute commitment' if has_commitment else ''} in {year}."
        )
        src_ids = []
        for s in range(1 + rng.below(2)):
            sid = f"{slugify(publishers[(n + s) % len(publishers)])}-{did}"
            sources.append({
                "id": sid,
                "publisher": publishers[(n + s) % len(publishers)],
                "title": f"{investor['name']} and {investee['name']} strike compute deal",
                "date": announced,
                **({"url": f"https://example.org/news/{did}/{s}"} if rng.chance(50) else {}),
            })
            src_ids.append(sid)
        deal["sources"] = src_ids
        deal["_names"] = (investor["name"], investee["name"])
        deals.append(deal)
    return {"companies": companies, "sources": sources, "capex": capex, "deals": deals}


def yq(text):
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def companies_yaml(companies):
    lines = []
    for c in companies:
        lines += [f"- id: {c['id']}", f"  name: {yq(c['name'])}", f"  kind: {c['kind']}"]
    return "\n".join(lines) + "\n"


def sources_yaml(sources):
    lines = []
    for s in sources:
        lines += [f"- id: {s['id']}", f"  publisher: {yq(s['publisher'])}",
                  f"  title: {yq(s['title'])}", f"  date: {s['date']}"]
        if "url" in s:
            lines.append(f"  url: {s['url']}")
    return "\n".join(lines) + "\n"


def capex_csv(rows):
    lines = ["company,year,amount,currency,qualifier,basis,source"]
    for r in rows:
        lines.append(",".join(str(r[k]) for k in
                              ("company", "year", "amount", "currency", "qualifier", "basis", "source")))
    return "\n".join(lines) + "\n"


def deals_yaml(deals):
    lines = []
    for d in deals:
        lines += [f"- id: {d['id']}", f"  announced: {d['announced']}", f"  investor: {d['investor']}",
                  f"  investee: {d['investee']}", f"  status: {d['status']}"]
        if "investment" in d:
            i = d["investment"]
            lines += ["  investment:", f"    amount: {i['amount']}", f"    currency: {i['currency']}",
                      f"    qualifier: {i['qualifier']}"]
        if "commitment" in d:
            c = d["commitment"]
            lines += ["  commitment:", f"    amount: {c['amount']}", f"    currency: {c['currency']}",
                      f"    qualifier: {c['qualifier']}"]
            if "term_years" in c:
                lines.append(f"    term_years: {c['term_years']}")
            lines.append(f"    provider: {c['provider']}")
        lines.append(f"  summary: {yq(d['summary'])}")
        lines.append(f"  sources: [{', '.join(d['sources'])}]")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------
# Prose: analyses with realistic length and Markdown variety
# --------------------------------------------------------------------------------------

OPENERS = ["", "", "", "In practice, ", "By contrast, ", "Notably, ", "For now, ", "On the numbers alone, ",
           "Put simply, ", "Still, ", "Over time, ", "Read closely, ", "At first glance, "]
SUBJECTS = ["the agreement", "this commitment", "{X}", "{Y}", "the cloud provider", "the model lab",
            "one analyst", "the investor", "capital spending", "the contract", "each tranche",
            "the headline figure", "the filing", "management", "{P}", "the board", "the term sheet"]
VERBS = ["ties", "reflects", "suggests", "raises", "follows", "extends", "reshapes", "secures", "signals",
         "doubles", "outpaces", "depends on", "shifts", "underwrites", "limits", "locks in", "prices"]
OBJECTS = ["the cost of training frontier models", "a multi-year supply of accelerators",
           "the provider's data-center build-out", "revenue that flows back to the investor",
           "the lab's access to scarce GPUs", "capacity in new regions",
           "the round-trip between equity and cloud spend", "guidance for next year's capital spending",
           "power contracts for new campuses", "the share of compute reserved for inference",
           "a pipeline of custom silicon", "the price of reserved capacity", "the lab's next funding round",
           "cooling and networking upgrades", "the depreciation schedule of new servers"]
CLAUSES = ["", "", ", at least on paper", " over the next decade", ", which the filing does not break out",
           " while keeping options open", ", according to people familiar with the terms",
           " as demand for inference grows", ", even before the first cluster is online",
           " in a market that remains supply-constrained", ", a pattern seen in earlier deals",
           " -- and the numbers are large", " in {year}", ", as the company said in {year}"]
QUOTES = ["We are buying capacity years ahead because the models keep getting bigger.",
          "The commitment is a floor, not a forecast.",
          "Every dollar of equity comes back as cloud revenue, eventually.",
          "Power, not chips, is the constraint we plan around.",
          "The contract gives us the flexibility to move workloads between regions."]
PEOPLE = ["a chief financial officer", "an analyst at a large bank", "a person close to the deal",
          "the company's head of infrastructure", "a former cloud executive"]
CODE_WORDS = ["capex", "term_years", "commitment", "qualifier", "at-least", "up-to", "run_rate",
              "investment", "provider", "announced"]
LINK_PATHS = ["filings", "news", "research", "transcripts", "press"]
HEADINGS = ["Background", "The terms", "What the money buys", "Capacity and power", "How it compares",
            "Round-trips", "Risks", "What to watch", "Methodology notes", "The provider's side",
            "The lab's side", "Timeline", "Open questions", "Financing", "Chips and supply",
            "Where the capacity sits", "Accounting treatment", "Precedents"]
TITLE_PATTERNS = ["{X} and {Y}: {phrase}", "Why {Y} is {phrase2}", "{X}'s bet on {Y}, in numbers",
                  "Inside the {X}-{Y} deal", "{phrase_cap} at {Y}", "What {X} gets from {Y}"]
TITLE_PHRASES = ["the terms behind the headline", "the compute math", "a decade of capacity",
                 "equity for cloud credits", "reading the fine print", "where the money goes"]
TITLE_PHRASES2 = ["buying compute years ahead", "betting on one cloud", "splitting its suppliers",
                  "paying for capacity with equity", "racing for power"]
TAGS = ["compute", "cloud", "gpus", "capex", "equity", "commitments", "inference", "training",
        "data-centers", "power", "chips", "custom-silicon", "round-trips", "valuation", "regulation",
        "antitrust", "energy", "networking", "supply-chain", "accounting", "guidance", "funding",
        "partnerships", "exclusivity", "regions", "sovereign-ai", "pricing", "margins", "debt",
        "leases", "hyperscalers", "model-labs", "open-weights", "frontier-models", "revenue",
        "depreciation", "cooling", "memory", "interconnect", "outlook"]
FENCE_LANGS = ["text", "yaml", "python", ""]
KEEP = "\x01"  # stands for a space inside a markup run until wrapping


class Writer:
    """Builds one analysis body; every helper appends Markdown text and counts words."""

    def __init__(self, rng, deal, data, page_index):
        self.rng = rng
        self.deal = deal
        self.data = data
        self.index = page_index
        x, y = deal["_names"]
        provider = deal.get("commitment", {}).get("provider", deal["investor"])
        p = next(c["name"] for c in data["companies"] if c["id"] == provider)
        self.names = {"X": x, "Y": y, "P": p, "year": deal["announced"][:4]}
        self.words = 0

    def fill(self, text):
        for key, value in self.names.items():
            text = text.replace("{" + key + "}", value)
        return text

    def amount_text(self):
        n = self.rng.between(1, 300)
        return f"${n}B" if n < 100 else f"${n // 100}.{(n % 100) // 10}T" if n % 100 else f"${n // 100}T"

    def link(self, text):
        slug = slugify(text)[:40] or "note"
        return f"[{text}](https://example.com/{self.rng.choice(LINK_PATHS)}/{slug})"

    def sentence(self):
        rng = self.rng
        subject = self.fill(rng.choice(SUBJECTS))
        obj = self.fill(rng.choice(OBJECTS))
        clause = self.fill(rng.choice(CLAUSES))
        roll = rng.below(100)
        if roll < 12:
            obj = unit(f"*{obj}*") if rng.chance(70) else unit(f"_{obj}_")
        elif roll < 20:
            obj = unit(f"**{obj}**")
        elif roll < 28:
            obj = unit(self.link(obj))
        elif roll < 34:
            obj = f"{obj} (`{rng.choice(CODE_WORDS)}`)"
        elif roll < 40:
            obj = f"{obj} worth **{self.amount_text()}**"
        elif roll < 44:
            obj = f'what one executive called "{obj}"'
        elif roll < 46:
            obj = f"{obj} (see <https://example.com/{rng.choice(LINK_PATHS)}/{self.index}>)"
        opener = rng.choice(OPENERS)
        text = f"{opener}{subject} {rng.choice(VERBS)} {obj}{clause}."
        text = text[0].upper() + text[1:]
        return text

    def paragraph(self, sentences=None, extra=None):
        count = sentences if sentences is not None else self.rng.between(3, 6)
        parts = [self.sentence() for _ in range(count)]
        if extra:
            parts.insert(self.rng.below(len(parts) + 1), extra)
        return self.wrap(parts)

    def wrap(self, parts, width=80, prefix=""):
        """Joins sentences and wraps at `width` columns, never inside a markup token."""
        tokens = []
        for part in parts:
            tokens += tokenize(part)
        self.words += sum(len(t.split()) for t in tokens)
        lines = []
        line = ""
        for tok in tokens:
            if line and len(line) + 1 + len(tok) > width:
                lines.append(prefix + line)
                line = tok
            else:
                line = f"{line} {tok}" if line else tok
        if line:
            lines.append(prefix + line)
        return "\n".join(lines)

    def bullet_list(self):
        rng = self.rng
        ordered = rng.chance(35)
        items = []
        for n in range(rng.between(3, 6)):
            marker = f"{n + 1}." if ordered else "-"
            text = self.wrap([self.sentence()], prefix="   " if ordered else "  ")
            items.append(f"{marker} {text.lstrip()}")
            if not ordered and rng.chance(15):
                for _ in range(rng.between(2, 3)):
                    sub = self.wrap([self.sentence()], prefix="    ")
                    items.append(f"  - {sub.lstrip()}")
        return "\n".join(items)

    def block_quote(self):
        rng = self.rng
        quote = self.wrap([rng.choice(QUOTES)] + [self.sentence() for _ in range(rng.below(2))], prefix="> ")
        return f"{quote}\n>\n> -- {rng.choice(PEOPLE)}"

    def code_block(self):
        rng = self.rng
        lang = rng.choice(FENCE_LANGS)
        d = self.deal
        lines = []
        if lang == "yaml":
            lines = [f"id: {d['id']}", f"announced: {d['announced']}", f"investor: {d['investor']}",
                     f"investee: {d['investee']}"]
        elif lang == "python":
            lines = ["def run_rate(commitment, term_years):",
                     "    \"\"\"Straight-line annual run-rate of a commitment.\"\"\"",
                     "    return commitment / term_years", "",
                     f"print(run_rate({rng.between(10, 300)}e9, {rng.between(2, 10)}))"]
        else:
            lines = [f"commitment / term     = run-rate ({rng.between(1, 40)}B a year)",
                     f"commitment / investment = multiple ({rng.between(2, 9)}x)",
                     "investment / capex    = share of spending"]
        self.words += sum(len(l.split()) for l in lines)
        return "\n".join([f"```{lang}"] + lines + ["```"])

    def chart_block(self):
        rng = self.rng
        title = self.fill(rng.choice(["Equity investment in {Y} by deal", "Who has invested in {Y}",
                                      "How large the stakes in {Y} are"]))
        return "\n".join([
            "```chart", "type: bar", f"title: {yq(title)}", f"subtitle: {yq('US$, as announced')}",
            f"source: {yq('Company announcements and press reports (synthetic benchmark data)')}",
            "data: deals", "filter:", f"  investee: {self.deal['investee']}", "label: name",
            "value: investment", "```"])

    def figure_sentences(self):
        """Sentences with inline figures (code spans starting with '='), only figures that exist."""
        d = self.deal
        did = d["id"]
        inv = d.get("investment")
        com = d.get("commitment")
        options = [f"The deal was announced in `=deals.{did}.announced`."]
        if inv:
            options.append(f"{self.names['X']} put in `=deals.{did}.investment`.")
            options.append(f"In full, that is `=deals.{did}.investment:long` of equity.")
        if com:
            options.append(f"The compute commitment comes to `=deals.{did}.commitment`.")
            if "term_years" in com:
                options.append(f"Spread over `=deals.{did}.term` years, that is "
                               f"`=deals.{did}.annual_commitment`, or `=deals.{did}.annual_commitment:short`.")
                options.append(f"The run-rate is `=deals.{did}.annual_commitment:long`.")
            if inv and inv["qualifier"] == "exact":
                options.append(f"The commitment is `=deals.{did}.commitment_multiple` the investment.")
        options.append(f"{self.names['Y']} is part of `=companies.{d['investee']}.deal_count:number` "
                       f"deals in the dataset.")
        options.append("The dataset holds `=totals.deal_count` deals in all.")
        return self.rng.sample(options, self.rng.between(1, 3))

    def body(self, target_words, with_figures, with_chart):
        rng = self.rng
        blocks = [self.paragraph(rng.between(3, 5)), self.paragraph()]
        figure_slots = self.figure_sentences() if with_figures else []
        chart_at = None
        heads = rng.sample(HEADINGS, len(HEADINGS))
        section = 0
        while self.words < target_words or section == 0:
            heading = heads[section % len(heads)]
            section += 1
            self.words += len(heading.split())
            blocks.append(f"## {heading}")
            for _ in range(rng.between(1, 3)):
                extra = figure_slots.pop() if figure_slots and rng.chance(60) else None
                blocks.append(self.paragraph(extra=extra))
                if self.words >= target_words:
                    break
            roll = rng.below(100) if self.words < target_words else 100
            if roll < 40:
                blocks.append(self.bullet_list())
            elif roll < 60:
                blocks.append(self.block_quote())
            elif roll < 75:
                blocks.append(self.code_block())
            elif roll < 100:
                blocks.append(f"### {self.fill(rng.choice(['The details', 'A closer look', 'Why {Y} agreed', 'What {X} gets', 'Numbers in context']))}")
                blocks.append(self.paragraph())
            if with_chart and chart_at is None and section >= 2:
                chart_at = len(blocks)
                blocks.append(self.chart_block())
            if rng.chance(8):
                blocks.append("* * *")
        if with_chart and chart_at is None:
            blocks.append(self.chart_block())
        # Any figure sentences not yet placed go into the closing paragraph.
        closing = self.paragraph(rng.between(2, 4))
        if figure_slots:
            closing = self.wrap(figure_slots) + "\n" + closing
        blocks.append(closing)
        return "\n\n".join(blocks) + "\n"


def unit(text):
    """Marks a markup run (emphasis, link, code span) so that wrapping never splits it."""
    return text.replace(" ", KEEP)


def tokenize(text):
    """Splits on spaces; runs made with unit() stay one token."""
    return [t.replace(KEEP, " ") for t in text.split(" ") if t]


def analysis(seed, i, data):
    """Returns (slug, front matter text, body text) for analysis i (0-based)."""
    rng = SplitMix64(derive_seed(seed, 2, i))
    deals = data["deals"]
    deal = deals[rng.below(len(deals))]
    w = Writer(rng, deal, data, i)
    title = w.fill(rng.choice(TITLE_PATTERNS)).replace("{phrase}", rng.choice(TITLE_PHRASES))
    title = title.replace("{phrase2}", rng.choice(TITLE_PHRASES2))
    title = title.replace("{phrase_cap}", rng.choice(TITLE_PHRASES).capitalize())
    slug = f"{slugify(title)}-{i + 1}"
    year = rng.choice(YEARS)
    date = f"{year}-{rng.between(1, 12):02d}-{rng.between(1, 28):02d}"
    summary = w.fill(rng.choice([
        "How {X} and {Y} structured their compute deal, and what the numbers imply.",
        "{Y} commits to years of cloud spending with {P}; we read the terms.",
        "A close reading of the {X}-{Y} agreement and its round-trip economics.",
        "What the {year} deal between {X} and {Y} says about the price of capacity.",
    ]))
    tags = rng.sample(TAGS, rng.between(2, 5))
    fm = ["---", f"title: {yq(title)}", f"date: {date}", f"summary: {yq(summary)}", "tags:"]
    fm += [f"  - {t}" for t in tags]
    if rng.chance(70):
        fm.append(f"companies: [{deal['investor']}, {deal['investee']}]")
        fm.append(f"deals: [{deal['id']}]")
    fm.append("---")
    with_figures = (i * 7) % 10 < FIGURE_TENTHS
    with_chart = (i * 3) % 10 == 1
    body = w.body(rng.between(560, 1400), with_figures, with_chart)
    return slug, "\n".join(fm) + "\n", body, {"figures": with_figures, "chart": with_chart,
                                              "words": w.words, "tags": tags}


# --------------------------------------------------------------------------------------
# Site writers
# --------------------------------------------------------------------------------------

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


SITE_YAML = f"""title: {yq(SITE_TITLE)}
description: "A synthetic report site for sitegen's benchmark: analyses of compute deals."
base_url: {BASE_URL}
language: en
author: "sitegen benchmark"
nav:
  - title: Analyses
    url: analyses/
  - title: Tags
    url: tags/
  - title: About
    url: about/
"""

ABOUT_BODY = """This site is generated by `bench/gensite.py` for sitegen's benchmark. Every
company, deal and number on it is synthetic.
"""

HUGO_CONFIG = f"""baseURL = "{BASE_URL}"
languageCode = "en"
title = "{SITE_TITLE}"
# Analyses carry dates up to 2026; build them all whatever today's date is.
buildFuture = true
enableRobotsTXT = true
disableHugoGeneratorInject = true
# One feed with the latest 20 entries, like sitegen's single Atom feed.
rssLimit = 20

[params]
description = "A synthetic report site for sitegen's benchmark: analyses of compute deals."
author = "sitegen benchmark"

[taxonomies]
tag = "tags"

[outputs]
home = ["HTML", "RSS"]
section = ["HTML"]
taxonomy = ["HTML"]
term = ["HTML"]
page = ["HTML"]

# sitegen does not highlight code, so neither does Hugo: fenced blocks become <pre><code>.
[markup.highlight]
codeFences = false

[markup.goldmark.renderer]
unsafe = false

[[menus.main]]
name = "Analyses"
url = "/analyses/"
weight = 1
[[menus.main]]
name = "Tags"
url = "/tags/"
weight = 2
[[menus.main]]
name = "About"
url = "/about/"
weight = 3
"""

HUGO_LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} | {{ site.Title }}{{ end }}</title>
<meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ site.Params.description }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
{{ with site.Home.OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
<nav>{{ range site.Menus.main }}<a href="{{ .URL | relURL }}">{{ .Name }}</a> {{ end }}</nav>
</header>
<main>{{ block "main" . }}{{ end }}</main>
<footer><p>{{ site.Params.author }}</p></footer>
</body>
</html>
""",
    "_default/single.html": """{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<p class="meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
{{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
{{ with .GetTerms "tags" }}<ul class="tags">{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
{{ .Content }}
</article>{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
<ul class="list">{{ range .Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time>{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}</li>{{ end }}
</ul>{{ end }}
""",
    "index.html": """{{ define "main" }}<h1>{{ site.Title }}</h1>
<p>{{ site.Params.description }}</p>
<h2>Latest analyses</h2>
<ul class="list">{{ range first 10 (where site.RegularPages "Section" "analyses") }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time><p>{{ .Params.summary }}</p></li>{{ end }}
</ul>{{ end }}
""",
    "404.html": """{{ define "main" }}<h1>Page not found</h1>
<p><a href="{{ "/" | relURL }}">Home</a></p>{{ end }}
""",
}

HUGO_CSS = """body{font-family:Georgia,serif;max-width:68ch;margin:0 auto;padding:1rem;line-height:1.5}
nav a{margin-right:1em}code{font-size:.9em}pre{overflow-x:auto}
@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}a{color:#8cf}}
"""


def hugo_deal_page(deal):
    fm = ["---", f"title: {yq(deal['_names'][0] + ' and ' + deal['_names'][1] + ', ' + deal['announced'][:4])}",
          f"summary: {yq(deal['summary'])}", "---"]
    body = [deal["summary"], "",
            f"- Investor: {deal['_names'][0]}", f"- Investee: {deal['_names'][1]}",
            f"- Announced: {deal['announced']}", f"- Status: {deal['status']}"]
    if "investment" in deal:
        i = deal["investment"]
        body.append(f"- Investment: {i['qualifier']} {i['amount']} {i['currency']}")
    if "commitment" in deal:
        c = deal["commitment"]
        body.append(f"- Commitment: {c['qualifier']} {c['amount']} {c['currency']}")
    body.append(f"- Sources: {', '.join(deal['sources'])}")
    return "\n".join(fm) + "\n" + "\n".join(body) + "\n"


def hugo_company_page(company, deals):
    fm = ["---", f"title: {yq(company['name'])}", f"summary: {yq(company['name'] + ' (' + company['kind'] + ')')}",
          "---"]
    body = [f"{company['name']} is a {company['kind'].replace('-', ' ')} in the dataset.", ""]
    mine = [d for d in deals if company["id"] in (d["investor"], d["investee"])]
    body += [f"- [{d['id']}](/deals/{d['id']}/): {d['summary']}" for d in mine]
    return "\n".join(fm) + "\n" + "\n".join(body) + "\n"


def generate(pages, deal_count, seed, out):
    data = make_data(seed, deal_count)
    sg = os.path.join(out, "sitegen", "content")
    hg = os.path.join(out, "hugo")
    cm = os.path.join(out, "cmark", "bodies")
    clean_deals = [{k: v for k, v in d.items() if not k.startswith("_")} for d in data["deals"]]

    write(os.path.join(sg, "site.yaml"), SITE_YAML)
    write(os.path.join(sg, "pages", "about.md"), '---\ntitle: "About this site"\n---\n' + ABOUT_BODY)
    write(os.path.join(sg, "data", "companies.yaml"), companies_yaml(data["companies"]))
    write(os.path.join(sg, "data", "sources.yaml"), sources_yaml(data["sources"]))
    write(os.path.join(sg, "data", "capex.csv"), capex_csv(data["capex"]))
    write(os.path.join(sg, "data", "deals.yaml"), deals_yaml(clean_deals))

    write(os.path.join(hg, "hugo.toml"), HUGO_CONFIG)
    for rel, text in HUGO_LAYOUTS.items():
        write(os.path.join(hg, "layouts", rel), text)
    write(os.path.join(hg, "static", "style.css"), HUGO_CSS)
    write(os.path.join(hg, "content", "about.md"), '---\ntitle: "About this site"\n---\n' + ABOUT_BODY)
    write(os.path.join(hg, "content", "deals", "_index.md"), '---\ntitle: "Deals"\n---\n')
    write(os.path.join(hg, "content", "analyses", "_index.md"), '---\ntitle: "Analyses"\n---\n')
    write(os.path.join(hg, "content", "companies", "_index.md"), '---\ntitle: "Companies"\n---\n')
    for d in data["deals"]:
        write(os.path.join(hg, "content", "deals", d["id"] + ".md"), hugo_deal_page(d))
    for c in data["companies"]:
        write(os.path.join(hg, "content", "companies", c["id"] + ".md"), hugo_company_page(c, data["deals"]))

    stats = {"pages": pages, "deals": deal_count, "seed": seed, "companies": len(data["companies"]),
             "sources": len(data["sources"]), "capex_rows": len(data["capex"]), "words": 0,
             "markdown_bytes": 0, "with_figures": 0, "with_chart": 0, "tags": len(TAGS), "slugs": []}
    for i in range(pages):
        slug, fm, body, info = analysis(seed, i, data)
        text = fm + "\n" + body
        write(os.path.join(sg, "analyses", slug + ".md"), text)
        write(os.path.join(hg, "content", "analyses", slug + ".md"), text)
        write(os.path.join(cm, slug + ".md"), body + "\n")
        stats["words"] += info["words"]
        stats["markdown_bytes"] += len(body.encode("utf-8"))
        stats["with_figures"] += info["figures"]
        stats["with_chart"] += info["chart"]
        stats["slugs"].append(slug)
    return stats


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, required=True, help="number of analyses")
    parser.add_argument("--deals", type=int, default=100, help="number of deals")
    parser.add_argument("--seed", type=int, default=20260101)
    parser.add_argument("--out", required=True, help="folder to write (must not exist or be empty)")
    args = parser.parse_args(argv)
    if args.pages < 1 or args.deals < 1:
        parser.error("--pages and --deals must be positive")
    if os.path.exists(args.out) and os.listdir(args.out):
        parser.error(f"output folder '{args.out}' is not empty")
    stats = generate(args.pages, args.deals, args.seed, args.out)
    stats.pop("slugs")
    print(json.dumps(stats, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1:])
