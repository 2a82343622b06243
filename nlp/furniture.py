"""Page furniture that is not the article: forum replies with personal stories, sidebars, tickers.

segment.py labels each line; this module holds the cues for the blocks that
round 1 read as article text. Forum replies that tell the writer's own story
are treated like reader comments (HELDOUT_NOTES 1): no claims, no places, but
their hype words count. Sidebars ("Diabetes in numbers", "How to spot a red
flag", "In other health news", timelines, horoscopes) and live tickers state
background or other news, never a result about the article's patients.
"""
from __future__ import annotations

import re

from .patterns import ANECDOTE

# "hypo_hater_82 | 14 Feb 2024, 9:12 pm", "LabRat_Lena (Verified researcher) | 9 Jan 2025", "u/name · 2d"
POST_HEADER = re.compile(
    r"^\s*(?:u/)?[\w.@-]{2,40}(?:\s+\([^)]{1,40}\))?(?:\s*[|·]\s*[\w .()/-]{1,30}?){0,2}\s*[|·]\s*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{4}-\d\d-\d\d|\d+\s*(?:[hdwmy]|min|mins|hours?|days?|weeks?)\b|yesterday|today)", re.I)
FIRST_PERSON_STORY = re.compile(
    r"\bI(?:'ve| have| had| was)? (?:did|had|got|went|paid|tried|was|received|took|underwent|flew|travel+ed|used|stopped|started|"
    r"spent|felt|did a)\b|\bmy (?:a1c|hba1c|c-?peptide|insulin|sugars?|blood sugar|glucose|dose|doctor|endo)\b")

# Headings of boxes beside the article. Boxes about other stories (other news, archives, horoscopes,
# most-read lists) are noise; boxes about the article's own topic (timeline, Q&A, fact box) state
# background, never a new result, but the places and institutions in them are the story's.
OTHER_STORIES_HEAD = re.compile(
    r"^\s*(?:in other (?:\w+ )?news|elsewhere in \w+|from (?:our|the) archives?\b.*|your stars\b.*|horoscopes?|trending\b.*|"
    r"most (?:read|popular|viewed)\b.*|also read\b.*|related(?: (?:articles|stories|links|coverage|content|reading|news))?|read also\b.*|watch\b:?.*|live\b\s*[:|].*|upcoming events|events)\s*:?\s*$", re.I)
TOPIC_BOX_HEAD = re.compile(
    r"^\s*(?:[\w' -]{0,30}\bin numbers|know your (?:numbers|risk)|how to (?:spot|tell|choose|know)\b.*|timeline\b.*|"
    r"fact ?(?:box|file|check)|did you know\??|glossary|explainer|what (?:is|are) [\w -]{1,25}\?|q ?& ?a\b.*|key (?:facts|numbers))\s*:?\s*$", re.I)
AUTHOR_BIO = re.compile(
    r"^\s*(?:the (?:author|writer)\b|about the (?:author|writer)s?\b|(?:[A-Z][\w.'-]+ ){1,3}(?:is|was) an? (?:[\w-]+ ){0,3}"
    r"(?:reporter|correspondent|writer|journalist|editor|columnist|freelancer|contributor|economist|blogger)\b)")
TICKER = re.compile(r"^\s*(?:live|breaking|just in|markets?|weather|traffic)\s*[:|]", re.I)
# A run-in box label: "FROM OUR ARCHIVES (2019): When a clinic ...", "YOUR STARS TODAY: Aries ..."
RUN_IN_BOX = re.compile(r"^\s*(?:from (?:our|the) archives?|your stars(?: today)?|horoscopes?|in other (?:\w+ )?news|also read|read also|"
                        r"did you know|fact ?box|sponsored|advertisement|promoted|about (?:the company|us|the sponsor))\b[^:]{0,25}:\s*\S", re.I)


def anecdote_lines(lines: list[str]) -> set[int]:
    """Indices of lines in forum replies (not the opening post) that tell the writer's own or family story."""
    headers = [i for i, line in enumerate(lines) if POST_HEADER.match(line)]
    out: set[int] = set()
    for k, start in enumerate(headers[1:], 1):
        end = headers[k + 1] if k + 1 < len(headers) else len(lines)
        body = "\n".join(lines[start + 1:end])
        if FIRST_PERSON_STORY.search(body) or ANECDOTE.search(body):
            out.update(range(start, end))
    return out


def sidebar_heading(line: str) -> str | None:
    """'other' or 'topic' for a short heading that opens a box beside the article, else None."""
    if len(line.split()) > 8 or line.rstrip().endswith("."):
        return None
    if OTHER_STORIES_HEAD.match(line):
        return "other"
    return "topic" if TOPIC_BOX_HEAD.match(line) else None
