"""Checks one HTML document of scmplan with Python's html.parser and
xml.etree: every element is closed in order (void elements aside), nothing
refers outside the file (no src, no link, no url(), no http), the style sheet
asks for A4 pages, repeats table headers and keeps rows whole, every table has
a header row (the title block's table of facts has row headers), each inline <svg> is well-formed XML, and the given texts appear
in the visible text (escaped texts come back unescaped).

Usage: python3 check_html.py FILE.html [TEXT…]
"""
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

VOID = {"meta", "br", "hr", "img", "input", "link", "col", "area", "base", "wbr", "source", "track", "embed", "param"}
path, wanted = sys.argv[1], sys.argv[2:]
doc = open(path, encoding="utf-8").read()
errors = []


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.text = []
        self.tables = 0
        self.theads = 0
        self.style = ""
        self.in_style = False
        self.svg_depth = 0

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "xmlns" or name.startswith("xmlns:"):
                continue  # a namespace name, not something to load
            if name in ("src", "href", "srcset", "xlink:href") or (value or "").lower().startswith(("http:", "https:", "//")):
                errors.append(f"line {self.getpos()[0]}: <{tag} {name}={value!r}> refers outside the file")
        if tag in ("script", "link", "iframe", "object", "img"):
            errors.append(f"line {self.getpos()[0]}: <{tag}> not expected in a self-contained report")
        if tag == "table" and ("class", "facts") not in attrs:
            self.tables += 1  # a data table (the title block's facts have row headers)
        if tag == "thead":
            self.theads += 1
        if tag == "style":
            self.in_style = True
        if tag not in VOID:
            self.stack.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID and not self.stack_has("svg"):
            errors.append(f"line {self.getpos()[0]}: <{tag}/> self-closed outside SVG")

    def stack_has(self, tag):
        return any(t == tag for t, _ in self.stack)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            errors.append(f"line {self.getpos()[0]}: </{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
            return
        self.stack.pop()
        if tag == "style":
            self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            self.style += data
        else:
            self.text.append(data)


p = Checker()
p.feed(doc)
p.close()
if p.stack:
    errors.append(f"unclosed elements: {p.stack}")
if not doc.startswith("<!DOCTYPE html>"):
    errors.append("no <!DOCTYPE html>")
if not re.search(r'<meta charset="utf-8">', doc):
    errors.append("no <meta charset=\"utf-8\">")
for rule in (r"@page\s*\{\s*size:\s*A4", r"thead\s*\{\s*display:\s*table-header-group", r"break-inside:\s*avoid"):
    if not re.search(rule, p.style):
        errors.append(f"the style sheet lacks {rule}")
if "url(" in p.style or "@import" in p.style:
    errors.append("the style sheet loads something")
if p.tables != p.theads:
    errors.append(f"{p.tables} tables but {p.theads} header rows")
svgs = re.findall(r"<svg\b.*?</svg>", doc, flags=re.S)
for i, svg in enumerate(svgs):
    try:
        ET.fromstring(svg)
    except ET.ParseError as e:
        errors.append(f"inline SVG {i + 1} is not well-formed: {e}")
text = "".join(p.text)
for w in wanted:
    if w.startswith("svg="):
        if len(svgs) != int(w[4:]):
            errors.append(f"{len(svgs)} inline SVG pictures, expected {w[4:]}")
    elif w not in text:
        errors.append(f"the text {w!r} is not in the document")
if errors:
    print("\n".join(errors), file=sys.stderr)
    sys.exit(1)
