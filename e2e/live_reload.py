"""Live reload in a real browser: `sitegen serve` on a copy of the example site, headless
Chromium on one of its pages, and edits made on disk while the page is open.

1. A body edit shows up in the open page by itself within a second.
2. A stylesheet edit is applied without reloading the page.
3. A broken edit shows an overlay with the error's file, line and column while the last good
   page stays; fixing the file clears the overlay.
4. Ctrl-C stops the server with status 0.

Usage: python3 e2e/live_reload.py path/to/sitegen
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGE = "analyses/single-cloud-alliances/"
SOURCE = "content/analyses/single-cloud-alliances.md"
SHOTS = os.path.join(REPO, ".build", "e2e-shots")

failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures.append(what)


def start_server(binary, root):
    process = subprocess.Popen(
        [binary, "serve", "--root", root, "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
    lines = []

    def read():
        for line in process.stdout:
            lines.append(line.rstrip("\n"))
            print("  serve| " + line.rstrip("\n"), flush=True)

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for line in lines:
            match = re.match(r"Serving .* at (http://127\.0\.0\.1:\d+/) \(Ctrl-C to stop\)$", line)
            if match:
                return process, match.group(1), lines
        if process.poll() is not None:
            break
        time.sleep(0.02)
    raise SystemExit("e2e: sitegen serve did not start: %s" % lines)


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM_BIN") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900",
                     "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                     "--disable-background-networking", "--disable-component-update"):
        options.add_argument(argument)
    service = Service(os.environ.get("CHROMEDRIVER_BIN") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)


def wait_until(predicate, limit):
    """Seconds until predicate() held, or None when it did not within limit seconds."""
    start = time.monotonic()
    while time.monotonic() - start < limit:
        try:
            if predicate():
                return time.monotonic() - start
        except Exception:
            pass
        time.sleep(0.01)
    return None


def write(root, path, text):
    with open(os.path.join(root, path), "w", encoding="utf-8") as handle:
        handle.write(text)


def main():
    binary = os.path.abspath(sys.argv[1])
    os.makedirs(SHOTS, exist_ok=True)
    root = tempfile.mkdtemp(prefix="sitegen-e2e-")
    for name in ("content", "templates"):
        shutil.copytree(os.path.join(REPO, name), os.path.join(root, name))
    process, url, lines = start_server(binary, root)
    driver = browser()
    try:
        driver.get(url + PAGE)
        check("single-cloud" in driver.current_url, "the page opens at " + url + PAGE)
        time.sleep(0.5)  # let the page's socket open before the first edit
        driver.execute_script("window.__sitegenE2E = 'same page';")

        # 1. A body edit appears by itself.
        original = open(os.path.join(root, SOURCE), encoding="utf-8").read()
        marker = "A sentence the browser test wrote at %d." % int(time.time())
        write(root, SOURCE, original + "\n" + marker + "\n")
        took = wait_until(lambda: marker in driver.find_element("tag name", "main").text, 1.0)
        check(took is not None, "the new text shows within a second (took %s s)"
              % ("%.3f" % took if took is not None else "more than 1"))

        # 2. A stylesheet edit swaps the stylesheet, without a reload.
        driver.execute_script("window.__sitegenE2E = 'same page';")
        css_path = "templates/assets/site.css"
        css = open(os.path.join(root, css_path), encoding="utf-8").read()
        write(root, css_path, css + "\nbody { outline: 7px solid rgb(1, 2, 3); }\n")
        took = wait_until(lambda: driver.execute_script(
            "return getComputedStyle(document.body).outlineColor") == "rgb(1, 2, 3)", 2.0)
        check(took is not None, "the stylesheet change applies (took %s s)"
              % ("%.3f" % took if took is not None else "more than 2"))
        check(driver.execute_script("return window.__sitegenE2E") == "same page",
              "the stylesheet change did not reload the page")

        # 3. A broken edit shows the overlay; the last good page stays; a fix clears it.
        broken = original.replace("\ndate: ", "\ndate: [<b>bold</b>", 1) + "\n" + marker + "\n"
        write(root, SOURCE, broken)
        took = wait_until(lambda: driver.find_element(
            "css selector", "[data-sitegen-overlay]").is_displayed(), 2.0)
        check(took is not None, "a broken edit shows the error overlay")
        if took is not None:
            overlay = driver.find_element("css selector", "[data-sitegen-overlay]").text
            check(re.search(r"content/analyses/single-cloud-alliances\.md:\d+:\d+: error:", overlay)
                  is not None, "the overlay names the file, line and column: %r" % overlay[:160])
            check(driver.execute_script(
                "return document.querySelector('[data-sitegen-overlay] b') === null"),
                "the overlay shows the error's text as text, not as HTML")
            driver.save_screenshot(os.path.join(SHOTS, "overlay.png"))
        check(marker in driver.find_element("tag name", "main").text,
              "the last good page stays under the overlay")
        check(any(re.search(r"single-cloud-alliances\.md:\d+:\d+: error", line) for line in lines),
              "the terminal prints the error in the compiler format")

        fixed = original + "\n" + marker + " Fixed.\n"
        write(root, SOURCE, fixed)
        took = wait_until(lambda: marker + " Fixed." in driver.find_element("tag name", "main").text
                          and not driver.find_elements("css selector", "[data-sitegen-overlay]"), 2.0)
        check(took is not None, "fixing the file clears the overlay and shows the fix")
        driver.save_screenshot(os.path.join(SHOTS, "fixed.png"))
    finally:
        driver.quit()
        process.send_signal(signal.SIGINT)
        try:
            status = process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            status = None
        check(status == 0, "Ctrl-C stops the server with status 0 (got %s)" % status)
        shutil.rmtree(root, ignore_errors=True)
    if failures:
        print("e2e: %d check(s) failed" % len(failures))
        sys.exit(1)
    print("e2e: live reload passed")


if __name__ == "__main__":
    main()
