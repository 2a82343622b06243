"""What a document says about its intervention, before any claim is assembled.

Group fields are inherited across the document (DEV_NOTES), so the assembler
needs, for every claim, the fields of the whole document, of the claim's
paragraph and of sentences naming the claim's product. They are computed once
here; forward-looking and animal sentences do not count.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .patterns import ANIMALS, FORWARD, REFINES
from .segment import BODY, DECK, HEADLINE, TABLE, Segment
from .sentence_facts import intervention_fields


# "infusing islets into the hepatic portal vein, aiming to restore insulin": the purpose of a procedure done,
# not a plan; the procedure's fields stand
PURPOSE = re.compile(r",?\s*\b(?:aim(?:s|ed|ing)|designed|intended|meant) to\b[^.;]*", re.I)


@lru_cache(maxsize=8192)
def _forward(text: str) -> bool:
    return bool(FORWARD.search(PURPOSE.sub("", text)))


# "cells from newborn pigs", "pig islets", "porcine insulin": an animal source given to people, not an animal study
ANIMAL_SOURCE = re.compile(r"\b(?:from|of)\s+(?:\w+\s+){0,2}(?:pigs?|piglets?|rabbits?|cows?)\b|\b(?:pig|porcine|piglet)\s+(?:islets?|cells?|insulin|pancrea)", re.I)


@lru_cache(maxsize=8192)
def _animal(text: str) -> bool:
    return bool(ANIMALS.search(text)) and not (ANIMAL_SOURCE.search(text) and HUMAN.search(text))


HUMAN = re.compile(r"\b(?:patients?|participants?|people|persons?|adults|children|volunteers|wom[ae]n|m[ae]n|humans|girls?|boys?|"
                   r"teen(?:ager)?s?|adolescents?|recipients?|infants?|youths?|"
                   r"first-in-human|subjects with)\b", re.I)


# people for certain: "recipients" and "subjects" after "tested in primates" may still be the animals
PERSONS = re.compile(r"\b(?:patients?|participants?|people|persons?|adults|children|volunteers|wom[ae]n|m[ae]n|humans|girls?|boys?|"
                     r"teen(?:ager)?s?|adolescents?|infants?|youths?|first-in-human|(?:recipients?|subjects) with)\b", re.I)


def _merge(out: dict[str, object], fields: dict[str, object]) -> None:
    """Add a sentence's fields to a paragraph's or document's: the first value of each field stands, except that
    a precise stem-cell kind replaces a vague one ("stem cell therapy" ... "reprogrammed into iPSCs")."""
    for k, v in fields.items():
        if k == "cell_type" and v in REFINES.get(str(out.get(k)), ()):
            out[k] = v
        out.setdefault(k, v)


class DocContext:
    """Document-, paragraph- and product-level intervention fields of one document."""

    def __init__(self, segments: list[Segment], products: list, aliases: dict[str, str]):
        self.products, self.aliases = products, aliases
        body = [s for s in segments if s.kind in (BODY, TABLE, HEADLINE, DECK)]
        self.doc_fields = self._doc_fields(body)
        self.para_fields: dict[int, dict[str, object]] = {}
        for s in body:
            if s.kind in (BODY, TABLE) and not _forward(s.text) and not _animal(s.text):
                _merge(self.para_fields.setdefault(s.para, {}), intervention_fields(s.text))
        self.animal_doc = self._is_animal_doc(body)
        self.animal_segs = self._animal_segments(body)
        self.product_fields: dict[str, dict[str, object]] = {}
        for p in products:
            name = aliases.get(p.name, p.name)
            seg = next((s for s in body if s.start <= p.start < s.end), None)
            if seg is not None and not _forward(seg.text):
                # the product's own sentence first, then the paragraph that presents it
                for k, v in {**self.para_fields.get(seg.para, {}), **intervention_fields(seg.text)}.items():
                    if k != "diabetes_type":
                        self.product_fields.setdefault(name, {}).setdefault(k, v)

    @staticmethod
    def _doc_fields(body: list[Segment]) -> dict[str, object]:
        out: dict[str, object] = {}
        for s in body:
            if _forward(s.text) and s.kind == BODY or _animal(s.text):
                dtype = intervention_fields(s.text).get("diabetes_type") if not _animal(s.text) else None
                if dtype and "diabetes_type" not in out:
                    out["diabetes_type"] = dtype  # the disease is the same in background sentences
                continue
            _merge(out, intervention_fields(s.text))
        return out

    @staticmethod
    def _is_animal_doc(body: list[Segment]) -> bool:
        """Animal studies only: no sentence speaks of people at all."""
        return any(_animal(s.text) for s in body) and not any(HUMAN.search(s.text) and not _animal(s.text) for s in body)

    @staticmethod
    def _animal_segments(body: list[Segment]) -> set[tuple[int, int]]:
        """Sentences whose subject is still the animals of an earlier sentence on the same line: after
        "In diabetic mice, ..." a sentence naming no people ("All recipients stayed normoglycaemic")
        is about the mice, until a sentence names people or the line ends."""
        out: set[tuple[int, int]] = set()
        line, animal = -1, False
        for s in body:
            if s.line != line:
                line, animal = s.line, False
            if PERSONS.search(s.text) and not _animal(s.text):
                animal = False
            elif _animal(s.text) and re.search(r"\b(?:mice|mouse|rats?|rodents?|animals?|primates?|monkeys?|macaques?|pigs?|dogs?|murine|zebrafish)\b", s.text, re.I):
                animal = True
            elif animal:
                out.add((s.start, s.end))
        return out

    def animal_context(self, seg: Segment) -> bool:
        """A sentence that continues about animals named before it ('all recipients' may be rats)."""
        return (seg.start, seg.end) in self.animal_segs

    def doc_product(self) -> str | None:
        if not self.products:
            return None
        first = self.products[0].name
        return self.aliases.get(first, first)
