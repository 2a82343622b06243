"""ClinicalTrials.gov API v2 `/studies`: condition + intervention query, date filter, pageToken paging.

Studies updated since the watermark are asked with
`filter.advanced=AREA[LastUpdatePostDate]RANGE[since,MAX]`; a study whose
record changed (a new status, posted results) is fetched again and its
document updated. The registry record keeps status, phases, enrollment,
conditions, interventions, sponsors, locations, dates and, where posted, the
results section; the text is the summary and description plus the outcome
measures, so the claim extractor reads what the trial reports. Many records
open the detailed description with the brief summary again; it is stored
once. A body that is one study (the `/studies/{nctId}` shape, no `studies`
list) is read as a page of one.
"""
from __future__ import annotations

import re
from typing import Any, Iterator
from urllib.parse import urlencode

from scrapy.http import Response

from ..identifiers import find_identifiers, registry_ids
from ..items import DocumentItem
from .base import IsletSpider


def _results_text(results: dict[str, Any]) -> str:
    """Outcome measures of a posted results section as short readable lines."""
    lines = []
    for m in (results.get("outcomeMeasuresModule") or {}).get("outcomeMeasures", []):
        line = f"{m.get('type', '').title()} outcome: {m.get('title', '')}"
        if m.get("timeFrame"):
            line += f" (time frame: {m['timeFrame']})"
        if m.get("description"):
            line += f". {m['description']}"
        lines.append(line)
    return "\n".join(lines)


def _enrollment(info: dict[str, Any]) -> str:
    """ "Enrollment: 18 (actual)", or "Enrollment: 18" when the record does not say actual or estimated."""
    if not info.get("count"):
        return ""
    kind = str(info.get("type") or "").strip().lower()
    return f"Enrollment: {info['count']}" + (f" ({kind})" if kind else "")


def _without_prefix(text: str, prefix: str) -> str:
    """`text` without `prefix` at its start (whitespace may differ): the summary is not stored twice."""
    words = prefix.split()
    if not words:
        return text
    m = re.match(r"\s*" + r"\s+".join(map(re.escape, words)), text)
    return text[m.end():] if m else text


def parse_study(study: dict[str, Any]) -> DocumentItem | None:
    proto = study.get("protocolSection") or {}
    ident = proto.get("identificationModule") or {}
    nct = ident.get("nctId")
    title = ident.get("officialTitle") or ident.get("briefTitle")
    if not nct or not title:
        return None
    status = proto.get("statusModule") or {}
    design = proto.get("designModule") or {}
    desc = proto.get("descriptionModule") or {}
    arms = proto.get("armsInterventionsModule") or {}
    sponsors = proto.get("sponsorCollaboratorsModule") or {}
    results = study.get("resultsSection") or {}
    enrollment = design.get("enrollmentInfo") or {}
    # A facts line first: status and phase changes then change the text, so the store updates the record
    facts = "; ".join(filter(None, (
        f"Status: {str(status.get('overallStatus', '')).replace('_', ' ').lower()}" if status.get("overallStatus") else "",
        "Phase: " + ", ".join(p.replace("PHASE", "phase ").replace("EARLY_", "early ") for p in design["phases"])
        if design.get("phases") else "",
        _enrollment(enrollment))))
    summary = desc.get("briefSummary") or ""
    parts = [facts + "." if facts else "", summary, _without_prefix(desc.get("detailedDescription") or "", summary)]
    if results:
        parts.append("Results posted.\n" + _results_text(results))
    text = "\n\n".join(p.strip() for p in parts if p and p.strip())
    secondary = [s.get("id") for s in ident.get("secondaryIdInfos", []) if s.get("id")]
    found = find_identifiers([text, *secondary])
    date = lambda key: (status.get(key) or {}).get("date")  # noqa: E731
    return DocumentItem(
        source="clinicaltrials", url=f"https://clinicaltrials.gov/study/{nct}", title=title, text=text,
        kind="registry", published=date("studyFirstPostDateStruct") or status.get("studyFirstSubmitDate"),
        language="en", identifiers={"nct": nct},
        meta={"brief_title": ident.get("briefTitle"), "acronym": ident.get("acronym"),
              "status": status.get("overallStatus"), "why_stopped": status.get("whyStopped"),
              "phases": design.get("phases", []), "study_type": design.get("studyType"),
              "enrollment": design.get("enrollmentInfo"),
              "conditions": (proto.get("conditionsModule") or {}).get("conditions", []),
              "keywords": (proto.get("conditionsModule") or {}).get("keywords", []),
              "interventions": [{"type": i.get("type"), "name": i.get("name")} for i in arms.get("interventions", [])],
              "sponsor": (sponsors.get("leadSponsor") or {}).get("name"),
              "collaborators": [c.get("name") for c in sponsors.get("collaborators", [])],
              "locations": [{k: loc.get(k) for k in ("facility", "city", "state", "country")}
                            for loc in (proto.get("contactsLocationsModule") or {}).get("locations", [])],
              "dates": {"start": date("startDateStruct"), "primary_completion": date("primaryCompletionDateStruct"),
                        "completion": date("completionDateStruct"), "first_posted": date("studyFirstPostDateStruct"),
                        "last_update": date("lastUpdatePostDateStruct")},
              "secondary_ids": secondary, "registry_ids": sorted({nct, *registry_ids(found)}),
              "has_results": bool(study.get("hasResults") or results), "results": results or None})


class ClinicalTrialsSpider(IsletSpider):
    name = "clinicaltrials"
    base_url_setting = "CLINICALTRIALS_BASE_URL"

    def page_url(self, token: str | None) -> str:
        params = {"format": "json", "query.cond": self.settings.get("CLINICALTRIALS_COND"),
                  "query.intr": self.settings.get("CLINICALTRIALS_INTR"),
                  "filter.advanced": f"AREA[LastUpdatePostDate]RANGE[{self.since().isoformat()},MAX]",
                  "pageSize": self.settings.getint("CLINICALTRIALS_PAGE_SIZE")}
        if token:
            params["pageToken"] = token
        else:
            params["countTotal"] = "true"  # counted on the first page only, as the API does
        return f"{self.base_url}/studies?{urlencode(params)}"

    def first_requests(self) -> Iterator[Any]:
        yield self.get(self.page_url(None), self.parse)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        data = self.json_page(response)
        if data is None:
            return
        if "studies" in data:
            studies = data.get("studies") or []
        elif "protocolSection" in data:
            studies = [data]  # a single-study body
        else:
            self.fail(f"{response.url}: neither a `studies` list nor a study (keys: {', '.join(sorted(data)) or 'none'})"
                      "; page skipped")
            return
        yield from self.items_from(studies, parse_study, response)
        token = data.get("nextPageToken")
        if studies and token and self.first_time(token, self.asked):
            yield self.get(self.page_url(token), self.parse)
