"""Results given as bullet lists and tables (tables.py, result_lists.py, the list paths of assemble.py)."""
from __future__ import annotations

import pytest

from isletwatch.model import Document

INTRO = "The biotech firm released new figures from its phase 1/2 study of the cell therapy in adults with type 1 diabetes."


def frames(extractor, text: str) -> list[tuple]:
    claims = extractor.extract(Document(source="test", url="urn:test", title="", text=text)).claims
    return sorted((c.outcome, c.n_patients, c.n_with_outcome, c.follow_up_days) for c in claims)


@pytest.mark.parametrize("text, expected", [
    # a list whose items carry no full stop ends without one: its last item is whole, not a page cut mid-sentence
    (INTRO + "\nHighlights at six months:\n• 7 of 9 patients no longer injected insulin\n• 8 of 9 were free of severe hypoglycemia",
     [("hypoglycemia_free", 9, 8, 180), ("insulin_independence", 9, 7, 180)]),
    # a lead-in that names the group the list's counts are of
    (INTRO + " Of the 15 patients given the higher dose:\n- eleven no longer need insulin\n- thirteen had HbA1c below 7%",
     [("hba1c_target", 15, 13, None), ("insulin_independence", 15, 11, None)]),
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


def test_a_cut_last_sentence_still_gives_nothing(blank_extractor):
    """A prose line that stops without a full stop is still a page cut short (DEV_NOTES: the excerpt is the document)."""
    text = INTRO + " Eight of the nine patients were free of severe hypoglycemia and two of them had also"
    assert frames(blank_extractor, text) == []


def test_a_semicolon_in_brackets_keeps_the_count_with_its_outcome(blank_extractor):
    """'(35%; 95% CI ...)' separates a share from its interval, not two clauses: the count before it is the outcome's."""
    text = ("Twenty adults with type 1 diabetes received the implant. At six months, 7 of 20 (35%; 95% CI 15-59) were off "
            "insulin and 18 of 20 had HbA1c below 7%.")
    assert frames(blank_extractor, text) == [("hba1c_target", 20, 18, 180), ("insulin_independence", 20, 7, 180)]


def test_a_heading_without_a_colon_dates_the_list_under_it(blank_extractor):
    """'Outcomes at 2 years' over 'Insulin independence: 9/16 (56%)' lines: the items are results at that time point."""
    text = ("Sixteen adults with type 1 diabetes received islet infusions at the university hospital last year.\n"
            "Outcomes at 2 years\nInsulin independence: 9/16 (56%)\nHbA1c < 7%: 14/16 (88%)")
    assert frames(blank_extractor, text) == [("hba1c_target", 16, 14, 730), ("insulin_independence", 16, 9, 730)]


def test_a_header_row_is_no_result(blank_extractor):
    """'Arm | Patients | Insulin independent | ...' names the columns below it; read as a sentence it gave a claim with no
    count that landed on the first row's group (a zero there means no one in that arm reached it)."""
    text = ("Table 3. Results by arm\nArm | Patients | Insulin independent | HbA1c <7%\nLow dose | 4 | 0 | 3\n"
            "High dose | 10 | 8 | 10\n")
    assert frames(blank_extractor, text) == [("hba1c_target", 4, 3, None), ("hba1c_target", 10, 10, None),
                                             ("insulin_independence", 10, 8, None)]


@pytest.mark.parametrize("line, expected", [
    # "n (%)" with no noun: a count of the trial when the share is that count's share of the trial
    ("Insulin independent: 6 (40%)", [("insulin_independence", 15, 6, None)]),
    ("Insulin independence was achieved in 6 (40%).", [("insulin_independence", 15, 6, None)]),
    # a share that is not the number's share of the trial: what the number counts is unsure, no count
    ("Insulin independent: 6 (75%)", [("insulin_independence", 15, None, None)]),
])
def test_a_count_written_n_percent(blank_extractor, line, expected):
    text = "The single-centre phase 1/2 study gave the encapsulated islet product to 15 adults with type 1 diabetes.\n" + line
    assert frames(blank_extractor, text) == expected


def test_a_review_table_row_takes_only_its_own_fields(blank_extractor):
    """One row per study: the 'autologous' of one row is no field of the next study's claim (DEV_NOTES: review tables)."""
    text = ("Trial | Design | n | Cells | Main result\nLopez 2016 | open | 12 | autologous MSC | C-peptide preserved at 1 year\n"
            "Okafor 2019 | open | 5 | ESC-derived islets | 3 of 5 insulin-free at 6 months\n")
    claims = blank_extractor.extract(Document(source="test", url="urn:test", title="", text=text)).claims
    got = sorted((c.outcome, c.n_patients, c.cell_type, c.cell_source) for c in claims)
    assert got == [("c_peptide", 12, "MSC", "autologous"), ("insulin_independence", 5, "ESC", None)]
