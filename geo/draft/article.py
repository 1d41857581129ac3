"""Reading an article: a plain-text file, or a saved web page whose article text is taken out of it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from geo.draft.rules import CAPTION_LINES, DROP_BLOCKS, END_OF_ARTICLE
from geo.errors import GeoError, Problem, RecordsError
from geo.records.encoding import decode


class ArticleError(RecordsError):
    """An article that cannot be read."""


@dataclass(frozen=True)
class Article:
    """The text of one article and what the file says about it."""

    file: str  # the file's name, which records cite as ``source``
    title: str
    text: str
    url: str = ""
    published: str = ""


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# The seed articles were saved with their date on the first line: « date 2025-12-22 Халықты…».
_DATE_LINE = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\s+")


def read_article(path: Path) -> Article:
    """Return the article in ``path``: a ``.txt`` file, or an ``.html`` page (its article text only).

    Raise ArticleError naming the file when it cannot be read.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(
            [Problem(str(path), 0, "", f"cannot read the article ({e.strerror})", "check the file's path")]
        ) from None
    try:
        text = decode(str(path), data)
    except GeoError:
        raise
    if path.suffix.lower() in (".html", ".htm") or text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        return _from_html(path.name, text)
    return _from_text(path.name, text)


def _clean_lines(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        line = re.sub(r"\s+", " ", line).strip()
        if not line or CAPTION_LINES.match(line):
            continue
        if END_OF_ARTICLE.match(line):
            break  # «Читайте также», the outlet's footer: the article is over
        out.append(line)
    return out


def _from_text(name: str, text: str) -> Article:
    published = ""
    found = _DATE_LINE.match(text)
    if found:
        published, text = found.group(1), text[found.end() :]
    lines = _clean_lines(text.splitlines())
    if not lines:
        return Article(name, "", "", published=published)
    return Article(name, lines[0], "\n".join(lines), published=published)


def _meta(tree: LexborHTMLParser, *selectors: str) -> str:
    for selector in selectors:
        node = tree.css_first(selector)
        if node is not None:
            value = node.attributes.get("content") or node.attributes.get("href") or node.attributes.get("datetime")
            if value:
                return value.strip()
    return ""


def _json_ld_date(tree: LexborHTMLParser) -> str:
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                return item["datePublished"]
    return ""


def _from_html(name: str, html: str) -> Article:
    tree = LexborHTMLParser(html)
    url = _meta(tree, 'link[rel="canonical"]', 'meta[property="og:url"]')
    stamp = _meta(
        tree,
        'meta[property="article:published_time"]',
        'meta[name="pubdate"]',
        'meta[name="publish-date"]',
        'meta[itemprop="datePublished"]',
        "time[datetime]",
    ) or _json_ld_date(tree)
    published = "-".join(_DATE.search(stamp).groups()) if _DATE.search(stamp) else ""
    title = _meta(tree, 'meta[property="og:title"]')
    heading = tree.css_first("h1")
    if heading is not None and heading.text(strip=True):
        title = heading.text(separator=" ", strip=True)
    if not title and tree.css_first("title") is not None:
        title = tree.css_first("title").text(strip=True)
    root = (
        tree.css_first('[itemprop="articleBody"]')
        or tree.css_first("article")
        or tree.css_first("main")
        or tree.body
        or tree.root
    )
    for node in root.css(DROP_BLOCKS):
        node.decompose()
    blocks = [n.text(separator=" ", strip=True) for n in root.css("p, h2, h3, li, blockquote")]
    if not any(blocks):
        blocks = root.text(separator="\n").splitlines()
    lines = _clean_lines([b for b in blocks if b])
    if title and (not lines or lines[0] != title):
        lines.insert(0, title)
    return Article(
        name, title, "\n".join(lines), url=url if url.startswith(("http://", "https://")) else "", published=published
    )
