"""Results given as bullet lists and tables (tables.py, result_lists.py, the list paths of assemble.py)."""
from __future__ import annotations

import pytest

from isletwatch.model import Document

INTRO = "The biotech firm released new figures from its phase 1/2 study of the cell therapy in adults with type 1 diabetes."


def frames(extractor, text: str) -> list[tuple]:
    claims = extractor.extract(Document(source="test", url="urn:test", title="", text=text)).claims
    return sorted((c.outcome, c.n_patients, c.n_with_outcome, c.follow_up_days) for c in claims)


@pytest.mark.parametrize("text, expected", [
    # comparison table sized "(N = 18)" as CONSORT tables write it; the row names its own time point
    ("The phase 2 study randomised 36 adults with type 1 diabetes.\nEndpoint | Cell therapy (N = 18) | Placebo (N = 18)\n"
     "Insulin independence at 6 months, n (%) | 5 (27.8) | 0 (0.0)\n",
     [("insulin_independence", 18, 5, 180)]),
    # a review table: one claim per trial row, its size in a "Patients (n)" column, a "Year" column no count
    ("Islet transplantation for type 1 diabetes: a review.\n\nCentre | Year | Patients (n) | Insulin-free at 1 year\n"
     "Centre A | 2004 | 6 | 4\nCentre B | 2009 | 11 | 9\n",
     [("insulin_independence", 6, 4, 365), ("insulin_independence", 11, 9, 365)]),
])
def test_list_and_table_results(blank_extractor, text, expected):
    assert frames(blank_extractor, text) == expected

