"""What a document says about the result it reports, as comparable features for inferred links.

Taken from the extractor's claims and document facts (products, institutions,
places) plus a few patterns the claims do not carry (the specific cell
technology, the patient's age and sex). Each feature is a `name=value` string;
the blocking keys are the specific ones (a product, an institution, a city, a
cell technology, an age), never broad ones like "type 1 diabetes", so a
candidate block stays small however large the store.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from isletwatch.model import Claim, DocFacts, Document

from .dates import day

#: Specific cell technologies named in text (the claim vocabulary lumps them together).
CELL_TECH: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chemically-reprogrammed", re.compile(r"chemically (?:induced|reprogrammed)|chemical reprogramming|CiPSC|"
                                           r"small[- ]molecule|small chemical compounds|reprogrammed fat cells", re.I)),
    ("hypoimmune", re.compile(r"hypoimmune|gene-edited (?:donor )?islet|HIP[- ]edited|CD47", re.I)),
    ("endoderm-stem-cell", re.compile(r"endoderm stem cell|E-islets?", re.I)),
    ("wharton-jelly", re.compile(r"wharton'?s jelly|ProTrans", re.I)),
    ("umbilical-msc", re.compile(r"umbilical cords?[^.]{0,30}mesenchymal|mesenchymal[^.]{0,30}umbilical cords?|"
                                 r"UC-MSC", re.I)),
    ("donor-islets", re.compile(r"donislecel|Lantidra|deceased[- ]donors?'? (?:pancreatic )?islets", re.I)),
    ("ips-sheet", re.compile(r"islet (?:cell )?sheets?", re.I)),
)
#: What else the patient had: a prior organ transplant (and its immunosuppression) marks a case well.
_PRIOR = re.compile(r"\b(kidney|liver|heart|lung) transplant", re.I)
_PRODUCT = re.compile(r"\b(VX-?\d{3}|zimislecel|VCTX\s?\d{3}A?|VC-0\d|PEC-\w+|UP\d{3}|SC\d{3}|Lantidra|donislecel|"
                      r"ProTrans|Cell Pouch)\b", re.I)
_AGE = re.compile(r"\b(\d{1,2})[- ]year[- ]old\b|\baged? (\d{1,2})\b|\bwoman, (\d{2})\b", re.I)
_SEX = (("female", re.compile(r"\b(?:woman|women's|her|she|girl)\b", re.I)),
        ("male", re.compile(r"\b(?:man|his|he|boy)\b", re.I)))
_CITIES = ("Tianjin", "Shanghai", "Beijing", "Uppsala", "Kyoto", "Edmonton", "Vancouver", "Chicago", "Oslo",
           "Ribeirao Preto", "Stockholm", "Boston", "San Diego", "Miami", "Seattle")
_PRODUCT_ALIASES = {"zimislecel": "vx-880", "lantidra": "donislecel", "vctx210a": "vctx210"}


@dataclass
class Features:
    doc_id: str
    published: date | None
    products: set[str] = field(default_factory=set)
    institutions: set[str] = field(default_factory=set)
    cities: set[str] = field(default_factory=set)
    tech: set[str] = field(default_factory=set)
    diabetes: set[str] = field(default_factory=set)
    outcomes: set[str] = field(default_factory=set)
    n_patients: set[int] = field(default_factory=set)
    ages: set[int] = field(default_factory=set)
    sex: str | None = None
    prior: set[str] = field(default_factory=set)

    def keys(self) -> set[str]:
        """Blocking keys: specific enough that two documents sharing one may well report the same result."""
        out = {f"product={p}" for p in self.products} | {f"institution={i}" for i in self.institutions}
        out |= {f"city={c}" for c in self.cities} | {f"tech={t}" for t in self.tech}
        out |= {f"age={a}" for a in self.ages} | {f"prior={p}" for p in self.prior}
        out |= {f"n={n}" for n in self.n_patients if n >= 5}
        return out


def product_key(name: str) -> str:
    """One spelling per product ('VX 880', 'vx880', 'zimislecel' → 'vx-880'), so renamed products still block."""
    key = re.sub(r"[\s_]+", "", name.lower()).replace("vx880", "vx-880")
    key = re.sub(r"^vx(\d)", r"vx-\1", key)
    return _PRODUCT_ALIASES.get(key, key)


def _institution_key(name: str) -> str:
    return re.sub(r"[^a-z ]+", "", name.lower()).strip()


def extract(doc: Document, facts: DocFacts | None, claims: list[Claim]) -> Features:
    """The features of one document (title, text, facts and claims)."""
    text = f"{doc.title}\n{doc.text}"
    f = Features(doc.id, day(doc.published))
    facts = facts or DocFacts()
    f.products = {product_key(p) for p in facts.products} | {product_key(c.product) for c in claims if c.product}
    f.products |= {product_key(m.group(1)) for m in _PRODUCT.finditer(text)}
    f.institutions = {_institution_key(i) for i in facts.institutions if len(i) > 6}
    f.cities = {c for c in _CITIES if c in text} | {loc for loc in facts.locations if loc in text[:1500]}
    f.tech = {name for name, pattern in CELL_TECH if pattern.search(text)}
    f.diabetes = {c.diabetes_type for c in claims if c.diabetes_type in ("T1D", "T2D")}
    f.diabetes |= {"T1D" for _ in re.finditer(r"type 1 diabetes|type I diabetes", text[:600], re.I)}
    f.diabetes |= {"T2D" for _ in re.finditer(r"type 2 diabetes|type II diabetes", text[:600], re.I)}
    f.prior = {m.group(1).lower() for m in _PRIOR.finditer(text)}
    f.outcomes = {c.outcome for c in claims if c.outcome}
    f.n_patients = {c.n_patients for c in claims if c.n_patients}
    f.ages = {int(c.age_years) for c in claims if c.age_years}
    f.ages |= {int(next(g for g in m.groups() if g)) for m in _AGE.finditer(text[:1500])}
    sexes = {c.sex for c in claims if c.sex}
    if not sexes:
        counts = {sex: len(p.findall(text[:1500])) for sex, p in _SEX}
        sexes = {max(counts, key=counts.get)} if any(counts.values()) and len(set(counts.values())) > 1 else set()
    f.sex = next(iter(sexes)) if len(sexes) == 1 else None
    return f
