"""Split a web document into lines and sentences, and say which ones may hold claims.

Crawled pages carry navigation, bylines, captions, "Related" links, reader
comments and boilerplate around the article. None of those state a claim
(DEV_NOTES), but hype words in them still count, so segments are kept and
labelled rather than dropped. Offsets always index the original text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .furniture import AUTHOR_BIO, RUN_IN_BOX, TICKER, anecdote_lines, sidebar_heading

BODY, HEADLINE, DECK, TABLE, NOISE, COMMENT = "body", "headline", "deck", "table", "noise", "comment"
BOILER = "boiler"  # "About the company" and forward-looking sections: facts yes, claims no
ASIDE = "aside"  # a box about the story's topic (timeline, Q&A, fact box): facts yes, claims no

ABBREVIATIONS = frozenset(
    "dr mr mrs ms prof st vs al fig figs no nos jan feb mar apr jun jul aug sep sept oct nov dec "
    "fla mass calif inc co ltd corp jr sr e.g i.e approx dept univ ref eq est gen gov sen rep mt ft u.s "
    "mo ariz colo conn ill ind kan minn miss neb nev okla ore penn tenn tex va wash wis".split()
)
_SENT_END = re.compile(r"(?<=[.!?])(?:\[\d+(?:[,–-]\s?\d+)*\])*(?:(?<=[a-z)]\.)\d{1,3}(?:[,–-]\d{1,3})*(?=\s+[A-Z][a-z]))?"
                       r"[\"”’)\]]*\s+(?=[\"“(\[]?[A-Z0-9])|"  # "...one year.[5] Clinical", "... publication.41 Over": a reference mark
                       # an abstract scraped without the breaks between its sections: "... was recorded.Results The ..."
                       r"(?<=[a-z0-9)%]\.)(?=(?:Results?|Methods?|Conclusions?|Background|Objectives?|Aims?|Purpose|Findings|"
                       r"Interpretation|Design|Setting|Participants|Introduction)\b)")
_NOISE_LINE = re.compile(
    r"^\s*(?:related(?: (?:links|coverage|stories|articles|content))?\s*:|read (?:more|next)\b|more (?:from|news|local|health|wire|stories)\b|"
    r"most read|share\b|share this|share on|tags\s*:|sign up|subscribe|newsletter|advertisement|\[advertisement|"
    r"©|\(c\)\s*\d{4}|copyright|all rights reserved|download|cite this|view full|article metrics|keywords\s*:|"
    r"funding\s*:|disclaimer\s*:|competing interests?|conflicts? of interest|media contact|contacts?\s*:|tel\s*:|email\s*:|"
    r"@(?:article|book|inproceedings|incollection|misc|phdthesis)\s*\{|(?:TY|AU|TI|JO)\s+-\s|"
    r"skip to|we (?:and our partners )?use cookies|this site uses cookies|by continuing|\[photo|\[image|photo caption|"
    r"\[listen|\[reply|\[load more|got a story|forum rules|posted (?:in|by)\b|filed under|disclosure\s*:|"
    r"original headline|source\s*:|about the authors?\b|author bio|subject area|supplementary|tweets?\s*\(|print\b|home\s*\||weather\s*:|"
    r"(?:\(reporting|\(editing)|editing by|reporting by|###|most read|more (?:\w+ )?(?:briefs|stories|news|headlines|from)\b|"
    r"trending|popular now|see also|you (?:may|might) (?:also )?(?:like|enjoy)|(?:readers|people) also (?:liked|read|viewed|enjoyed)|"
    r"further reading\b|editor'?s'? (?:picks?|choice)|what to read next|continue reading\b|keep reading\b|more on this (?:story|topic)\b|"
    r"latest (?:news|stories)|top stories|recommended|"
    r"log ?in to|sign in to|reply\b|\d+ (?:likes?|replies)\b|(?:photo|image|caption|credit|pictured)\s*:|.*\((?:photo|image|credit)\s*:[^)]*\)\s*$)",
    re.I,
)
_BIBLIO = re.compile(r"^\s*(?:@(?:article|book|inproceedings|incollection|misc|phdthesis)\s*\{|(?:TY|AU|TI|JO)\s+-\s)", re.I)
_CAPTION = re.compile(r"^\s*(?:photo|image|caption|credit|pictured|picture|video)\b|.*\((?:photo|image|credit)\s*:[^)]*\)\s*$", re.I)
# a phone-in caller's or listener's turn on a radio or TV transcript: a reader comment by another name
_CALLER = re.compile(r"^\s*(?:\[[\d:]+\]\s*)?(?:caller|listener|viewer|audience member)\b[^:]{0,40}:", re.I)
# "By Jane Doe", not "By Month 12, all participants ..." or "By contrast, ...": a name follows, not a time or a connective
_BYLINE = re.compile(r"^\s*(?:by|posted by|written by|words by)\s+(?!(?:day|days|week|weeks|month|months|year|years|mid|early|late|end|"
                     r"contrast|comparison|then|now|that|this|the|its|their|january|february|march|april|may|june|july|august|"
                     r"september|october|november|december|spring|summer|autumn|fall|winter)\b)(?-i:[A-Z])", re.I)
_COMMENTS_START = re.compile(
    r"^\s*(?:\d+\s+)?(?:reader\s+)?comments?\b\s*(?:\(\d+\))?\s*:?\s*$|^\s*comments?\s*\(\d+\)|^\s*\d+\s+comments?\s*$|"
    r"^\s*comment from a reader|^\s*comments are (?:closed|open)",
    re.I,
)
# "Forward-Looking Statements", "About Vertex": a heading (short, capitalised, no full stop), not "About a third were ..."
_SECTION_SKIP = re.compile(r"^\s*(?i:(?:special note regarding )?forward-looking statements?)\b|"
                           r"^\s*(?i:about) (?!the study|the authors?\b|me\b)[A-Z][\w&.'’-]*(?: [\w&.'’-]+){0,5}\s*:?\s*$")
_SECTION_HEAD = re.compile(r"^\s*[A-Z][A-Za-z0-9 &'’,-]{0,60}:?\s*$")


# One-for-one replacements, so every offset into the cleaned text is an offset into the original:
# non-breaking and thin spaces, zero-width characters, the Unicode dashes web pages use, and curly
# quotes (so "hasn’t" and "I’m" meet the same rules as "hasn't" and "I'm").
_SAME_LENGTH = str.maketrans({**{c: " " for c in "\u00a0\u2007\u2009\u200a\u202f\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"},
                              **{c: "-" for c in "\u2010\u2011\u2012\u2212"},
                              **{c: "'" for c in "\u2018\u2019\u02bc"}, **{c: '"' for c in "\u201c\u201d"}})
_MIDDLE_DOT = re.compile(r"(?<=\d)\u00b7(?=\d)")  # Lancet decimals: "3·9" is 3.9


def clean(text: str) -> str:
    """The text the rules read: same length as the original, so evidence offsets stay valid.
    Names are read back from the original at the same offsets (facts.py), so they stay as written."""
    return _MIDDLE_DOT.sub(".", text.translate(_SAME_LENGTH))


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str
    kind: str
    line: int       # index of the line it came from
    para: int       # index of the paragraph (blank-line separated block)


def _split_sentences(line: str) -> list[tuple[int, int]]:
    spans, begin = [], 0
    for m in _SENT_END.finditer(line):
        before = line[begin:m.start()].rstrip("\"”’)]")
        word = re.search(r"([A-Za-z.]+)\.$", before)
        if word:
            w = word.group(1).lower()
            if w in ABBREVIATIONS or re.fullmatch(r"[a-z]", w) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", w):
                continue
        spans.append((begin, m.start()))
        begin = m.end()
    spans.append((begin, len(line)))
    return [(a, b) for a, b in spans if line[a:b].strip()]


def split_cells(line: str) -> list[str]:
    """Cells of a table row flattened to text: pipes, tabs, or runs of three or more spaces."""
    for sep in (r"\|", r"\t", r" {3,}"):
        if re.search(sep, line):
            return [c.strip() for c in re.split(sep, line)]
    return [line.strip()]


def _is_table_row(line: str) -> bool:
    cells = split_cells(line)
    return len(cells) >= 3 and any(re.search(r"\d", c) for c in cells) and not _BYLINE.match(line)


def _is_nav(line: str) -> bool:
    if re.search(r"\S\s*[›»]\s*\S|^\s*home\s*(?:>|/)\s", line, re.I) and len(line.split()) <= 12:
        return True  # breadcrumbs: "Home › Health › Diabetes"
    cells = split_cells(line)
    return len(cells) >= 3 and all(len(c.split()) <= 5 for c in cells) and not any(re.search(r"\d", c) for c in cells)


def _logical_lines(text: str) -> list[tuple[int, int]]:
    """Lines, with hard-wrapped prose joined: a line that stops mid-sentence and a next line that
    starts in lower case are one line ("...had stopped\ninsulin by day 75.")."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if spans and raw[:1].strip() and raw.lstrip()[:1].islower():
            prev = text[spans[-1][0]:spans[-1][1]].rstrip()
            if prev and "|" not in prev and len(prev.split()) >= 6 and not re.search(r"[.!?:;\"”)\]]$", prev):
                spans[-1] = (spans[-1][0], end)
                continue
        spans.append((start, end))
    return spans


def segment(text: str, title: str = "") -> list[Segment]:
    """Sentences of `text` with their role; the headline is found by the document's title."""
    out: list[Segment] = []
    head_start = head_end = -1
    if title and title.strip():
        pos = text.find(title.strip()[:200])
        if pos >= 0:
            head_start, head_end = pos, pos + len(title.strip())
    in_comments = in_skip = in_boiler = in_aside = False
    body_started = False
    para = line_no = 0
    logical = _logical_lines(text)
    anecdotes = anecdote_lines([text[a:b] for a, b in logical])
    for index, (start, end) in enumerate(logical):
        raw = text[start:end]
        line = raw.strip()
        if not line:
            para += 1
            in_skip = in_aside = False
            continue
        line_no += 1
        lead = len(raw) - len(raw.lstrip())
        if _COMMENTS_START.match(line):
            in_comments = True
        if _SECTION_SKIP.match(line):
            in_boiler = True
        elif in_boiler and _SECTION_HEAD.match(line) and not line.endswith("."):
            in_boiler = bool(_SECTION_SKIP.match(line))
        if in_comments or index in anecdotes or _CALLER.match(line):
            kind = COMMENT
        elif head_start <= start + lead < head_end or (head_start >= 0 and start <= head_start < end and len(line) < 2 * (head_end - head_start)):
            kind = HEADLINE
        elif in_boiler:
            kind = BOILER
        elif not body_started and re.match(r"^[-–—]\s.*\s[-–—]$", line):
            kind = DECK  # a press-release sub-headline: "– Two participants are insulin independent –"
        elif _NOISE_LINE.match(line) or _BYLINE.match(line) or _is_nav(line) or TICKER.match(line) or RUN_IN_BOX.match(line) \
                or AUTHOR_BIO.match(line) or in_skip:
            kind = NOISE
            if _BIBLIO.match(line) and len(line.split()) >= 80:
                kind = BODY  # a citation record with the abstract after it: the abstract is the page's text
            elif (len(line.split()) <= 5 and not line.endswith(".") and "|" not in line and not _CAPTION.match(line)
                    or AUTHOR_BIO.match(line)):
                in_skip = True  # a "MOST READ" / "Related" heading or an author bio: the rest of its block too (not a photo credit)
        elif sidebar_heading(line) == "other":
            kind, in_skip = NOISE, True  # "In other health news": links to other stories
        elif sidebar_heading(line) == "topic" or in_aside:
            kind, in_aside = ASIDE, True  # "TIMELINE", "Diabetes in numbers": background beside the story
        elif _is_table_row(line):
            kind = TABLE
        elif not body_started and line_no <= 12 and len(line.split()) < 20 and not re.search(r"[.!?:]$", line):
            kind = DECK  # headline furniture: kicker, standfirst, dateline line
        else:
            kind = BODY
        if kind == BODY and len(line.split()) >= 12 or kind == TABLE:
            body_started = True
        if kind == TABLE:
            out.append(Segment(start + lead, start + lead + len(line), line, kind, line_no, para))
            continue
        for a, b in _split_sentences(line):
            s, e = start + lead + a, start + lead + b
            out.append(Segment(s, e, text[s:e], kind, line_no, para))
    return out
