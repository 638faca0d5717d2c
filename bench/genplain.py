#!/usr/bin/env python3
"""Generate the deterministic "plain pages" corpus that the benchmark builds beside the report site.

N pages of ordinary Markdown prose (essays on gardening, cities, cooking, software, walking,
music and old books) with title-only front matter: no figures, charts, tables or data. One
call writes three views of the same pages under OUT:

- ``OUT/sitegen/content/``: a sitegen site: a minimal ``site.yaml`` (title, base_url) and
  the pages in ``pages/``; no analyses, no data folder.
- ``OUT/hugo/``: a minimal Hugo site with byte-identical page files at the content root
  (``content/<slug>.md``, so the URLs are sitegen's ``<slug>/``), a home page listing the first
  ten pages, a 404 page, RSS for the home page only, a sitemap and robots.txt.
- ``OUT/cmark/bodies/``: the bodies alone (front matter removed), one file per page, each
  followed by one extra blank line (see gensite.py).

The output depends only on (pages, seed), with gensite.py's SplitMix64 generator (no
``random`` module, no clock, no hash order). Page ``i`` depends only on the seed and ``i``,
so the first 1,000 pages of the 4,000-page corpus are the 1,000-page corpus.

Usage: genplain.py --pages N [--seed S] --out DIR
Prints one JSON line describing what it wrote.
"""

import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gensite import SplitMix64, derive_seed, slugify, tokenize, unit, write, yq  # noqa: E402

# gensite.py uses streams 1 (data) and 2 (analyses); this corpus uses its own.
PAGE_STREAM = 3

BASE_URL = "https://plain.example.org/"
SITE_TITLE = "Plain Pages Benchmark"

# --------------------------------------------------------------------------------------
# Word banks: one set of nouns, headings and title words per topic, and shared sentence parts
# --------------------------------------------------------------------------------------

# Nouns are singular (they take the VERBS as written); "things" follow "nothing but".
TOPICS = {
    "gardening": {
        "nouns": ["the soil", "a raised bed", "the compost heap", "the tomato plant", "the old apple tree",
                  "the seed tray", "the hedge", "the rain barrel", "the greenhouse", "the winter squash",
                  "the herb border", "a row of beans", "the potting shed", "the lawn", "the first frost"],
        "things": ["a trowel", "twine", "seed packets", "a watering can", "leaf mould", "bone meal",
                   "netting", "a garden fork", "labels", "a kneeling pad"],
        "headings": ["Starting from bare ground", "What the soil wants", "Sowing and waiting",
                     "Pests, mostly slugs", "Watering less", "The autumn clear-up", "Saving seed",
                     "A year of notes"],
        "title": ["the vegetable patch", "compost", "a north-facing garden", "growing beans",
                  "pruning", "the allotment"],
        "code": ["text"],
    },
    "cities": {
        "nouns": ["the tram line", "a corner bakery", "the river embankment", "the old market hall",
                  "the narrow lane", "the night bus", "the public library", "the housing estate",
                  "the main square", "the cycle lane", "the railway arch", "a late-night cafe",
                  "the ring road", "the harbour", "the planning office"],
        "things": ["a bus pass", "a street map", "a folding bike", "an umbrella", "a library card",
                   "a flask of coffee", "good shoes", "a notebook", "a timetable", "spare change"],
        "headings": ["Walking the grid", "Who the streets are for", "Getting around", "The quiet hours",
                     "Rebuilding after the war", "What planners forget", "Neighbourhoods",
                     "A city at night"],
        "title": ["the city", "public space", "a walk across town", "trams", "the market hall",
                  "living near the river"],
        "code": ["text", ""],
    },
    "cooking": {
        "nouns": ["a cast-iron pan", "the stock", "fresh bread", "a pinch of salt", "the oven",
                  "a pot of slow-cooked beans", "the recipe", "the dough", "a sharp knife", "the leftover rice",
                  "the spice drawer", "a pot of soup", "the sourdough starter", "the Sunday roast",
                  "the chopping board"],
        "things": ["two onions", "a bay leaf", "olive oil", "a lemon", "a tin of tomatoes", "flour",
                   "butter", "garlic", "black pepper", "a handful of parsley"],
        "headings": ["Before you start", "The method", "Timing", "What can go wrong", "Seasoning",
                     "Leftovers", "Cooking for a crowd", "Equipment"],
        "title": ["soup", "bread", "a weeknight supper", "cooking with beans", "the kitchen",
                  "stock"],
        "code": ["text", ""],
    },
    "software": {
        "nouns": ["the build", "a small script", "the test suite", "the database", "a config file",
                  "the release", "old code", "the error message", "a pull request", "the cache",
                  "the deploy script", "the log file", "a flaky test", "the command line", "the backlog"],
        "things": ["a text editor", "version control", "a debugger", "a linter", "a profiler",
                   "a shell", "a code review", "a changelog", "a test", "a benchmark"],
        "headings": ["The problem", "A first attempt", "Reading the logs", "Writing the test first",
                     "What we shipped", "Performance", "Lessons learned", "Maintenance"],
        "title": ["legacy code", "testing", "small tools", "debugging", "releases", "the build"],
        "code": ["sh", "python", "text"],
    },
    "walking": {
        "nouns": ["the trail", "the ridge", "a mountain hut", "the ferry", "the map", "a border town",
                  "the morning train", "the coast path", "the valley", "a youth hostel",
                  "the river crossing", "the weather forecast", "the summit cairn", "a stone wall",
                  "the last bus"],
        "things": ["a waterproof jacket", "a compass", "spare socks", "a head torch", "sandwiches",
                   "a first-aid kit", "sun cream", "a paper map", "a whistle", "a water bottle"],
        "headings": ["Setting out", "The long climb", "Finding the way", "Weather", "Where to stay",
                     "The way down", "What to pack", "Going back"],
        "title": ["the coast path", "walking alone", "a week in the hills", "maps", "long walks",
                  "the ridge"],
        "code": ["text"],
    },
    "music": {
        "nouns": ["the piano", "a slow movement", "the rehearsal", "the second violin", "a minor chord",
                  "the score", "the concert hall", "the warm-up", "the metronome", "the choir",
                  "the conductor", "an old recording", "the practice room", "the last bar",
                  "the audience"],
        "things": ["a pencil", "a music stand", "rosin", "a tuning fork", "earplugs", "spare strings",
                   "a recording device", "the score", "a mute", "a page turner"],
        "headings": ["Learning the piece", "Practice", "Rehearsal", "The performance", "Listening",
                     "Tempo", "Playing with others", "After the concert"],
        "title": ["practice", "the piano", "amateur orchestras", "listening", "learning by ear",
                  "the choir"],
        "code": ["text"],
    },
    "books": {
        "nouns": ["the second-hand bookshop", "an old atlas", "the first chapter", "the footnote",
                  "a reading list", "the library catalogue", "a paperback", "the index", "the margin",
                  "the translation", "a forgotten novel", "the archive", "the last page",
                  "a box of letters", "the preface"],
        "things": ["a bookmark", "a reading lamp", "a pencil", "index cards", "a library card",
                   "a dictionary", "a notebook", "a cup of tea", "a magnifying glass", "a tote bag"],
        "headings": ["Where I found it", "Reading slowly", "The author", "Notes in the margin",
                     "Translation", "What it gets right", "Rereading", "Further reading"],
        "title": ["old books", "rereading", "the library", "footnotes", "translation", "letters"],
        "code": ["text", ""],
    },
}
TOPIC_NAMES = sorted(TOPICS)

OPENERS = ["", "", "", "", "Of course, ", "Still, ", "In the end, ", "For a while, ", "Looking back, ",
           "Oddly enough, ", "Most of the time, ", "Even so, ", "Every spring, ", "In my experience, ",
           "Sooner or later, ", "Then again, ", "At first, "]
VERBS = ["changes", "shapes", "depends on", "rewards", "teaches us about", "hides", "reveals", "outlasts",
         "asks for", "makes room for", "resists", "explains", "complicates", "slowly improves",
         "says a lot about", "gets in the way of", "depends less than you think on"]
ABSTRACT = ["patience", "a particular kind of attention", "the way a week is organised", "small habits",
            "the rest of the day", "what we remember", "the choices that follow", "a sense of proportion",
            "the time it takes", "careful work", "our first impressions", "the people around us",
            "a good deal of guesswork", "the weather", "the budget", "every plan made in advance"]
CLAUSES = ["", "", "", " more than we admit", " in ways that are easy to miss", ", at least in my experience",
           " when nobody is watching", " over a long enough season", ", which is the whole point",
           " -- or so it seems", " if you let it", ", as my grandmother used to say", " year after year",
           " on a good day", " and nobody seems to mind", ", though it took me years to see it"]
ADJECTIVES = ["quietly satisfying", "stubborn", "oddly moving", "easy to underestimate", "hard to explain",
              "reassuring", "more fragile than it looks", "slow", "generous", "unexpectedly funny"]
TIMES = ["one wet afternoon", "last winter", "the first time I tried", "on a Sunday morning", "years ago",
         "after a long week", "in early spring", "the summer I turned twenty", "only recently"]
QUOTES = ["You learn more from the second attempt than from the first.",
          "Nothing worth doing is done in a hurry.",
          "Start with what you have, not with what you wish you had.",
          "The details are not the details; they make the design.",
          "Most problems are solved by going for a walk.",
          "If it is worth doing, it is worth doing badly at first."]
PEOPLE = ["my neighbour", "an old teacher of mine", "a friend who should know", "the woman at the counter",
          "my father", "a stranger on the train", "the author of a book I lost"]
LINK_PATHS = ["notes", "essays", "guides", "archive", "reading"]
TITLE_PATTERNS = ["Notes on {t}", "On {t}", "A short guide to {t}", "What I learned about {t}",
                  "In praise of {t}", "Ten years of {t}", "Why I care about {t}", "Against hurrying {t}",
                  "{T}, slowly", "Letters about {t}"]
CLOSINGS = ["Next time, I will start earlier.", "That, at least, is how it looks from here.",
            "There is always another season.", "I expect I will change my mind again.",
            "Thanks for reading this far."]


class PlainWriter:
    """Builds one page body; every helper returns Markdown text and counts words."""

    def __init__(self, rng, topic, index):
        self.rng = rng
        self.topic = TOPICS[topic]
        self.index = index
        self.words = 0
        self.references = []

    def noun(self):
        return self.rng.choice(self.topic["nouns"])

    def link(self, text):
        rng = self.rng
        slug = slugify(text)[:40] or "note"
        if rng.chance(20):
            # Labels are unique across the corpus: the cmark floor parses every body as one
            # document, where a label defined twice would resolve to its first definition.
            label = f"p{self.index + 1}-{len(self.references) + 1}"
            self.references.append(f"[{label}]: https://example.net/{rng.choice(LINK_PATHS)}/{slug}")
            return f"[{text}][{label}]"
        return f"[{text}](https://example.net/{rng.choice(LINK_PATHS)}/{slug})"

    def marked(self, text):
        """Sometimes wraps a phrase in emphasis, strong emphasis, a link or a code span."""
        rng = self.rng
        roll = rng.below(100)
        if roll < 12:
            return unit(f"*{text}*") if rng.chance(70) else unit(f"_{text}_")
        if roll < 18:
            return unit(f"**{text}**")
        if roll < 26:
            return unit(self.link(text))
        if roll < 29 and self.topic["code"][0] == "sh":
            return f"{text} (`{rng.choice(['make test', 'git log', '--verbose', 'config.yaml', 'main'])}`)"
        if roll < 32:
            return f'what people call "{text}"'
        if roll < 33:
            return f"{text} (see <https://example.net/{rng.choice(LINK_PATHS)}/{self.index}>)"
        return text

    def sentence(self):
        rng = self.rng
        shape = rng.below(100)
        clause = rng.choice(CLAUSES)
        if shape < 55:
            obj = self.noun() if rng.chance(45) else rng.choice(ABSTRACT)
            text = f"{rng.choice(OPENERS)}{self.noun()} {rng.choice(VERBS)} {self.marked(obj)}{clause}."
        elif shape < 67:
            text = f"There is something {rng.choice(ADJECTIVES)} about {self.marked(self.noun())}{clause}."
        elif shape < 77:
            text = f"I learned this from {rng.choice(PEOPLE)} {rng.choice(TIMES)}, with nothing but {rng.choice(self.topic['things'])}."
        elif shape < 85:
            text = f"Nobody tells you that {self.noun()} {rng.choice(VERBS)} {self.marked(rng.choice(ABSTRACT))}."
        elif shape < 92:
            text = f"It took me years to notice how {self.noun()} {rng.choice(VERBS)} {rng.choice(ABSTRACT)}{clause}."
        else:
            text = f"Why does {self.noun()} matter so much{rng.choice(['', ' here', ' to anyone', ', really'])}?"
        return text[0].upper() + text[1:]

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

    def paragraph(self, sentences=None):
        count = sentences if sentences is not None else self.rng.between(3, 7)
        return self.wrap([self.sentence() for _ in range(count)])

    def bullet_list(self):
        rng = self.rng
        ordered = rng.chance(35)
        items = []
        short = rng.chance(40)
        pool = rng.sample(self.topic["things"], len(self.topic["things"]))
        for n in range(rng.between(3, 6)):
            marker = f"{n + 1}." if ordered else rng.choice(["-", "-", "*"]) if n == 0 else items[0][0]
            if short:
                thing = pool[n % len(pool)]
                text = self.wrap([thing[0].upper() + thing[1:] + rng.choice(["", "", ", if you have one",
                                                                            " (optional)", ", and a spare"])])
            else:
                text = self.wrap([self.sentence()], prefix="   " if ordered else "  ")
            items.append(f"{marker} {text.lstrip()}")
            if not ordered and rng.chance(12):
                for _ in range(rng.between(2, 3)):
                    sub = self.wrap([self.sentence()], prefix="    ")
                    items.append(f"  - {sub.lstrip()}")
        return "\n".join(items)

    def block_quote(self):
        rng = self.rng
        parts = [rng.choice(QUOTES)] + [self.sentence() for _ in range(rng.below(2))]
        quote = self.wrap(parts, prefix="> ")
        return f"{quote}\n>\n> -- {rng.choice(PEOPLE)}"

    def code_block(self):
        rng = self.rng
        lang = rng.choice(self.topic["code"])
        if lang == "sh":
            lines = ["# rebuild from scratch and run the tests", "rm -rf build", "make build",
                     f"make test JOBS={rng.between(2, 16)}", "git log --oneline | head -n 5"]
        elif lang == "python":
            lines = ["def median(values):", '    """The middle value of a non-empty list."""',
                     "    ordered = sorted(values)", "    mid = len(ordered) // 2",
                     "    if len(ordered) % 2:", "        return ordered[mid]",
                     "    return (ordered[mid - 1] + ordered[mid]) / 2", "",
                     f"print(median([{', '.join(str(rng.between(1, 99)) for _ in range(5))}]))"]
        else:
            things = rng.sample(self.topic["things"], 4)
            lines = [f"{t:<22} {rng.between(1, 12)}" for t in things]
            lines.append(f"{'total':<22} {rng.between(13, 40)}")
        self.words += sum(len(l.split()) for l in lines)
        if lang == "" and rng.chance(40):
            return "\n".join("    " + l if l else "" for l in lines)  # an indented code block
        return "\n".join([f"```{lang}"] + lines + ["```"])

    def body(self, target_words):
        rng = self.rng
        blocks = [self.paragraph(rng.between(3, 5)), self.paragraph()]
        heads = rng.sample(self.topic["headings"], len(self.topic["headings"]))
        section = 0
        while self.words < target_words or section == 0:
            heading = heads[section % len(heads)]
            section += 1
            self.words += len(heading.split())
            blocks.append(f"## {heading}")
            for _ in range(rng.between(1, 3)):
                blocks.append(self.paragraph())
                if self.words >= target_words:
                    break
            roll = rng.below(100) if self.words < target_words else 100
            if roll < 35:
                blocks.append(self.bullet_list())
            elif roll < 55:
                blocks.append(self.block_quote())
            elif roll < 70:
                blocks.append(self.code_block())
            elif roll < 90:
                sub = rng.choice(["A digression", "A note on tools", "Small things", "An example",
                                  "What I got wrong"])
                self.words += len(sub.split())
                blocks.append(f"### {sub}")
                blocks.append(self.paragraph())
            if rng.chance(6):
                blocks.append("* * *")
        blocks.append(self.wrap([self.sentence() for _ in range(rng.between(1, 3))] + [rng.choice(CLOSINGS)]))
        if self.references:
            blocks.append("\n".join(self.references))
        return "\n\n".join(blocks) + "\n"


def plain_page(seed, i):
    """Returns (slug, front matter text, body text, words) for page i (0-based)."""
    rng = SplitMix64(derive_seed(seed, PAGE_STREAM, i))
    topic = TOPIC_NAMES[rng.below(len(TOPIC_NAMES))]
    subject = rng.choice(TOPICS[topic]["title"])
    title = rng.choice(TITLE_PATTERNS).replace("{t}", subject).replace("{T}", subject[0].upper() + subject[1:])
    slug = f"{slugify(title)}-{i + 1}"
    w = PlainWriter(rng, topic, i)
    body = w.body(rng.between(740, 1080))
    return slug, f"---\ntitle: {yq(title)}\n---\n", body, w.words


SITE_YAML = f"""title: {yq(SITE_TITLE)}
base_url: {BASE_URL}
"""

HUGO_CONFIG = f"""baseURL = "{BASE_URL}"
languageCode = "en"
title = "{SITE_TITLE}"
enableRobotsTXT = true
disableHugoGeneratorInject = true
# No tags in this corpus; one feed for the home page with the latest 20 entries.
disableKinds = ["taxonomy", "term"]
rssLimit = 20

[outputs]
home = ["HTML", "RSS"]
section = ["HTML"]
page = ["HTML"]

# sitegen does not highlight code, so neither does Hugo: fenced blocks become <pre><code>.
[markup.highlight]
codeFences = false

[markup.goldmark.renderer]
unsafe = false
"""

HUGO_LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} | {{ site.Title }}{{ end }}</title>
<link rel="canonical" href="{{ .Permalink }}">
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
{{ with site.Home.OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
""",
    "_default/single.html": """{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
{{ .Content }}
</article>{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
<ul class="list">{{ range .Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
</ul>{{ end }}
""",
    "index.html": """{{ define "main" }}<h1>{{ site.Title }}</h1>
<ul class="list">{{ range first 10 site.RegularPages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
</ul>{{ end }}
""",
    "404.html": """{{ define "main" }}<h1>Page not found</h1>
<p><a href="{{ "/" | relURL }}">Home</a></p>{{ end }}
""",
}

HUGO_CSS = """body{font-family:Georgia,serif;max-width:68ch;margin:0 auto;padding:1rem;line-height:1.5}
code{font-size:.9em}pre{overflow-x:auto}
@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}a{color:#8cf}}
"""


def generate(pages, seed, out):
    sg = os.path.join(out, "sitegen", "content")
    hg = os.path.join(out, "hugo")
    cm = os.path.join(out, "cmark", "bodies")
    write(os.path.join(sg, "site.yaml"), SITE_YAML)
    write(os.path.join(hg, "hugo.toml"), HUGO_CONFIG)
    for rel, text in HUGO_LAYOUTS.items():
        write(os.path.join(hg, "layouts", rel), text)
    write(os.path.join(hg, "static", "style.css"), HUGO_CSS)
    stats = {"pages": pages, "seed": seed, "words": 0, "markdown_bytes": 0, "slugs": []}
    for i in range(pages):
        slug, fm, body, words = plain_page(seed, i)
        text = fm + "\n" + body
        write(os.path.join(sg, "pages", slug + ".md"), text)
        write(os.path.join(hg, "content", slug + ".md"), text)
        write(os.path.join(cm, slug + ".md"), body + "\n")
        stats["words"] += words
        stats["markdown_bytes"] += len(body.encode("utf-8"))
        stats["slugs"].append(slug)
    return stats


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, required=True, help="number of pages")
    parser.add_argument("--seed", type=int, default=20260101)
    parser.add_argument("--out", required=True, help="folder to write (must not exist or be empty)")
    args = parser.parse_args(argv)
    if args.pages < 1:
        parser.error("--pages must be positive")
    if os.path.exists(args.out) and os.listdir(args.out):
        parser.error(f"output folder '{args.out}' is not empty")
    stats = generate(args.pages, args.seed, args.out)
    stats.pop("slugs")
    print(json.dumps(stats, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1:])
