"""Plain text from the markup the sources put in their fields, keeping what the markup meant.

The sources do not give plain text: Europe PMC's `abstractText` and titles
are HTML fragments (`<h4>` section headers glued to the text, `<i>`, `<sup>`);
PubMed's AbstractText and ArticleTitle carry inline XML (`<sup>`, `<i>`);
medRxiv/bioRxiv abstracts carry the leftovers of their JATS conversion
(`O_ST_ABS…C_ST_ABS` subheadings, `O_LI…C_LI` list items, `O_SCPLOW…C_SCPLOW`
small caps, `O_FIG…C_FIG` figure blocks) and section headers run into the
text ("BackgroundThe"). Stored text is what the claim extractor reads and
what evidence offsets point into, so it is made plain here, once, in a form
that keeps the meaning:

- a superscript stays an exponent: `0.8×10<sup>9</sup>` → "0.8×10^9", not "109";
- a section header becomes "Background: ..." at the start of its paragraph;
- list items go on their own lines; figures and tables go.

Texts without markup come back unchanged (beyond whitespace folding).
"""
from __future__ import annotations

import html
import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html

_HEADING_END = "\u0001"  # marks the end of a header until the text after it is known
_PARAGRAPH = {"p", "div", "section", "abstract", "abstracttext", "table", "tr", "ul", "ol", "blockquote", "title"}
_LINE = {"br", "li"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_SKIP = {"script", "style", "math", "mml:math"}  # MathML is given again as text by the sources that use it
_ORDINAL = re.compile(r"(?:st|nd|rd|th)", re.I)
_SYMBOL = re.compile(r"[®™©*†‡§¶#]+")
_HTML_EXPONENT = re.compile(r"(?<=\d)<sup>\s*([-−–+]?\d[\d.,]*)\s*</sup>", re.I)
_TAGGY = re.compile(r"<\s*/?\s*[A-Za-z][^<>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.I)

# medRxiv / bioRxiv (HighWire) conversion leftovers, in the order they are undone
_FIGURE = re.compile(r"O_(FIG|TBL|TEXTBOX)\b.*?(?:C_\1\b|\n\s*\n|$)", re.S)
_MARKERS = [
    ("O_ST_ABS", "\n\n"), ("C_ST_ABS", _HEADING_END),   # a subheading inside a section
    ("C_LIO_LI", "\n"), ("O_LI", "\n"), ("C_LI", "\n"),  # list items, one per line
    ("O_SCPLOW", ""), ("C_SCPLOW", ""),                   # small caps: the letters stay
    ("O_QD", ""), ("C_QD", ""), ("M_FIG", ""),
]
_ENTITIES = {"{approx}": "≈", "{+/-}": "±", "{+/–}": "±", "{micro}": "µ", "{degrees}": "°", "{middle dot}": "·",
             "{alpha}": "α", "{beta}": "β", "{gamma}": "γ", "{kappa}": "κ", "{Delta}": "Δ", "{delta}": "δ",
             "[->]": "→", "[&ge;]": "≥", "[&le;]": "≤", "[≥]": "≥", "[≤]": "≤"}

#: NLM's labels for sections it could not name: never a heading
PLACEHOLDER_HEADINGS = frozenset({"UNLABELLED", "UNLABELED", "UNASSIGNED"})
#: Section headers of structured abstracts (ICMJE, Lancet "Research in context", Diabetologia, JAMA "Key points")
SECTION_HEADERS = (
    "Research in context", "Evidence before this study", "Added value of this study",
    "Implications of all the available evidence", "Methods and findings", "Materials and methods",
    "Design, setting, and participants", "Design, setting and participants", "Main outcomes and measures",
    "Main outcome measures", "Clinical trial registration", "Trial registration", "Case presentation",
    "Graphical abstract", "Aims/hypothesis", "Conclusions/interpretation", "Key points", "Background and aims",
    "Background", "Introduction", "Objectives", "Objective", "Aims", "Aim", "Purpose", "Rationale", "Importance",
    "Context", "Methods", "Method", "Design", "Setting", "Participants", "Interventions", "Exposures",
    "Measurements", "Findings", "Results", "Conclusions", "Conclusion", "Interpretation", "Discussion",
    "Significance", "Limitations", "Funding", "Highlights", "Question", "Meaning", "Summary",
)
_HEADER_ALTERNATIVES = "|".join(re.escape(h) for h in sorted(
    {form for h in SECTION_HEADERS for form in (h, h.title())}, key=len,
    reverse=True))
# a header run into the next word ("BackgroundThe", "ResultsTen"), at a paragraph's or sentence's start
_GLUED = re.compile(rf"(^|(?<=[.!?)\]])[ \t]*)({_HEADER_ALTERNATIVES})(?=[A-Z0-9(\[])", re.M)
_FIGURE_HEADER = re.compile(r"^Graphical abstract:?$\n*", re.M | re.I)
# a header on a line of its own, right after a paragraph: it starts a new one
_HEADER_LINE = re.compile(rf"(?<=\S)\n((?:{_HEADER_ALTERNATIVES})\n)")
# a header alone on its line: the text follows on the next one
_LONE = re.compile(rf"^({_HEADER_ALTERNATIVES})[ \t]*:?[ \t]*\n(?=\S)", re.M)


def element_text(el: Any) -> str:
    """Text of an lxml element (PubMed XML or parsed HTML): exponents, headers and paragraphs kept."""
    parts: list[str] = []
    _walk(el, parts, top=True)
    return _finish("".join(parts))


def html_text(fragment: str | None) -> str:
    """Plain text from an HTML fragment (Europe PMC abstractText and titles); plain text passes through."""
    if not fragment:
        return ""
    if not _TAGGY.search(fragment):
        return _finish(fragment)
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _finish(html.unescape(re.sub(r"<[^<>]*>", " ", fragment)))
    return element_text(root)


def abstract_text(text: str | None) -> str:
    """A scholarly abstract (Europe PMC HTML, medRxiv/bioRxiv JATS leftovers) as plain text, headers split off."""
    if not text:
        return ""
    text = _FIGURE.sub("\n\n", text)
    for marker, replacement in _MARKERS:
        text = text.replace(marker, replacement)
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    return html_text(text) if _TAGGY.search(text) else _finish(text)


def mark_exponents(page: str) -> str:
    """An HTML page with `10<sup>9</sup>` written "10^9", for extractors that flatten tags (trafilatura)."""
    return _HTML_EXPONENT.sub(r"^\1", page)


def _walk(el: Any, parts: list[str], top: bool = False) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    name = etree.QName(tag).localname.lower() if tag else ""
    if name in _SKIP or not tag:
        if not top:
            parts.append(el.tail or "")
        return
    if name in _HEADINGS:
        heading = " ".join("".join(el.itertext()).split()).rstrip(":")
        # NLM's placeholder for an unnamed section (Europe PMC shows it as <h4>Unlabelled</h4>) is no heading
        parts.append("\n\n" + ("" if heading.upper() in PLACEHOLDER_HEADINGS else heading + _HEADING_END))
    elif name in ("sup", "superscript"):
        parts.append(_superscript(" ".join("".join(el.itertext()).split()), parts))
    else:
        if name in _PARAGRAPH and not top:
            parts.append("\n\n")
        elif name in _LINE:
            parts.append("\n")
        parts.append(el.text or "")
        for child in el:
            _walk(child, parts)
        if name in _PARAGRAPH and not top:
            parts.append("\n\n")
    if not top:
        parts.append(el.tail or "")


def _superscript(value: str, before: list[str]) -> str:
    """`10<sup>9</sup>` → "^9" (an exponent); ordinals ("1<sup>st</sup>") and marks ("®") stay as written."""
    if not value:
        return ""
    previous = next((p[-1] for p in reversed(before) if p), "")
    if _ORDINAL.fullmatch(value) or _SYMBOL.fullmatch(value) or not previous or previous.isspace():
        return value
    return "^" + value


def _finish(text: str) -> str:
    """Headers as "Header: text", run-together headers split, spaces folded, one blank line between paragraphs."""
    text = html.unescape(text) if "&" in text else text
    text = _GLUED.sub(lambda m: ("\n\n" if m.start() else "") + m.group(2) + _HEADING_END, text)
    text = _LONE.sub(lambda m: m.group(1) + _HEADING_END, text)
    text = re.sub(_HEADING_END + r"\s*", ": ", text)
    text = _HEADER_LINE.sub(r"\n\n\1", text)
    text = re.sub(r":\s*:\s", ": ", text)
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    text = _FIGURE_HEADER.sub("", text).strip()  # its figure is gone
    return re.sub(r":$", "", text)
