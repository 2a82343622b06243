"""ClinicalTrials.gov API v2 study records for the demo corpus.

`study()` renders one entry of `studies[]` with the v2 module layout
(protocolSection modules, resultsSection where results are posted,
derivedSection, hasResults). Registry records state design, phase and
enrollment; only those with posted results state outcomes.
"""
from __future__ import annotations

from typing import Any

PAGE_TOKENS = ["NF0g5JGBlPMuwQ", "NF0g5JGBlPMuwg"]

MESH = {
    "T1D": ("D003922", "Diabetes Mellitus, Type 1"),
    "T2D": ("D003924", "Diabetes Mellitus, Type 2"),
    "HF": ("D006333", "Heart Failure"),
    "HYPO": ("D007003", "Hypoglycemia"),
}


def _date(value: str | None, kind: str = "ACTUAL") -> dict[str, str] | None:
    return {"date": value, "type": kind} if value else None


def _loc(facility: str, city: str, country: str, state: str | None = None, zip_: str | None = None,
         status: str | None = None, geo: tuple[float, float] | None = None) -> dict[str, Any]:
    loc: dict[str, Any] = {"facility": facility}
    if status:
        loc["status"] = status
    loc["city"] = city
    if state:
        loc["state"] = state
    if zip_:
        loc["zip"] = zip_
    loc["country"] = country
    if geo:
        loc["geoPoint"] = {"lat": geo[0], "lon": geo[1]}
    return loc


def study(s: dict[str, Any]) -> dict[str, Any]:
    ident: dict[str, Any] = {"nctId": s["nct"], "orgStudyIdInfo": {"id": s["org_study_id"]},
                             "organization": {"fullName": s["sponsor"][0], "class": s["sponsor"][1]},
                             "briefTitle": s["brief_title"], "officialTitle": s["official_title"]}
    if s.get("acronym"):
        ident["acronym"] = s["acronym"]
    status: dict[str, Any] = {"statusVerifiedDate": s["verified"], "overallStatus": s["status"]}
    if s.get("why_stopped"):
        status["whyStopped"] = s["why_stopped"]
    status["expandedAccessInfo"] = {"hasExpandedAccess": False}
    status["startDateStruct"] = _date(*s["start"])
    status["primaryCompletionDateStruct"] = _date(*s["primary_completion"])
    status["completionDateStruct"] = _date(*s["completion"])
    status["studyFirstSubmitDate"] = s["first_submit"]
    status["studyFirstSubmitQcDate"] = s["first_submit"]
    status["studyFirstPostDateStruct"] = _date(s["first_post"])
    if s.get("results"):
        status["resultsFirstSubmitDate"] = s["results"]["submitted"]
        status["resultsFirstSubmitQcDate"] = s["results"]["submitted"]
        status["resultsFirstPostDateStruct"] = _date(s["results"]["posted"])
    status["lastUpdateSubmitDate"] = s["last_update"]
    status["lastUpdatePostDateStruct"] = _date(s["last_update"])
    sponsor: dict[str, Any] = {"responsibleParty": {"type": s.get("responsible", "SPONSOR")},
                               "leadSponsor": {"name": s["sponsor"][0], "class": s["sponsor"][1]}}
    if s.get("collaborators"):
        sponsor["collaborators"] = [{"name": n, "class": c} for n, c in s["collaborators"]]
    design: dict[str, Any] = {"studyType": "INTERVENTIONAL", "phases": s["phases"],
                              "designInfo": {"allocation": s.get("allocation", "NA"),
                                             "interventionModel": s.get("model", "SINGLE_GROUP"),
                                             "primaryPurpose": "TREATMENT",
                                             "maskingInfo": {"masking": s.get("masking", "NONE")}},
                              "enrollmentInfo": {"count": s["enrollment"][0], "type": s["enrollment"][1]}}
    if s.get("masking") and s["masking"] != "NONE":
        design["designInfo"]["maskingInfo"]["whoMasked"] = ["PARTICIPANT", "INVESTIGATOR", "OUTCOMES_ASSESSOR"]
    arms = {"armGroups": [{"label": lbl, "type": typ, "description": desc, "interventionNames": names}
                          for lbl, typ, desc, names in s["arms"]],
            "interventions": []}
    for typ, name, desc, arm_labels, other in s["interventions"]:
        iv: dict[str, Any] = {"type": typ, "name": name, "description": desc, "armGroupLabels": arm_labels}
        if other:
            iv["otherNames"] = other
        arms["interventions"].append(iv)
    outcomes: dict[str, Any] = {"primaryOutcomes": [{"measure": m, "description": d, "timeFrame": t}
                                                    for m, d, t in s["primary_outcomes"]]}
    if s.get("secondary_outcomes"):
        outcomes["secondaryOutcomes"] = [{"measure": m, "description": d, "timeFrame": t}
                                         for m, d, t in s["secondary_outcomes"]]
    elig = {"eligibilityCriteria": s["criteria"], "healthyVolunteers": False, "sex": s.get("sex", "ALL"),
            "minimumAge": s.get("min_age", "18 Years")}
    if s.get("max_age"):
        elig["maximumAge"] = s["max_age"]
    elig["stdAges"] = s.get("std_ages", ["ADULT", "OLDER_ADULT"])
    contacts: dict[str, Any] = {}
    if s.get("officials"):
        contacts["overallOfficials"] = [{"name": n, "affiliation": a, "role": r} for n, a, r in s["officials"]]
    contacts["locations"] = s["locations"]
    protocol: dict[str, Any] = {
        "identificationModule": ident,
        "statusModule": status,
        "sponsorCollaboratorsModule": sponsor,
        "oversightModule": {"oversightHasDmc": True, "isFdaRegulatedDrug": s.get("fda_drug", True),
                            "isFdaRegulatedDevice": s.get("fda_device", False)},
        "descriptionModule": {"briefSummary": s["summary"], **({"detailedDescription": s["description"]}
                                                              if s.get("description") else {})},
        "conditionsModule": {"conditions": s["conditions"], **({"keywords": s["keywords"]}
                                                               if s.get("keywords") else {})},
        "designModule": design,
        "armsInterventionsModule": arms,
        "outcomesModule": outcomes,
        "eligibilityModule": elig,
        "contactsLocationsModule": contacts,
    }
    if s.get("references"):
        protocol["referencesModule"] = {"references": [{"pmid": p, "type": t, "citation": c}
                                                       for p, t, c in s["references"]]}
    out: dict[str, Any] = {"protocolSection": protocol}
    if s.get("results"):
        out["resultsSection"] = s["results"]["section"]
    meshes = [{"id": MESH[k][0], "term": MESH[k][1]} for k in s["mesh"]]
    out["derivedSection"] = {"miscInfoModule": {"versionHolder": "2025-10-31"},
                             "conditionBrowseModule": {"meshes": meshes}}
    out["hasResults"] = bool(s.get("results"))
    return out


# ----------------------------------------------------------------------------- results helpers
def count_outcome(kind: str, title: str, desc: str, population: str, time_frame: str,
                  groups: list[tuple[str, str]], denoms: list[int], values: list[str],
                  param: str = "COUNT_OF_PARTICIPANTS", unit: str = "Participants",
                  dispersion: str | None = None, spreads: list[str] | None = None) -> dict[str, Any]:
    og = [{"id": f"OG{i:03d}", "title": t, "description": d} for i, (t, d) in enumerate(groups)]
    meas = []
    for i, v in enumerate(values):
        m = {"groupId": f"OG{i:03d}", "value": v}
        if spreads:
            m["spread"] = spreads[i]
        meas.append(m)
    om: dict[str, Any] = {"type": kind, "title": title, "description": desc, "populationDescription": population,
                          "reportingStatus": "POSTED", "paramType": param}
    if dispersion:
        om["dispersionType"] = dispersion
    om.update({"unitOfMeasure": unit, "timeFrame": time_frame, "groups": og,
               "denoms": [{"units": "Participants",
                           "counts": [{"groupId": f"OG{i:03d}", "value": str(n)} for i, n in enumerate(denoms)]}],
               "classes": [{"categories": [{"measurements": meas}]}]})
    return om


def flow(groups: list[tuple[str, str]], started: list[int], completed: list[int]) -> dict[str, Any]:
    fg = [{"id": f"FG{i:03d}", "title": t, "description": d} for i, (t, d) in enumerate(groups)]

    def ach(ns: list[int]) -> list[dict[str, str]]:
        return [{"groupId": f"FG{i:03d}", "numSubjects": str(n)} for i, n in enumerate(ns)]
    return {"groups": fg, "periods": [{"title": "Overall Study", "milestones": [
        {"type": "STARTED", "achievements": ach(started)},
        {"type": "COMPLETED", "achievements": ach(completed)},
        {"type": "NOT COMPLETED", "achievements": ach([a - b for a, b in zip(started, completed)])}]}]}


def adverse(groups: list[tuple[str, str]], at_risk: list[int], deaths: list[int], serious: list[int],
            other: list[int], serious_events: list[tuple[str, str, list[int]]], time_frame: str) -> dict[str, Any]:
    eg = [{"id": f"EG{i:03d}", "title": t, "description": d, "deathsNumAffected": deaths[i],
           "deathsNumAtRisk": at_risk[i], "seriousNumAffected": serious[i], "seriousNumAtRisk": at_risk[i],
           "otherNumAffected": other[i], "otherNumAtRisk": at_risk[i]} for i, (t, d) in enumerate(groups)]
    return {"frequencyThreshold": "5", "timeFrame": time_frame,
            "description": "Adverse events were collected at every study visit.", "eventGroups": eg,
            "seriousEvents": [{"term": term, "organSystem": system, "sourceVocabulary": "MedDRA 24.0",
                               "assessmentType": "SYSTEMATIC_ASSESSMENT",
                               "stats": [{"groupId": f"EG{i:03d}", "numEvents": n, "numAffected": n,
                                          "numAtRisk": at_risk[i]} for i, n in enumerate(ns)]}
                              for term, system, ns in serious_events]}


def baseline(groups: list[tuple[str, str]], n: list[int], age_mean: list[str], age_sd: list[str],
             female: list[int]) -> dict[str, Any]:
    bg = [{"id": f"BG{i:03d}", "title": t, "description": d} for i, (t, d) in enumerate(groups)]
    ids = [f"BG{i:03d}" for i in range(len(groups))]
    return {"groups": bg,
            "denoms": [{"units": "Participants", "counts": [{"groupId": g, "value": str(v)} for g, v in zip(ids, n)]}],
            "measures": [
                {"title": "Age, Continuous", "paramType": "MEAN", "dispersionType": "STANDARD_DEVIATION",
                 "unitOfMeasure": "years", "classes": [{"categories": [{"measurements": [
                     {"groupId": g, "value": a, "spread": sd} for g, a, sd in zip(ids, age_mean, age_sd)]}]}]},
                {"title": "Sex: Female, Male", "paramType": "COUNT_OF_PARTICIPANTS", "unitOfMeasure": "Participants",
                 "classes": [{"categories": [
                     {"title": "Female", "measurements": [{"groupId": g, "value": str(f)}
                                                          for g, f in zip(ids, female)]},
                     {"title": "Male", "measurements": [{"groupId": g, "value": str(t - f)}
                                                        for g, t, f in zip(ids, n, female)]}]}]}]}


def contact(org: str) -> dict[str, Any]:
    return {"certainAgreement": {"piSponsorEmployee": False, "restrictiveAgreement": False},
            "pointOfContact": {"title": "Clinical Trials Office", "organization": org}}


T1D_CRITERIA = ("Inclusion Criteria:\n\n* Clinical history of type 1 diabetes for at least 5 years\n"
                "* Undetectable or very low stimulated C-peptide\n"
                "* Impaired awareness of hypoglycemia and one or more severe hypoglycemic events in the past year "
                "despite expert care\n\nExclusion Criteria:\n\n* Prior islet or pancreas transplant (unless stated)\n"
                "* Body mass index above 30 kg/m2\n* Active infection, malignancy, or significant kidney or liver "
                "disease\n* Contraindication to the immunosuppressive regimen")

STUDIES: list[dict[str, Any]] = [
    dict(
        nct="NCT04786262", story="vertex", relevant=True, org_study_id="VX20-880-101",
        sponsor=("Vertex Pharmaceuticals Incorporated", "INDUSTRY"),
        brief_title="A Safety, Tolerability, and Efficacy Study of VX-880 in Participants With Type 1 Diabetes",
        official_title="A Phase 1/2/3, Open-label Study to Evaluate the Safety, Tolerability, and Efficacy of "
                       "Zimislecel (VX-880) in Participants With Type 1 Diabetes With Impaired Hypoglycemic Awareness "
                       "and Severe Hypoglycemia",
        verified="2025-07", status="ACTIVE_NOT_RECRUITING", start=("2021-03-29",),
        primary_completion=("2026-10-31", "ESTIMATED"), completion=("2031-06-30", "ESTIMATED"),
        first_submit="2021-03-03", first_post="2021-03-05", last_update="2025-07-18",
        summary="This study evaluates the safety, tolerability and efficacy of zimislecel (VX-880), allogeneic "
                "stem cell-derived, fully differentiated pancreatic islet cells, given as an infusion into the hepatic "
                "portal vein with immunosuppression, in people with type 1 diabetes who have impaired awareness of "
                "hypoglycemia and severe hypoglycemic events.",
        description="Part A: half dose with staggered enrollment. Part B: full dose with staggered enrollment. "
                    "Part C: full dose with concurrent enrollment. The study was expanded in 2024 into a Phase "
                    "1/2/3 study of approximately 50 participants.",
        conditions=["Type 1 Diabetes"], keywords=["stem cell-derived islets", "islet cell therapy", "zimislecel"],
        phases=["PHASE1", "PHASE2", "PHASE3"], allocation="NON_RANDOMIZED", model="SEQUENTIAL",
        enrollment=(50, "ESTIMATED"),
        arms=[("Part A: Zimislecel half dose", "EXPERIMENTAL", "Single infusion of half the target dose.",
               ["Biological: Zimislecel"]),
              ("Parts B and C: Zimislecel full dose", "EXPERIMENTAL", "Single infusion of the full target dose.",
               ["Biological: Zimislecel"])],
        interventions=[("BIOLOGICAL", "Zimislecel", "Stem cell-derived, fully differentiated islet cells infused "
                        "into the hepatic portal vein.", ["Part A: Zimislecel half dose",
                                                          "Parts B and C: Zimislecel full dose"], ["VX-880"]),
                       ("DRUG", "Immunosuppressive therapy", "Glucocorticoid-free induction and maintenance "
                        "immunosuppression.", ["Part A: Zimislecel half dose",
                                               "Parts B and C: Zimislecel full dose"], [])],
        primary_outcomes=[("Parts A and B: Safety and tolerability assessed by number of participants with "
                           "adverse events", "", "From day 1 up to 5 years"),
                          ("Part C: Proportion of participants who are insulin independent without severe "
                           "hypoglycemic events", "", "Day 180 to day 365")],
        secondary_outcomes=[("Proportion of participants with HbA1c <7.0% and no severe hypoglycemic events", "",
                             "Day 90 to day 365")],
        criteria=T1D_CRITERIA, max_age="65 Years",
        officials=[("Medical Monitor", "Vertex Pharmaceuticals Incorporated", "STUDY_DIRECTOR")],
        locations=[_loc("Duke University Medical Center", "Durham", "United States", "North Carolina", "27710",
                        geo=(35.99403, -78.89862)),
                   _loc("Massachusetts General Hospital", "Boston", "United States", "Massachusetts", "02114",
                        geo=(42.35843, -71.05977)),
                   _loc("University of Chicago Medicine", "Chicago", "United States", "Illinois", "60637",
                        geo=(41.85003, -87.65005)),
                   _loc("University of Wisconsin Hospital and Clinics", "Madison", "United States", "Wisconsin",
                        "53792", geo=(43.07305, -89.40123)),
                   _loc("Leiden University Medical Center", "Leiden", "Netherlands", zip_="2333 ZA",
                        geo=(52.15833, 4.49306)),
                   _loc("UZ Leuven", "Leuven", "Belgium", zip_="3000", geo=(50.87959, 4.70093))],
        references=[("40544428", "RESULT", "Reichman TW, et al. Stem Cell-Derived, Fully Differentiated Islets for "
                                           "Type 1 Diabetes. N Engl J Med. 2025;393(9):858-868.")],
        mesh=["T1D", "HYPO"],
    ),
    dict(
        nct="NCT05791201", story="vx264", relevant=True, org_study_id="VX22-264-101",
        sponsor=("Vertex Pharmaceuticals Incorporated", "INDUSTRY"),
        brief_title="Evaluation of Safety, Tolerability, and Efficacy of VX-264 in Participants With Type 1 Diabetes",
        official_title="A Phase 1/2, Open-label Study to Evaluate the Safety, Tolerability, and Efficacy of VX-264, "
                       "Encapsulated Stem Cell-derived Islets, in Participants With Type 1 Diabetes",
        verified="2025-04", status="TERMINATED",
        why_stopped="Sponsor decision: the program did not meet its efficacy goal (C-peptide levels insufficient).",
        start=("2023-03-14",), primary_completion=("2025-02-20",), completion=("2025-03-28",),
        first_submit="2023-03-17", first_post="2023-03-30", last_update="2025-04-22",
        summary="This study evaluates whether VX-264, stem cell-derived islet cells encapsulated in a device "
                "intended to protect them from the immune system, is safe and restores insulin production in people "
                "with type 1 diabetes without the need for immunosuppression.",
        conditions=["Type 1 Diabetes"], keywords=["encapsulated islets", "stem cell-derived islets"],
        phases=["PHASE1", "PHASE2"], enrollment=(17, "ACTUAL"),
        arms=[("VX-264", "EXPERIMENTAL", "Surgical implantation of VX-264.", ["Combination Product: VX-264"])],
        interventions=[("COMBINATION_PRODUCT", "VX-264", "Stem cell-derived islets in an immunoprotective "
                        "channel array device.", ["VX-264"], [])],
        primary_outcomes=[("Number of participants with adverse events", "", "Up to 1 year"),
                          ("Change in peak C-peptide during mixed-meal tolerance test", "", "Baseline, day 90")],
        criteria=T1D_CRITERIA, fda_device=True,
        locations=[_loc("University of Alberta Hospital", "Edmonton", "Canada", "Alberta", "T6G 2B7",
                        geo=(53.55014, -113.46871)),
                   _loc("City of Hope", "Duarte", "United States", "California", "91010", geo=(34.13945, -117.97729))],
        mesh=["T1D"],
    ),
    dict(
        nct="NCT03163511", story="viacyte", relevant=True, org_study_id="VC02-101",
        sponsor=("ViaCyte", "INDUSTRY"),
        brief_title="A Safety, Tolerability, and Efficacy Study of VC-02™ Combination Product in Subjects With Type 1 "
                    "Diabetes Mellitus",
        official_title="Open-Label Phase 1/2 Evaluation of Subcutaneously Implanted, Directly Vascularized VC-02™ "
                       "(PEC-01 Cells in a Perforated Device) in Type 1 Diabetes With Hypoglycemia Unawareness",
        verified="2023-05", status="COMPLETED", start=("2017-07-27",), primary_completion=("2023-01-31",),
        completion=("2023-03-30",), first_submit="2017-05-18", first_post="2017-05-22", last_update="2023-05-04",
        summary="Units of VC-02, a device with openings that let blood vessels grow into it, are filled with PEC-01, "
                "pancreatic progenitor cells made from human embryonic stem cells, and placed under the skin. "
                "Because host tissue reaches the cells, participants take immunosuppressive drugs. Safety comes "
                "first; the study also measures C-peptide to learn whether the grafts secrete insulin.",
        conditions=["Type 1 Diabetes Mellitus", "Hypoglycemia Unawareness"],
        keywords=["embryonic stem cells", "islet replacement", "PEC-Direct"],
        phases=["PHASE1", "PHASE2"], enrollment=(67, "ACTUAL"), fda_device=True,
        arms=[("VC-02 Combination Product", "EXPERIMENTAL", "Subcutaneous implantation of VC-02 units.",
               ["Combination Product: VC-02"])],
        interventions=[("COMBINATION_PRODUCT", "VC-02", "PEC-01 cells in a perforated device.",
                        ["VC-02 Combination Product"], ["PEC-Direct"])],
        primary_outcomes=[("Incidence of adverse events", "", "Up to 2 years"),
                          ("Proportion of subjects with stimulated C-peptide >= 0.1 nmol/L", "", "Month 6")],
        criteria=T1D_CRITERIA, max_age="65 Years",
        locations=[_loc("University of Alberta", "Edmonton", "Canada", "Alberta"),
                   _loc("Vancouver General Hospital", "Vancouver", "Canada", "British Columbia"),
                   _loc("UZ Brussel", "Brussels", "Belgium"),
                   _loc("University of California San Diego", "La Jolla", "United States", "California")],
        references=[("34861146", "RESULT", "Ramzy A, et al. Cell Stem Cell. 2021;28(12):2047-2061.e5."),
                    ("35028608", "RESULT", "Shapiro AMJ, et al. Cell Rep Med. 2021;2(12):100466.")],
        mesh=["T1D", "HYPO"],
    ),
    dict(
        nct="NCT02239354", story="viacyte", relevant=True, org_study_id="VC01-101",
        sponsor=("ViaCyte", "INDUSTRY"), collaborators=[("California Institute for Regenerative Medicine (CIRM)",
                                                         "OTHER_GOV")],
        brief_title="A Safety, Tolerability, and Efficacy Study of VC-01™ Combination Product in Subjects With Type I "
                    "Diabetes Mellitus",
        official_title="A Phase 1/2, Open-Label Study of VC-01™ Combination Product (PEC-Encap) in Subjects With Type 1 "
                       "Diabetes Mellitus",
        verified="2021-03", status="COMPLETED", start=("2014-09-01",), primary_completion=("2018-01-31",),
        completion=("2018-06-30",), first_submit="2014-09-05", first_post="2014-09-09", last_update="2021-03-17",
        summary="VC-01 consists of embryonic stem cell-derived pancreatic endoderm cells in an immunoprotective "
                "(encapsulating) device implanted under the skin, intended to make insulin without immunosuppression.",
        conditions=["Type 1 Diabetes Mellitus"], phases=["PHASE1", "PHASE2"], enrollment=(19, "ACTUAL"),
        fda_device=True,
        arms=[("VC-01 Combination Product", "EXPERIMENTAL", "Subcutaneous implantation of encapsulated PEC-01.",
               ["Combination Product: VC-01"])],
        interventions=[("COMBINATION_PRODUCT", "VC-01", "Encapsulated PEC-01 cells.", ["VC-01 Combination Product"],
                        ["PEC-Encap"])],
        primary_outcomes=[("Number of participants with stimulated C-peptide >= 0.1 nmol/L", "", "Week 26")],
        criteria=T1D_CRITERIA,
        locations=[_loc("University of California San Diego", "La Jolla", "United States", "California"),
                   _loc("University of Alberta", "Edmonton", "Canada", "Alberta")],
        results=dict(submitted="2019-06-20", posted="2019-07-15", section={
            "participantFlowModule": flow([("VC-01", "Encapsulated PEC-01 implants")], [19], [17]),
            "baselineCharacteristicsModule": baseline([("VC-01", "Encapsulated PEC-01 implants")], [19], ["43.2"],
                                                      ["11.8"], [8]),
            "outcomeMeasuresModule": {"outcomeMeasures": [count_outcome(
                "PRIMARY", "Number of Participants With Stimulated C-peptide >= 0.1 nmol/L",
                "C-peptide measured during a mixed-meal tolerance test.",
                "Participants in the full-dose cohort with a week 26 test.", "Week 26",
                [("VC-01", "Encapsulated PEC-01 implants")], [15], ["0"])]},
            "adverseEventsModule": adverse([("VC-01", "")], [19], [0], [2], [15],
                                           [("Implant site infection", "Infections and infestations", [1]),
                                            ("Device explantation", "Surgical and medical procedures", [1])],
                                           "Up to 2 years"),
            "moreInfoModule": {"limitationsAndCaveats": {"description": "Cell survival in the encapsulating device "
                               "was insufficient; a foreign-body response limited engraftment."},
                               **contact("ViaCyte")}}),
        mesh=["T1D"],
    ),
    dict(
        nct="NCT05210530", story="viacyte", relevant=True, org_study_id="VCTX210-101",
        sponsor=("CRISPR Therapeutics AG", "INDUSTRY"), collaborators=[("ViaCyte", "INDUSTRY")],
        brief_title="A Safety, Tolerability, and Efficacy Study of VCTX210A Combination Product in Subjects With "
                    "Type 1 Diabetes Mellitus",
        official_title="A Phase 1, Open-Label, First-in-Human Study of Gene-edited, Immune-evasive, Stem "
                       "Cell-derived Pancreatic Endoderm Cells (VCTX210A) in Subjects With Type 1 Diabetes",
        verified="2023-09", status="COMPLETED", start=("2022-01-26",), primary_completion=("2023-08-01",),
        completion=("2023-08-01",), first_submit="2022-01-14", first_post="2022-01-27", last_update="2023-09-19",
        summary="VCTX210A uses CRISPR/Cas9 gene-edited, allogeneic pluripotent stem cell-derived pancreatic endoderm "
                "cells, designed to evade the immune system, delivered in a device implanted under the skin without "
                "immunosuppression.",
        conditions=["Type 1 Diabetes"], phases=["PHASE1"], enrollment=(6, "ACTUAL"), fda_device=True,
        arms=[("VCTX210A", "EXPERIMENTAL", "Subcutaneous implantation.", ["Combination Product: VCTX210A"])],
        interventions=[("COMBINATION_PRODUCT", "VCTX210A", "Gene-edited PEC cells in a device.", ["VCTX210A"], [])],
        primary_outcomes=[("Incidence of adverse events", "", "Up to 1 year")],
        criteria=T1D_CRITERIA,
        locations=[_loc("University of Alberta Hospital", "Edmonton", "Canada", "Alberta")],
        mesh=["T1D"],
    ),
    dict(
        nct="NCT03406585", story="msc", relevant=True, org_study_id="NC-ProTrans-001", acronym="ProTrans",
        sponsor=("NextCell Pharma Ab", "INDUSTRY"), collaborators=[("Uppsala University", "OTHER")],
        brief_title="Mesenchymal Stromal Cells From Wharton's Jelly (ProTrans) in Newly Diagnosed Type 1 Diabetes",
        official_title="A Phase I/II Study of Allogeneic Wharton's Jelly-derived Mesenchymal Stromal Cells (ProTrans) "
                       "to Preserve Beta-cell Function in Adults With Newly Diagnosed Type 1 Diabetes",
        verified="2023-06", status="COMPLETED", start=("2018-01-15",), primary_completion=("2021-09-30",),
        completion=("2022-03-31",), first_submit="2018-01-16", first_post="2018-01-23", last_update="2023-06-12",
        summary="ProTrans is an allogeneic preparation of umbilical cord (Wharton's jelly) mesenchymal stromal cells. "
                "After open dose escalation, adults with type 1 diabetes diagnosed within 2 years are randomized 2:1 "
                "to a single infusion of ProTrans or placebo to assess safety and preservation of C-peptide.",
        conditions=["Type 1 Diabetes"], keywords=["mesenchymal stromal cells", "Wharton's jelly", "C-peptide"],
        phases=["PHASE1", "PHASE2"], allocation="RANDOMIZED", model="PARALLEL", masking="QUADRUPLE",
        enrollment=(24, "ACTUAL"),
        arms=[("ProTrans", "EXPERIMENTAL", "200 million cells, single intravenous infusion.", ["Biological: ProTrans"]),
              ("Placebo", "PLACEBO_COMPARATOR", "Vehicle infusion.", ["Other: Placebo"])],
        interventions=[("BIOLOGICAL", "ProTrans", "Wharton's jelly mesenchymal stromal cells.", ["ProTrans"], []),
                       ("OTHER", "Placebo", "Vehicle.", ["Placebo"], [])],
        primary_outcomes=[("Change in C-peptide AUC (mixed-meal tolerance test)", "", "Baseline to 12 months")],
        criteria="Inclusion Criteria:\n\n* Type 1 diabetes diagnosed within 2 years\n* Age 18-40 years\n"
                 "* Stimulated C-peptide > 0.12 nmol/L\n\nExclusion Criteria:\n\n* Pregnancy\n* Active infection",
        max_age="40 Years", std_ages=["ADULT"],
        locations=[_loc("Uppsala University Hospital", "Uppsala", "Sweden", zip_="751 85", geo=(59.85882, 17.63889))],
        references=[("37221247", "RESULT", "Carlsson PO, et al. Diabetologia. 2023;66(8):1431-1441.")],
        results=dict(submitted="2023-05-30", posted="2023-06-12", section={
            "participantFlowModule": flow([("ProTrans", "Randomized part, 200 million cells"),
                                           ("Placebo", "Randomized part, vehicle")], [10, 5], [10, 5]),
            "baselineCharacteristicsModule": baseline([("ProTrans", ""), ("Placebo", "")], [10, 5], ["26.4", "25.1"],
                                                      ["6.2", "5.8"], [3, 2]),
            "outcomeMeasuresModule": {"outcomeMeasures": [count_outcome(
                "PRIMARY", "Percent Change in C-peptide AUC From Baseline",
                "C-peptide area under the curve during a mixed-meal tolerance test.",
                "Randomized participants.", "Baseline to 12 months",
                [("ProTrans", "200 million cells"), ("Placebo", "Vehicle")], [10, 5], ["-10.3", "-47.0"],
                param="MEAN", unit="percent change", dispersion="STANDARD_DEVIATION", spreads=["21.4", "19.7"])]},
            "adverseEventsModule": adverse([("ProTrans", ""), ("Placebo", "")], [10, 5], [0, 0], [0, 0], [6, 3], [],
                                           "12 months"),
            "moreInfoModule": contact("NextCell Pharma Ab")}),
        mesh=["T1D"],
    ),
    dict(
        nct="NCT00434811", story="lantidra", relevant=True, org_study_id="DAIT CIT-07", acronym="CIT-07",
        sponsor=("National Institute of Allergy and Infectious Diseases (NIAID)", "NIH"),
        collaborators=[("National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK)", "NIH")],
        brief_title="Purified Human Pancreatic Islets in Type 1 Diabetes With Severe Hypoglycemia (CIT-07)",
        official_title="A Phase 3 Study of Purified Human Pancreatic Islet Transplantation in Type 1 Diabetes "
                       "Complicated by Impaired Awareness of Hypoglycemia and Severe Hypoglycemic Events",
        verified="2022-02", status="COMPLETED", start=("2008-01-01",), primary_completion=("2015-02-28",),
        completion=("2016-08-31",), first_submit="2007-02-12", first_post="2007-02-13", last_update="2022-02-24",
        summary="Adults with type 1 diabetes and severe hypoglycemia despite expert care receive one or more "
                "infusions of purified allogeneic islets from deceased donors into the portal vein, with "
                "immunosuppression. The primary end point combines HbA1c below 7.0% with freedom from severe "
                "hypoglycemic events one year after the first transplant.",
        conditions=["Type 1 Diabetes Mellitus", "Hypoglycemia"], keywords=["islet transplantation"],
        phases=["PHASE3"], enrollment=(48, "ACTUAL"),
        arms=[("Islet transplantation", "EXPERIMENTAL", "Purified human pancreatic islets, up to three infusions.",
               ["Biological: Purified human pancreatic islets"])],
        interventions=[("BIOLOGICAL", "Purified human pancreatic islets", "Allogeneic islets from deceased donors.",
                        ["Islet transplantation"], ["PHPI"])],
        primary_outcomes=[("HbA1c < 7.0% and free of severe hypoglycemic events", "", "Day 365 after first "
                           "transplant")],
        secondary_outcomes=[("HbA1c < 7.0% and free of severe hypoglycemic events", "", "Day 730"),
                            ("Insulin independence", "", "Day 365")],
        criteria=T1D_CRITERIA, max_age="65 Years",
        locations=[_loc("University of Minnesota", "Minneapolis", "United States", "Minnesota"),
                   _loc("University of Miami", "Miami", "United States", "Florida"),
                   _loc("University of Illinois at Chicago", "Chicago", "United States", "Illinois"),
                   _loc("University of Pennsylvania", "Philadelphia", "United States", "Pennsylvania")],
        results=dict(submitted="2016-10-05", posted="2016-11-21", section={
            "participantFlowModule": flow([("Islet transplantation", "")], [48], [44]),
            "baselineCharacteristicsModule": baseline([("Islet transplantation", "")], [48], ["48.4"], ["10.4"],
                                                      [31]),
            "outcomeMeasuresModule": {"outcomeMeasures": [
                count_outcome("PRIMARY", "Number of Participants With HbA1c < 7.0% and Free of Severe Hypoglycemic "
                              "Events at Day 365", "", "All transplanted participants.", "Day 365",
                              [("Islet transplantation", "")], [48], ["42"]),
                count_outcome("SECONDARY", "Number of Participants With HbA1c < 7.0% and Free of Severe "
                              "Hypoglycemic Events at Day 730", "", "All transplanted participants.", "Day 730",
                              [("Islet transplantation", "")], [48], ["34"]),
                count_outcome("SECONDARY", "Number of Participants Insulin Independent at Day 365", "",
                              "All transplanted participants.", "Day 365", [("Islet transplantation", "")], [48],
                              ["25"])]},
            "adverseEventsModule": adverse([("Islet transplantation", "")], [48], [0], [12], [46],
                                           [("Intraperitoneal hemorrhage", "Gastrointestinal disorders", [2]),
                                            ("Neutropenia", "Blood and lymphatic system disorders", [3])],
                                           "Up to 2 years"),
            "moreInfoModule": contact("NIAID")}),
        mesh=["T1D", "HYPO"],
    ),
    dict(
        nct="NCT00566813", story="lantidra", relevant=True, org_study_id="UIH-001",
        sponsor=("University of Illinois at Chicago", "OTHER"), responsible="SPONSOR",
        brief_title="Islet Transplantation in Type 1 Diabetic Patients Using the University of Illinois at Chicago "
                    "(UIC) Protocol",
        official_title="Phase 1/2 Study of Allogeneic Islet Transplantation (Donislecel) in Adults With Brittle "
                       "Type 1 Diabetes",
        verified="2023-07", status="COMPLETED", start=("2004-03-01",), primary_completion=("2019-12-31",),
        completion=("2021-06-30",), first_submit="2007-11-29", first_post="2007-12-03", last_update="2023-07-06",
        summary="Adults with type 1 diabetes and severe hypoglycemic unawareness receive allogeneic deceased-donor "
                "islets (the product later licensed as donislecel, Lantidra) infused into the hepatic portal vein, "
                "with immunosuppression. Outcomes are insulin independence, HbA1c and hypoglycemia.",
        conditions=["Type 1 Diabetes"], keywords=["donislecel", "Lantidra", "islet transplantation"],
        phases=["PHASE1", "PHASE2"], enrollment=(10, "ACTUAL"),
        arms=[("Donislecel", "EXPERIMENTAL", "One to three islet infusions.", ["Biological: Donislecel"])],
        interventions=[("BIOLOGICAL", "Donislecel", "Allogeneic pancreatic islet cellular suspension.",
                        ["Donislecel"], ["Lantidra"])],
        primary_outcomes=[("Insulin independence", "", "1 year after the last infusion")],
        criteria=T1D_CRITERIA,
        officials=[("Jose Oberholzer, MD", "University of Illinois at Chicago", "PRINCIPAL_INVESTIGATOR")],
        locations=[_loc("University of Illinois Hospital", "Chicago", "United States", "Illinois", "60612",
                        geo=(41.85003, -87.65005))],
        results=dict(submitted="2023-06-30", posted="2023-07-24", section={
            "participantFlowModule": flow([("Donislecel", "")], [10], [9]),
            "baselineCharacteristicsModule": baseline([("Donislecel", "")], [10], ["44.7"], ["9.3"], [6]),
            "outcomeMeasuresModule": {"outcomeMeasures": [count_outcome(
                "PRIMARY", "Number of Participants Insulin Independent 1 Year After Last Infusion", "",
                "Participants who completed the infusion series.", "1 year after last infusion",
                [("Donislecel", "")], [10], ["7"])]},
            "adverseEventsModule": adverse([("Donislecel", "")], [10], [0], [3], [10],
                                           [("Portal vein thrombosis", "Vascular disorders", [1])], "Up to 10 years"),
            "moreInfoModule": contact("University of Illinois at Chicago")}),
        mesh=["T1D"],
    ),
    dict(
        nct="NCT03513939", story="lantidra", relevant=True, org_study_id="SCP-UC-01",
        sponsor=("Sernova Corporation", "INDUSTRY"), collaborators=[("University of Chicago", "OTHER")],
        brief_title="A Safety, Tolerability and Efficacy Study of Sernova's Cell Pouch™ for Clinical Islet "
                    "Transplantation",
        official_title="Phase 1/2 Study of Allogeneic Islet Transplantation Into a Pre-vascularized Subcutaneous "
                       "Cell Pouch in Type 1 Diabetes With Hypoglycemia Unawareness",
        verified="2025-02", status="ACTIVE_NOT_RECRUITING", start=("2019-01-30",),
        primary_completion=("2026-12", "ESTIMATED"), completion=("2027-12", "ESTIMATED"),
        first_submit="2018-04-23", first_post="2018-05-03", last_update="2025-02-11",
        summary="Donor islets are transplanted into a Cell Pouch device implanted under the skin weeks earlier so that "
                "it becomes vascularized, with immunosuppression, to test a retrievable extra-hepatic site.",
        conditions=["Type 1 Diabetes", "Hypoglycemia Unawareness"], phases=["PHASE1", "PHASE2"],
        enrollment=(7, "ACTUAL"), fda_device=True,
        arms=[("Cell Pouch + islets", "EXPERIMENTAL", "Device implantation then islet transplantation.",
               ["Combination Product: Cell Pouch with islets"])],
        interventions=[("COMBINATION_PRODUCT", "Cell Pouch with islets", "Subcutaneous device.",
                        ["Cell Pouch + islets"], [])],
        primary_outcomes=[("Safety: incidence of adverse events", "", "Up to 3 years")],
        criteria=T1D_CRITERIA,
        officials=[("Piotr Witkowski, MD, PhD", "University of Chicago", "PRINCIPAL_INVESTIGATOR")],
        locations=[_loc("University of Chicago Medicine", "Chicago", "United States", "Illinois", "60637")],
        mesh=["T1D", "HYPO"],
    ),
    dict(
        nct="NCT06239636", story="sana", relevant=True, org_study_id="UP421-01",
        sponsor=("Uppsala University", "OTHER"), collaborators=[("Sana Biotechnology", "INDUSTRY")],
        responsible="PRINCIPAL_INVESTIGATOR",
        brief_title="Hypoimmune Primary Islet Cells (UP421) in Type 1 Diabetes Without Immunosuppression",
        official_title="A First-in-Human, Investigator-initiated Study of Intramuscular Transplantation of "
                       "HIP-edited Allogeneic Primary Islet Cells (UP421) Without Immunosuppression in Type 1 Diabetes",
        verified="2025-01", status="ACTIVE_NOT_RECRUITING", start=("2024-12-10",),
        primary_completion=("2025-12-31", "ESTIMATED"), completion=("2029-12-31", "ESTIMATED"),
        first_submit="2024-01-26", first_post="2024-02-02", last_update="2025-01-14",
        summary="Primary islet cells from a deceased donor, gene-edited (HLA class I and II knocked out, CD47 "
                "overexpressed) to evade the immune system, are implanted into the forearm muscle of an adult with "
                "type 1 diabetes who receives no immunosuppressive drugs. The study assesses safety, cell survival "
                "and C-peptide production.",
        conditions=["Type 1 Diabetes"], keywords=["hypoimmune", "gene editing", "islet cells"],
        phases=["PHASE1"], enrollment=(1, "ACTUAL"),
        arms=[("UP421", "EXPERIMENTAL", "Intramuscular forearm implantation.", ["Biological: UP421"])],
        interventions=[("BIOLOGICAL", "UP421", "HIP-edited primary human islet cells.", ["UP421"], [])],
        primary_outcomes=[("Adverse events", "", "Up to 12 months"),
                          ("Graft survival by PET-MRI and C-peptide", "", "Week 4, week 12, month 6")],
        criteria="Inclusion Criteria:\n\n* Type 1 diabetes for at least 10 years\n* Adult\n\nExclusion Criteria:\n\n"
                 "* Any immunosuppressive treatment", std_ages=["ADULT", "OLDER_ADULT"],
        officials=[("Per-Ola Carlsson, MD, PhD", "Uppsala University", "PRINCIPAL_INVESTIGATOR")],
        locations=[_loc("Uppsala University Hospital", "Uppsala", "Sweden", zip_="751 85", geo=(59.85882, 17.63889))],
        references=[("40757216", "RESULT", "Carlsson PO, et al. N Engl J Med. 2025;393(9):887-894.")],
        mesh=["T1D"],
    ),
    dict(
        nct="NCT01413035", story="msc", relevant=True, org_study_id="PLAGH-UCMSC-T2D",
        sponsor=("Chinese PLA General Hospital", "OTHER"),
        brief_title="Umbilical Cord Mesenchymal Stem Cells for Insulin-Treated Type 2 Diabetes",
        official_title="A Randomized, Double-blind, Placebo-controlled Phase II Study of Umbilical Cord-derived "
                       "Mesenchymal Stem Cells in Adults With Type 2 Diabetes on Insulin",
        verified="2021-08", status="COMPLETED", start=("2014-03-01",), primary_completion=("2019-12-31",),
        completion=("2020-06-30",), first_submit="2011-08-08", first_post="2011-08-09", last_update="2021-08-17",
        summary="Adults with type 2 diabetes treated with insulin receive three intravenous infusions of "
                "umbilical cord-derived mesenchymal stem cells (UC-MSCs) or placebo at four-week intervals and are "
                "followed for 48 weeks.",
        conditions=["Type 2 Diabetes"], phases=["PHASE2"], allocation="RANDOMIZED", model="PARALLEL",
        masking="DOUBLE", enrollment=(91, "ACTUAL"), fda_drug=False,
        arms=[("UC-MSC", "EXPERIMENTAL", "1×10^6 cells/kg, three infusions.", ["Biological: UC-MSC"]),
              ("Placebo", "PLACEBO_COMPARATOR", "Saline, three infusions.", ["Other: Placebo"])],
        interventions=[("BIOLOGICAL", "UC-MSC", "Umbilical cord mesenchymal stem cells.", ["UC-MSC"], []),
                       ("OTHER", "Placebo", "Saline.", ["Placebo"], [])],
        primary_outcomes=[("Proportion with HbA1c < 7.0% and daily insulin reduced by >= 50%", "", "Week 48")],
        criteria="Inclusion Criteria:\n\n* Type 2 diabetes on insulin for at least 1 year\n* Age 18-70\n\n"
                 "Exclusion Criteria:\n\n* Type 1 diabetes\n* Malignancy", max_age="70 Years",
        locations=[_loc("Chinese PLA General Hospital", "Beijing", "China", zip_="100853", geo=(39.9075, 116.39723))],
        references=[("35505375", "RESULT", "Zang L, et al. Stem Cell Res Ther. 2022;13(1):180.")],
        mesh=["T2D"],
    ),
    dict(
        nct="NCT04061746", story="msc", relevant=True, org_study_id="KI-WJMSC-PED", acronym="PROTECT-WJ",
        sponsor=("Karolinska Institutet", "OTHER"), collaborators=[("Oslo University Hospital", "OTHER")],
        brief_title="Wharton's Jelly Mesenchymal Stromal Cells in Children With Newly Diagnosed Type 1 Diabetes",
        official_title="PROTECT-WJ: Two Intravenous Doses of Umbilical Cord (Wharton's Jelly) Stromal Cells Versus "
                       "Placebo for Residual Insulin Secretion in Paediatric Type 1 Diabetes, a Randomized Phase II "
                       "Trial",
        verified="2024-07", status="COMPLETED", start=("2020-02-03",), primary_completion=("2023-11-30",),
        completion=("2024-05-31",), first_submit="2019-08-15", first_post="2019-08-19", last_update="2024-07-02",
        summary="Children aged 8-17 years within 100 days of a type 1 diabetes diagnosis are randomized 2:1 to two "
                "infusions of Wharton's jelly mesenchymal stromal cells six months apart, or placebo.",
        conditions=["Type 1 Diabetes"], phases=["PHASE2"], allocation="RANDOMIZED", model="PARALLEL",
        masking="QUADRUPLE", enrollment=(48, "ACTUAL"), fda_drug=False, min_age="8 Years", max_age="17 Years",
        std_ages=["CHILD"],
        arms=[("WJ-MSC", "EXPERIMENTAL", "Two infusions.", ["Biological: WJ-MSC"]),
              ("Placebo", "PLACEBO_COMPARATOR", "Two vehicle infusions.", ["Other: Placebo"])],
        interventions=[("BIOLOGICAL", "WJ-MSC", "Wharton's jelly mesenchymal stromal cells.", ["WJ-MSC"], []),
                       ("OTHER", "Placebo", "Vehicle.", ["Placebo"], [])],
        primary_outcomes=[("Stimulated C-peptide (MMTT)", "", "12 months")],
        criteria="Inclusion Criteria:\n\n* Type 1 diabetes diagnosed within 100 days\n* Age 8-17 years\n\n"
                 "Exclusion Criteria:\n\n* Other autoimmune disease requiring treatment",
        locations=[_loc("Karolinska University Hospital", "Stockholm", "Sweden", zip_="171 76"),
                   _loc("Oslo University Hospital", "Oslo", "Norway")],
        mesh=["T1D"],
    ),
    # ------------------------------------------------------------------ irrelevant
    dict(
        nct="NCT02032004", story="irrelevant", relevant=False, org_study_id="MSB-DR003", acronym="DREAM-HF",
        sponsor=("Mesoblast, Ltd.", "INDUSTRY"),
        brief_title="Efficacy and Safety of Allogeneic Mesenchymal Precursor Cells (Rexlemestrocel-L) for the "
                    "Treatment of Heart Failure",
        official_title="A Phase 3, Multi-center, Randomized, Double-blind, Sham-controlled Study of Transendocardial "
                       "Rexlemestrocel-L in Chronic Heart Failure With Reduced Ejection Fraction",
        verified="2023-02", status="COMPLETED", start=("2014-02-28",), primary_completion=("2020-08-31",),
        completion=("2021-02-28",), first_submit="2014-01-06", first_post="2014-01-09", last_update="2023-02-15",
        summary="Patients with chronic heart failure receive transendocardial injections of 150 million allogeneic "
                "mesenchymal precursor cells or a sham procedure; the primary outcome is recurrent decompensated "
                "heart failure events.",
        conditions=["Chronic Heart Failure"], phases=["PHASE3"], allocation="RANDOMIZED", model="PARALLEL",
        masking="DOUBLE", enrollment=(565, "ACTUAL"),
        arms=[("Rexlemestrocel-L", "EXPERIMENTAL", "150 million cells.", ["Biological: Rexlemestrocel-L"]),
              ("Sham", "SHAM_COMPARATOR", "Scripted sham procedure.", ["Procedure: Sham"])],
        interventions=[("BIOLOGICAL", "Rexlemestrocel-L", "Mesenchymal precursor cells.", ["Rexlemestrocel-L"], []),
                       ("PROCEDURE", "Sham", "Sham procedure.", ["Sham"], [])],
        primary_outcomes=[("Recurrent decompensated heart failure major adverse cardiac events", "", "Up to 5 years")],
        criteria="Inclusion Criteria:\n\n* Chronic heart failure, NYHA class II-III\n* LVEF <= 40%\n\n"
                 "Exclusion Criteria:\n\n* Recent myocardial infarction",
        locations=[_loc("Texas Heart Institute", "Houston", "United States", "Texas")],
        mesh=["HF"],
    ),
    dict(
        nct="NCT03987919", story="irrelevant", relevant=False, org_study_id="I8F-MC-GPGL", acronym="SURPASS-2",
        sponsor=("Eli Lilly and Company", "INDUSTRY"),
        brief_title="A Study of Tirzepatide (LY3298176) Versus Semaglutide Once Weekly as Add-on Therapy to "
                    "Metformin in Participants With Type 2 Diabetes (SURPASS-2)",
        official_title="A Randomized, Phase 3, Open-label Trial Comparing the Effect of Tirzepatide Once Weekly "
                       "Versus Semaglutide Once Weekly in Patients With Type 2 Diabetes Inadequately Controlled on "
                       "Metformin",
        verified="2022-06", status="COMPLETED", start=("2019-07-30",), primary_completion=("2021-02-15",),
        completion=("2021-03-01",), first_submit="2019-06-18", first_post="2019-06-20", last_update="2022-06-01",
        summary="This study compares tirzepatide with semaglutide, both once weekly, added to metformin in adults "
                "with type 2 diabetes; the main outcome is change in HbA1c after 40 weeks.",
        conditions=["Type 2 Diabetes"], phases=["PHASE3"], allocation="RANDOMIZED", model="PARALLEL",
        enrollment=(1879, "ACTUAL"),
        arms=[("Tirzepatide 15 mg", "EXPERIMENTAL", "Subcutaneous, once weekly.", ["Drug: Tirzepatide"]),
              ("Semaglutide 1 mg", "ACTIVE_COMPARATOR", "Subcutaneous, once weekly.", ["Drug: Semaglutide"])],
        interventions=[("DRUG", "Tirzepatide", "Administered SC", ["Tirzepatide 15 mg"], ["LY3298176"]),
                       ("DRUG", "Semaglutide", "Administered SC", ["Semaglutide 1 mg"], [])],
        primary_outcomes=[("Change From Baseline in Hemoglobin A1c (HbA1c)", "", "Baseline, Week 40")],
        criteria="Inclusion Criteria:\n\n* Type 2 diabetes inadequately controlled on metformin\n* HbA1c 7.0-10.5%\n\n"
                 "Exclusion Criteria:\n\n* Type 1 diabetes\n* History of pancreatitis",
        locations=[_loc("National Research Institute", "Los Angeles", "United States", "California")],
        results=dict(submitted="2022-02-10", posted="2022-03-08", section={
            "participantFlowModule": flow([("Tirzepatide 15 mg", ""), ("Semaglutide 1 mg", "")], [470, 469],
                                          [438, 443]),
            "outcomeMeasuresModule": {"outcomeMeasures": [count_outcome(
                "PRIMARY", "Change From Baseline in Hemoglobin A1c (HbA1c)", "", "Efficacy estimand population.",
                "Baseline, Week 40", [("Tirzepatide 15 mg", ""), ("Semaglutide 1 mg", "")], [470, 469],
                ["-2.30", "-1.86"], param="LEAST_SQUARES_MEAN", unit="percentage of HbA1c",
                dispersion="STANDARD_ERROR", spreads=["0.05", "0.05"])]},
            "moreInfoModule": contact("Eli Lilly and Company")}),
        mesh=["T2D"],
    ),
]
