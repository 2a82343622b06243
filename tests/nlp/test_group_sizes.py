"""Group sizes (n_patients): which count is a claim's group, and when the size stays null (DEV_NOTES)."""
from __future__ import annotations

from isletwatch.model import Document
from isletwatch.nlp.groups import find_counts


def doc(text: str) -> Document:
    return Document(source="test", url="urn:test", title="", text=text)


def test_a_diabetes_type_abbreviation_is_no_second_number():
    [c] = find_counts("Altogether 18 T1DM children (mean age 9 years) were given the cells.")
    assert (c.n, c.kind, c.intro) == (18, "plain", True)
