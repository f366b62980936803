#!/usr/bin/python3
"""Finds words split across lines in a PDF's text.

Usage: split_words.py FILE.docx|FILE.html FILE.pdf  Prints `FILE:page N:
left|right` for every line of the PDF (LibreOffice's conversion of the .docx,
or chromium's print of the .html) that ends inside a word, and exits 1 if
there is any.

A line break is inside a word when the last character of a line and the
first of the next are both letters (Thai or Latin, with Thai vowels and tone
marks counted with their letter), the two joined with no space occur in the
document's own text (so the line did not end at a space), and ICU's word
break iterator (Thai dictionary) finds no boundary there in the document's
paragraph: "สำรว|จ", "ภา|ยใน", "Planne|d". Text is taken with `pdftotext -raw` (reading order, lines as
printed). A break after a hyphen or between a letter and a digit is a
boundary either way.
"""
import html.parser
import subprocess
import sys
import unicodedata
import zipfile
from xml.etree import ElementTree

import icu


def is_letter(ch):
    return unicodedata.category(ch)[0] in ("L", "M")


def thai(ch):
    return "\u0e00" <= ch <= "\u0e7f"


def boundaries(text):
    it = icu.BreakIterator.createWordInstance(icu.Locale("th_TH"))
    it.setText(text)
    # ICU returns UTF-16 offsets; convert them to Python (code point) offsets.
    utf16 = text.encode("utf-16-le")
    out = set()
    for b in it:
        out.add(len(utf16[: 2 * b].decode("utf-16-le")))
    return out


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def paragraphs(docx):
    """The text of every paragraph of the document (tabs and breaks as spaces)."""
    root = ElementTree.fromstring(zipfile.ZipFile(docx).read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        text = ""
        for el in p.iter():
            if el.tag == W + "t":
                text += el.text or ""
            elif el.tag in (W + "tab", W + "br"):
                text += " "
        if text:
            # Without the zero-width spaces scmplan puts after "(" before
            # Thai (docs/docx.md): the text as printed, so that "(ภา|ยใน" is found.
            out.append(text.replace("\u200b", ""))
    return out


class HtmlText(html.parser.HTMLParser):
    """The text of every block (paragraph, cell, item, heading) of a page;
    <br> as a space; scripts and styles left out."""
    BLOCKS = {"p", "td", "th", "li", "h1", "h2", "h3", "h4", "dt", "dd", "figcaption", "footer", "div", "text",
              "tspan", "title", "caption"}

    def __init__(self):
        super().__init__()
        self.out, self.text, self.skip = [], "", 0

    def flush(self):
        if self.text.strip():
            self.out.append(self.text)
        self.text = ""

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "br":
            self.text += " "
        elif tag in self.BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.text += data


def html_paragraphs(path):
    parser = HtmlText()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    parser.flush()
    return parser.out


def pages(pdf):
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], check=True,
                          capture_output=True, text=True).stdout
    return text.split("\f")


def split_lines(page, source):
    found = []
    lines = [l.rstrip() for l in page.split("\n")]
    for a, b in zip(lines, lines[1:]):
        b = b.lstrip()
        if not a or not b or not is_letter(a[-1]) or not is_letter(b[0]):
            continue
        # Letters one a line are text set vertically (a picture's rotated
        # axis title), not a line broken inside a word.
        if len(a.strip()) == 1 and len(b) == 1:
            continue
        # The last word of the line and the first of the next, joined.
        left = a.split()[-1]
        right = b.split()[0]
        joined = left + right
        for para in source:
            at = para.find(joined)
            # A change of script (Thai to Latin) is a boundary for a line
            # breaker, though not always for ICU's word iterator.
            if at >= 0 and thai(left[-1]) == thai(right[0]) and at + len(left) not in boundaries(para):
                found.append(f"{left}|{right}")
                break
    return found


def main():
    docx, pdf = sys.argv[1:3]
    source = html_paragraphs(docx) if docx.endswith(".html") else paragraphs(docx)
    bad = 0
    if True:
        for n, page in enumerate(pages(pdf), 1):
            for s in split_lines(page, source):
                print(f"{pdf}:page {n}: {s}")
                bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
