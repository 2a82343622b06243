"""datapackage.json: a Frictionless Data Package that describes every download, column and code.

So that an analyst (or `frictionless validate`) knows without reading code
what each column holds, which values a code column takes and what they mean,
which licence applies and how to cite the data.
"""
from __future__ import annotations

import json
from typing import Any

from isletwatch.model import VOCAB

from . import labels
from .downloads import CSV_COLUMNS, Download

LICENSE = {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
           "path": "https://creativecommons.org/licenses/by/4.0/"}
RIGHTS = ("Claims, labels and metadata: CC BY 4.0. Titles and texts of documents remain the property of their "
          "publishers; they are included so each claim can be checked against its source.")
_CODE_LABELS = {"kind": labels.KIND_LABELS, "diabetes_type": labels.DIABETES_LABELS, "outcome": labels.OUTCOME_LABELS,
                "cell_type": labels.CELL_LABELS, "implant_site": labels.SITE_LABELS, "sex": labels.SEX_LABELS,
                "role": {"primary": "Primary source (paper, abstract, preprint, registry record)",
                         "report": "Report on other work (news, press release, blog…)"},
                "published_precision": {"day": "exact day", "month": "month only (day set to 1)",
                                        "year": "year only (set to 1 January)"},
                "cell_source": {"autologous": "the patient's own cells", "allogeneic": "donor cells"},
                "outcome_duration_qualifier": {"at_least": "at least", "about": "about", "exact": "exactly"}}
_DESCRIPTIONS = {
    "claim_id": "Stable id of the claim (document, extractor version, position).",
    "claim_number": "The claim's number on its document page.",
    "doc_id": "Stable id of the document (PMID, DOI, NCT id or URL based).",
    "title": "The document's title.", "outlet": "Who published the document, in words.",
    "source": "The crawler that found the document.", "kind": "What kind of document it is.",
    "role": "Whether the document is a primary source or reports on other work.",
    "published": "Publication date; see published_precision for partial dates.",
    "published_precision": "How precise the publication date is.",
    "found_at": "When IsletWatch found the document (UTC).", "url": "The original address.",
    "page": "The claim's page on this site, relative to the site root.",
    "story_id": "The story the claim belongs to (empty until stories are linked).",
    "story": "The story's name.", "primary_source_doc_id": "The document the story started from.",
    "primary_source_title": "Its title.", "primary_source_url": "Its address.",
    "diabetes_type": "Diabetes type of the patient group.", "n_patients": "Patients in the group.",
    "n_with_outcome": "Patients who reached the outcome.", "age_years": "Age in years.",
    "sex": "Sex, when the group is one person or one sex.", "disease_duration_years": "Years with diabetes.",
    "cell_type": "Kind of cells given.", "cell_source": "Whose cells.", "product": "Product name or code.",
    "immunosuppression": "Whether immunosuppression was used.", "implant_site": "Where the cells were implanted.",
    "outcome": "What happened to the patients.", "time_to_outcome_days": "Days until the outcome was reached.",
    "outcome_duration_days": "Days the outcome lasted.",
    "outcome_duration_qualifier": "Whether outcome_duration_days is a minimum, an approximation or exact.",
    "follow_up_days": "Days from treatment to the assessment.", "study_phase": "Trial phase.",
    "hedged": "True when every sentence stating the claim hedges (may, might, suggests).",
    "confidence": "The extractor's confidence that this is a real claim, 0 to 1; empty when not given. "
                  f"Below {labels.LOW_CONFIDENCE} the site marks the claim as low confidence.",
    "evidence": "Character offsets start-end of the evidence in the document text (documents.json), ';' between spans.",
    "evidence_text": "The evidence sentences.", "extractor_version": "The extractor version that found the claim.",
}
_INTEGER = {"claim_number", "n_patients", "n_with_outcome", "time_to_outcome_days", "outcome_duration_days",
            "follow_up_days"}
_NUMBER = {"age_years", "disease_duration_years", "confidence"}


def _field(name: str) -> dict[str, Any]:
    field: dict[str, Any] = {"name": name, "type": "string", "description": _DESCRIPTIONS.get(name, "")}
    if name in _INTEGER:
        field["type"] = "integer"
    elif name in _NUMBER:
        field["type"] = "number"
    elif name in ("hedged", "immunosuppression"):
        field.update(type="boolean", trueValues=["true"], falseValues=["false"])
    elif name == "published":
        field.update(type="date", format="default")
    elif name == "found_at":
        field.update(type="datetime", format="default")
    if name == "confidence":
        field["constraints"] = {"minimum": 0, "maximum": 1}
    codes = _CODE_LABELS.get(name)
    values = sorted(VOCAB[name]) if name in VOCAB else sorted(codes) if codes else None
    if values:
        names = codes or {}
        field["constraints"] = {"enum": values}
        field["categories"] = [{"value": v, "label": names.get(v, v)} for v in values]
        field["description"] += " Codes: " + "; ".join(f"{v} = {names.get(v, v)}" for v in values) + "."
    return field


def datapackage(files: list[Download], title: str, base_url: str) -> bytes:
    """The package descriptor for `files` (claims.csv is described as a table, the JSON files as documents)."""
    where = base_url.rstrip("/") + "/" if base_url else ""
    citation = (f"{title}: claims about stem-cell therapy for diabetes, extracted from news, papers, preprints and "
                f"trial registries [data set]. {where or ''}downloads/datapackage.json").replace("  ", " ")
    resources = []
    for f in files:
        resource: dict[str, Any] = {"name": f.name.replace(".", "-"), "path": f.name, "description": f.description,
                                    "bytes": f.bytes}
        if f.name.endswith(".csv"):
            resource.update(profile="tabular-data-resource", format="csv", mediatype="text/csv", encoding="utf-8-sig",
                            dialect={"delimiter": ",", "lineTerminator": "\r\n", "header": True},
                            schema={"fields": [_field(c) for c in CSV_COLUMNS], "primaryKey": ["claim_id"]})
        else:
            resource.update(profile="data-resource", format="json", mediatype="application/json", encoding="utf-8")
        resources.append(resource)
    descriptor = {
        "profile": "data-package", "name": "isletwatch", "title": f"{title} claims and documents",
        "description": "What each source says happened to patients after stem-cell or islet-cell therapy for diabetes, "
                       "with the evidence sentences. A claim is what a text says, not a verified fact.",
        "licenses": [LICENSE], "rights": RIGHTS, "citation": citation,
        "homepage": where or None, "keywords": ["diabetes", "stem cells", "islets", "claims", "media"],
        "resources": resources,
    }
    descriptor = {k: v for k, v in descriptor.items() if v is not None}
    return (json.dumps(descriptor, ensure_ascii=False, indent=1) + "\n").encode()


DESCRIPTION = "Describes every file, column and code (Frictionless Data Package), with the licence and how to cite."
