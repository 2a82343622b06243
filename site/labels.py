"""Human wording for SCHEMA v1 values: what a reader sees instead of `insulin_independence`.

Pure functions and tables, shared by the pages, the feeds, the search index
and the downloads, so a value reads the same everywhere on the site.
"""
from __future__ import annotations

from typing import Any

#: Kinds a journalist treats as the primary record of a result; everything else reports on one.
PRIMARY_KINDS = frozenset({"abstract", "article", "preprint", "registry"})

KIND_LABELS = {
    "news": "News", "abstract": "Abstract", "article": "Journal article", "preprint": "Preprint",
    "registry": "Trial registry", "press_release": "Press release", "blog": "Blog", "transcript": "Transcript",
    "forum": "Forum", "other": "Other",
}
DIABETES_LABELS = {"T1D": "Type 1", "T2D": "Type 2", "LADA": "Latent autoimmune diabetes in adults",
                   "other": "Other type"}
OUTCOME_LABELS = {
    "insulin_independence": "Insulin independence", "medication_free": "Free of all diabetes drugs",
    "insulin_reduction": "Less insulin", "hba1c_target": "HbA1c on target", "c_peptide": "C-peptide (own insulin)",
    "hypoglycemia_free": "No severe hypoglycaemia", "time_in_range": "Time in range", "adverse_event": "Adverse event",
    "death": "Death", "no_benefit": "No benefit",
}
CELL_LABELS = {
    "iPSC": "Induced pluripotent stem cells", "CiPSC": "Chemically induced pluripotent stem cells",
    "ESC": "Embryonic stem cells", "PSC": "Pluripotent stem cells", "MSC": "Mesenchymal stromal cells",
    "HSC": "Haematopoietic stem cells", "donor_islets": "Donor islets", "stem_cell": "Stem-cell-derived cells",
    "other": "Other cells",
}
SITE_LABELS = {
    "portal_vein": "Portal vein (liver)", "abdominal_rectus_sheath": "Abdominal muscle sheath",
    "subcutaneous": "Under the skin", "forearm_muscle": "Forearm muscle", "omentum": "Omentum", "other": "Other site",
}
QUALIFIER_WORDS = {"at_least": "at least", "about": "about", "exact": ""}

FIELD_LABELS = {
    "diabetes_type": "Diabetes", "n_patients": "Patients", "n_with_outcome": "With outcome", "age_years": "Age",
    "sex": "Sex", "disease_duration_years": "Years with diabetes", "cell_type": "Cells", "cell_source": "Cell source",
    "product": "Product", "immunosuppression": "Immunosuppression", "implant_site": "Implant site",
    "outcome": "Outcome", "time_to_outcome_days": "Time to outcome", "outcome_duration_days": "Outcome lasted",
    "outcome_duration_qualifier": "Duration qualifier", "follow_up_days": "Follow-up", "study_phase": "Phase",
    "hedged": "Hedged",
}
#: Crawl sources (the crawler's code) → their names as readers know them.
SOURCE_NAMES = {
    "pubmed": "PubMed", "europepmc": "Europe PMC", "clinicaltrials": "ClinicalTrials.gov", "biorxiv": "bioRxiv",
    "medrxiv": "medRxiv", "news": "News and press releases", "jsonl": "Imported file",
}
SEX_LABELS = {"female": "Female", "male": "Male"}
LANGUAGE_LABELS = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
                   "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ru": "Russian"}
SOURCE_ROLE = {True: "Primary source", False: "Report"}
#: Below this confidence a claim is shown as doubtful ("low confidence"); None means the extractor gave none.
LOW_CONFIDENCE = 0.5
#: The one duration a table shows per claim, in this order of preference, with the word for its role.
DURATION_ROLES = (("outcome_duration_days", "lasted"), ("follow_up_days", "assessed at"),
                  ("time_to_outcome_days", "reached after"))
DAYS_PER_MONTH = 365.25 / 12

_BY_FIELD = {"kind": KIND_LABELS, "diabetes_type": DIABETES_LABELS, "outcome": OUTCOME_LABELS,
             "cell_type": CELL_LABELS, "implant_site": SITE_LABELS,
             "source": SOURCE_NAMES, "sex": SEX_LABELS, "language": LANGUAGE_LABELS}


def label(field: str, value: Any) -> str:
    """The reader's word for a vocabulary value; unknown values pass through as text, None as an empty string."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return _BY_FIELD.get(field, {}).get(value, str(value))


def days(value: int | float | None, qualifier: str | None = None) -> str:
    """365 → '1 year'; 75 → '75 days'; 540 → '18 months'; with 'at least' / 'about' in front when stated."""
    if value is None:
        return ""
    n = int(value)
    if n >= 365 and n % 365 == 0:
        text = _plural(n // 365, "year")
    elif n >= 365 and n % 365 in (182, 183):
        text = f"{n / 365:.1f} years"
    elif n >= 60 and n % 30 == 0:
        text = _plural(n // 30, "month")
    elif n >= 14 and n % 7 == 0:
        text = _plural(n // 7, "week")
    else:
        text = _plural(n, "day")
    word = QUALIFIER_WORDS.get(qualifier or "", "")
    return f"{word} {text}" if word else text


def number(value: int | float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def patients(n_with: int | None, n: int | None) -> str:
    """'10 of 12 patients', '1 patient', 'group size not stated'."""
    if n is None and n_with is None:
        return "group size not stated"
    if n_with is not None and n is not None and n_with != n:
        return f"{n_with} of {_plural(n, 'patient')}"
    if n is not None:
        return ("all " if n > 1 and n_with == n else "") + _plural(n, "patient")
    return f"{n_with} with the outcome (group size not stated)"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def source_name(code: str) -> str:
    """A crawl source's readable name: 'pubmed' → 'PubMed'; an unknown code is title-cased, never shown raw."""
    if code in SOURCE_NAMES:
        return SOURCE_NAMES[code]
    words = code.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else "Unknown source"


def confidence(value: float | None) -> str:
    """'low confidence' below LOW_CONFIDENCE, '' otherwise; None (not given) is unknown, never shown as low."""
    return "low confidence" if value is not None and value < LOW_CONFIDENCE else ""


def confidence_words(value: float | None) -> str:
    """The table's confidence cell: 'low', 'normal' or 'unknown' (the extractor gave none)."""
    if value is None:
        return "unknown"
    return "low" if value < LOW_CONFIDENCE else "normal"


def duration(claim: Any) -> tuple[int | None, str, str | None]:
    """The one duration a comparison shows: (days, role, qualifier); (None, '', None) when none is stated.

    A claim can state how long the outcome lasted, when it was assessed and how
    soon it was reached; a table column holds one, so the most telling one is
    chosen (lasted, then assessed at, then reached after) and its role is named.
    """
    for name, role in DURATION_ROLES:
        value = getattr(claim, name, None)
        if value is not None:
            qualifier = getattr(claim, "outcome_duration_qualifier", None) if name == "outcome_duration_days" else None
            return int(value), role, qualifier
    return None, "", None


def months(days_value: int | None) -> str:
    """Days in months with at most one decimal: 365 → '12', 75 → '2.5'; the table's one unit family."""
    if days_value is None:
        return ""
    value = round(days_value / DAYS_PER_MONTH, 1)
    return str(int(value)) if value.is_integer() else f"{value:.1f}"
