"""PubMed records (efetch PubMed XML) for the demo corpus.

Abstracts are written for the demo in our own words; they follow what the
papers reported. The three landmark clinical papers (Tianjin CiPSC islets,
Shanghai E-islets, zimislecel) are also indexed by Europe PMC (see europepmc.py).
"""

ESEARCH_TERM = ('("stem cell*"[tiab] OR islet*[tiab] OR "cell therapy"[tiab] OR "mesenchymal"[tiab] '
                'OR "beta cell replacement"[tiab] OR diabet*[tiab])')
TRANSLATIONS = [
    ("diabet*[tiab]", "diabet*[Title/Abstract]"),
]
QUERY_TRANSLATION = ('"stem cell*"[Title/Abstract] OR "islet*"[Title/Abstract] OR "cell therapy"[Title/Abstract] '
                     'OR "mesenchymal"[Title/Abstract] OR "beta cell replacement"[Title/Abstract] '
                     'OR "diabet*"[Title/Abstract]')

# Journals ------------------------------------------------------------------
CELL = dict(issn=("Electronic", "1097-4172"), title="Cell", iso="Cell", country="United States",
            nlm_id="0413066", issn_linking="0092-8674")
CELL_DISCOV = dict(issn=("Print", "2056-5968"), title="Cell discovery", iso="Cell Discov", country="England",
                   nlm_id="101661034", cited_medium="Print")
NEJM = dict(issn=("Electronic", "1533-4406"), title="The New England journal of medicine", iso="N Engl J Med",
            country="United States", nlm_id="0255562", issn_linking="0028-4793")
CELL_STEM = dict(issn=("Electronic", "1875-9777"), title="Cell stem cell", iso="Cell Stem Cell",
                 country="United States", nlm_id="101311472", issn_linking="1875-9777")
CELL_REP_MED = dict(issn=("Electronic", "2666-3791"), title="Cell reports. Medicine", iso="Cell Rep Med",
                    country="United States", nlm_id="101766894")
DIABETOLOGIA = dict(issn=("Electronic", "1432-0428"), title="Diabetologia", iso="Diabetologia", country="Germany",
                    nlm_id="0006777", issn_linking="0012-186X")
SCRT = dict(issn=("Electronic", "1757-6512"), title="Stem cell research & therapy", iso="Stem Cell Res Ther",
            country="England", nlm_id="101527581")
NAT_MED = dict(issn=("Electronic", "1546-170X"), title="Nature medicine", iso="Nat Med", country="United States",
               nlm_id="9502015", issn_linking="1078-8956")
NAT_METAB = dict(issn=("Electronic", "2522-5812"), title="Nature metabolism", iso="Nat Metab", country="Germany",
                 nlm_id="101736592")
TRANSPLANTATION = dict(issn=("Electronic", "1534-6080"), title="Transplantation", iso="Transplantation",
                       country="United States", nlm_id="0132144", issn_linking="0041-1337")
AJT = dict(issn=("Electronic", "1600-6143"), title="American journal of transplantation : official journal of the "
           "American Society of Transplantation and the American Society of Transplant Surgeons",
           iso="Am J Transplant", country="United States", nlm_id="100968638", issn_linking="1600-6135")
JACC = dict(issn=("Electronic", "1558-3597"), title="Journal of the American College of Cardiology",
            iso="J Am Coll Cardiol", country="United States", nlm_id="8301365", issn_linking="0735-1097")
DEVELOPMENT = dict(issn=("Electronic", "1477-9129"), title="Development (Cambridge, England)", iso="Development",
                   country="England", nlm_id="8701744", issn_linking="0950-1991")

JA = ("D016428", "Journal Article")
REVIEW = ("D016454", "Review")
CASE = ("D002363", "Case Reports")
PH1 = ("D017426", "Clinical Trial, Phase I")
PH2 = ("D017427", "Clinical Trial, Phase II")
PH3 = ("D017428", "Clinical Trial, Phase III")
RCT = ("D016449", "Randomized Controlled Trial")
MULTI = ("D016448", "Multicenter Study")
NONUS = ("D013485", "Research Support, Non-U.S. Gov't")
COMMENT = ("D016420", "Comment")

HUMANS = ("D006801", "Humans", False)
ANIMALS = ("D000818", "Animals", False)
FEMALE = ("D005260", "Female", False)
MALE = ("D008297", "Male", False)
ADULT = ("D000328", "Adult", False)
MIDDLE = ("D008875", "Middle Aged", False)
T1D = ("D003922", "Diabetes Mellitus, Type 1", True)
T2D = ("D003924", "Diabetes Mellitus, Type 2", True)
ISLET_TX = ("D016381", "Islets of Langerhans Transplantation", True)
IPSC = ("D057026", "Induced Pluripotent Stem Cells", True)
INSULIN = ("D007328", "Insulin", False)
MSC_TX = ("D045164", "Mesenchymal Stem Cell Transplantation", True)
BETA = ("D050417", "Insulin-Secreting Cells", True)


def hist(received, accepted, entrez, revised=None):
    """PubMed History in the order efetch prints it; entrez (the spider's edat) last."""
    out = [("received", received)]
    if revised:
        out.append(("revised", revised))
    out.append(("accepted", accepted))
    e = entrez
    out += [("medline", (e[0], e[1], e[2], 6, 1)), ("pubmed", (e[0], e[1], e[2], 6, 0)),
            ("entrez", (e[0], e[1], e[2], 5, 43))]
    return out


RECORDS = [
    # ------------------------------------------------------------------ Tianjin CiPSC islets (Cell 2024)
    dict(
        story="tianjin", relevant=True, also_in=["europepmc"],
        pmid="39326417", indexing="Automated", date_completed=(2024, 11, 1), date_revised=(2025, 2, 4),
        journal=dict(CELL, volume="187", issue="22", pubdate=("2024", "Oct", "31")),
        title="Transplantation of chemically induced pluripotent stem-cell-derived islets under abdominal anterior "
              "rectus sheath in a type 1 diabetes patient.",
        pages="6152-6164.e18", pii="S0092-8674(24)01040-9", doi="10.1016/j.cell.2024.09.004",
        abstract=(
            "Islets generated from a patient's own reprogrammed cells could remove two obstacles of islet "
            "transplantation at once: the shortage of donor pancreata and rejection of foreign tissue. Here we report "
            "the one-year results of the first participant in a phase I trial (ChiCTR2300072200) of autologous islets "
            "derived from chemically induced pluripotent stem cells (CiPSC islets), which were implanted beneath the "
            "anterior sheath of the abdominal rectus muscle rather than infused into the portal vein. The recipient, a "
            "25-year-old woman who had had type 1 diabetes for 11 years and was already taking immunosuppressants "
            "because of an earlier liver transplant, stopped exogenous insulin 75 days after transplantation and has "
            "remained insulin independent for more than one year. Her time in the target glucose range increased from "
            "43.18% before transplantation to 96.21% at month 4 and stayed above 98% afterwards, while glycated "
            "hemoglobin settled at about 5%, a non-diabetic level. At one year all study endpoints were met and no "
            "abnormality related to the transplant was found; the extraperitoneal site allowed the graft to be "
            "followed by imaging. These findings justify further clinical studies of CiPSC-islet transplantation "
            "in type 1 diabetes."),
        copyright="Copyright © 2024 Elsevier Inc. All rights reserved.",
        affils={1: "Organ Transplant Center, Tianjin First Central Hospital, Nankai University, Tianjin 300192, China.",
                2: "School of Basic Medical Sciences, State Key Laboratory of Natural and Biomimetic Drugs, Peking "
                   "University Health Science Center, Beijing 100191, China.",
                3: "Changping Laboratory, Beijing 102206, China."},
        authors=[("Wang", "Shusen", [1]), ("Du", "Yuanyuan", [2, 3]), ("Zhang", "Boya", [1]), ("Meng", "Gaofan", [2]),
                 ("Liu", "Zewen", [1]), ("Liew", "Soon Yi", [2]), ("Liang", "Rui", [1]), ("Zhang", "Zhengyuan", [2]),
                 ("Cai", "Xiangheng", [2]), ("Wu", "Shuangshuang", [1]), ("Deng", "Hongkui", [2, 3]),
                 ("Shen", "Zhongyang", [1])],
        databanks=[("ChiCTR", ["ChiCTR2300072200"])],
        pubtypes=[JA, PH1, CASE, NONUS], article_date=(2024, 9, 25),
        mesh=[HUMANS, FEMALE, ADULT, T1D, IPSC, ISLET_TX, INSULIN],
        keywords=["type 1 diabetes", "chemically induced pluripotent stem cells", "CiPSC islets",
                  "islet transplantation", "abdominal anterior rectus sheath", "autologous transplantation"],
        history=hist((2024, 5, 20), (2024, 9, 2), (2024, 9, 26), revised=(2024, 8, 12)),
        pub_status="ppublish",
        coi="H.D. and Y.D. are inventors on patents related to chemical reprogramming and islet differentiation.",
    ),
    # ------------------------------------------------------------------ Shanghai E-islets, type 2 (Cell Discovery 2024)
    dict(
        story="shanghai", relevant=True, also_in=["europepmc"],
        pmid="38684658", status="PubMed-not-MEDLINE", date_revised=(2024, 5, 3),
        pubmodel="Electronic",
        journal=dict(CELL_DISCOV, volume="10", issue="1", pubdate=("2024", "Apr", "30")),
        title="Treating a type 2 diabetic patient with impaired pancreatic islet function by personalized endoderm "
              "stem cell-derived islet tissue.",
        pages="45", doi="10.1038/s41421-024-00662-3", pmc="PMC11058773",
        abstract=[("UNLABELLED", "UNASSIGNED", (
            "Islet transplantation restores endogenous insulin secretion but is limited by donor supply and has "
            "rarely been offered to people with type 2 diabetes. We reprogrammed peripheral blood mononuclear cells "
            "of a 59-year-old man into induced pluripotent stem cells, expanded them as endoderm stem cells and "
            "differentiated these into islet tissue (E-islets). His type 2 diabetes had been diagnosed 25 years "
            "earlier; he had lost most of his islet function, and was already on immunosuppression after a kidney "
            "transplant. In July 2021 the autologous E-islets were infused into his liver through the portal vein. "
            "Exogenous insulin was withdrawn completely from week 11 after transplantation, and his oral "
            "glucose-lowering drugs were reduced step by step until he needed none from week 56. Over 116 weeks of "
            "follow-up, time in the target glucose range rose from 56.7% at baseline to more than 96%, glycated "
            "hemoglobin stayed below 6%, and meal-stimulated C-peptide was restored. No graft-related adverse event "
            "was observed. Autologous E-islet transplantation deserves evaluation in type 2 diabetes with islet "
            "failure."))],
        copyright="© 2024. The Author(s).",
        affils={1: "Department of Organ Transplantation, Changzheng Hospital, Naval Medical University, Shanghai, China.",
                2: "Center for Excellence in Molecular Cell Science, Shanghai Institute of Biochemistry and Cell "
                   "Biology, Chinese Academy of Sciences, Shanghai, China.",
                3: "Hangzhou Institute for Advanced Study, University of Chinese Academy of Sciences, Hangzhou, China."},
        authors=[("Wu", "Jiaying", [1]), ("Li", "Tuo", [2]), ("Guo", "Meng", [2]), ("Ji", "Junjie", [1]),
                 ("Meng", "Xiaoyu", [1]), ("Fu", "Tianlong", [1]), ("Zhang", "Min", [2]), ("Cheng", "Xin", [2, 3]),
                 ("Yin", "Hao", [1])],
        pubtypes=[JA, CASE], article_date=(2024, 4, 30),
        keywords=["type 2 diabetes", "endoderm stem cells", "E-islets", "autologous islet transplantation"],
        history=hist((2023, 11, 8), (2024, 3, 27), (2024, 4, 30)),
        pub_status="epublish",
    ),
    # ------------------------------------------------------------------ Zimislecel (NEJM 2025)
    dict(
        story="vertex", relevant=True, also_in=["europepmc"],
        pmid="40544428", date_completed=(2025, 9, 4), date_revised=(2025, 9, 20),
        journal=dict(NEJM, volume="393", issue="9", pubdate=("2025", "Sep", "04")),
        title="Stem Cell-Derived, Fully Differentiated Islets for Type 1 Diabetes.",
        pages="858-868", doi="10.1056/NEJMoa2506549",
        abstract=[
            ("BACKGROUND", "BACKGROUND",
             "Zimislecel is an allogeneic islet-cell therapy manufactured from human pluripotent stem cells. Whether "
             "it is safe and effective in people with type 1 diabetes has not been known."),
            ("METHODS", "METHODS",
             "In a phase 1-2 study, adults with type 1 diabetes, undetectable C-peptide and recurrent severe "
             "hypoglycemia were given zimislecel once, through the hepatic portal vein, and kept on an "
             "immunosuppressive regimen without glucocorticoids. Participants in part A received a half dose (0.4×10<sup>9</sup> "
             "cells); those in parts B and C received the full dose (0.8×10<sup>9</sup> cells). The primary end point "
             "in part C was freedom from severe hypoglycemic events from day 90 to day 365 with a glycated hemoglobin "
             "level below 7% or a reduction of at least 1 percentage point; insulin independence from day 180 to day "
             "365 was a secondary end point."),
            ("RESULTS", "RESULTS",
             "Fourteen participants (2 in part A and 12 in parts B and C) had at least 12 months of follow-up. "
             "C-peptide, undetectable at baseline, became detectable in all 14 after the infusion. All 12 "
             "participants who received the full dose were free of severe hypoglycemic events, had a glycated "
             "hemoglobin level below 7% and spent more than 70% of the time in the target glucose range; 10 of the 12 "
             "(83%) no longer used insulin at 1 year. Neutropenia was the most common serious adverse event (3 "
             "participants). Two participants died, one of cryptococcal meningitis and one of progression of "
             "preexisting neurocognitive impairment; neither death was attributed to zimislecel."),
            ("CONCLUSIONS", "CONCLUSIONS",
             "A single full-dose infusion of zimislecel restored islet function and led to insulin independence in "
             "most participants at 1 year, at the cost of chronic immunosuppression. Larger and longer trials are "
             "under way. (Funded by Vertex Pharmaceuticals; ClinicalTrials.gov number, NCT04786262.)"),
        ],
        copyright="Copyright © 2025 Massachusetts Medical Society.",
        affils={1: "Duke University School of Medicine, Durham, NC.",
                2: "Massachusetts General Hospital, Harvard Medical School, Boston.",
                3: "University of Wisconsin School of Medicine and Public Health, Madison.",
                4: "University of Chicago, Chicago.",
                5: "Leiden University Medical Center, Leiden, the Netherlands.",
                6: "University Hospitals Leuven, KU Leuven, Leuven, Belgium.",
                7: "Vertex Pharmaceuticals, Boston."},
        authors=[("Reichman", "Trevor W", [1]), ("Markmann", "James F", [2]), ("Odorico", "Jon", [3]),
                 ("Witkowski", "Piotr", [4]), ("Fung", "John J", [4]), ("de Koning", "Eelco J P", [5]),
                 ("Mathieu", "Chantal", [6]), ("Sanna", "Bastiano", [7]), ("@VX-880-101 Study Group",)],
        databanks=[("ClinicalTrials.gov", ["NCT04786262"])],
        pubtypes=[JA, PH1, PH2, MULTI], article_date=(2025, 6, 20),
        mesh=[HUMANS, ADULT, T1D, ISLET_TX, BETA, INSULIN],
        history=hist((2025, 4, 28), (2025, 6, 12), (2025, 6, 20)),
    ),
    # ------------------------------------------------------------------ Sana UP421 (NEJM 2025)
    dict(
        story="sana", relevant=True,
        pmid="40757216", date_revised=(2025, 9, 12), status="MEDLINE",
        journal=dict(NEJM, volume="393", issue="9", pubdate=("2025", "Sep", "04")),
        title="Survival of Transplanted Allogeneic Beta Cells with No Immunosuppression.",
        pages="887-894", doi="10.1056/NEJMoa2503822",
        abstract=(
            "Allogeneic islet transplantation requires lifelong immunosuppression. We edited primary islet cells "
            "from a deceased donor to make them hypoimmune, disrupting the B2M and CIITA genes so that the cells lack "
            "HLA class I and class II molecules and overexpressing CD47, and implanted them into the forearm muscle of "
            "a 42-year-old man who had had type 1 diabetes for 37 years. He received no immunosuppressive drugs. "
            "During 12 weeks of follow-up the engineered cells survived, as seen by magnetic resonance imaging and "
            "positron-emission tomography, and secreted C-peptide that rose after a mixed meal. Unedited donor cells "
            "in the same graft were rejected, whereas the hypoimmune cells provoked no detectable T-cell, antibody or "
            "natural-killer-cell response. The dose was too small to be expected to lower his insulin needs. No "
            "serious adverse events occurred. (Funded by Sana Biotechnology and others; ClinicalTrials.gov number, "
            "NCT06239636.)"),
        copyright="Copyright © 2025 Massachusetts Medical Society.",
        affils={1: "Department of Medical Sciences, Uppsala University, Uppsala, Sweden.",
                2: "Sana Biotechnology, Seattle.",
                3: "Oslo University Hospital, Oslo, Norway.",
                4: "Department of Surgery, University of California, San Francisco, San Francisco."},
        authors=[("Carlsson", "Per-Ola", [1]), ("Hu", "Xiaomeng", [2]), ("Scholz", "Hanne", [3]),
                 ("Ingvast", "Sofie", [1]), ("Lundgren", "Torbjörn", [1]), ("Eriksson", "Olof", [1]),
                 ("Deuse", "Tobias", [4]), ("Schrepfer", "Sonja", [2])],
        databanks=[("ClinicalTrials.gov", ["NCT06239636"])],
        pubtypes=[JA, CASE, NONUS], article_date=(2025, 8, 4),
        mesh=[HUMANS, MALE, ADULT, T1D, ISLET_TX, BETA],
        history=hist((2025, 3, 3), (2025, 7, 14), (2025, 8, 4)),
    ),
    # ------------------------------------------------------------------ ViaCyte VC-02 (Cell Stem Cell 2021)
    dict(
        story="viacyte", relevant=True,
        pmid="34861146", date_completed=(2022, 1, 10), date_revised=(2023, 11, 2),
        journal=dict(CELL_STEM, volume="28", issue="12", pubdate=("2021", "Dec", "02")),
        title="Implanted pluripotent stem-cell-derived pancreatic endoderm cells secrete glucose-responsive C-peptide "
              "in patients with type 1 diabetes.",
        pages="2047-2061.e5", pii="S1934-5909(21)00427-4", doi="10.1016/j.stem.2021.10.003",
        abstract=(
            "Pancreatic endoderm cells made from human embryonic stem cells mature into islet-like tissue after "
            "implantation in animals. In an open-label phase 1/2 study (NCT03163511), adults with type 1 diabetes and "
            "no detectable C-peptide received these cells (PEC-01) subcutaneously in perforated devices that allow "
            "blood vessels to grow in (VC-02), under standard immunosuppression. Here we describe 17 participants "
            "followed for up to 12 months. Grafts engrafted and matured: removed devices contained cells expressing "
            "insulin and other islet hormones. From month 6, 6 of the 17 participants (35.3%) had meal-stimulated "
            "C-peptide of 0.1 nmol/L or more, and in 3 of them this coincided with more time in the glucose target "
            "range and a fall of about 20% in daily insulin dose. Adverse events were mostly due to the implant "
            "surgery or to immunosuppression. This first report of meal-regulated insulin secretion from "
            "stem-cell-derived pancreatic cells in patients supports further development of the approach."),
        copyright="Copyright © 2021 The Author(s). Published by Elsevier Inc. All rights reserved.",
        affils={1: "Department of Cellular and Physiological Sciences, Life Sciences Institute, University of British "
                   "Columbia, Vancouver, BC, Canada.",
                2: "Vancouver General Hospital, Vancouver, BC, Canada."},
        authors=[("Ramzy", "Adam", [1]), ("Thompson", "David M", [2]), ("Ward-Hartstonge", "Kirsten A", [1]),
                 ("Ivison", "Sabine", [1]), ("Cook", "Laura", [1]), ("Kim", "Peter T W", [2]),
                 ("Levings", "Megan K", [1]), ("Kieffer", "Timothy J", [1])],
        databanks=[("ClinicalTrials.gov", ["NCT03163511"])],
        pubtypes=[JA, PH1, PH2, NONUS], article_date=(2021, 12, 2),
        mesh=[HUMANS, T1D, ("D053687", "Human Embryonic Stem Cells", True), BETA, ("D000071", "C-Peptide", False)],
        history=hist((2021, 6, 15), (2021, 10, 14), (2021, 12, 3), revised=(2021, 9, 1)),
    ),
    dict(
        story="viacyte", relevant=True,
        pmid="35028608", status="MEDLINE", date_completed=(2022, 1, 20), date_revised=(2023, 6, 2),
        journal=dict(CELL_REP_MED, volume="2", issue="12", pubdate=("2021", "Dec", "21")),
        title="Insulin expression and C-peptide in type 1 diabetes subjects implanted with stem cell-derived "
              "pancreatic endoderm cells in an encapsulated device.",
        pages="100466", doi="10.1016/j.xcrm.2021.100466", pmc="PMC8714853",
        abstract=(
            "We report one-year data from a first-in-human study in which embryonic stem cell-derived pancreatic "
            "endoderm cells were implanted under the skin of people with type 1 diabetes inside macro-encapsulation "
            "devices designed to admit blood vessels. All participants received immunosuppressive drugs. Implants "
            "were removed at planned intervals and examined: surviving grafts contained mature-looking cells "
            "producing insulin, glucagon and somatostatin, and no teratoma was seen. Meal-stimulated C-peptide became "
            "measurable in a minority of participants, but at levels too low to make any participant insulin "
            "independent. Improving cell survival in the device and the cell dose are the next steps."),
        copyright="Copyright © 2021 The Author(s).",
        affils={1: "Clinical Islet Transplant Program and Alberta Diabetes Institute, University of Alberta, Edmonton, "
                   "AB, Canada.",
                2: "ViaCyte, Inc., San Diego, CA, USA."},
        authors=[("Shapiro", "A M James", [1]), ("Thompson", "David", [1]), ("Donner", "Thomas W", [1]),
                 ("Bellin", "Melena D", [1]), ("Hsueh", "Willa", [1]), ("Pettus", "Jeremy", [1]),
                 ("Foyt", "Howard L", [2]), ("D'Amour", "Kevin A", [2])],
        databanks=[("ClinicalTrials.gov", ["NCT03163511"])],
        pubtypes=[JA, PH1, NONUS], article_date=(2021, 12, 2),
        mesh=[HUMANS, T1D, BETA, ("D000071", "C-Peptide", False)],
        history=hist((2021, 5, 28), (2021, 11, 5), (2021, 12, 3)),
    ),
    # ------------------------------------------------------------------ MSC: ProTrans (Diabetologia 2023)
    dict(
        story="msc", relevant=True,
        pmid="37221247", date_completed=(2023, 7, 10), date_revised=(2024, 7, 2),
        journal=dict(DIABETOLOGIA, volume="66", issue="8", pubdate=("2023", "Aug", None)),
        title="Umbilical cord-derived mesenchymal stromal cells preserve endogenous insulin production in type 1 "
              "diabetes: a Phase I/II randomised double-blind placebo-controlled trial.",
        pages="1431-1441", doi="10.1007/s00125-023-05934-3", pmc="PMC10317874",
        abstract=[
            ("AIMS/HYPOTHESIS", "OBJECTIVE",
             "Mesenchymal stromal cells from the umbilical cord (Wharton's jelly) modulate immune responses. We asked "
             "whether an allogeneic preparation, ProTrans, is safe in adults with newly diagnosed type 1 diabetes and "
             "whether it preserves their remaining beta-cell function."),
            ("METHODS", "METHODS",
             "After an open dose-escalation phase in nine patients, 15 adults aged 18-40 years, diagnosed with type 1 "
             "diabetes within the previous 2 years, were randomised 2:1 to a single intravenous infusion of "
             "200×10<sup>6</sup> ProTrans cells (n=10) or placebo (n=5). The primary efficacy outcome was the change "
             "in C-peptide area under the curve in a mixed-meal tolerance test after one year."),
            ("RESULTS", "RESULTS",
             "No serious adverse event was attributed to the cells. After one year the C-peptide area under the curve "
             "had fallen by 10% in the ProTrans group and by 47% in the placebo group (p<0.05). Daily insulin "
             "requirements rose by about 10% with ProTrans and by about 50% with placebo."),
            ("CONCLUSIONS/INTERPRETATION", "CONCLUSIONS",
             "A single infusion of Wharton's jelly-derived stromal cells was safe and may slow the loss of endogenous "
             "insulin production in new-onset type 1 diabetes; a larger trial is warranted."),
            ("TRIAL REGISTRATION", "BACKGROUND", "ClinicalTrials.gov NCT03406585."),
        ],
        copyright="© 2023. The Author(s).",
        affils={1: "Department of Medical Sciences, Uppsala University, Uppsala, Sweden.",
                2: "NextCell Pharma AB, Huddinge, Sweden."},
        authors=[("Carlsson", "Per-Ola", [1]), ("Espes", "Daniel", [1]), ("Sisay", "Sofia", [1]),
                 ("Davies", "Lindsay C", [2]), ("Smith", "C I Edvard", [2]), ("Svahn", "Mathias G", [2])],
        databanks=[("ClinicalTrials.gov", ["NCT03406585"])],
        pubtypes=[JA, PH1, PH2, RCT, NONUS], article_date=(2023, 5, 24),
        mesh=[HUMANS, ADULT, T1D, MSC_TX, ("D000071", "C-Peptide", False)],
        history=hist((2022, 11, 29), (2023, 3, 28), (2023, 5, 24)),
    ),
    # ------------------------------------------------------------------ MSC: UC-MSC in type 2 (SCRT 2022)
    dict(
        story="msc", relevant=True,
        pmid="35505375", date_completed=(2022, 5, 5), date_revised=(2022, 7, 16),
        journal=dict(SCRT, volume="13", issue="1", pubdate=("2022", "May", "03")),
        title="Efficacy and safety of umbilical cord-derived mesenchymal stem cells in Chinese adults with type 2 "
              "diabetes: a single-center, double-blinded, randomized, placebo-controlled phase II trial.",
        pages="180", doi="10.1186/s13287-022-02848-6", pmc="PMC9066971",
        abstract=[
            ("BACKGROUND", "BACKGROUND",
             "Umbilical cord-derived mesenchymal stem cells (UC-MSCs) have been proposed as a way to improve glucose "
             "control in insulin-treated type 2 diabetes, but controlled evidence is scarce."),
            ("METHODS", "METHODS",
             "Adults with type 2 diabetes on insulin were randomly assigned to intravenous UC-MSCs or placebo, given "
             "three times at four-week intervals, and followed for 48 weeks. The primary end point was the "
             "proportion of participants reaching an HbA1c below 7.0% together with a reduction of at least 50% in "
             "daily insulin dose."),
            ("RESULTS", "RESULTS",
             "Ninety-one participants were randomized and 89 were analysed. The primary end point was reached by 9 "
             "of 45 participants (20.0%) given UC-MSCs and by 2 of 44 (4.5%) given placebo. HbA1c fell more with "
             "UC-MSCs, and insulin doses were lower at week 48. Adverse events were mild and transient, most often "
             "fever after infusion."),
            ("CONCLUSIONS", "CONCLUSIONS",
             "UC-MSC infusions were well tolerated and improved metabolic control in a subset of insulin-treated "
             "adults with type 2 diabetes."),
            ("TRIAL REGISTRATION", "BACKGROUND", "ClinicalTrials.gov, NCT01413035."),
        ],
        copyright="© 2022. The Author(s).",
        affils={1: "Department of Endocrinology, The First Medical Center of Chinese PLA General Hospital, Beijing, "
                   "China."},
        authors=[("Zang", "Li", [1]), ("Li", "Yijun", [1]), ("Hao", "Haojie", [1]), ("Liu", "Jiejie", [1]),
                 ("Cheng", "Yu", [1]), ("Han", "Weidong", [1]), ("Mu", "Yiming", [1])],
        databanks=[("ClinicalTrials.gov", ["NCT01413035"])],
        pubtypes=[JA, PH2, RCT, NONUS], article_date=(2022, 5, 3),
        mesh=[HUMANS, MIDDLE, T2D, MSC_TX, INSULIN],
        history=hist((2021, 12, 14), (2022, 3, 24), (2022, 5, 3)),
        pub_status="epublish",
    ),
    # ------------------------------------------------------------------ preclinical background
    dict(
        story="tianjin", relevant=True, kind="abstract",
        pmid="35115708", date_completed=(2022, 3, 28), date_revised=(2023, 1, 14),
        journal=dict(NAT_MED, volume="28", issue="2", pubdate=("2022", "Feb", None)),
        title="Human pluripotent stem-cell-derived islets ameliorate diabetes in non-human primates.",
        pages="272-282", doi="10.1038/s41591-021-01645-7",
        abstract=(
            "Before pluripotent stem-cell-derived islets can be tested in people, their function needs to be shown in "
            "a large animal whose physiology resembles ours. We generated islets from human chemically induced "
            "pluripotent stem cells and infused them into the portal vein of diabetic cynomolgus macaques under "
            "immunosuppression. Recipients showed human C-peptide secretion that responded to glucose, lower "
            "fasting and post-meal blood glucose, reduced need for exogenous insulin, and a fall in glycated "
            "hemoglobin, over several months of follow-up. These results support a route to clinical trials of "
            "stem-cell-derived islets for diabetes."),
        copyright="© 2022. The Author(s), under exclusive licence to Springer Nature America, Inc.",
        affils={1: "Peking University Stem Cell Research Center, School of Basic Medical Sciences, Peking University "
                   "Health Science Center, Beijing, China."},
        authors=[("Du", "Yuanyuan", [1]), ("Liang", "Zhen", [1]), ("Wang", "Shusen", [1]), ("Sun", "Dong", [1]),
                 ("Wang", "Xiaofeng", [1]), ("Deng", "Hongkui", [1])],
        pubtypes=[JA, NONUS], article_date=(2022, 2, 3),
        mesh=[ANIMALS, ("D008253", "Macaca fascicularis", False), ISLET_TX, IPSC],
        history=hist((2021, 6, 24), (2021, 12, 1), (2022, 2, 4)),
    ),
    dict(
        story="tianjin", relevant=True,
        pmid="36624157", date_completed=(2023, 2, 1), date_revised=(2023, 6, 3),
        journal=dict(NAT_METAB, volume="5", issue="1", pubdate=("2023", "Jan", None)),
        title="Implantation underneath the abdominal anterior rectus sheath enables effective and functional "
              "engraftment of stem-cell-derived islets.",
        pages="29-40", doi="10.1038/s42255-022-00713-7",
        abstract=(
            "The hepatic portal vein, the usual site for islet infusion, exposes grafts to an immediate inflammatory "
            "reaction and is hard to monitor or retrieve. We tested the space beneath the anterior sheath of the "
            "abdominal rectus muscle as an alternative site for stem-cell-derived islets. In diabetic mice and in "
            "non-human primates, islets placed at this site engrafted, became vascularized and controlled blood "
            "glucose, while the grafts could be imaged and removed. The site is a candidate for clinical "
            "transplantation of stem-cell-derived islets."),
        copyright="© 2023. The Author(s), under exclusive licence to Springer Nature Limited.",
        affils={1: "Peking University Stem Cell Research Center, Peking University Health Science Center, Beijing, "
                   "China.", 2: "Tianjin First Central Hospital, Tianjin, China."},
        authors=[("Liang", "Zhen", [1]), ("Sun", "Dong", [1]), ("Lu", "Shuaiyao", [1]), ("Lei", "Zhengjun", [1]),
                 ("Wang", "Shusen", [2]), ("Deng", "Hongkui", [1])],
        pubtypes=[JA, NONUS], article_date=(2023, 1, 9),
        mesh=[ANIMALS, ISLET_TX, IPSC],
        history=hist((2022, 4, 11), (2022, 11, 25), (2023, 1, 10)),
    ),
    dict(
        story="sana", relevant=True,
        pmid="38335966", date_completed=(2024, 3, 11), date_revised=(2024, 8, 3),
        journal=dict(CELL_STEM, volume="31", issue="3", pubdate=("2024", "Mar", "07")),
        title="Hypoimmune islets achieve insulin independence after allogeneic transplantation in a fully "
              "immunocompetent non-human primate.",
        pages="334-340.e5", pii="S1934-5909(24)00034-X", doi="10.1016/j.stem.2024.02.001",
        abstract=(
            "Islet cells edited to escape immune recognition could make transplantation possible without "
            "immunosuppressive drugs. We engineered primary rhesus macaque islets to lack MHC class I and class II "
            "and to overexpress CD47, and transplanted them intramuscularly into an allogeneic, diabetic, fully "
            "immunocompetent macaque that received no immunosuppression. The animal became insulin independent and "
            "stayed so for the six months of observation, and the edited cells triggered no detectable immune "
            "response. The results in this single animal motivated a first-in-human study."),
        copyright="Copyright © 2024 The Author(s). Published by Elsevier Inc. All rights reserved.",
        affils={1: "Sana Biotechnology, South San Francisco, CA, USA."},
        authors=[("Hu", "Xiaomeng", [1]), ("White", "Kathy", [1]), ("Young", "Chi", [1]), ("Olroyd", "Ari G", [1]),
                 ("Schrepfer", "Sonja", [1])],
        pubtypes=[JA, NONUS], article_date=(2024, 2, 19),
        mesh=[ANIMALS, ("D008253", "Macaca mulatta", False), ISLET_TX, BETA],
        history=hist((2023, 10, 3), (2024, 1, 30), (2024, 2, 20)),
    ),
    # ------------------------------------------------------------------ reviews and commentary (illustrative)
    dict(
        story="field", relevant=True, kind="review",
        pmid="40912288", status="In-Data-Review", date_revised=(2025, 9, 30),
        journal=dict(TRANSPLANTATION, volume=None, issue=None, pubdate=("2025", "Sep", "29")),
        pubmodel="Print-Electronic",
        title="Stem cell-derived islet replacement in 2025: from single patients to phase 3.",
        doi="10.1097/TP.0000000000005512",
        abstract=(
            "Between 2021 and 2025 islet replacement moved from donor pancreata to manufactured cells. We review the "
            "clinical reports. In Tianjin, autologous islets made from chemically reprogrammed stem cells freed a "
            "woman with type 1 diabetes from insulin 75 days after implantation under the rectus sheath, and she "
            "remained off insulin at one year. In Shanghai, a man with type 2 diabetes stopped insulin 11 weeks after "
            "receiving islet tissue derived from his own blood cells and later stopped oral drugs as well. In the "
            "phase 1-2 zimislecel study, 10 of 12 full-dose recipients were insulin independent at one year, with "
            "immunosuppression, and the programme has entered phase 3. Encapsulation without immunosuppression has "
            "so far produced little C-peptide, and one encapsulated programme was stopped in 2025. Gene-edited "
            "hypoimmune donor islets survived for 12 weeks without immunosuppression in one man in Uppsala. Single "
            "cases cannot establish durability or safety; registries and controlled trials are needed."),
        copyright="Copyright © 2025 Wolters Kluwer Health, Inc. All rights reserved.",
        affils={1: "Division of Transplant Medicine, Karolinska University Hospital, Stockholm, Sweden.",
                2: "Department of Surgery, University of Toronto, Toronto, ON, Canada."},
        authors=[("Lindqvist", "Maria", [1]), ("Okafor", "Chidi N", [2]), ("Brandt-Hansen", "Eva", [1])],
        pubtypes=[JA, REVIEW], article_date=(2025, 9, 29),
        keywords=["beta-cell replacement", "stem cell-derived islets", "type 1 diabetes", "immunosuppression"],
        history=hist((2025, 6, 2), (2025, 9, 10), (2025, 9, 29)),
        pub_status="aheadofprint",
    ),
    dict(
        story="lantidra", relevant=True, kind="commentary",
        pmid="37648107", date_completed=(2023, 11, 2), date_revised=(2024, 1, 9),
        journal=dict(AJT, volume="23", issue="11", pubdate=("2023", "Nov", None)),
        title="Donislecel approval: what the first licensed islet cell therapy does and does not establish.",
        pages="1651-1653", pii="S1600-6135(23)00612-8", doi="10.1016/j.ajt.2023.08.019",
        abstract=(
            "In June 2023 the US Food and Drug Administration approved donislecel (Lantidra), allogeneic pancreatic "
            "islets from deceased donors infused into the hepatic portal vein, for adults with type 1 diabetes whose "
            "recurrent severe hypoglycemia cannot be controlled despite intensive management. The approval rests on "
            "two single-centre studies in Chicago with 30 participants: 21 did not need insulin for a year or more, "
            "10 of them for more than five years, while 5 never achieved a day of insulin independence. Recipients "
            "require lifelong immunosuppression, and some needed more than one infusion. We discuss what these data "
            "mean for eligibility, for manufacturing standards, and for stem cell-derived products now in trials."),
        copyright="Copyright © 2023 American Society of Transplantation & American Society of Transplant Surgeons.",
        affils={1: "Department of Surgery, Division of Transplantation, University of Minnesota, Minneapolis, MN, USA."},
        authors=[("Harrow", "Daniel J", [1]), ("Osei", "Abena", [1])],
        pubtypes=[JA, ("D016421", "Editorial")], article_date=(2023, 8, 29),
        mesh=[HUMANS, T1D, ISLET_TX, ("D014481", "United States", False)],
        history=hist((2023, 7, 21), (2023, 8, 18), (2023, 8, 30)),
    ),
    # ------------------------------------------------------------------ irrelevant: the relevance filter drops these
    dict(
        story="irrelevant", relevant=False,
        pmid="36858705", date_completed=(2023, 3, 6), date_revised=(2023, 9, 2),
        journal=dict(JACC, volume="81", issue="9", pubdate=("2023", "Mar", "07")),
        title="Randomized Trial of Targeted Transendocardial Mesenchymal Precursor Cell Therapy in Patients With "
              "Heart Failure.",
        pages="849-863", pii="S0735-1097(22)08285-4", doi="10.1016/j.jacc.2022.11.061",
        abstract=[
            ("BACKGROUND", "BACKGROUND",
             "Allogeneic mesenchymal precursor cells may act on inflammation in the failing heart."),
            ("OBJECTIVES", "OBJECTIVE",
             "The trial tested whether transendocardial injection of the cells reduces recurrent decompensated heart "
             "failure events in chronic heart failure with reduced ejection fraction."),
            ("METHODS", "METHODS",
             "Patients in NYHA class II or III were randomized to injections of 150 million cells or to a sham "
             "procedure and followed for a mean of 30 months."),
            ("RESULTS", "RESULTS",
             "Among 565 patients, the rate of recurrent decompensated heart failure events did not differ between "
             "groups. Cell therapy was associated with fewer nonfatal myocardial infarctions and strokes, a "
             "prespecified secondary end point."),
            ("CONCLUSIONS", "CONCLUSIONS",
             "Mesenchymal precursor cells did not reduce decompensated heart failure events; effects on "
             "atherothrombotic events merit a confirmatory trial."),
        ],
        affils={1: "The Texas Heart Institute, Houston, Texas, USA."},
        authors=[("Perin", "Emerson C", [1]), ("Borow", "Kenneth M", [1]), ("Henry", "Timothy D", [1]),
                 ("Mendelsohn", "Farrell O", [1])],
        databanks=[("ClinicalTrials.gov", ["NCT02032004"])],
        pubtypes=[JA, PH3, RCT, MULTI], article_date=(2023, 2, 27),
        mesh=[HUMANS, ("D006333", "Heart Failure", True), ("D045164", "Mesenchymal Stem Cell Transplantation", True)],
        history=hist((2022, 8, 30), (2022, 11, 28), (2023, 3, 2)),
    ),
    dict(
        story="irrelevant", relevant=False,
        pmid="34170647", date_completed=(2021, 8, 9), date_revised=(2022, 8, 2),
        journal=dict(NEJM, volume="385", issue="6", pubdate=("2021", "Aug", "05")),
        title="Tirzepatide versus Semaglutide Once Weekly in Patients with Type 2 Diabetes.",
        pages="503-515", doi="10.1056/NEJMoa2107519",
        abstract=[
            ("BACKGROUND", "BACKGROUND",
             "Tirzepatide acts on both the GIP and the GLP-1 receptor. How it compares with semaglutide, a selective "
             "GLP-1 receptor agonist, was unknown."),
            ("METHODS", "METHODS",
             "In an open-label 40-week trial, 1879 patients with type 2 diabetes on metformin were randomized to "
             "tirzepatide 5, 10 or 15 mg or semaglutide 1 mg once weekly. The primary end point was the change in "
             "glycated hemoglobin."),
            ("RESULTS", "RESULTS",
             "Glycated hemoglobin fell by 2.01, 2.24 and 2.30 percentage points with the three tirzepatide doses and "
             "by 1.86 points with semaglutide; tirzepatide was noninferior and superior at every dose. Body weight "
             "fell more with tirzepatide. Gastrointestinal adverse events were the most common."),
            ("CONCLUSIONS", "CONCLUSIONS",
             "Tirzepatide was noninferior and superior to semaglutide for glycemic control. (Funded by Eli Lilly; "
             "SURPASS-2 ClinicalTrials.gov number, NCT03987919.)"),
        ],
        copyright="Copyright © 2021 Massachusetts Medical Society.",
        affils={1: "National Research Institute, Los Angeles, CA, USA."},
        authors=[("Frías", "Juan P", [1]), ("Davies", "Melanie J", [1]), ("Rosenstock", "Julio", [1])],
        databanks=[("ClinicalTrials.gov", ["NCT03987919"])],
        pubtypes=[JA, PH3, RCT, MULTI], article_date=(2021, 6, 25),
        mesh=[HUMANS, T2D, ("D007004", "Hypoglycemic Agents", False)],
        history=hist((2021, 5, 14), (2021, 6, 10), (2021, 6, 26)),
    ),
    dict(
        story="irrelevant", relevant=False,
        pmid="37144563", date_completed=(2023, 6, 1), date_revised=(2023, 10, 3),
        journal=dict(DEVELOPMENT, volume="150", issue="10", pubdate=("2023", "May", "15")),
        title="Notch-responsive progenitors in the intrapancreatic duct build secondary islets in larval zebrafish.",
        pages="dev201522", doi="10.1242/dev.201522",
        abstract=(
            "Zebrafish larvae form a principal islet early in development and later add small secondary islets along "
            "the intrapancreatic duct. Using lineage tracing with a Notch-responsive reporter, live imaging and "
            "single-cell RNA sequencing, we show that duct-associated progenitors that lose Notch signalling "
            "differentiate into endocrine cells and aggregate into secondary islets. Pharmacological Notch inhibition "
            "doubled the number of secondary islets within three days, and the new endocrine cells expressed "
            "pdx1 and neurod1 before hormone genes. The work defines the cellular source of late islet growth in "
            "fish."),
        copyright="© 2023. Published by The Company of Biologists Ltd.",
        affils={1: "Department of Cell and Molecular Biology, Karolinska Institutet, Stockholm, Sweden."},
        authors=[("Ekström", "Lina", [1]), ("Navarro", "Pablo", [1]), ("Andersson", "Olov", [1])],
        pubtypes=[JA, NONUS], article_date=(2023, 5, 4),
        mesh=[ANIMALS, ("D015027", "Zebrafish", True), ("D007515", "Islets of Langerhans", True)],
        history=hist((2022, 12, 1), (2023, 4, 12), (2023, 5, 5)),
    ),
]
