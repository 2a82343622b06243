"""Pages not in English: which language a page is in, and a word-for-word English gloss of it.

The claim rules read English. About one real page in six is not, mostly Spanish, Portuguese,
Italian, French, German, Dutch, Polish, Russian, Chinese, Japanese or Korean, and on those the rules found nothing at all.
Translating is out of reach offline, but what a claim needs is narrow (a group and its size, a
diabetes type, a therapy, an outcome, its times) and these languages put those words in nearly
English order (Chinese and Japanese put counts before nouns too; where the verb comes last, as in
German, Dutch and Korean, a phrase spans object to verb and writes the English verb first). So a page is glossed phrase by
phrase from small tables (gloss_tables.py), the rules run on the gloss, and every offset is
mapped back to the page (`Glossed.source_span`), so evidence still points at the sentence the
page wrote. Words the tables do not know are left as they are: a miss, never an invention.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .gloss_tables import PHRASES, STOPWORDS, WORDS

_WORD = re.compile(r"[^\W\d_]+['’]?", re.UNICODE)
_TOKEN = re.compile(r"[^\W\d_]+")
# counted by deleting everything else (one C pass) rather than by listing every match
_NOT_LATIN = re.compile(r"[^A-Za-z\u00c0-\u024f]+")
_NOT_LETTER = re.compile(r"[\W\d_]+")
_NOT_KANA = re.compile(r"[^\u3040-\u30ff]+")
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")
_NOT_HANGUL = re.compile(r"[^\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+")
_NOT_CYRILLIC = re.compile(r"[^\u0400-\u04ff]+")
_NOT_RUSSIAN = re.compile(r"[^іїєґўђјљњћџѓќѕІЇЄҐЎЂЈЉЊЋЏЃЌЅ]+")   # letters of Ukrainian, Belarusian, Serbian, Macedonian
# Scripts whose phrases match anywhere: Chinese and Japanese write no spaces, and Korean glues its particles and
# compounds to the noun ("췌도이식팀은": islet transplant team + topic particle), so a phrase starts inside a word.
UNSPACED = frozenset({"zh", "ja", "ko"})
GLOSSED_LANGUAGES = frozenset(PHRASES)
MIN_SHARE = 0.07          # share of a page's words that must be the language's own function words


def detect_language(text: str) -> str:
    """'en', one of the glossed languages ('es', 'pt', 'it', 'fr', 'de', 'nl', 'pl', 'zh', 'ja', 'ko', 'ru'), or 'other'.

    Pages in Latin letters are told by function words, which every page has whatever its topic; a page counts as
    foreign only when its own function words clearly outnumber English ones, so an English
    page quoting a Spanish title stays English. Other scripts are told by the script most of the letters are in
    (Korean pages may write a few Chinese characters; Cyrillic is Russian unless the letters of Ukrainian,
    Serbian and their neighbours show).
    """
    sample = text[:20000]   # this runs on every document (and the site asks it of pages): C passes, few Python steps
    letters = len(_NOT_LETTER.sub("", sample))
    if letters and len(_NOT_LATIN.sub("", sample)) < letters / 2:
        kana, han = len(_NOT_KANA.sub("", sample)), len(_NOT_HAN.sub("", sample))
        if kana > 0.05 * letters:
            return "ja"
        if han > letters / 2:
            return "zh"
        if len(_NOT_HANGUL.sub("", sample)) > letters / 2:
            return "ko"
        cyrillic = len(_NOT_CYRILLIC.sub("", sample))
        if cyrillic > letters / 2:
            return "ru" if len(_NOT_RUSSIAN.sub("", sample)) < 0.005 * cyrillic else "other"
        return "other"     # Arabic, Greek, Ukrainian ...: no gloss table
    words = Counter(_TOKEN.findall(sample.lower()))
    n = sum(words.values())
    counts = dict.fromkeys(STOPWORDS, 0)
    for word in words.keys() & _LANGUAGES_OF.keys():
        for lang in _LANGUAGES_OF[word]:
            counts[lang] += words[word]
    english = counts.pop("en")
    best = max(counts, key=lambda k: counts[k])
    if counts[best] and counts[best] >= MIN_SHARE * n and counts[best] >= 2 * english:  # no words: no language
        return best
    return "en" if english >= MIN_SHARE / 2 * n or n < 8 else "other"


_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    w: tuple(lang for lang, sw in STOPWORDS.items() if w in sw) for w in set().union(*STOPWORDS.values())}


@dataclass(frozen=True)
class Glossed:
    """The gloss and the pieces it was built from, to map offsets in the gloss back to the page."""

    text: str
    new_starts: tuple[int, ...]       # start of each piece in the gloss
    old_starts: tuple[int, ...]       # start of the same piece in the page
    old_ends: tuple[int, ...]
    changed: tuple[bool, ...]         # a replaced piece maps as a whole; a kept one character by character

    def source_offset(self, offset: int, end: bool = False) -> int:
        """The page offset of a gloss offset (an end offset inside a replaced piece maps to its end)."""
        i = max(0, bisect.bisect_right(self.new_starts, offset) - 1)
        if self.changed[i]:
            return self.old_ends[i] if end and offset > self.new_starts[i] else self.old_starts[i]
        return min(self.old_starts[i] + (offset - self.new_starts[i]), self.old_ends[i])

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """A span of the gloss as a span of the page, widened to whole replaced pieces."""
        return self.source_offset(start), self.source_offset(end, end=True)


def gloss(text: str, lang: str, inside: bool = False) -> Glossed:
    """`text` with the language's phrases and words replaced by English ones (see module docstring).
    `inside`: the text is a piece of a sentence, so its first word starts none."""
    edits: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        i = bisect.bisect_left(taken, (a, a))
        if i > 0 and taken[i - 1][1] > a:
            return False
        return not (i < len(taken) and taken[i][0] < b)

    found = sorted(((m.start(), m.start() - m.end(), m, repl) for rx, repl in _phrase_rules(lang)
                    for m in rx.finditer(text) if m.end() > m.start()), key=lambda t: t[:2])
    for start, _, m, repl in found:          # leftmost, then longest, like a phrase dictionary
        if free(m.start(), m.end()):
            bisect.insort(taken, (m.start(), m.end()))
            out = _tidy(text, m.start(), m.end(), _expand(m, repl, lang))
            edits.append((m.start(), m.end(), _same_case(m.group(0), out, _starts_sentence(text, m.start(), inside))))
    words = WORDS.get(lang, {})
    for m in _WORD.finditer(text):
        w = m.group(0)
        key = w.lower().replace("’", "'")
        out = words.get(key)
        if out is None and key.endswith("'") or len(w) == 1 and w.isupper() and text[m.end():m.end() + 1] == ".":
            continue   # an initial ("И. И. Дедов") is no word
        if out is not None and free(m.start(), m.end()):
            if key.endswith("'"):
                out += " "
            edits.append((m.start(), m.end(), _same_case(w, out, _starts_sentence(text, m.start(), inside))))
            bisect.insort(taken, (m.start(), m.end()))
    edits.sort()
    pieces_new, pieces_old, pieces_end, changed, parts = [], [], [], [], []
    pos = new = 0
    for a, b, out in edits:
        if a > pos:
            pieces_new.append(new); pieces_old.append(pos); pieces_end.append(a); changed.append(False)
            parts.append(text[pos:a]); new += a - pos
        pieces_new.append(new); pieces_old.append(a); pieces_end.append(b); changed.append(True)
        parts.append(out); new += len(out)
        pos = b
    if pos < len(text) or not parts:
        pieces_new.append(new); pieces_old.append(pos); pieces_end.append(len(text)); changed.append(False)
        parts.append(text[pos:])
    return Glossed("".join(parts), tuple(pieces_new), tuple(pieces_old), tuple(pieces_end), tuple(changed))


_KO_PARTICLE = "(?:" + "|".join(sorted("은 는 이 가 을 를 의 에 에서 에게 께 으로 로 와 과 도 만 까지 부터 보다 에도 에는 "
                                     "으로는 로는 에서는 이며 이고 이다 였다 이었다 에서도 처럼 같은".split(), key=len, reverse=True)) + ")"
_KEPT = re.compile(r"§(\d)")


def _expand(m: re.Match[str], repl: str, lang: str) -> str:
    """The replacement, where `§n` stands for group n of the match glossed in turn. German puts the verb last
    ("braucht seit einem Jahr kein Insulin mehr"): the phrase spans verb to object, and the words between
    ("seit einem Jahr") must still be read, so they are glossed and kept in place. The whole match stays one
    piece for offsets, so evidence widens to it."""
    if "§" not in repl:
        return m.expand(repl)
    parts = _KEPT.split(repl)
    return "".join(gloss(m.group(int(p)) or "", lang, inside=True).text if k % 2 else (m.expand(p) if p else "")
                   for k, p in enumerate(parts))


@lru_cache(maxsize=None)
def _phrase_rules(lang: str) -> list[tuple[re.Pattern[str], str]]:
    """The language's phrases as regular expressions (gloss() prefers the longest match, so 'células madre'
    wins over 'células')."""
    rules = []
    for pattern, repl in PHRASES.get(lang, []):
        wrapped = pattern if lang in UNSPACED else rf"(?<![^\W\d_]){pattern}(?![^\W\d_])"
        if lang == "ko":  # the particle after a glossed noun is glossed with it ("인슐린을": insulin)
            wrapped = rf"(?:{pattern})(?:{_KO_PARTICLE}(?![가-힣]))?"
        rules.append((re.compile(wrapped, re.I | re.UNICODE), repl))
    return rules


_TIGHT = set(" \t\n,.;:!?)]，。；：！？）、")


def _tidy(text: str, start: int, end: int, out: str) -> str:
    """No space of the replacement's own before punctuation or where the page already has one
    ("随访36个月," must read "at 36 months of follow-up,", not "... follow-up ,")."""
    if end >= len(text) or text[end] in _TIGHT:
        out = out.rstrip(" ")
    if start == 0 or text[start - 1] in " \t\n(（[":
        out = out.lstrip(" ")
    return out


def _same_case(original: str, out: str, sentence_start: bool) -> str:
    """A capital only where a sentence starts: German capitalises every noun, and 'Patients' or 'Months'
    in the middle of a sentence would read to the rules as a name."""
    if sentence_start and original[:1].isupper() and out[:1].islower():
        return out[:1].upper() + out[1:]
    return out


def _starts_sentence(text: str, at: int, inside: bool = False) -> bool:
    before = text[max(0, at - 3):at].rstrip(" \t\"'«„“(")
    return (not before and not inside) or bool(before) and before[-1] in ".!?:\n•-–—|"
