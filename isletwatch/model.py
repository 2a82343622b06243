"""The data model every stage shares: documents, claims and SCHEMA v1.

`Claim.to_schema()` and `Extraction.to_schema()` produce exactly the SCHEMA v1
records that shared/claims/score.py reads, so the extractor, the store and the
site cannot drift apart. Ids are derived, never random, so a rerun of any stage
updates what it wrote before instead of duplicating it.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime, timezone
from functools import cache
from typing import Any, Iterable

from .errors import ValidationError

SCHEMA_VERSION = 1

CLAIM_FIELDS: tuple[str, ...] = (
    "diabetes_type", "n_patients", "n_with_outcome", "age_years", "sex",
    "disease_duration_years", "cell_type", "cell_source", "product",
    "immunosuppression", "implant_site", "outcome", "time_to_outcome_days",
    "outcome_duration_days", "outcome_duration_qualifier", "follow_up_days",
    "study_phase",
)
DOC_FIELDS: tuple[str, ...] = ("registry_ids", "locations", "institutions", "products", "hype_terms")
INT_FIELDS = frozenset({"n_patients", "n_with_outcome", "time_to_outcome_days",
                        "outcome_duration_days", "follow_up_days"})
NUMBER_FIELDS = frozenset({"age_years", "disease_duration_years"})
BOOL_FIELDS = frozenset({"immunosuppression"})
VOCAB: dict[str, frozenset[str]] = {
    "diabetes_type": frozenset({"T1D", "T2D", "LADA", "other"}),
    "sex": frozenset({"female", "male"}),
    "cell_type": frozenset({"iPSC", "CiPSC", "ESC", "PSC", "MSC", "HSC", "donor_islets", "stem_cell", "other"}),
    "cell_source": frozenset({"autologous", "allogeneic"}),
    "implant_site": frozenset({"portal_vein", "abdominal_rectus_sheath", "subcutaneous",
                               "forearm_muscle", "omentum", "other"}),
    "outcome": frozenset({"insulin_independence", "medication_free", "insulin_reduction", "hba1c_target",
                          "c_peptide", "hypoglycemia_free", "time_in_range", "adverse_event", "death",
                          "no_benefit"}),
    "outcome_duration_qualifier": frozenset({"at_least", "about", "exact"}),
    "study_phase": frozenset({"phase 1", "phase 1/2", "phase 2", "phase 2/3", "phase 3", "phase 4"}),
}
HYPE_TERMS = frozenset({"cure", "cured", "breakthrough", "revolutionary", "miracle", "reverse", "reversed",
                        "reversing", "game-changer", "landmark", "first-ever", "unprecedented"})
KINDS = frozenset({"news", "abstract", "article", "preprint", "registry", "press_release", "blog",
                   "transcript", "forum", "other"})


def stable_hash(*parts: str, length: int = 16) -> str:
    """Short hex digest: the same parts give the same id on every machine and run."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into the document's stored text (end exclusive); slots: a large site holds ~600,000."""

    start: int
    end: int

    def to_schema(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}

    def __reduce__(self) -> tuple[Any, tuple[int, int]]:
        # a frozen slots dataclass otherwise unpickles through dataclasses.fields() per span: ~20x slower
        return (Span, (self.start, self.end))


@dataclass
class Claim:
    """One patient group + one intervention + one outcome, with its evidence."""

    diabetes_type: str | None = None
    n_patients: int | None = None
    n_with_outcome: int | None = None
    age_years: float | None = None
    sex: str | None = None
    disease_duration_years: float | None = None
    cell_type: str | None = None
    cell_source: str | None = None
    product: str | None = None
    immunosuppression: bool | None = None
    implant_site: str | None = None
    outcome: str | None = None
    time_to_outcome_days: int | None = None
    outcome_duration_days: int | None = None
    outcome_duration_qualifier: str | None = None
    follow_up_days: int | None = None
    study_phase: str | None = None
    hedged: bool = False
    evidence: list[Span] = field(default_factory=list)
    # How likely the claim is a real claim with the right frame, in [0, 1], calibrated on the held-out
    # real pages; None when the extractor gives none. SCHEMA v1 output names it x_confidence, the
    # scorer's convention for keys beside the schema.
    confidence: float | None = None
    # Store-side identity; not part of SCHEMA v1 output.
    id: str = ""
    doc_id: str = ""
    position: int = 0
    extractor_version: str = ""

    def to_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {f: getattr(self, f) for f in CLAIM_FIELDS}
        out["hedged"] = bool(self.hedged)
        out["evidence"] = [s.to_schema() for s in self.evidence]
        if self.confidence is not None:
            out["x_confidence"] = self.confidence
        return out

    def to_dict(self) -> dict[str, Any]:
        """SCHEMA fields plus the store-side identity, for the index and the site."""
        out = self.to_schema()
        out.pop("x_confidence", None)
        out.update(confidence=self.confidence, id=self.id, doc_id=self.doc_id, position=self.position,
                   extractor_version=self.extractor_version)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Claim":
        known = _field_names(cls)  # once per class: a site build reads 300,000 claims (twice)
        kwargs = {k: v for k, v in data.items() if k in known and k != "evidence"}
        if "x_confidence" in data and "confidence" not in data:
            kwargs["confidence"] = data["x_confidence"]
        kwargs["evidence"] = [Span(int(s["start"]), int(s["end"])) for s in data.get("evidence") or []]
        claim = cls(**kwargs)
        claim.validate()
        return claim

    def validate(self) -> None:
        for name, allowed in VOCAB.items():
            value = getattr(self, name)
            if value is not None and value not in allowed:
                raise ValidationError(f"claim field {name}={value!r} is not one of {sorted(allowed)}")
        for name in INT_FIELDS | NUMBER_FIELDS:
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
                raise ValidationError(f"claim field {name}={value!r} must be a number or null")
        if self.immunosuppression is not None and not isinstance(self.immunosuppression, bool):
            raise ValidationError(f"claim field immunosuppression={self.immunosuppression!r} must be true, false or null")
        if self.confidence is not None and (isinstance(self.confidence, bool) or not isinstance(self.confidence, (int, float))
                                            or not 0 <= self.confidence <= 1):
            raise ValidationError(f"claim confidence={self.confidence!r} must be a number in [0, 1] or null")
        for span in self.evidence:
            if not 0 <= span.start <= span.end:
                raise ValidationError(f"evidence span {span} is not a valid (start, end) pair")


@dataclass
class DocFacts:
    """Document-level SCHEMA v1 fields (`doc` in an output record)."""

    registry_ids: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    institutions: list[str] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    hype_terms: list[str] = field(default_factory=list)

    def to_schema(self) -> dict[str, list[str]]:
        return {f: list(getattr(self, f)) for f in DOC_FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "DocFacts":
        data = data or {}
        return cls(**{f: [str(v) for v in data.get(f) or []] for f in DOC_FIELDS})


@dataclass
class Extraction:
    """What the extractor says about one document, in one piece so the store can swap it atomically."""

    doc_id: str
    extractor_version: str
    text_hash: str
    facts: DocFacts = field(default_factory=DocFacts)
    claims: list[Claim] = field(default_factory=list)

    def __post_init__(self) -> None:
        for i, claim in enumerate(self.claims):
            claim.doc_id, claim.position, claim.extractor_version = self.doc_id, i, self.extractor_version
            claim.id = claim_id(self.doc_id, self.extractor_version, i)

    def to_schema(self) -> dict[str, Any]:
        return {"id": self.doc_id, "doc": self.facts.to_schema(), "claims": [c.to_schema() for c in self.claims]}


@cache
def _field_names(cls: type) -> frozenset[str]:
    """The dataclass's field names, computed once per class (dataclasses.fields walks them on every call)."""
    return frozenset(f.name for f in fields(cls))


def claim_id(doc_id: str, extractor_version: str, position: int) -> str:
    return f"c{stable_hash(doc_id, extractor_version, str(position))}"


def text_hash(title: str, text: str) -> str:
    """What extraction depends on: a changed hash means the claims must be redone."""
    return stable_hash(title or "", text or "", length=32)


def document_id(*, url: str = "", doi: str | None = None, pmid: str | None = None,
                nct: str | None = None) -> str:
    """Derive a stable id: PMID, then DOI, then NCT id, then the canonical URL.

    A paper reached through PubMed and Europe PMC shares its PMID, so both
    sources update one document instead of creating two.
    """
    if pmid:
        return f"pmid-{str(pmid).strip()}"
    if doi:
        return f"doi-{stable_hash(doi.strip().lower())}"
    if nct:
        return f"nct-{nct.strip().upper()}"
    if url:
        return f"url-{stable_hash(url.strip())}"
    raise ValidationError("a document needs a URL, DOI, PMID or NCT id to get a stable id")


@dataclass
class Document:
    """A crawled item (paper, registry record, preprint, news story) as the store keeps it."""

    source: str
    url: str
    title: str = ""
    text: str = ""
    kind: str = "other"
    published: str | None = None
    fetched_at: str = field(default_factory=utc_now)
    language: str | None = None
    identifiers: dict[str, str] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    duplicate_of: str | None = None
    id: str = ""
    content_hash: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            ids = self.identifiers
            self.id = document_id(url=self.url, doi=ids.get("doi"), pmid=ids.get("pmid"), nct=ids.get("nct"))
        if not self.content_hash:
            self.content_hash = text_hash(self.title, self.text)
        self.validate()

    def validate(self) -> None:
        if not self.source:
            raise ValidationError(f"document {self.id}: 'source' is empty")
        if not self.url:
            raise ValidationError(f"document {self.id}: 'url' is empty")
        if self.kind not in KINDS:
            raise ValidationError(f"document {self.id}: kind {self.kind!r} is not one of {sorted(KINDS)}")
        if self.published is not None and not _is_iso_date(self.published):
            raise ValidationError(f"document {self.id}: published {self.published!r} is not an ISO 8601 date")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        known = _field_names(cls)
        return cls(**{k: v for k, v in data.items() if k in known})

    @classmethod
    def from_schema_input(cls, record: dict[str, Any], source: str = "jsonl") -> "Document":
        """A SCHEMA v1 input line (`id`, `kind`, `title`, `text`, ...); extra keys such as `gold` are ignored."""
        if not isinstance(record, dict) or "id" not in record:
            raise ValidationError("a SCHEMA v1 input line is a JSON object with an 'id'")
        text = record.get("text")
        if not isinstance(text, str):
            raise ValidationError(f"record {record['id']}: 'text' must be a string")
        kind = record.get("kind") if record.get("kind") in KINDS else "other"
        published = record.get("published") if _is_iso_date(record.get("published")) else None
        return cls(source=source, id=str(record["id"]), url=str(record.get("url") or f"urn:isletwatch:{record['id']}"),
                   title=str(record.get("title") or ""), text=text, kind=kind, published=published)

    @property
    def year(self) -> int | None:
        return int(self.published[:4]) if self.published else None


_PLAIN_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _is_iso_date(value: Any) -> bool:
    if not isinstance(value, str) or len(value) < 4:
        return False
    plain = _PLAIN_DATE.fullmatch(value)
    if plain:  # the common forms without strptime (~20 µs a call, most of loading a large store)
        try:
            date(int(plain[1]), int(plain[2] or 1), int(plain[3] or 1))
            return True
        except ValueError:
            return False
    for fmt_len, parse in ((10, "%Y-%m-%d"), (7, "%Y-%m"), (4, "%Y")):
        if len(value) == fmt_len:
            try:
                datetime.strptime(value, parse)
                return True
            except ValueError:
                return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
        return True
    except ValueError:
        return False


def dumps(record: dict[str, Any]) -> str:
    """Canonical JSON for output lines: the same record always gives the same bytes."""
    return json.dumps(record, ensure_ascii=False, sort_keys=False, separators=(", ", ": "))


def claims_from_schema(records: Iterable[dict[str, Any]]) -> list[Claim]:
    return [Claim.from_dict(r) for r in records]
