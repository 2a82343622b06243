"""Europe PMC REST search results (resultType=core) for the demo corpus.

Three MED records are the same papers as in pubmed.py (same PMID/DOI: a
cross-source link, not a new document); two PPR preprints are the same as in
preprints.py (same DOI).
"""
from __future__ import annotations

import re
from typing import Any

from . import pubmed as P

QUERY = ('("stem cell" OR islet OR "cell therapy" OR mesenchymal) AND (diabetes OR diabetic) '
         'AND (FIRST_PDATE:[2021-01-01 TO 2025-12-31])')
CURSORS = ["AoJwgKmJ7ZUDKDQwNTQ0NDI4", "AoJw2LyR9JQDKFBQUjk0MjI2Mg", "AoJw2LyR9JQDKFBQUjk0MjI2Mg"]


def _pubmed(pmid: str) -> dict[str, Any]:
    return next(r for r in P.RECORDS if r["pmid"] == pmid)


def _authors_from_pubmed(r: dict[str, Any]) -> list[tuple[str, str, str]]:
    out = []
    for a in r["authors"]:
        if a[0].startswith("@"):
            continue
        aff = r.get("affils", {}).get(a[2][0], "") if len(a) > 2 and a[2] else ""
        out.append((a[1], a[0], aff))
    return out


def _abstract_from_pubmed(r: dict[str, Any]) -> str:
    if isinstance(r["abstract"], str):
        return r["abstract"]
    return "".join(f"<h4>{label.title()}</h4>{text}" for label, _, text in r["abstract"])


def from_pubmed(pmid: str, **extra: Any) -> dict[str, Any]:
    r = _pubmed(pmid)
    j = r["journal"]
    month = j["pubdate"][1]
    entrez = next(d for s, d in r["history"] if s == "entrez")
    rec = dict(
        id=pmid, source="MED", pmid=pmid, pmcid=r.get("pmc"), doi=r["doi"], title=r["title"],
        authors=_authors_from_pubmed(r), abstract=_abstract_from_pubmed(r),
        journal=dict(title=j["title"], iso=j["iso"], issn=j.get("issn_linking", j["issn"][1]),
                     essn=j["issn"][1], nlmid=j["nlm_id"]),
        volume=j.get("volume"), issue=j.get("issue"), pub_year=j["pubdate"][0],
        date_of_publication=f"{j['pubdate'][0]} {month}" + (f" {int(j['pubdate'][2])}" if j["pubdate"][2] else ""),
        pages=r.get("pages"), pubtypes=["research-article"] + [t[1] for t in r["pubtypes"]],
        first_pub="%04d-%02d-%02d" % tuple(r.get("article_date") or entrez[:3]),
        first_index="%04d-%02d-%02d" % entrez[:3],
        story=r["story"], relevant=r["relevant"], also_in=["pubmed"], kind=r.get("kind", "abstract"),
        open_access=bool(r.get("pmc")), cited_by=extra.pop("cited_by", 0),
        mesh=[m[1] for m in r.get("mesh", [])], keywords=r.get("keywords", []),
    )
    rec.update(extra)
    return rec


def _initials(first: str) -> str:
    return "".join(p[0] for p in re.split(r"[\s\-]+", first) if p)


def core_record(r: dict[str, Any]) -> dict[str, Any]:
    """One `resultType=core` result, with the fields and field order Europe PMC uses."""
    authors = r["authors"]
    author_string = ", ".join(f"{last} {_initials(first)}" for first, last, _ in authors) + "."
    out: dict[str, Any] = {"id": r["id"], "source": r["source"]}
    if r.get("pmid"):
        out["pmid"] = r["pmid"]
    if r.get("pmcid"):
        out["pmcid"] = r["pmcid"]
        out["fullTextIdList"] = {"fullTextId": [r["pmcid"]]}
    if r.get("doi"):
        out["doi"] = r["doi"]
    out["title"] = r["title"]
    out["authorString"] = author_string
    out["authorList"] = {"author": [
        {"fullName": f"{last} {_initials(first)}", "firstName": first, "lastName": last, "initials": _initials(first),
         **({"authorAffiliationDetailsList": {"authorAffiliation": [{"affiliation": aff}]}} if aff else {})}
        for first, last, aff in authors]}
    if r["source"] in ("MED", "PMC"):
        j = r["journal"]
        ji: dict[str, Any] = {}
        if r.get("issue"):
            ji["issue"] = r["issue"]
        if r.get("volume"):
            ji["volume"] = r["volume"]
        ji.update({"journalIssueId": abs(hash_int(r["id"])) % 9000000 + 1000000,
                   "dateOfPublication": r["date_of_publication"],
                   "monthOfPublication": _month_num(r["date_of_publication"]),
                   "yearOfPublication": int(r["pub_year"]),
                   "printPublicationDate": r.get("print_date", r["first_pub"]),
                   "journal": {"title": j["title"], "medlineAbbreviation": j["iso"], "essn": j["essn"],
                               "issn": j["issn"], "isoabbreviation": j["iso"], "nlmid": j["nlmid"]}})
        out["journalInfo"] = ji
    out["pubYear"] = str(r["pub_year"])
    if r.get("pages"):
        out["pageInfo"] = r["pages"]
    out["abstractText"] = r["abstract"]
    if authors and authors[0][2]:
        out["affiliation"] = authors[0][2]
    if r["source"] == "PPR":
        out["publicationStatus"] = "preprint"
    else:
        out["publicationStatus"] = r.get("publication_status", "ppublish")
    out["language"] = "eng"
    out["pubModel"] = r.get("pub_model", "Print-Electronic" if r["source"] == "MED" else "Electronic")
    out["pubTypeList"] = {"pubType": r["pubtypes"]}
    if r["source"] == "PPR":
        out["bookOrReportDetails"] = {"publisher": r["publisher"], "yearOfPublication": int(r["pub_year"])}
    if r.get("keywords"):
        out["keywordList"] = {"keyword": r["keywords"]}
    if r.get("mesh"):
        out["meshHeadingList"] = {"meshHeading": [{"majorTopic_YN": "N", "descriptorName": m} for m in r["mesh"]]}
    urls = []
    if r.get("doi"):
        urls.append({"availability": "Free" if r["source"] == "PPR" or r.get("open_access") else "Subscription required",
                     "availabilityCode": "F" if r["source"] == "PPR" or r.get("open_access") else "S",
                     "documentStyle": "doi", "site": "DOI", "url": f"https://doi.org/{r['doi']}"})
    if r.get("pmcid"):
        urls += [{"availability": "Open access", "availabilityCode": "OA", "documentStyle": "html",
                  "site": "Europe_PMC", "url": f"https://europepmc.org/articles/{r['pmcid']}"},
                 {"availability": "Open access", "availabilityCode": "OA", "documentStyle": "pdf",
                  "site": "Europe_PMC", "url": f"https://europepmc.org/articles/{r['pmcid']}?pdf=render"}]
    if urls:
        out["fullTextUrlList"] = {"fullTextUrl": urls}
    if r.get("comment_on"):
        out["commentCorrectionList"] = {"commentCorrection": [
            {"id": r["comment_on"][0], "source": "MED", "reference": r["comment_on"][1], "type": "Comment on",
             "orderIn": 0}]}
    oa = "Y" if r.get("open_access") else "N"
    out.update({"isOpenAccess": oa, "inEPMC": "Y" if r.get("pmcid") else "N", "inPMC": "Y" if r.get("pmcid") else "N",
                "hasPDF": "Y" if r.get("pmcid") else "N", "hasBook": "N", "hasSuppl": "N",
                "citedByCount": r.get("cited_by", 0), "hasData": "N", "hasReferences": "Y" if r["source"] != "PPR" else "N",
                "hasTextMinedTerms": "Y", "hasDbCrossReferences": "N", "hasLabsLinks": "Y"})
    if r.get("license"):
        out["license"] = r["license"]
    out.update({"hasEvaluations": "N", "authMan": "N", "epmcAuthMan": "N", "nihAuthMan": "N",
                "hasTMAccessionNumbers": "Y" if re.search(r"NCT\d{8}", r["abstract"]) else "N"})
    if r["source"] == "PPR":
        out["versionNumber"] = r.get("version", 1)
    out["dateOfCreation"] = r["first_index"]
    out["firstIndexDate"] = r["first_index"]
    if r["source"] != "PPR":
        out["dateOfRevision"] = r["first_index"]
        out["electronicPublicationDate"] = r["first_pub"]
    out["firstPublicationDate"] = r["first_pub"]
    return out


def hash_int(s: str) -> int:
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 2147483647
    return h


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _month_num(date_of_publication: str) -> int:
    parts = date_of_publication.split()
    return MONTHS.index(parts[1]) + 1 if len(parts) > 1 else 1


def med(id_: str, title: str, authors: list, abstract: str, journal: dict, date_of_publication: str, first_pub: str,
        first_index: str, story: str, **kw: Any) -> dict[str, Any]:
    return dict(id=id_, source="MED", pmid=id_, title=title, authors=authors, abstract=abstract, journal=journal,
                pub_year=date_of_publication[:4], date_of_publication=date_of_publication, first_pub=first_pub,
                first_index=first_index, story=story, relevant=kw.pop("relevant", True), **kw)


def ppr(id_: str, doi: str, publisher: str, title: str, authors: list, abstract: str, first_pub: str, story: str,
        **kw: Any) -> dict[str, Any]:
    return dict(id=id_, source="PPR", doi=doi, publisher=publisher, title=title, authors=authors, abstract=abstract,
                pub_year=first_pub[:4], first_pub=first_pub, first_index=kw.pop("first_index", first_pub),
                pubtypes=["Preprint"], story=story, relevant=kw.pop("relevant", True), kind="preprint", **kw)


TRANSPL_INT = dict(title="Transplant international : official journal of the European Society for Organ "
                   "Transplantation", iso="Transpl Int", issn="0934-0874", essn="1432-2277", nlmid="8908516")
NAT_BIOTECH = dict(title="Nature biotechnology", iso="Nat Biotechnol", issn="1087-0156", essn="1546-1696",
                   nlmid="9604648")
PROTEIN_CELL = dict(title="Protein & cell", iso="Protein Cell", issn="1674-800X", essn="1674-8018", nlmid="101532368")
SCRT_J = dict(title="Stem cell research & therapy", iso="Stem Cell Res Ther", issn="1757-6512", essn="1757-6512",
              nlmid="101527581")
FRONT_PED = dict(title="Frontiers in pediatrics", iso="Front Pediatr", issn="2296-2360", essn="2296-2360",
                 nlmid="101615492")
CIRC_J = dict(title="Circulation journal : official journal of the Japanese Circulation Society", iso="Circ J",
              issn="1346-9843", essn="1347-4820", nlmid="101137683")

RECORDS: list[dict[str, Any]] = [
    from_pubmed("40544428", cited_by=41, print_date="2025-09-04"),
    from_pubmed("39326417", cited_by=87, print_date="2024-10-31", license="cc by-nc-nd"),
    med("39296468", "Cautious Optimism Warranted for Stem Cell-Derived Islet Transplantation in Type 2 Diabetes.",
        [("Hanne", "Scholz", "Department of Transplant Medicine, Oslo University Hospital, Oslo, Norway."),
         ("Valeria", "Sordi", "Diabetes Research Institute, IRCCS Ospedale San Raffaele, Milan, Italy."),
         ("Lorenzo", "Piemonti", "Diabetes Research Institute, IRCCS Ospedale San Raffaele, Milan, Italy.")],
        "A report from Shanghai describes a 59-year-old man with type 2 diabetes who received islet tissue made from "
        "his own induced pluripotent stem cells and, according to the authors, has not needed insulin since week 11 "
        "and stopped oral drugs about a year after the procedure. We welcome the result but urge caution. The "
        "patient already took immunosuppressive drugs for a kidney transplant, which blurs what an autologous "
        "graft would face in an ordinary recipient; type 2 diabetes is heterogeneous, and lifestyle and drug "
        "changes after transplantation may have contributed; and one case cannot show how long the graft lasts or "
        "whether the cells are safe over decades. Controlled trials with predefined end points are the next step.",
        TRANSPL_INT, "2024 Sep", "2024-09-03", "2024-09-19", "shanghai", pmcid="PMC11403411", volume="37",
        pages="13358", doi="10.3389/ti.2024.13358", pubtypes=["Editorial", "Journal Article"], open_access=True,
        license="cc by", cited_by=6, pub_model="Electronic-eCollection",
        comment_on=("38684658", "Cell Discov. 2024 Apr 30;10(1):45")),
    from_pubmed("38684658", cited_by=32, print_date="2024-04-30", license="cc by"),
    med("40275912", "Allogeneic Islet Transplantation: Chronicle of a Death Foretold?",
        [("Thierry", "Berney", "Division of Transplantation and Visceral Surgery, Geneva University Hospitals, "
                                "Geneva, Switzerland."),
         ("Olivier", "Thaunat", "Hospices Civils de Lyon, Lyon, France.")],
        "Transplantation of islets from deceased donors to treat type 1 diabetes has been practised for a quarter of "
        "a century, and in June "
        "2023 it became a licensed product in the United States (donislecel). Yet its future is uncertain. Stem "
        "cell-derived islets produced in unlimited quantities have now made most recipients in a phase 1-2 study "
        "insulin independent at one year, and gene-edited islets that evade rejection are in first-in-human "
        "testing. We argue that donor islet programmes remain necessary for the coming decade: they train the "
        "teams, keep the infrastructure and provide the comparator against which new cell products must be judged.",
        TRANSPL_INT, "2025 Apr", "2025-04-10", "2025-04-24", "lantidra", pmcid="PMC12031877", volume="38",
        pages="14598", doi="10.3389/ti.2025.14598", pubtypes=["Journal Article"], open_access=True, license="cc by",
        cited_by=3, pub_model="Electronic-eCollection"),
    med("38036739", "Encapsulated stem cell-derived β cells exert glucose control in patients with type 1 diabetes.",
        [("Bart", "Keymeulen", "Diabetes Research Center, Vrije Universiteit Brussel and Universitair Ziekenhuis "
                               "Brussel, Brussels, Belgium."),
         ("Kaat", "De Groot", "Diabetes Research Center, Vrije Universiteit Brussel, Brussels, Belgium."),
         ("Daniel", "Jacobs-Tulleneers-Thevissen", "Universitair Ziekenhuis Brussel, Brussels, Belgium."),
         ("Evert", "Kroon", "ViaCyte, Inc., San Diego, CA, USA."),
         ("Daniel", "Pipeleers", "Diabetes Research Center, Vrije Universiteit Brussel, Brussels, Belgium.")],
        "Pancreatic endoderm cells derived from human embryonic stem cells were implanted subcutaneously in "
        "vascularizing, non-immunoisolating devices in ten people with type 1 diabetes who received "
        "immunosuppression. Surviving endocrine tissue matured <i>in vivo</i> into beta cells in a subset of devices. In three "
        "participants, meal-stimulated C-peptide rose above 0.1 nmol/L between 6 and 12 months after implantation, "
        "and in these three the time spent in the target glucose range increased while insulin doses fell. Cell "
        "survival varied widely between devices, which limited the overall effect. Improving graft survival is "
        "required before such implants can replace insulin therapy.",
        NAT_BIOTECH, "2024 Oct", "2023-12-01", "2023-12-01", "viacyte", volume="42", issue="10", pages="1507-1514",
        doi="10.1038/s41587-023-02055-5", pubtypes=["Journal Article", "Clinical Trial, Phase I"], cited_by=29),
    med("39104211", "Chemical reprogramming to the clinic: making autologous islets from a patient's own cells.",
        [("Lihua", "Zhou", "School of Life Sciences, Tsinghua University, Beijing, China."),
         ("Marco", "Bellini", "Department of Biosciences, University of Milan, Milan, Italy.")],
        "Small molecules can reprogram human somatic cells into chemically induced pluripotent stem cells "
        "(CiPSCs) without transgenes, a route first established in mouse cells in 2013 and in human cells in 2022. "
        "We review how CiPSCs are derived, how they are differentiated into islets, and the preclinical work in "
        "macaques that preceded the first autologous CiPSC-islet transplant in 2023. We discuss genomic safety "
        "checks, manufacturing time and cost for a single patient, the choice of the abdominal rectus sheath as "
        "an implant site, and why autoimmunity may still threaten autologous grafts in type 1 diabetes.",
        PROTEIN_CELL, "2024 Aug", "2024-08-06", "2024-08-07", "tianjin", volume="15", issue="8", pages="563-577",
        doi="10.1093/procel/pwae031", pubtypes=["Review", "Journal Article"], cited_by=4),
    med("38964022", "Mesenchymal stromal cell therapy in type 1 diabetes: a systematic review and meta-analysis of "
        "randomised controlled trials.",
        [("Sanjay", "Raghunathan", "Department of Endocrinology, Christian Medical College, Vellore, India."),
         ("Fatima", "Al-Hashimi", "Department of Medicine, Hamad Medical Corporation, Doha, Qatar."),
         ("Tomás", "Ferreira", "Faculty of Medicine, University of Porto, Porto, Portugal.")],
        "<h4>Background</h4>Mesenchymal stromal cells (MSCs) from bone marrow, adipose tissue and umbilical cord have "
        "been tested to preserve beta-cell function in type 1 diabetes.<h4>Methods</h4>We searched four databases "
        "to March 2024 for randomised controlled trials of MSC infusion in people with type 1 diabetes and pooled "
        "changes in stimulated C-peptide, HbA1c and insulin dose.<h4>Results</h4>Twelve trials with 414 "
        "participants were included. At 12 months, stimulated C-peptide was higher after MSCs than after control "
        "(standardised mean difference 0.41), HbA1c was 0.3 percentage points lower and daily insulin dose 0.08 "
        "U/kg lower. Insulin independence was rare and not sustained. Serious adverse events did not differ.<h4>"
        "Conclusions</h4>MSC therapy may modestly slow the loss of C-peptide in recent-onset type 1 diabetes; "
        "trials were small and heterogeneous.",
        SCRT_J, "2024 Jul", "2024-07-04", "2024-07-05", "msc", pmcid="PMC11223301", volume="15", issue="1",
        pages="201", doi="10.1186/s13287-024-03812-2", pubtypes=["Systematic Review", "Meta-Analysis",
                                                                "Journal Article"], open_access=True,
        license="cc by", cited_by=2, pub_model="Electronic"),
    ppr("PPR812430", "10.1101/2024.03.11.584512", "bioRxiv",
        "Two-year function of chemically induced pluripotent stem cell-derived islets beneath the abdominal "
        "anterior rectus sheath in diabetic macaques",
        [("Gaofan", "Meng", "Peking University"), ("Zhen", "Liang", "Peking University"),
         ("Hongkui", "Deng", "Peking University")],
        "Long-term function and safety of stem cell-derived islets at extra-hepatic sites are poorly described in "
        "large animals. We implanted CiPSC-derived islets beneath the anterior rectus sheath of five diabetic "
        "cynomolgus macaques treated with immunosuppression and followed them for up to 24 months. Four of five "
        "animals maintained human C-peptide secretion and lower exogenous insulin needs throughout; grafts "
        "remained localized, with no teratoma or ectopic tissue on serial imaging and at necropsy. The data "
        "supported the dose and site chosen for the first human transplant.",
        "2024-03-14", "tianjin", also_in=["biorxiv"]),
    ppr("PPR894417", "10.1101/2024.06.18.24309102", "medRxiv",
        "Repeated Wharton's jelly mesenchymal stromal cell infusions in children with new-onset type 1 diabetes: a "
        "randomised, placebo-controlled trial",
        [("Ingrid", "Solberg", "Karolinska Institutet"), ("Jonas", "Ahlqvist", "Karolinska Institutet"),
         ("Maria", "Haugen", "Oslo University Hospital")],
        "<h4>Background</h4>Whether umbilical cord (Wharton's jelly) mesenchymal stromal cells preserve beta-cell "
        "function in children is unknown.<h4>Methods</h4>Children aged 8-17 years diagnosed with type 1 diabetes "
        "within 100 days were randomised to two infusions of Wharton's jelly MSCs six months apart (n=32) or "
        "placebo (n=16). The primary outcome was stimulated C-peptide at 12 months.<h4>Findings</h4>At 12 months "
        "the mean stimulated C-peptide was 0.49 nmol/L with MSCs and 0.38 nmol/L with placebo (difference not "
        "significant, p=0.09). HbA1c and insulin dose did not differ between groups; 2 of 32 children given MSCs "
        "and 1 of 16 given placebo were in partial remission (insulin-dose-adjusted HbA1c ≤9).<h4>Interpretation"
        "</h4>Two infusions were safe but did not significantly preserve C-peptide at one year.",
        "2024-06-20", "msc", also_in=["medrxiv"]),
    ppr("PPR901122", "10.21203/rs.3.rs-4417820/v1", "Research Square",
        "Fourteen years of islet transplantation in Norway: insulin independence, hypoglycaemia and graft survival "
        "in 41 recipients",
        [("Kristian", "Lie", "Oslo University Hospital"), ("Hanne", "Scholz", "Oslo University Hospital")],
        "We reviewed all 41 adults with type 1 diabetes who received deceased-donor islet infusions at one "
        "Norwegian centre between 2010 and 2023, most after one to three infusions under immunosuppression. "
        "Insulin independence was reached by 19 recipients (46%), for a median of 2.1 years. Severe hypoglycaemia, "
        "present in all before transplantation, was absent in 35 of 41 (85%) at their last visit, and 29 (71%) "
        "still had graft function with C-peptide above 0.2 nmol/L at five years. Two recipients had portal-vein "
        "bleeding requiring transfusion. Islet transplantation remains an effective treatment for "
        "hypoglycaemia even when insulin independence is not durable.",
        "2024-07-02", "lantidra"),
    ppr("PPR955301", "10.2139/ssrn.5068391", "SSRN",
        "'Cured' in the headlines: how 212 news articles reported two stem cell-derived islet transplants in 2024",
        [("Eleanor", "Whitfield", "University of Leeds"), ("Dong", "Wei", "University of Hong Kong")],
        "We analysed 212 English-language news articles published between April and December 2024 on two case "
        "reports: autologous chemically induced stem cell-derived islets in a woman with type 1 diabetes in "
        "Tianjin, and autologous islet tissue in a man with type 2 diabetes in Shanghai. 38% of headlines used "
        "'cure' or 'cured', and 21% used 'breakthrough' or 'miracle'. Reported durations diverged from the papers: "
        "the time to insulin independence in the Tianjin case was given as 75 days, 'two and a half months', "
        "'within three months' or not at all, and its duration as 'more than a year', 'one year' or 'for good'. "
        "Only 27% of articles mentioned that both patients were already taking immunosuppressive drugs. Wire "
        "copy accounted for 41% of articles.",
        "2024-12-18", "media"),
    dict(id="PMC11612345", source="PMC", pmcid="PMC11612345", doi="10.3389/fped.2024.1478820",
         title="Case report: total pancreatectomy with islet autotransplantation in a 9-year-old with hereditary "
               "pancreatitis - insulin independence at three years",
         authors=[("Rachel", "Kim", "Division of Pediatric Surgery, University of Minnesota Masonic Children's "
                                   "Hospital, Minneapolis, MN, United States."),
                  ("Omar", "Haddad", "Schulze Diabetes Institute, University of Minnesota, Minneapolis, MN, "
                                     "United States.")],
         abstract="Total pancreatectomy with islet autotransplantation (TPIAT) relieves pain in hereditary "
                  "pancreatitis and can prevent surgical diabetes if enough islets are recovered. We describe a "
                  "9-year-old girl with a PRSS1 mutation who underwent TPIAT; 5,900 islet equivalents per kilogram "
                  "were infused into the portal vein. She used small doses of insulin for four months and has been "
                  "insulin independent since, with HbA1c of 5.6% and normal stimulated C-peptide at three years.",
         journal=FRONT_PED, pub_year="2024", date_of_publication="2024 Nov", first_pub="2024-11-20",
         first_index="2024-11-22", volume="12", pages="1478820", pubtypes=["Case Reports", "Journal Article"],
         open_access=True, license="cc by", story="field", relevant=True, kind="case_report",
         pub_model="Electronic-eCollection"),
    # irrelevant
    med("37914201", "Induced pluripotent stem cell-derived cardiomyocyte patches in ischaemic cardiomyopathy: "
        "one-year results of a first-in-human study",
        [("Kenji", "Matsuura", "Department of Cardiovascular Surgery, Osaka University, Suita, Japan."),
         ("Yuki", "Tanaka", "Department of Cardiovascular Surgery, Osaka University, Suita, Japan.")],
        "Three patients with ischaemic cardiomyopathy and an ejection fraction below 35% received epicardial "
        "patches of allogeneic induced pluripotent stem cell-derived cardiomyocytes during bypass surgery, with "
        "three months of immunosuppression. No tumour formation or arrhythmia attributable to the graft occurred "
        "in one year. Left ventricular ejection fraction improved in two patients, and walking distance improved "
        "in all three. Larger controlled studies are planned.",
        CIRC_J, "2023 Nov", "2023-11-01", "2023-11-02", "irrelevant", relevant=False, volume="87", issue="11",
        pages="1603-1611", doi="10.1253/circj.CJ-23-0412", pubtypes=["Journal Article", "Clinical Trial, Phase I"],
        cited_by=5),
    ppr("PPR880211", "10.1101/2024.05.02.592180", "bioRxiv",
        "A CXCR4 antagonist and G-CSF mobilise haematopoietic stem cells with distinct homing programmes",
        [("Anna", "Kowalczyk", "Medical University of Warsaw"), ("Peter", "Lindgren", "Lund University")],
        "Mobilised haematopoietic stem cells are collected for transplantation after G-CSF, a CXCR4 antagonist, or "
        "both. Using single-cell transcriptomics and competitive transplantation in mice, we show that cells "
        "mobilised by the CXCR4 antagonist retain a bone marrow homing programme and engraft faster, whereas "
        "G-CSF-mobilised cells carry an inflammatory signature. The combination gave the largest yield without "
        "loss of engraftment.",
        "2024-05-04", "irrelevant", relevant=False),
]
