#!/usr/bin/env python3
"""Loads the HTML report in headless Chromium and checks what a reader gets.

For the golden fixture and for the hostile one (article text, paths, names
and messages that try <script>, </script>, "><img onerror=…>, U+2028 …):
  * the page's own script ran (<html data-ready="1">) and recorded no script
    error or Content-Security-Policy violation (<html data-errors>), and
    Chromium logged no console message at all (the page logs none);
  * nothing hostile executed: the title is not PWNED, no <img>, no element
    whose id starts with "pwned", no on* attribute, exactly two <script>s;
  * every finding, its sides and the timelines are in the DOM;
  * the filters work: "#severity=warning" leaves only the warnings shown;
  * at 1280 px and at 420 px (a phone) the page is no wider than the window.
Screenshots are written to the work directory for a person to look at.

    check_html_chromium.py --chromium /usr/bin/chromium --writer WRITE_REPORT --work-dir DIR
        [--factlint FACTLINT --hostile-articles DIR]

With --factlint, the same checks run on the report the real command line
writes for hostile article files (tests/fixtures/hostile: a file name and
article text that try to inject markup and script).
"""
import argparse
import html.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile

failures = []
passed = 0


def check(condition, what):
    global passed
    if condition:
        passed += 1
    else:
        failures.append(what)


class Dom(html.parser.HTMLParser):
    """The elements of a dumped DOM: (tag, attributes) in document order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.title = ""
        self._in_title = False
        self._seen_title = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        # The document's title is the first <title>; later ones are SVG tooltips.
        self._in_title = tag == "title" and not self._seen_title
        self._seen_title = self._seen_title or tag == "title"

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data

    def all(self, tag, css_class=None):
        return [attrs for t, attrs in self.elements
                if t == tag and (css_class is None or css_class in (attrs.get("class") or "").split())]


def chromium(binary, args, timeout=120):
    profile = tempfile.mkdtemp(prefix="factlint-chromium-")
    try:
        command = [binary, "--headless", "--no-sandbox", "--disable-gpu",
                   "--disable-background-networking", "--disable-component-update",
                   "--no-first-run", "--disable-sync", "--disable-extensions",
                   f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0"] + args
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              errors="replace")
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def load(binary, url, width=1280):
    result = chromium(binary, ["--dump-dom", f"--window-size={width},900", url])
    console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line]
    dom = Dom()
    dom.feed(result.stdout)
    return result.stdout, dom, console


def check_page(binary, path, name, findings, timelines):
    url = "file://" + path
    text, dom, console = load(binary, url)
    check(text.strip() != "", f"{name}: chromium dumped no DOM")
    root = dom.all("html")[0] if dom.all("html") else {}
    check(root.get("data-ready") == "1", f"{name}: the report's script did not finish")
    check("data-errors" not in root, f"{name}: script errors: {root.get('data-errors')}")
    check(not console, f"{name}: console messages: {console}")
    # Nothing hostile ran or became markup.
    check("PWNED" not in dom.title, f"{name}: a hostile script set the title")
    check(not dom.all("img"), f"{name}: an <img> element exists")
    check(len(dom.all("script")) == 2, f"{name}: {len(dom.all('script'))} <script> elements")
    for tag, attrs in dom.elements:
        check(not (attrs.get("id") or "").startswith("pwned"), f"{name}: <{tag} id={attrs.get('id')}>")
        handlers = [a for a in attrs if a.startswith("on")]
        check(not handlers, f"{name}: <{tag}> has event handler attributes {handlers}")
    # The content a reader needs.
    cards = dom.all("article", "finding")
    check(len(cards) == findings, f"{name}: {len(cards)} findings in the DOM, expected {findings}")
    check(all(c.get("hidden") is None for c in cards), f"{name}: a finding is hidden by default")
    check(len(dom.all("div", "primary")) == findings, f"{name}: primary sides")
    check(len(dom.all("svg", "timeline-svg")) == timelines,
          f"{name}: {len(dom.all('svg', 'timeline-svg'))} timelines, expected {timelines}")
    check(len(dom.all("rect", "bar")) >= 2, f"{name}: no timeline bars")
    check(len(dom.all("input")) >= 3, f"{name}: the filters were not built")
    return text


def check_filter(binary, path, name, shown, total):
    text, dom, console = load(binary, "file://" + path + "#severity=warning")
    cards = dom.all("article", "finding")
    visible = [c for c in cards if c.get("hidden") is None]
    check(len(visible) == shown and all(c.get("data-severity") == "warning" for c in visible),
          f"{name}: #severity=warning shows {len(visible)} findings, expected {shown}")
    check(f"Showing {shown} of {total} findings." in text, f"{name}: filter status line")
    check(not console, f"{name}: console messages with a filter: {console}")


def check_widths(binary, path, name):
    """A desktop window and a phone (420 px): the page is never wider than
    the window (tables and timelines scroll inside their own boxes)."""
    for width in (1280, 420):
        text, dom, console = load(binary, "file://" + path, width)
        root = dom.all("html")[0] if dom.all("html") else {}
        check(root.get("data-ready") == "1", f"{name} at {width} px: the script did not finish")
        check(root.get("data-overflow-x") == "0",
              f"{name} at {width} px: the page scrolls sideways (data-overflow-x="
              f"{root.get('data-overflow-x')})")


def screenshot(binary, path, png, width=1280):
    result = chromium(binary, [f"--screenshot={png}", f"--window-size={width},2000",
                               "--hide-scrollbars", "file://" + path])
    check(os.path.isfile(png) and os.path.getsize(png) > 10000,
          f"no screenshot at {png}: {result.stderr[-500:]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", required=True)
    parser.add_argument("--writer", required=True)
    parser.add_argument("--work-dir", required=True)
    parser.add_argument("--factlint")
    parser.add_argument("--hostile-articles")
    args = parser.parse_args()
    if not (os.path.isfile(args.chromium) and os.access(args.chromium, os.X_OK)):
        print(f"FAIL: no Chromium at {args.chromium}; scripts/setup.sh --tests installs it",
              file=sys.stderr)
        return 1
    os.makedirs(args.work_dir, exist_ok=True)
    cases = [("golden", 3, 2, 1), ("hostile", 2, 1, 1)]
    for fixture, findings, timelines, warnings in cases:
        path = os.path.abspath(os.path.join(args.work_dir, f"{fixture}.html"))
        subprocess.run([args.writer, fixture, "html", path], check=True)
        check_page(args.chromium, path, fixture, findings, timelines)
        check_filter(args.chromium, path, fixture, warnings, findings)
        check_widths(args.chromium, path, fixture)
        screenshot(args.chromium, path, os.path.join(args.work_dir, f"{fixture}.png"))
        screenshot(args.chromium, path, os.path.join(args.work_dir, f"{fixture}-420.png"), 420)
    if args.factlint and args.hostile_articles:
        path = os.path.abspath(os.path.join(args.work_dir, "cli-hostile.html"))
        run = subprocess.run([args.factlint, "check", args.hostile_articles, "--no-config",
                              "--format", "html", "-o", path], capture_output=True, text=True)
        check(run.returncode == 1, f"cli-hostile: factlint exit {run.returncode}: {run.stderr}")
        if os.path.isfile(path):
            check_page(args.chromium, path, "cli-hostile", 1, 1)
            check_filter(args.chromium, path, "cli-hostile", 0, 1)
            check_widths(args.chromium, path, "cli-hostile")
            screenshot(args.chromium, path, os.path.join(args.work_dir, "cli-hostile.png"))
    for failure in failures:
        print("FAIL:", failure, file=sys.stderr)
    print(f"screenshots: {os.path.abspath(args.work_dir)}/*.png")
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
