"""Group sizes (n_patients): which count is a claim's group, and when the size stays null (DEV_NOTES)."""
from __future__ import annotations

from isletwatch.model import Document
from isletwatch.nlp.groups import find_counts


def doc(text: str) -> Document:
    return Document(source="test", url="urn:test", title="", text=text)


def test_a_diabetes_type_abbreviation_is_no_second_number():
    [c] = find_counts("Altogether 18 T1DM children (mean age 9 years) were given the cells.")
    assert (c.n, c.kind, c.intro) == (18, "plain", True)


def test_a_with_clause_breakdown_does_not_size_the_main_result(blank_extractor):
    text = ("Eighteen adults with type 1 diabetes were given the graft, and 12 of the 18 came off insulin. The team "
            "reported that patients stayed free of injections for an average of 20 months, with one patient going at "
            "least three years without insulin and two patients going at least two years.")
    ex = blank_extractor.extract(doc(text))
    mean = [c for c in ex.claims if c.outcome_duration_days == 600]
    assert [(c.n_patients, c.n_with_outcome) for c in mean] == [(18, 12)]  # the mean is the 12's, not the first item's
    assert any(c.n_patients == 1 and c.outcome_duration_days == 1095 for c in ex.claims)  # the patient singled out


def test_a_list_of_durations_with_their_own_units_singles_out_each_patient(blank_extractor):
    text = ("Seven adults with type 1 diabetes received islets in the device. Four of the seven recipients are "
            "off insulin (>3 years, 14 months, 5 months and 8 weeks).")
    ex = blank_extractor.extract(doc(text))
    singles = sorted(c.outcome_duration_days for c in ex.claims if c.n_patients == 1)
    assert singles == [56, 150, 420, 1095]
    assert any((c.n_patients, c.n_with_outcome) == (7, 4) for c in ex.claims)  # the group's own claim stays


def test_a_respectively_list_in_mixed_units_is_one_claim_per_patient(blank_extractor):
    text = ("Six patients with type 1 diabetes were treated. The first two patients have stayed insulin independent "
            "for over 1 year and 9 months, respectively.")
    ex = blank_extractor.extract(doc(text))
    assert sorted(c.outcome_duration_days for c in ex.claims if c.n_patients == 1) == [270, 365]


def test_the_patient_of_a_habitual_when_clause_is_nobody_in_particular(blank_extractor):
    text = ("During and after surgery, most centres hold blood sugar normal with an intravenous insulin infusion and "
            "later move to subcutaneous insulin when the patient begins eating again.\n\n"
            "Insulin independence is frequent but fades over time\n\n"
            "In one series, 30 patients received their own islets and 12 of the 30 became insulin independent.")
    ex = blank_extractor.extract(doc(text))
    assert all(c.n_patients != 1 for c in ex.claims)


def test_a_reference_mark_after_the_full_stop_ends_the_sentence():
    from isletwatch.nlp.segment import _split_sentences
    line = "Nine of the 20 stayed off insulin for a median of two years.17 Over the next decade the unit grew."
    assert [line[a:b] for a, b in _split_sentences(line)][0].endswith("two years.")
    kept = "The dose was 2.5 U per kilogram. It fell to 1.5 IU later."
    assert len(_split_sentences(kept)) == 2 and _split_sentences(kept)[0] == (0, 32)  # decimals are no reference marks


def test_a_share_between_a_count_and_its_noun_makes_the_count_a_subcount(blank_extractor):
    """Abstracts write "in 27 (64%) patients": the share says the count is part of a larger group, as "27 patients
    (64%)" already did; the group is the cohort named before."""
    [c] = find_counts("Freedom from insulin was reached in 27 (64%) patients.")
    assert (c.n, c.w, c.kind) == (None, 27, "bare")
    text = ("We followed 42 islet recipients with type 1 diabetes. Freedom from insulin was reached in 27 (64%) "
            "patients.")
    [claim] = blank_extractor.extract(doc(text)).claims
    assert (claim.outcome, claim.n_patients, claim.n_with_outcome) == ("insulin_independence", 42, 27)


def test_a_count_in_brackets_after_the_noun_sizes_the_group(blank_extractor):
    """Abstracts write "a small number of patients (15) with ..."; the bracketed number is the group's size."""
    [c] = find_counts("A small cohort of patients (11) with new type 1 diabetes had the transplant.")
    assert (c.n, c.kind) == (11, "plain")
    text = ("A small cohort of patients (11) with new type 1 diabetes had autologous stem cell transplantation. "
            "Afterwards 9 became insulin free.")
    [claim] = blank_extractor.extract(doc(text)).claims
    assert (claim.n_patients, claim.n_with_outcome) == (11, 9)


def test_none_of_the_group_had_the_harm_is_no_claim(blank_extractor):
    """'None of the 12 died' is a zero count of a harm, not all twelve (DEV_NOTES: "no deaths" is no claim); the
    same "none" keeps meaning the whole group for a benefit ("none had a severe low": hypoglycemia-free)."""
    text = ("Twelve adults with type 1 diabetes received the implant. None of the 12 patients died. None of them "
            "developed a tumour. None of the 12 had a severe hypoglycaemic episode after month three.")
    claims = blank_extractor.extract(doc(text)).claims
    assert [(c.outcome, c.n_patients, c.n_with_outcome) for c in claims] == [("hypoglycemia_free", 12, 12)]
