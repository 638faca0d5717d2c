"""Site search in a real browser: the example site built by sitegen under a sub-path
(https://example.org/reports/), served over HTTP at /reports/, and searched in headless
Chromium the way a reader does.

1. A word that only one analysis uses, typed into the header's box and submitted, finds that
   analysis and nothing else, with the word marked in its passage.
2. A word of an analysis's title ranks it first; a prefix finds while typing.
3. Tab goes from the search box to the button and then to the first result; the status line
   is a live region that says how many results there are.
4. With JavaScript off, the search page says that search needs it, and links to the indexes.

Usage: python3 e2e/search.py path/to/sitegen
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reader_layout import REPO, browser, check, failures, serve  # noqa: E402


def words(text):
    """The index's terms of `text`, as sitegen and search.js make them."""
    folded = "".join(c for c in unicodedata.normalize("NFD", text)
                     if not unicodedata.category(c).startswith("M")).lower()
    return [w for w in re.split(r"[^\w]|_", folded) if w]


def wait_for(driver, condition, timeout=10):
    end = time.time() + timeout
    while time.time() < end:
        value = driver.execute_script(condition)
        if value:
            return value
        time.sleep(0.1)
    return None


def main():
    binary = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="sitegen-e2e-search-")
    try:
        for name in ("content", "templates"):
            shutil.copytree(os.path.join(REPO, name), os.path.join(work, name))
        served = os.path.join(work, "served")
        output = os.path.join(served, "reports")
        os.makedirs(served)
        subprocess.run([binary, "build", "--root", work, "--output", output,
                        "--base-url", "https://example.org/reports/"], check=True)
        meta = json.load(open(os.path.join(output, "search", "meta.json")))
        documents = [json.load(open(os.path.join(output, "search", "doc", "%d.json" % n)))
                     for n in range(meta["documents"])]
        # A word of one analysis's text that no other page has, and is no word of its title.
        used = {}
        for number, document in enumerate(documents):
            for word in set(words(document["title"] + " " + document["summary"] + " "
                                  + document["text"])):
                used.setdefault(word, set()).add(number)
        analysis = next(n for n, d in enumerate(documents) if d["kind"] == "Analysis")
        unique = sorted(w for w, pages in used.items()
                        if pages == {analysis} and len(w) > 6 and w.isalpha()
                        and w not in words(documents[analysis]["title"]))
        check(bool(unique), "a word only the analysis '%s' uses: %s"
              % (documents[analysis]["title"], unique[:3]))
        word = unique[0]

        server, base = serve(served)
        root = base + "reports/"
        driver = browser(arguments=("--window-size=1280,1000",))
        try:
            driver.get(root)
            box = driver.find_element(By.ID, "Site-search")
            box.send_keys(word)
            box.send_keys(Keys.ENTER)
            status = wait_for(driver, """
                const s = document.getElementById('Search-status');
                return s && /result/.test(s.textContent) ? s.textContent : null;""")
            check(driver.current_url.startswith(root + "search/?q="),
                  "the header's box submits to the search page under the sub-path: %s"
                  % driver.current_url)
            check(status == "1 result for \u201c%s\u201d." % word, "status: %r" % status)
            results = driver.find_elements(By.CSS_SELECTOR, "#Search-results li")
            check(len(results) == 1, "exactly one result for %r" % word)
            if results:
                link = results[0].find_element(By.CSS_SELECTOR, "a.result-title")
                href = link.get_attribute("href")
                check(link.text == documents[analysis]["title"],
                      "the result is the analysis: %r" % link.text)
                check(href == root + documents[analysis]["url"], "it links to %s" % href)
                with urllib.request.urlopen(href) as response:
                    response.read()
                    check(response.status == 200, "the link resolves")
                kind = results[0].find_element(By.CSS_SELECTOR, ".result-kind").text
                check(kind.lower() == "analysis", "the result says it is an analysis (%s)" % kind)
                marks = [m.text.lower() for m in results[0].find_elements(By.TAG_NAME, "mark")]
                check(word in [words(m)[0] for m in marks if words(m)],
                      "the passage marks the word: %s" % marks)
            check(driver.execute_script(
                "return document.getElementById('Search-status').getAttribute('role')")
                == "status", "the status line is a live region")

            # A word of a title ranks that page first; a prefix finds while typing.
            query = driver.find_element(By.ID, "Search-query")
            title_word = max(words(documents[analysis]["title"]), key=len)
            query.clear()
            query.send_keys(title_word)
            first = wait_for(driver, """
                const a = document.querySelector('#Search-results a.result-title');
                return a ? a.textContent : null;""")
            titled = [d["title"] for d in documents if title_word in words(d["title"])]
            check(first in titled, "a title match ranks first for %r: %r" % (title_word, first))
            query.clear()
            query.send_keys("anthro")
            found = wait_for(driver, """
                const s = document.getElementById('Search-status').textContent;
                return /anthro/.test(s) && /[0-9]+ results/.test(s) ? s : null;""")
            check(found is not None, "a prefix finds while typing: %r" % found)

            # Keyboard: from the box, Tab reaches the button, then the first result.
            query.click()
            query.send_keys(Keys.TAB)
            on_button = driver.switch_to.active_element.get_attribute("type") == "submit"
            driver.switch_to.active_element.send_keys(Keys.TAB)
            active = driver.switch_to.active_element
            check(on_button and "result-title" in (active.get_attribute("class") or ""),
                  "Tab goes from the box to the button to the first result")
            errors = [entry for entry in driver.get_log("browser")
                      if entry["level"] == "SEVERE" and "favicon" not in entry["message"]]
            check(not errors, "no errors in the console: %s" % errors)
        finally:
            driver.quit()

        plain = browser(javascript=False, arguments=("--window-size=1280,1000",))
        try:
            plain.get(root + "search/?q=" + word)
            text = plain.find_element(By.ID, "Search-status").text
            check("JavaScript" in text, "without JavaScript the page says so: %r" % text)
            links = [a.get_attribute("href")
                     for a in plain.find_elements(By.CSS_SELECTOR, "#Search-status a")]
            check(root + "analyses/" in links and root + "deals/" in links,
                  "and links to the indexes: %s" % links)
            plain.get(root)
            check(plain.find_element(By.CSS_SELECTOR, "h1, h2").text != "",
                  "other pages read as before without JavaScript")
        finally:
            plain.quit()
            server.shutdown()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("e2e: search FAILED: %d check(s)" % len(failures))
        sys.exit(1)
    print("e2e: search passed")


if __name__ == "__main__":
    main()
