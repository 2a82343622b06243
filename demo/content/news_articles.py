"""Article pages of the demo corpus (news, press releases, blogs), written for IsletWatch.

Outlets are invented. Figures follow the underlying reports where an outlet is
careful, and drift where it is not (that drift is the point of the demo):
the Tianjin case is "75 days" / "within 75 days" / "two and a half months" /
"about 2.5 months" to insulin independence, and "more than a year" / "over one
year" / "one year" / "a year" of duration, depending on the outlet.
Quotes are attributed to invented people or to named organizations'
published statements, paraphrased.
"""
from __future__ import annotations

DOI_CELL = "https://doi.org/10.1016/j.cell.2024.09.004"
PUBMED_CELL = "https://pubmed.ncbi.nlm.nih.gov/39326417/"
DOI_CELLDISC = "https://doi.org/10.1038/s41421-024-00662-3"
DOI_NEJM_ZIMI = "https://doi.org/10.1056/NEJMoa2506549"
NCT_VERTEX = "https://clinicaltrials.gov/study/NCT04786262"

# The wire story on the Tianjin case, reused verbatim (syndication) on two other hostnames.
WIRE_TIANJIN = [
    "BEIJING, Sept 26 (PNW) - A 25-year-old woman with type 1 diabetes has produced her own insulin for more than a "
    "year after doctors in China transplanted islet cells grown from her own reprogrammed stem cells, researchers "
    "reported in the journal Cell.",
    "The woman, who had lived with the disease for 11 years, stopped needing insulin injections within 75 days of "
    "the procedure, according to the study led by Deng Hongkui of Peking University and surgeons at Tianjin First "
    "Central Hospital.",
    "The team took fat cells from the patient, turned them into stem cells using small chemical compounds rather "
    "than genes, and coaxed them into insulin-producing islet clusters. About 1.5 million of the clusters were "
    "injected beneath the sheath of the abdominal muscles in a half-hour operation in June 2023.",
    "Her blood sugar stayed in the target range more than 98% of the time after the fourth month, the researchers "
    "said.",
    "Because the cells came from her own body, they are less likely to be rejected. But the woman was already taking "
    "immunosuppressant drugs for an earlier liver transplant, so the study could not show whether the cells would "
    "survive without them, independent experts noted.",
    "\"It is one patient, and the follow-up is one year,\" said Dr. Helen Marsh, an endocrinologist at the "
    "University of Melbourne who was not involved in the work. \"The result is striking, but we need more patients "
    "and longer follow-up before anyone talks about a cure.\"",
    "The trial, registered as ChiCTR2300072200, is continuing with more participants, the researchers said.",
]

WIRE_VERTEX_2025 = [
    "CHICAGO, June 20 (PNW) - Ten of 12 people with hard-to-control type 1 diabetes were off insulin one year "
    "after one dose of lab-made islet cells, Vertex Pharmaceuticals' researchers reported on Friday in a paper "
    "in the New England Journal of Medicine and in a talk at the diabetes meeting under way in Chicago.",
    "The Boston company calls the therapy zimislecel; it was known until recently as VX-880.",
    "In the 12 volunteers given the full dose, HbA1c fell under 7% in every case, and from day 90 to day 365 "
    "no one had a severe hypoglycemic episode. None of them made measurable insulin of their own before the "
    "infusion.",
    "The cells are infused into the portal vein of the liver, and patients must take drugs that suppress the immune "
    "system to prevent rejection. Two of the 14 patients in the study died of causes the investigators said were "
    "unrelated to the cells: one of a fungal brain infection linked to immunosuppression and one of a worsening "
    "neurological condition.",
    "The study (NCT04786262) has been expanded into a phase 3 trial of about 50 patients, and Vertex said it plans "
    "to seek regulatory approval in 2026.",
    "\"For the patients who had been living with dangerous lows for years, this is a very big change,\" said Dr. "
    "Samuel Ortiz, a transplant endocrinologist in Miami who was not involved in the study. \"The open question is "
    "the price of lifelong immune suppression.\"",
]

ARTICLES: list[dict] = [
    # ================================================================== Tianjin (CiPSC islets, Sept 2024)
    dict(
        key="ledger-tianjin", outlet="ledger", story="tianjin", relevant=True,
        path="/health/2024/09/25/reprogrammed-cells-insulin-type-1-diabetes",
        published="2024-09-25T16:05:00+00:00", modified="2024-09-26T09:12:00+00:00", author="Rebecca Lindholm",
        section="Health", tags=["diabetes", "stem cells", "China"],
        headline="A woman's own reprogrammed cells have made insulin for a year",
        description="Islets grown from chemically reprogrammed stem cells freed a woman in Tianjin from insulin 75 "
                    "days after transplant. One patient, researchers stress, is not a cure.",
        caption="Islet clusters derived from chemically induced pluripotent stem cells. Credit: Peking University",
        paragraphs=[
            "A 25-year-old woman with type 1 diabetes in Tianjin, China, has not needed insulin injections for more "
            "than a year after receiving islets grown from her own cells, according to a case report published today "
            "in [Cell](" + DOI_CELL + ").",
            "The woman had had type 1 diabetes for 11 years. Researchers at Peking University took fat cells from "
            "her, reprogrammed them into stem cells with a cocktail of small molecules (chemically induced "
            "pluripotent stem cells, or CiPSCs) and turned those into islet clusters. In June 2023 surgeons at "
            "Tianjin First Central Hospital injected about 1.5 million of the clusters under the anterior sheath of "
            "the rectus muscles in her abdomen, a site where the graft can be watched by imaging and removed if "
            "needed.",
            "She began producing her own insulin within weeks and stopped insulin injections 75 days after the "
            "transplant. One year later she was still insulin independent, with her glucose in the target range more "
            "than 98% of the time and an HbA1c of about 5%, the level of someone without diabetes.",
            "There are important caveats. The patient was already taking immunosuppressive drugs because of an "
            "earlier liver transplant, so the study cannot say whether her immune system, which destroyed her "
            "original islets, would have attacked the new ones without those drugs. And the report describes a "
            "single person.",
            "\"This is a beautiful proof of principle, and it's n of 1,\" said Dr. Laura Kessler, a transplant "
            "physician at the University of Geneva who was not involved. \"Autoimmunity is the elephant in the "
            "room for autologous cells in type 1 diabetes.\"",
            "The trial is registered as ChiCTR2300072200 and is enrolling more people, the team said. The paper is "
            "indexed on [PubMed](" + PUBMED_CELL + ").",
        ],
        related=[("Man with type 2 diabetes off insulin after islet transplant",
                  "/health/2024/05/02/type-2-diabetes-islet-transplant-shanghai"),
                 ("FDA approves first islet cell therapy", "/health/2023/06/29/fda-approves-lantidra-islet-cells")],
    ),
    dict(
        key="digest-tianjin", outlet="digest", story="tianjin", relevant=True, kind="article",
        jsonld_type="ScholarlyArticle", cites={"title": "Transplantation of chemically induced pluripotent "
                                               "stem-cell-derived islets under abdominal anterior rectus sheath in a "
                                               "type 1 diabetes patient", "doi": "10.1016/j.cell.2024.09.004"},
        path="/papers/2024/09/cipsc-islets-rectus-sheath-one-year", published="2024-09-27T12:00:00+00:00",
        author="Hannah Olsen", section="Type 1",
        headline="Journal club: autologous CiPSC islets under the rectus sheath, one-year results",
        description="A structured summary of Wang, Du, Deng, Shen et al., Cell 2024, the first recipient of "
                    "chemically induced pluripotent stem cell-derived islets.",
        citation=dict(title="Journal club: autologous CiPSC islets under the rectus sheath, one-year results",
                      authors=["Olsen, Hannah", "Menon, Ravi"], journal="Diabetes Research Digest",
                      date="2024/09/27", doi="10.59217/drd.2024.0927", volume="6", firstpage="e240927"),
        paragraphs=[
            "Paper: Wang S, Du Y, Zhang B, et al. Transplantation of chemically induced pluripotent stem-cell-derived "
            "islets under abdominal anterior rectus sheath in a type 1 diabetes patient. Cell. 2024;187(22):6152-6164. "
            "[doi:10.1016/j.cell.2024.09.004](" + DOI_CELL + "), [PMID 39326417](" + PUBMED_CELL + ").",
            "What was done: autologous islets differentiated from chemically induced pluripotent stem cells were "
            "implanted beneath the abdominal anterior rectus sheath of one woman with type 1 diabetes, in a phase 1 "
            "trial (ChiCTR2300072200).",
            "Who: a 25-year-old woman with an 11-year history of type 1 diabetes, already on immunosuppression after "
            "a liver transplant.",
            "What happened: she reached insulin independence 75 days after transplantation and remained insulin "
            "independent at the one-year analysis. Time in range rose from 43% at baseline to 96% at month 4 and "
            "exceeded 98% afterwards; HbA1c was around 5%.",
            "What it does not show: whether autologous grafts survive recurrent autoimmunity without "
            "immunosuppression, how long they last, or how the approach performs in more patients.",
        ],
    ),
    dict(
        key="wire-tianjin", outlet="wire", story="tianjin", relevant=True,
        path="/health/2024/09/26/china-stem-cell-diabetes-insulin-idUSPNW240926",
        published="2024-09-26T07:30:00+00:00", author="Ana Torres", section="Health",
        headline="Chinese woman off insulin for over a year after stem cell transplant, study says",
        description="Islet cells grown from a woman's own reprogrammed stem cells let her stop insulin within 75 "
                    "days, researchers report in Cell.",
        paragraphs=WIRE_TIANJIN + ["(Reporting by Ana Torres; Editing by Mark Feld)"],
    ),
    dict(
        key="lakeshore-tianjin", outlet="lakeshore", story="tianjin", relevant=True, copy_of="wire-tianjin",
        path="/news/health/stem-cell-transplant-frees-woman-from-insulin", published="2024-09-26T10:05:00+00:00",
        author="Pacific News Wire", section="Health",
        headline="Stem cell transplant frees Chinese woman from insulin for over a year",
        description="Islet cells grown from a woman's own reprogrammed stem cells let her stop insulin within 75 "
                    "days, researchers report in Cell.",
        paragraphs=WIRE_TIANJIN + ["(Reporting by Ana Torres; Editing by Mark Feld)"],
        related=[("Local support group for families living with diabetes meets Thursdays",
                  "/news/local/diabetes-support-group")],
    ),
    dict(
        key="valley-tianjin", outlet="valley", story="tianjin", relevant=True, copy_of="wire-tianjin",
        path="/life/health/2024/09/26/woman-off-insulin-after-stem-cell-therapy", published="2024-09-26T13:40:00+00:00",
        author="From wire reports", section="Health",
        headline="Woman off insulin after stem cell therapy",
        description="A 25-year-old woman in China stopped insulin within 75 days of receiving islets made from her "
                    "own cells.",
        paragraphs=WIRE_TIANJIN[:6],
    ),
    dict(
        key="buzz-tianjin", outlet="buzz", story="tianjin", relevant=True,
        path="/health/article-13904417/miracle-cure-diabetes-reversed-own-stem-cells.html",
        published="2024-09-27T06:45:00+01:00", author="Chloe Barrett, Health Reporter", section="Health",
        headline="MIRACLE CURE: Woman's diabetes REVERSED in just two and a half months using her own stem cells",
        description="Doctors say the 25-year-old has been cured of type 1 diabetes and has not needed insulin for a "
                    "year.",
        caption="The woman no longer needs the daily injections that millions rely on (stock image)",
        paragraphs=[
            "A young woman has been cured of type 1 diabetes in a world-first miracle treatment that used her own "
            "stem cells.",
            "The 25-year-old from China had been injecting insulin every day for more than a decade. Just two and a "
            "half months after the groundbreaking transplant, she was able to throw away her needles for good.",
            "She has now been insulin free for one year, scientists revealed in the journal Cell.",
            "Doctors at Tianjin First Central Hospital and Peking University made the cells from her own fat, meaning "
            "her body did not reject them, and injected them into her stomach muscles in a procedure that took less "
            "than 30 minutes.",
            "Experts hailed the breakthrough as a landmark moment for the 8.4 million people worldwide living with "
            "type 1 diabetes, although some warned that more research is needed.",
            "Around 400,000 people in the UK have type 1 diabetes, which is caused by the immune system destroying "
            "the insulin-producing cells in the pancreas.",
        ],
        related=[("The 'miracle' fruit that could reverse ageing", "/femail/article-1390/miracle-fruit.html"),
                 ("Could this jab cure diabetes for good?", "/health/article-1377/jab-cure-diabetes.html")],
        comments=[("Kev_from_Leeds", "My cousin's lad was cured of diabetes with stem cells in Mexico years ago, the "
                                     "NHS just won't tell you."),
                  ("Sarah J", "As a type 1 of 22 years I'll believe it when my endo offers it."),
                  ("truthseeker77", "Big Pharma will never let this happen.")],
    ),
    dict(
        key="asiamed-tianjin", outlet="asiamed", story="tianjin", relevant=True,
        path="/health/2024/09/30/chinese-scientists-reverse-type-1-diabetes",
        published="2024-09-30T03:20:00+08:00", author="Wei Lin", section="China",
        headline="Chinese scientists reverse type 1 diabetes with reprogrammed fat cells in world first",
        description="A Tianjin patient has been free of insulin for over one year after a landmark transplant.",
        paragraphs=[
            "Chinese researchers have reversed type 1 diabetes in a patient using islet cells made from her own "
            "reprogrammed fat cells, a world-first result that has drawn attention from scientists around the globe.",
            "The patient, a 25-year-old woman, became independent of insulin two and a half months after the "
            "transplant and has remained so for over one year, according to the team from Peking University and "
            "Tianjin First Central Hospital.",
            "The method relies on chemical reprogramming, a technique Professor Deng Hongkui's laboratory has "
            "developed for more than a decade, which avoids inserting genes into cells.",
            "Because the new islets were implanted in the abdominal wall rather than the liver, doctors can monitor "
            "them with ultrasound and MRI.",
            "The woman had already been taking drugs to suppress her immune system after a liver transplant. The "
            "researchers plan to treat more patients.",
            "China has an estimated 140 million people with diabetes, most with type 2.",
        ],
        related=[("Shanghai doctors cure type 2 diabetes in world first",
                  "/health/2024/05/06/shanghai-doctors-cure-type-2-diabetes")],
    ),
    dict(
        key="healthbeat-tianjin", outlet="healthbeat", story="tianjin", relevant=True,
        path="/diabetes/is-this-the-cure-for-type-1-diabetes-stem-cells", published="2024-10-02T14:00:00-04:00",
        author="Jordan Ellis", section="Diabetes",
        headline="Is this the cure for type 1 diabetes? What we know about the stem cell breakthrough",
        description="A woman in China stopped insulin about 2.5 months after a stem cell transplant. Here's what "
                    "it means for you.",
        paragraphs=[
            "News that a woman in China no longer needs insulin after a stem cell transplant has many people with "
            "type 1 diabetes asking one question: is this the cure?",
            "## What happened",
            "Doctors turned the 25-year-old patient's own cells into insulin-producing islets and transplanted them "
            "into her abdomen. About 2.5 months later she stopped taking insulin, and a year on she still does not "
            "need it.",
            "## Is it a cure?",
            "Not yet. The results come from a single patient who was already taking immune-suppressing medicines, and "
            "she has been followed for only a year. Researchers say larger studies are needed.",
            "## Can I get it?",
            "No. The treatment is only available in a clinical trial in China. Be wary of clinics that offer "
            "'stem cell cures' for a fee.",
        ],
        related=[("7 foods that lower blood sugar naturally", "/nutrition/7-foods-lower-blood-sugar"),
                 ("This breakthrough could cure baldness", "/wellness/breakthrough-cure-baldness")],
    ),
    dict(
        key="mumbai-tianjin", outlet="mumbai", story="tianjin", relevant=True,
        path="/research/breakthrough-type-1-diabetes-patient-insulin-free-one-year-stem-cell",
        published="2024-10-05T09:30:00+05:30", author="Dr. Anjali Mehta", section="Research",
        headline="Breakthrough: Type 1 diabetes patient insulin-free for one year after stem cell therapy",
        description="Chinese doctors report that a young woman stopped insulin within 75 days of receiving islets "
                    "made from her own cells.",
        paragraphs=[
            "In what is being called a breakthrough, a 25-year-old Chinese woman with type 1 diabetes has been free "
            "of insulin for one year after a transplant of islets produced from her own stem cells.",
            "She stopped insulin within 75 days of the transplant, which was performed at Tianjin First Central "
            "Hospital, according to the report in Cell.",
            "The approach differs from that of Vertex Pharmaceuticals, whose donor-derived stem cell islets are "
            "infused into the liver and require lifelong immune suppression.",
            "India has more than 100 million people with diabetes, and an estimated 2.4 lakh children and "
            "adolescents live with type 1 diabetes.",
            "Experts in Mumbai welcomed the report but cautioned that a single case does not establish safety or "
            "durability.",
        ],
    ),
    dict(
        key="evening-tianjin", outlet="evening", story="tianjin", relevant=True,
        path="/health/scientists-hail-landmark-stem-cell-treatment-diabetes-b1187420",
        published="2024-10-08T18:10:00+01:00", author="Tom Hargreaves", section="Health",
        headline="Scientists hail ‘landmark’ stem cell treatment for diabetes",
        description="A woman in China came off insulin in about two and a half months – but British experts urge "
                    "caution.",
        paragraphs=[
            "Scientists have hailed a ‘landmark’ result after a woman in China with type 1 diabetes came off insulin "
            "in about two and a half months following a transplant of cells grown from her own body.",
            "The 25-year-old has now gone more than a year without injections, according to the team’s report in "
            "the journal Cell.",
            "Professor Nadia Rahman, a diabetologist at King’s College London who was not involved, said: “It is an "
            "elegant piece of work, but it is one patient, and she was already on immunosuppressants. I would not "
            "use the word cure.”",
            "Around 400,000 people in Britain live with type 1 diabetes. Diabetes charities said the NHS was "
            "unlikely to offer such treatments for at least a decade.",
            "The café-owner’s daughter from Tianjin – whose identity has not been released – had lived with the "
            "condition for 11 years.",
        ],
    ),
    dict(
        key="community-tianjin", outlet="community", story="tianjin", relevant=True, kind="blog",
        path="/research-explained/2024/10/reading-the-tianjin-headlines", published="2024-10-15T15:00:00-05:00",
        author="Mara Quinn", section="Research explained",
        headline="75 days, two and a half months, a year, 'cured': reading the Tianjin headlines",
        description="The same case report produced very different numbers in the news. Here is what the paper says.",
        paragraphs=[
            "If you followed the news in late September, you read that a woman in China was 'cured' of type 1 "
            "diabetes, or that her diabetes was 'reversed', or that she was off insulin 'for good'. You may also have "
            "read that this took 75 days, two and a half months, or 'just weeks'.",
            "Here is what the [Cell paper](" + DOI_CELL + ") reports. One woman, 25, with type 1 diabetes for 11 "
            "years, received islets made from her own chemically reprogrammed stem cells under the sheath of her "
            "abdominal muscles. She stopped insulin on day 75 and was still off insulin at the one-year analysis. "
            "Her HbA1c was about 5%.",
            "'Two and a half months' is a fair rounding of 75 days. 'One year' is when the analysis was done, not "
            "how long the effect will last. And nobody can call a single patient, followed for a year, cured.",
            "The detail most headlines left out: she was already on immunosuppressants after a liver transplant. "
            "For most of us with type 1, that is the whole problem.",
            "We'll keep tracking the trial (ChiCTR2300072200) and report when more patients are published.",
        ],
        comments=[("Dee (T1D 31 yrs)", "Thank you for this. My mum sent me the 'miracle cure' article three times."),
                  ("pumpdad", "Same with the Vertex news last year. Good to have the actual numbers.")],
    ),
    # ================================================================== Shanghai (type 2, E-islets)
    dict(
        key="ledger-shanghai", outlet="ledger", story="shanghai", relevant=True,
        path="/health/2024/05/02/type-2-diabetes-islet-transplant-shanghai", published="2024-05-02T15:30:00+00:00",
        author="Rebecca Lindholm", section="Health", tags=["diabetes", "stem cells", "China"],
        headline="Man with type 2 diabetes off insulin after transplant of islets grown from his own cells",
        description="Doctors in Shanghai report the first such transplant in type 2 diabetes. The man also stopped "
                    "his oral drugs.",
        paragraphs=[
            "A 59-year-old man in Shanghai who had type 2 diabetes for 25 years has been off insulin since shortly "
            "after receiving islet tissue grown from his own blood cells, doctors report in "
            "[Cell Discovery](" + DOI_CELLDISC + ").",
            "Surgeons at Changzheng Hospital worked with stem cell biologists of the Chinese Academy of Sciences, who "
            "reprogrammed the man's "
            "blood cells into stem cells, converted them into so-called endoderm stem cells and grew islet tissue "
            "from those. The tissue was infused into his liver in July 2021.",
            "He stopped insulin 11 weeks after the transplant. His oral glucose-lowering drugs were then reduced "
            "step by step, and he has taken none since about a year after the transplant. At the last check, "
            "nearly three years after the procedure, his blood sugar remained well controlled.",
            "The man had received a kidney transplant in 2017 and was already taking immunosuppressants, which "
            "makes it hard to know how such grafts would fare in other people. \"Type 2 diabetes is not one "
            "disease, and this is one patient,\" said Dr. Oliver Brandt, an endocrinologist at Charité in Berlin "
            "who was not involved.",
        ],
    ),
    dict(
        key="asiamed-shanghai", outlet="asiamed", story="shanghai", relevant=True,
        path="/health/2024/05/06/shanghai-doctors-cure-type-2-diabetes", published="2024-05-06T08:00:00+08:00",
        author="Wei Lin", section="China",
        headline="Shanghai doctors cure type 2 diabetes in world first",
        description="A patient has been off insulin since 2022 and off all diabetes pills since 2023.",
        paragraphs=[
            "Doctors in Shanghai say they have cured a patient's type 2 diabetes with a world-first cell "
            "transplant.",
            "The 59-year-old man, who had diabetes for 25 years and needed several insulin injections a day, has not "
            "used insulin since 2022 and stopped all diabetes pills in 2023, according to the team at Changzheng "
            "Hospital.",
            "The islets were made from the patient's own blood cells, turned into stem cells in the laboratory.",
            "\"This is revolutionary for the hundreds of millions of people with type 2 diabetes,\" a hospital "
            "spokesman was quoted as saying by local media.",
            "The results were published in Cell Discovery.",
        ],
    ),
    dict(
        key="healthbeat-shanghai", outlet="healthbeat", story="shanghai", relevant=True,
        path="/diabetes/stem-cells-reversed-type-2-diabetes-could-they-reverse-yours",
        published="2024-05-10T10:00:00-04:00", author="Jordan Ellis", section="Diabetes",
        headline="Stem cells reversed this man's type 2 diabetes. Could they reverse yours?",
        description="A Chinese patient came off insulin within three months of an islet transplant.",
        paragraphs=[
            "A man in China with long-standing type 2 diabetes came off insulin within three months of receiving "
            "lab-grown islets made from his own cells, and later stopped his pills too.",
            "Before you ask your doctor: the patient had already had a kidney transplant and takes "
            "immune-suppressing medicine, the treatment is experimental, and it has been tried in one person.",
            "For most people with type 2 diabetes, weight loss, exercise and modern medicines remain the "
            "mainstays.",
        ],
    ),
    # ================================================================== Vertex VX-880 / zimislecel
    dict(
        key="press-vertex-2021", outlet="pressroom", story="vertex", relevant=True, kind="press_release",
        path="/news-release/2021/10/18/vertex-announces-positive-day-90-data-first-patient-vx-880",
        published="2021-10-18T11:00:00+00:00", author="Vertex Pharmaceuticals Incorporated", section="Biotech",
        headline="First Patient Given VX-880 Cuts Daily Insulin by 91% at Day 90, Vertex Reports",
        description="First patient achieved a 91% reduction in daily insulin at day 90 after a half dose of VX-880.",
        paragraphs=[
            "BOSTON--Vertex Pharmaceuticals Incorporated shared three-month results today from the first person "
            "dosed in its early-stage study of VX-880, islet cells grown from stem cells and fully matured in the "
            "laboratory, for type 1 diabetes with dangerous, unnoticed hypoglycemia.",
            "The patient received a single infusion of VX-880 at half the target dose into the hepatic portal vein, "
            "together with immunosuppressive therapy. By day 90 the patient showed fasting and stimulated C-peptide, "
            "improved HbA1c from 8.6% at baseline to 7.2%, and a 91% reduction in daily insulin use.",
            "The patient had been diagnosed with type 1 diabetes 40 years earlier and had experienced five severe "
            "hypoglycemic episodes in the year before treatment.",
            "The study (NCT04786262) will continue to enroll patients, moving to the full target dose.",
        ],
        press_footer=[
            "About Vertex: Vertex is a global biotechnology company that invests in scientific innovation to create "
            "transformative medicines for people with serious diseases.",
            "Caution on forward-looking statements: what this release says about VX-880's future is an "
            "expectation, not a promise; outcomes could turn out very differently.",
            "Media contact: mediainfo@vrtx.com",
        ],
    ),
    dict(
        key="ledger-vertex-2021", outlet="ledger", story="vertex", relevant=True,
        path="/health/2021/11/29/lab-grown-islet-cells-first-patient-vertex",
        published="2021-11-29T13:00:00+00:00", author="Daniel Okafor", section="Health",
        headline="Lab-grown islet cells have cut one man's insulin needs by 91%. Is it a cure?",
        description="The first recipient of Vertex's stem cell-derived islets is making his own insulin. Experts "
                    "say it is too early for the c-word.",
        paragraphs=[
            "For four decades, a retired man in Ohio has lived with type 1 diabetes and, lately, with terrifying "
            "blood-sugar crashes. In June he became the first person to receive VX-880, islet cells manufactured "
            "from stem cells by Vertex Pharmaceuticals.",
            "Ninety days after a half dose infused into his liver, his daily insulin needs had fallen by 91%, and "
            "his HbA1c had dropped from 8.6% to 7.2%, the company reported last month.",
            "Keeping the graft alive means anti-rejection medicine for life, and the results have "
            "been shared only in a press release, not a peer-reviewed paper.",
            "\"Some people will call this a cure, and I understand why,\" said Dr. Priya Natarajan, a diabetes "
            "researcher at the University of Toronto who is not involved in the trial. \"But we need many more "
            "patients, full doses and years of follow-up.\"",
            "The trial is [registered](" + NCT_VERTEX + ") as NCT04786262.",
        ],
    ),
    dict(
        key="press-vertex-2023", outlet="pressroom", story="vertex", relevant=True, kind="press_release",
        path="/news-release/2023/06/23/vertex-presents-positive-vx-880-results-ada-83rd-scientific-sessions",
        published="2023-06-23T20:30:00+00:00", author="Vertex Pharmaceuticals Incorporated", section="Biotech",
        headline="VX-880 Update at ADA 2023: Six Patients Treated, Two Off Insulin After More Than a Year",
        description="Every patient dosed so far makes insulin from the infused cells; the two longest-followed no "
                    "longer inject insulin.",
        paragraphs=[
            "SAN DIEGO--Vertex Pharmaceuticals today presented results from Parts A and B of its Phase 1/2 study of "
            "VX-880 in people with type 1 diabetes, impaired hypoglycemic awareness and severe hypoglycemia.",
            "Each of the six patients dosed by the data cut now secretes insulin from the infused cells in response "
            "to glucose, and each has improved HbA1c and a reduction in exogenous insulin use, and no "
            "patient had a severe hypoglycemic event after day 90.",
            "The two patients in Part A, who have more than one year of follow-up, reached HbA1c below 7%; both are "
            "now insulin independent.",
            "VX-880 was generally well tolerated. Most adverse events were mild or moderate and were consistent with "
            "the immunosuppressive regimen or the infusion procedure.",
        ],
        press_footer=["About VX-880: an investigational therapy of islet cells grown from a donor stem cell line "
                      "and matured before infusion (NCT04786262).",
                      "Forward-looking statements: actual results may differ materially."],
    ),
    dict(
        key="press-vertex-2024", outlet="pressroom", story="vertex", relevant=True, kind="press_release",
        path="/news-release/2024/06/21/vertex-presents-positive-results-vx-880-ada-expands-to-phase-3",
        published="2024-06-21T21:00:00+00:00", author="Vertex Pharmaceuticals Incorporated", section="Biotech",
        headline="Vertex Shares Updated VX-880 Data at ADA 2024 and Widens the Study to Phase 1/2/3",
        description="All 12 patients in Parts A and B produce insulin; the study will enroll about 50 patients.",
        paragraphs=[
            "ORLANDO--New results for VX-880 were shown today at the 84th Scientific Sessions of the American "
            "Diabetes Association, Vertex Pharmaceuticals said.",
            "Every one of the 12 patients treated in Parts A and B now makes insulin from the graft, and each has an "
            "HbA1c under 7%. All patients reduced or eliminated their use of exogenous insulin; three "
            "patients with at least one year of follow-up are insulin independent.",
            "Two patient deaths occurred during the study, neither related to VX-880: one from cryptococcal "
            "meningitis related to immunosuppression and one from progression of a preexisting neurocognitive "
            "disorder.",
            "Following discussions with regulators, Vertex is expanding the study into a Phase 1/2/3 trial with a "
            "total of approximately 50 patients.",
        ],
        press_footer=["Forward-looking statements: actual results may differ materially."],
    ),
    dict(
        key="wire-vertex-2025", outlet="wire", story="vertex", relevant=True,
        path="/health/2025/06/20/vertex-stem-cell-diabetes-insulin-idUSPNW250620",
        published="2025-06-20T19:15:00+00:00", author="Marcus Reid", section="Health",
        headline="Vertex stem cell therapy lets 10 of 12 patients stop insulin at one year",
        description="Zimislecel results published in NEJM; company plans to file for approval in 2026.",
        paragraphs=WIRE_VERTEX_2025 + ["(Reporting by Marcus Reid; Editing by Jane Wu)"],
        related=[("Vertex shares rise after diabetes data", "/markets/2025/06/20/vertex-shares")],
    ),
    dict(
        key="lakeshore-vertex-2025", outlet="lakeshore", story="vertex", relevant=True, copy_of="wire-vertex-2025",
        path="/news/health/vertex-stem-cell-therapy-insulin-10-of-12", published="2025-06-20T22:40:00+00:00",
        author="Pacific News Wire", section="Health",
        headline="Stem cell therapy lets most patients quit insulin, study finds",
        description="Zimislecel results published in NEJM; company plans to file for approval in 2026.",
        paragraphs=WIRE_VERTEX_2025[:5] + ["Staff writer Kim Alvarez contributed to this report."],
    ),
    dict(
        key="biotech-vertex-2025", outlet="biotech", story="vertex", relevant=True,
        path="/cell-gene-therapy/2025/06/23/zimislecel-nejm-filing-2026-immunosuppression",
        published="2025-06-23T12:00:00+00:00", author="Priya Raman", section="Cell & Gene Therapy",
        headline="Zimislecel heads for 2026 filings as analysts weigh the immunosuppression trade-off",
        description="Vertex's NEJM data show 10 of 12 full-dose patients insulin independent at a year. The label "
                    "question is who will accept lifelong immune suppression.",
        paragraphs=[
            "Vertex Pharmaceuticals' stem cell-derived islet therapy zimislecel cleared its most important "
            "scientific hurdle so far last week: a [New England Journal of Medicine paper](" + DOI_NEJM_ZIMI + ") "
            "showing that 10 of 12 patients given the full dose no longer needed insulin one year after a single "
            "infusion, and all 12 met the primary end point of HbA1c under 7% without severe hypoglycemia.",
            "Enrollment and dosing in the phase 3 portion of the phase 1/2/3 study, about 50 patients, is "
            "complete, and the company expects to file in 2026.",
            "\"It's a game-changer for the few thousand patients with the most brittle disease,\" said one analyst "
            "at a Boston investment bank, who asked not to be named because of company policy. \"It is not a "
            "product for the average person with type 1 diabetes while it needs immunosuppression.\"",
            "Vertex is pursuing hypoimmune edits and other ways to avoid immunosuppression; its encapsulated "
            "program, VX-264, was discontinued earlier this year.",
        ],
    ),
    dict(
        key="buzz-vertex-2025", outlet="buzz", story="vertex", relevant=True,
        path="/health/article-14811203/type-1-diabetes-cured-lab-grown-cells.html",
        published="2025-06-22T07:00:00+01:00", author="Chloe Barrett, Health Reporter", section="Health",
        headline="Type 1 diabetes CURED: lab-grown cells free patients from insulin injections",
        description="83 per cent of patients were cured after a single jab of stem cells, scientists say.",
        paragraphs=[
            "Type 1 diabetes has been cured in 83 per cent of patients given a revolutionary stem cell treatment, "
            "a major trial has found.",
            "Every patient who received the full dose stopped injecting insulin, doctors said, after a single jab of "
            "lab-grown cells into the liver.",
            "The unprecedented results, published in the New England Journal of Medicine, could spell the end of "
            "daily injections for millions.",
            "US drug giant Vertex hopes to have the treatment approved next year.",
        ],
        related=[("Diabetics 'could be free of injections within five years'", "/health/article-1401/five-years.html")],
    ),
    # ================================================================== VX-264
    dict(
        key="biotech-vx264", outlet="biotech", story="vx264", relevant=True,
        path="/cell-gene-therapy/2025/03/11/vertex-discontinues-vx-264-encapsulated-islets",
        published="2025-03-11T14:30:00+00:00", author="Priya Raman", section="Cell & Gene Therapy",
        headline="Vertex halts encapsulated islet program VX-264 after C-peptide falls short",
        description="The device-protected version of its stem cell islets was meant to avoid immunosuppression.",
        paragraphs=[
            "Vertex Pharmaceuticals has stopped developing VX-264, the encapsulated version of its stem "
            "cell-derived islets, after the phase 1/2 study (NCT05791201) showed the implants did not produce "
            "enough C-peptide to be clinically meaningful.",
            "VX-264 packed the same manufactured islet cells used in zimislecel into a device designed to shield "
            "them from the immune system, so that patients with type 1 diabetes would not need immunosuppressive "
            "drugs. The implants were well tolerated, but C-peptide levels stayed low in the 17 participants "
            "treated, the company said.",
            "Encapsulation has disappointed before: ViaCyte's fully encapsulated PEC-Encap (VC-01) implants failed "
            "to produce measurable C-peptide in 2018, largely because of fibrosis around the device.",
        ],
    ),
    # ================================================================== Sana UP421
    dict(
        key="press-sana-2025", outlet="pressroom", story="sana", relevant=True, kind="press_release",
        path="/news-release/2025/01/07/sana-biotechnology-positive-results-up421-without-immunosuppression",
        published="2025-01-07T12:00:00+00:00", author="Sana Biotechnology, Inc.", section="Biotech",
        headline="Sana Biotechnology Announces Positive Results From First-in-Human Study of UP421, Hypoimmune "
                 "Primary Islet Cells, in Type 1 Diabetes Without Immunosuppression",
        description="Four weeks after transplant, the gene-edited islet cells survive and produce C-peptide without "
                    "any immunosuppressive drugs.",
        paragraphs=[
            "SEATTLE--Sana Biotechnology today announced results from an investigator-sponsored first-in-human study "
            "of UP421 at Uppsala University Hospital in Sweden.",
            "UP421 consists of primary human islet cells from a deceased donor, engineered with Sana's hypoimmune "
            "(HIP) technology and implanted into the forearm muscle. The participant, a man with type 1 diabetes, "
            "received no immunosuppression.",
            "At four weeks, the cells were alive and functioning: C-peptide was detectable and rose in response to a "
            "meal, and MRI and PET imaging showed surviving grafts. No immune response against the edited cells was "
            "detected, and the treatment was well tolerated.",
            "The study used a low dose of cells and was not designed to reduce the participant's insulin needs.",
        ],
        press_footer=["About Sana Biotechnology: Sana is focused on creating and delivering engineered cells as "
                      "medicines.", "Forward-looking statements: actual results may differ materially."],
    ),
    dict(
        key="ledger-sana", outlet="ledger", story="sana", relevant=True,
        path="/health/2025/01/09/gene-edited-islets-no-immune-drugs-uppsala", published="2025-01-09T15:00:00+00:00",
        author="Daniel Okafor", section="Health", tags=["diabetes", "gene editing", "Sweden"],
        headline="Gene-edited islet cells survive in a man with type 1 diabetes, with no anti-rejection drugs",
        description="A first test in Uppsala suggests edited donor cells can hide from the immune system. The dose "
                    "was far too small to treat his diabetes.",
        paragraphs=[
            "Doctors in Uppsala, Sweden, have implanted gene-edited donor islet cells into the forearm of a man with "
            "type 1 diabetes and found them still alive and making insulin four weeks later, even though he took "
            "no immunosuppressive drugs.",
            "The cells were edited by Sana Biotechnology to remove the HLA molecules that flag them as foreign and to "
            "produce more CD47, a 'don't eat me' signal.",
            "\"It is the first time we have seen allogeneic islets survive without immunosuppression in a person,\" "
            "said Dr. Erik Sandvik, a transplant immunologist in Oslo who was not involved. \"But the dose was tiny, "
            "and four weeks is very short.\"",
            "The man still needs insulin. The researchers plan to report 12-week and 6-month results.",
        ],
    ),
    dict(
        key="healthbeat-sana", outlet="healthbeat", story="sana", relevant=True,
        path="/breakthroughs/no-more-anti-rejection-drugs-gene-edited-cells-diabetes",
        published="2025-01-12T09:00:00-05:00", author="Jordan Ellis", section="Breakthroughs",
        headline="No more anti-rejection drugs? Gene-edited cells could cure type 1 diabetes",
        description="Scientists say the breakthrough removes the biggest obstacle to a cure.",
        paragraphs=[
            "A breakthrough in Sweden could pave the way to a cure for type 1 diabetes without the dangerous "
            "anti-rejection drugs that transplant patients must take for life.",
            "Gene-edited insulin-making islet cells placed in a man's arm were still working a month later, and his immune "
            "system left them alone.",
            "The man still uses insulin because only a small number of cells were transplanted, but experts say "
            "larger doses could one day reverse the disease.",
        ],
    ),
    dict(
        key="biotech-sana-nejm", outlet="biotech", story="sana", relevant=True,
        path="/cell-gene-therapy/2025/08/05/sana-hypoimmune-islets-nejm-12-weeks", published="2025-08-05T13:00:00+00:00",
        author="Priya Raman", section="Cell & Gene Therapy",
        headline="Sana's hypoimmune islets survived 12 weeks without immunosuppression, NEJM paper shows",
        description="The single-patient study in Uppsala is now peer-reviewed.",
        paragraphs=[
            "The New England Journal of Medicine has published the first-in-human study of Sana Biotechnology's "
            "hypoimmune islet cells, confirming that gene-edited donor cells survived for 12 weeks in a "
            "42-year-old man with type 1 diabetes who received no immunosuppressive drugs.",
            "The man, who had had type 1 diabetes for 37 years, produced C-peptide that rose after meals throughout "
            "the 12 weeks, while unedited cells in the same graft were rejected. No serious adverse events occurred.",
            "Sana is developing SC451, a stem cell-derived version, to reach doses that could replace insulin.",
        ],
    ),
    # ================================================================== ViaCyte / CRISPR
    dict(
        key="biotech-viacyte-2021", outlet="biotech", story="viacyte", relevant=True,
        path="/cell-gene-therapy/2021/12/02/viacyte-pec-direct-c-peptide-two-papers",
        published="2021-12-02T17:00:00+00:00", author="Nathan Cole", section="Cell & Gene Therapy",
        headline="ViaCyte implants make meal-regulated insulin in some patients, two papers show",
        description="Stem cell-derived cells in open devices produced C-peptide in 6 of 17 participants.",
        paragraphs=[
            "Embryonic stem cell-derived pancreatic cells implanted under the skin in ViaCyte's PEC-Direct (VC-02) "
            "devices matured and made insulin in response to meals in some people with type 1 diabetes, according "
            "to papers published today in Cell Stem Cell and Cell Reports Medicine.",
            "Six of 17 participants (35%) had C-peptide of at least 0.1 nmol/L from six months after implantation. "
            "In three, insulin doses fell by about 20% and time in the target glucose range increased. No one "
            "became insulin independent.",
            "Participants took immunosuppressive drugs, because the open devices let blood vessels, and immune "
            "cells, reach the implant.",
        ],
    ),
    dict(
        key="press-crispr-2022", outlet="pressroom", story="viacyte", relevant=True, kind="press_release",
        path="/news-release/2022/02/02/crispr-viacyte-first-patient-dosed-vctx210",
        published="2022-02-02T12:30:00+00:00", author="CRISPR Therapeutics AG", section="Biotech",
        headline="CRISPR Therapeutics and ViaCyte Announce First Patient Dosed in Phase 1 Clinical Trial of "
                 "Gene-Edited Cell Replacement Therapy for Treatment of Type 1 Diabetes",
        description="VCTX210 is an allogeneic, gene-edited, immune-evasive stem cell-derived therapy.",
        paragraphs=[
            "ZUG, Switzerland and SAN DIEGO--CRISPR Therapeutics and ViaCyte today announced that the first patient "
            "has been dosed in a Phase 1 clinical trial of VCTX210, an investigational, allogeneic, gene-edited, "
            "immune-evasive, stem cell-derived pancreatic endoderm cell therapy for type 1 diabetes, in Canada.",
            "VCTX210 is designed to produce insulin without the need for immunosuppression. The trial will evaluate "
            "safety, tolerability and immune evasion.",
        ],
        press_footer=["Forward-looking statements: actual results may differ materially."],
    ),
    # ================================================================== Lantidra (donor islets)
    dict(
        key="ledger-lantidra", outlet="ledger", story="lantidra", relevant=True,
        path="/health/2023/06/29/fda-approves-lantidra-islet-cells", published="2023-06-29T14:00:00+00:00",
        author="Rebecca Lindholm", section="Health", tags=["diabetes", "FDA", "transplant"],
        headline="FDA approves first cell therapy made from donor pancreas islets for type 1 diabetes",
        description="Lantidra is for adults whose severe hypoglycemia cannot be controlled otherwise. Recipients need "
                    "lifelong immunosuppression.",
        paragraphs=[
            "The US Food and Drug Administration on Wednesday approved Lantidra (donislecel), the first cellular "
            "therapy made from deceased donors' pancreatic islets, for adults with type 1 diabetes who cannot reach "
            "target blood sugar because of repeated severe hypoglycemia.",
            "The islets are infused into the hepatic portal vein of the liver. The approval, for CellTrans of "
            "Chicago, is based on two studies at the University of Illinois in which 30 people received one to three "
            "infusions.",
            "Twenty-one of the 30 did not need insulin for a year or more: 11 for between one and five years and 10 "
            "for more than five years. Five never achieved a day without insulin.",
            "Recipients must take immunosuppressive drugs, which carry risks of infection and cancer, and the "
            "infusion procedure can cause bleeding.",
        ],
    ),
    dict(
        key="healthbeat-lantidra", outlet="healthbeat", story="lantidra", relevant=True,
        path="/diabetes/fda-approves-first-ever-cure-type-1-diabetes-lantidra", published="2023-06-30T08:00:00-04:00",
        author="Jordan Ellis", section="Diabetes",
        headline="FDA approves first-ever 'cure' for type 1 diabetes",
        description="Most patients in the trials no longer needed insulin.",
        paragraphs=[
            "The FDA has approved a first-ever cell therapy that frees people with type 1 diabetes from insulin.",
            "In clinical trials, two-thirds of patients stopped insulin, some for more than five years.",
            "The treatment, Lantidra, uses islet cells from organ donors and is meant for patients with the most "
            "severe low blood sugar episodes. Patients must take anti-rejection drugs.",
        ],
    ),
    # ================================================================== MSC
    dict(
        key="press-nextcell-2023", outlet="pressroom", story="msc", relevant=True, kind="press_release",
        path="/news-release/2023/05/25/nextcell-protrans-diabetologia-phase-i-ii",
        published="2023-05-25T07:00:00+02:00", author="NextCell Pharma AB", section="Biotech",
        headline="NextCell: Diabetologia publishes ProTrans phase I/II results showing preserved insulin production "
                 "in type 1 diabetes",
        description="One year after a single infusion, C-peptide fell 10% with ProTrans versus 47% with placebo.",
        paragraphs=[
            "STOCKHOLM--NextCell Pharma AB announced that the results of its phase I/II trial of ProTrans, "
            "Wharton's jelly-derived mesenchymal stromal cells, in adults with newly diagnosed type 1 diabetes have "
            "been published in Diabetologia.",
            "In the randomized part of the trial (NCT03406585), 10 patients received ProTrans and 5 received "
            "placebo. After one year, C-peptide production had fallen by 10% in the ProTrans group compared with 47% "
            "in the placebo group, and insulin needs rose less with ProTrans.",
            "No serious adverse events related to the treatment were reported.",
        ],
        press_footer=["This information is information that NextCell Pharma AB is obliged to make public."],
    ),
    dict(
        key="mumbai-msc", outlet="mumbai", story="msc", relevant=True,
        path="/diabetes/umbilical-cord-stem-cells-type-2-diabetes-insulin-chinese-trial",
        published="2022-06-14T11:00:00+05:30", author="Rohit Kulkarni", section="Diabetes",
        headline="Umbilical cord stem cells help type 2 diabetes patients cut insulin, Chinese trial finds",
        description="One in five patients reached target HbA1c while halving insulin, against one in twenty-two on "
                    "placebo.",
        paragraphs=[
            "Infusions of mesenchymal stem cells taken from umbilical cords helped some adults with insulin-treated "
            "type 2 diabetes improve their blood sugar and cut their insulin, a trial in Beijing has found.",
            "In the study of 91 patients at the Chinese PLA General Hospital, 9 of 45 patients given the stem cells "
            "(20%) reached an HbA1c below 7% while reducing their insulin dose by at least half after 48 weeks, "
            "compared with 2 of 44 patients given placebo.",
            "Doctors in Mumbai said the approach could one day help reverse insulin dependence in type 2 diabetes, "
            "but warned that patients should not seek unregulated stem cell clinics.",
        ],
    ),
    dict(
        key="ledger-clinics", outlet="ledger", story="msc", relevant=True,
        path="/health/2023/09/18/unproven-stem-cell-clinics-diabetes", published="2023-09-18T12:00:00+00:00",
        author="Daniel Okafor", section="Health",
        headline="Clinics sell unproven stem cell 'cures' for diabetes as real trials advance",
        description="Patients pay tens of thousands of dollars for infusions with no evidence behind them.",
        paragraphs=[
            "While regulated trials of stem cell-derived islets move slowly, dozens of clinics in Mexico, Panama "
            "and elsewhere advertise stem cell infusions as a cure for type 1 and type 2 diabetes, charging $15,000 "
            "to $50,000.",
            "Most offer 'mesenchymal stem cells' from fat or umbilical cord, infused into a vein. Randomized trials "
            "of such cells have shown, at best, a modest slowing of the loss of insulin production in new-onset "
            "type 1 diabetes, and none has shown that patients can stop insulin.",
            "\"If a clinic promises a cure, walk away,\" said Dr. Helen Marsh, an endocrinologist in Melbourne.",
        ],
    ),
    # ================================================================== Kyoto
    dict(
        key="asiamed-kyoto", outlet="asiamed", story="kyoto", relevant=True,
        path="/japan/2025/04/15/kyoto-ips-cell-islet-sheet-transplant-type-1-diabetes",
        published="2025-04-15T10:00:00+09:00", author="Kenta Mori", section="Japan",
        headline="Kyoto doctors transplant iPS cell-derived islet sheets into woman with type 1 diabetes",
        description="The first-in-human study will check safety before any efficacy claims.",
        paragraphs=[
            "Kyoto University Hospital said it transplanted sheets of insulin-producing islet cells made from "
            "induced pluripotent stem (iPS) cells into a woman in her 40s with type 1 diabetes in February, the "
            "first such procedure in Japan.",
            "The sheets, made from donor iPS cells, were placed under the skin of her abdomen. She is taking "
            "immunosuppressants, and the team will monitor safety for a year before deciding on larger doses.",
            "The hospital did not disclose any results on insulin use.",
        ],
    ),
    # ================================================================== irrelevant (the relevance filter drops these)
    dict(
        key="ledger-heart", outlet="ledger", story="irrelevant", relevant=False,
        path="/health/2023/03/08/stem-cell-heart-failure-trial-dream-hf", published="2023-03-08T16:00:00+00:00",
        author="Rebecca Lindholm", section="Health",
        headline="Stem cell injections fail to cut heart failure hospitalizations in large trial",
        description="Mesenchymal precursor cells did not reduce decompensation events, though heart attacks and "
                    "strokes were fewer.",
        paragraphs=[
            "Injecting mesenchymal precursor cells into the heart muscle of people with chronic heart failure did "
            "not reduce hospitalizations for worsening heart failure, a trial of 565 patients has found.",
            "Patients who received the cells had fewer heart attacks and strokes, a secondary finding that the "
            "company behind the therapy, Mesoblast, says it will test in a new trial.",
        ],
    ),
    dict(
        key="wire-glp1", outlet="wire", story="irrelevant", relevant=False,
        path="/business/2024/11/12/weekly-diabetes-shots-record-sales-idUSPNW241112",
        published="2024-11-12T14:20:00+00:00", author="Marcus Reid", section="Business",
        headline="Weekly diabetes and obesity shots drive record drug sales",
        description="Demand for GLP-1 drugs keeps outstripping supply.",
        paragraphs=[
            "NEW YORK, Nov 12 (PNW) - Sales of weekly injectable drugs for type 2 diabetes and obesity reached a "
            "record in the third quarter, as makers struggled to keep up with demand.",
            "Analysts expect the market for the drugs, which mimic gut hormones that regulate appetite and blood "
            "sugar, to exceed $100 billion by the end of the decade.",
        ],
    ),
    dict(
        key="ledger-zebrafish", outlet="ledger", story="irrelevant", relevant=False,
        path="/science/2023/05/20/zebrafish-pancreas-new-islets", published="2023-05-20T10:00:00+00:00",
        author="Daniel Okafor", section="Science",
        headline="How zebrafish grow new pancreatic islets as they mature",
        description="Duct cells that switch off a signalling pathway become hormone-making cells.",
        paragraphs=[
            "Young zebrafish add small new clusters of hormone-producing cells, called islets, along the ducts of "
            "their pancreas as they grow. A study in Development traces these islets to duct cells that switch off "
            "Notch signalling.",
            "Blocking Notch with a drug doubled the number of new islets within three days, the researchers found, "
            "offering a model for studying how the pancreas builds its endocrine tissue.",
        ],
    ),
]
