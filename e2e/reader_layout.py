"""The reader's layout in a real browser: the example site built by sitegen, served over
HTTP, every page opened in headless Chromium at a phone's width and a desktop's.

1. No page is wider than the window at 390 px or at 1280 px (wide tables scroll in their own
   box instead of widening the page).
2. Every table box is a named region in the tab order whose caption wraps inside it; on the
   deals index, Tab reaches the box and the arrow key scrolls it sideways.

Usage: python3 e2e/reader_layout.py path/to/sitegen
"""

import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.keys import Keys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures.append(what)


def browser(javascript=True, arguments=()):
    """Headless Chromium through selenium; `javascript=False` turns scripts off."""
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM_BIN") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                     "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                     "--disable-background-networking", "--disable-component-update",
                     *arguments):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    service = Service(os.environ.get("CHROMEDRIVER_BIN") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    handler = functools.partial(QuietHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, "http://127.0.0.1:%d/" % server.server_address[1]


def pages(folder):
    found = []
    for directory, _, files in os.walk(folder):
        for name in files:
            if name.endswith(".html"):
                path = os.path.relpath(os.path.join(directory, name), folder)
                found.append(path[: -len("index.html")] if name == "index.html" else path)
    return sorted(found)


def main():
    binary = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="sitegen-e2e-reader-")
    try:
        for name in ("content", "templates"):
            shutil.copytree(os.path.join(REPO, name), os.path.join(work, name))
        output = os.path.join(work, "output")
        subprocess.run([binary, "build", "--root", work, "--output", output], check=True)
        server, base = serve(output)
        driver = browser()
        try:
            paths = pages(output)
            check(len(paths) > 40, "%d pages to look at" % len(paths))
            for width in (390, 1280):
                driver.set_window_size(width, 900)
                wide, cut, unkeyed, numbered = [], [], [], 0
                for path in paths:
                    driver.get(base + path)
                    inner = driver.execute_script("return window.innerWidth")
                    scroll = driver.execute_script(
                        "return document.documentElement.scrollWidth")
                    if scroll > inner:
                        wide.append("%s (%d px)" % (path or "/", scroll))
                    cut += [(path or "/") + ": " + text for text in driver.execute_script("""
                        return [...document.querySelectorAll('svg text, svg tspan')]
                          .filter(t => t.getClientRects().length > 0)
                          .map(t => t.textContent).filter(t => t.includes('\u2026'));""")]
                    keyed = driver.execute_script("""
                        return [...document.querySelectorAll('svg.sg-chart')]
                          .filter(svg => svg.getClientRects().length > 0)
                          .filter(svg => [...svg.querySelectorAll('.sg-labels-event text, .sg-labels-point text')]
                                           .some(t => /^[0-9]+$/.test(t.textContent)))
                          .map(svg => svg.id);""")
                    numbered += len(keyed)
                    unkeyed += [(path or "/") + " " + chart for chart in driver.execute_script("""
                        return [...document.querySelectorAll('svg.sg-chart')]
                          .filter(svg => arguments[0].includes(svg.id))
                          .filter(svg => {
                            const key = svg.nextElementSibling;
                            return !key || !key.matches('ol.sg-key') || key.getClientRects().length === 0;
                          }).map(svg => svg.id);""", keyed)]
                check(not wide, "no page is wider than %d px: %s" % (width, ", ".join(wide)))
                check(not cut, "no chart text ends in an ellipsis at %d px: %s" % (width, cut))
                if width == 390:
                    check(numbered > 0, "%d phone charts number some labels" % numbered)
                check(not unkeyed,
                      "every chart with numbered labels shows its key at %d px: %s" % (width, unkeyed))

            driver.set_window_size(390, 900)
            unnamed = []
            for path in paths:
                driver.get(base + path)
                unnamed += [path + " " + name for name in driver.execute_script("""
                    return [...document.querySelectorAll('.table-wrap')]
                      .filter(box => box.getAttribute('role') !== 'region' || box.tabIndex !== 0
                                     || !box.getAttribute('aria-label'))
                      .map(box => box.outerHTML.slice(0, 80));""")]
            check(not unnamed, "every table box is a named region in the tab order %s" % unnamed)

            outside = []
            for path in paths:
                driver.get(base + path)
                outside += [path + " " + text for text in driver.execute_script("""
                    return [...document.querySelectorAll('.table-wrap')].filter(box => {
                      const caption = box.querySelector('caption');
                      if (!caption) return false;
                      const b = box.getBoundingClientRect(), c = caption.getBoundingClientRect();
                      return c.left < b.left - 1 || c.right > b.right + 1;
                    }).map(box => box.querySelector('caption').textContent);""")]
            check(not outside, "every table caption wraps inside its box at 390 px %s" % outside)

            driver.get(base + "deals/")
            box = driver.find_element("css selector", ".table-wrap")
            check(driver.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth",
                                        box), "the deals table is wider than its box at 390 px")
            reached = False
            for _ in range(80):
                driver.switch_to.active_element.send_keys(Keys.TAB)
                if driver.switch_to.active_element.get_attribute("class") == "table-wrap":
                    reached = True
                    break
            check(reached, "Tab reaches the deals table's box")
            if reached:
                for _ in range(3):
                    driver.switch_to.active_element.send_keys(Keys.ARROW_RIGHT)
                time.sleep(0.5)  # arrow keys scroll smoothly
                scrolled = driver.execute_script("return arguments[0].scrollLeft", box)
                check(scrolled > 0, "the arrow key scrolls the box sideways (%d px)" % scrolled)
            fits = driver.execute_script("""
                const box = document.querySelector('.table-wrap').getBoundingClientRect();
                const caption = document.querySelector('.table-wrap caption').getBoundingClientRect();
                return caption.left >= box.left - 1 && caption.right <= box.right + 1;""")
            check(fits, "the caption stays inside the visible box")
        finally:
            driver.quit()
            server.shutdown()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("e2e: reader layout FAILED: %d check(s)" % len(failures))
        sys.exit(1)
    print("e2e: reader layout passed")


if __name__ == "__main__":
    main()
