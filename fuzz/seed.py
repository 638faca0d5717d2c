#!/usr/bin/env python3
"""Seeds each fuzz target's corpus from content/, templates/ and the test fixtures.

Usage: fuzz/seed.py CORPUS_ROOT   (writes CORPUS_ROOT/<Target>/<name>, one file per seed)
"""
import hashlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGETS = ["FuzzPage", "FuzzChart", "FuzzTemplate", "FuzzYAML", "FuzzJSON", "FuzzCSV"]
KIND = {".md": "FuzzPage", ".mustache": "FuzzTemplate", ".yaml": "FuzzYAML",
        ".yml": "FuzzYAML", ".json": "FuzzJSON", ".csv": "FuzzCSV"}
CHART = re.compile(r"^```chart\n(.*?)^```", re.S | re.M)
MARKER = re.compile(r"^\s*-- (\S+) --$")
# Hand-written seeds for shapes the repository has few files of.
LITERAL = {
    "FuzzJSON": [
        '[{"name": "Amazon", "amount": "8B", "year": 2024, "date": "2024-03-01"}]',
        '{"rows": [1, 2.5, -3e2, true, false, null, "\\u00e9\\n"], "nested": {"a": [{}]}}',
        '{"a": 1, "a": 2}',
    ],
    "FuzzCSV": [
        'name,amount,year\r\n"Amazon, Inc.",8B,2024\r\n"say ""hi""",=1+2,2025\r\n',
        "a;b\n1;2\n",
        '\ufeffcompany,year,capex\namazon,2024,83B\n',
    ],
}


def fixture_files(swift: str):
    """The files of the `-- path --` site fixtures in a test source, dedented."""
    path, lines = None, []
    for line in swift.splitlines() + ['"""']:
        marker = MARKER.match(line)
        if marker or line.strip().endswith('"""'):
            if path:
                yield path, "\n".join(lines).replace("\\n", "\n") + "\n"
            path, lines = (marker.group(1), []) if marker else (None, [])
        elif path:
            lines.append(line[4:] if line.startswith("    ") else line.lstrip())


def main() -> None:
    corpus = pathlib.Path(sys.argv[1])
    seeds = {target: [] for target in TARGETS}
    for folder in ["content", "templates"]:
        for file in sorted((ROOT / folder).rglob("*")):
            if file.suffix in KIND:
                seeds[KIND[file.suffix]].append(file.read_bytes())
    for test in sorted((ROOT / "Tests").rglob("*.swift")):
        for path, text in fixture_files(test.read_text()):
            suffix = pathlib.PurePath(path).suffix
            if suffix in KIND:
                seeds[KIND[suffix]].append(text.encode())
    for target, texts in LITERAL.items():
        seeds[target] += [text.encode() for text in texts]
    try:
        import json
        import yaml
        for file in sorted((ROOT / "content/data").glob("*.yaml")):
            data = yaml.safe_load(file.read_text())
            seeds["FuzzJSON"].append(json.dumps(data, default=str, indent=1).encode())
    except ImportError:
        pass  # PyYAML is optional: the literal JSON seeds remain.
    for page in seeds["FuzzPage"]:
        for block in CHART.findall(page.decode("utf-8", "replace")):
            seeds["FuzzChart"].append(block.encode())
    for target, found in seeds.items():
        folder = corpus / target
        folder.mkdir(parents=True, exist_ok=True)
        for seed in found:
            (folder / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
        print(f"{target}: {len(set(found))} seeds")


main()
