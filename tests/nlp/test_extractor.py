"""The public interface, bad input, determinism and the dev quality bars (real scorer)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from isletwatch.errors import ModelError, ValidationError
from isletwatch.model import VOCAB, Document, dumps
from isletwatch.nlp import EXTRACTOR_VERSION, extract_jsonl, load_extractor

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "claims"


def doc(text: str, title: str = "") -> Document:
    return Document(source="test", url="urn:test", title=title, text=text)


def check_schema(extraction, text: str) -> None:
    record = extraction.to_schema()
    json.loads(dumps(record))
    for c in extraction.claims:
        c.validate()
        for span in c.evidence:
            assert 0 <= span.start < span.end <= len(text)
        for name, allowed in VOCAB.items():
            assert getattr(c, name) is None or getattr(c, name) in allowed


def test_missing_model_says_what_to_do():
    with pytest.raises(ModelError, match="make model"):
        load_extractor("no_such_pipeline_xyz")


def test_version_names_rules_and_model(blank_extractor):
    assert blank_extractor.version.startswith(EXTRACTOR_VERSION) and blank_extractor.version.endswith("+blank")


def test_single_patient_story(blank_extractor):
    text = ("Woman off insulin after stem cell transplant\n\nA 25-year-old woman with type 1 diabetes received islets "
            "made from her own chemically induced pluripotent stem cells under the abdominal rectus sheath. "
            "She stopped insulin within 75 days and has been insulin-free for more than a year.")
    ex = blank_extractor.extract(doc(text, "Woman off insulin after stem cell transplant"))
    [c] = ex.claims
    assert (c.diabetes_type, c.n_patients, c.age_years, c.sex, c.cell_type, c.cell_source) == ("T1D", 1, 25, "female", "CiPSC", "autologous")
    assert (c.outcome, c.time_to_outcome_days, c.outcome_duration_days, c.outcome_duration_qualifier) == ("insulin_independence", 75, 365, "at_least")
    assert c.implant_site == "abdominal_rectus_sheath"
    assert any(text[s.start:s.end].startswith("Woman off insulin") for s in c.evidence)  # the headline states it too


def test_trial_with_subcounts(blank_extractor):
    text = ("In a phase 2 study, 40 adults with type 2 diabetes received intravenous infusions of mesenchymal stem cells. "
            "At 12 months, 25 of the 40 had reduced their daily insulin dose, and nine patients no longer needed insulin. "
            "Three patients developed a fever. Mice were also cured.")
    ex = blank_extractor.extract(doc(text))
    frames = sorted((c.outcome, c.n_patients, c.n_with_outcome) for c in ex.claims)
    assert frames == [("adverse_event", 40, 3), ("insulin_independence", 40, 9), ("insulin_reduction", 40, 25)]
    assert all(c.study_phase == "phase 2" and c.cell_type == "MSC" and c.implant_site == "other" for c in ex.claims)
    assert ex.facts.hype_terms == ["cured"]


def test_background_and_forward_looking_are_not_claims(blank_extractor):
    text = "Stem cells may one day cure diabetes. Islet transplants can free people with type 1 diabetes from insulin."
    ex = blank_extractor.extract(doc(text))
    assert ex.claims == [] and ex.facts.hype_terms == ["cure"]


@pytest.mark.parametrize("text", [
    # a disease's burden, background from other studies, what a thing is for, a criteria list, a hearsay testimonial
    "Twelve patients received the cells. Type 2 diabetes often leads to disability or death and affects around 420 million people worldwide.",
    "In previous research studies, islet transplantation has been successful in allowing patients with type 1 diabetes to stop taking insulin.",
    "Twelve patients received the cells. The trial focuses on preventing the rejection of islet cells, which are crucial for insulin production.",
    "Inclusion Criteria\n\n1. Patients 5 to 18 years of age.\n2. Involvement of the patients and parents in the intensive diabetes management "
    "and the administration of insulin injections each day.",
    "He cited the case of testimonials from a nightclub owner who underwent therapy abroad and claimed he does not need any insulin injections.",
    "Advancements in islet cell transplantation now allow patients with type 1 diabetes to live insulin-free lives.",
    "Few patients lost their islet graft function after a while and resumed their insulin pumps.",
    "These patients live in constant fear of hypos, which can occur without any warning, and cause confusion or even death.",
    "She considered the diagnosis a death sentence.",
    "My islets apparently died and I returned to full-fledged Type I DM in 2008.",
    "To assess the effect of exenatide to improve islet graft function in subjects that demonstrate partial graft loss.",
    "Outcomes assessed included patient survival, graft survival, insulin independence and adverse events.",
    "Six patients were treated. Although some patients may not achieve complete insulin independence, the treatment will reduce their doses.",
    # what a study counted, what recipients generally need, what a treatment is, an association, a method glued to the next section
    "Twenty adults received islet infusions. Outcomes included how long the graft kept working, whether HbA1c fell under 7%, "
    "whether severe lows stopped, and insulin independence.",
    "People given donor islets generally need two or more infusions to come off insulin.",
    "The pivotal study, with a composite end point of fewer severe lows and no rise in HbA1c, enrolled 40 adults with type 1 diabetes.",
    "Islet programmes have shown that people with severe type 1 diabetes live without insulin.",
    "The new regimen allowed patients to cut or stop their insulin injections.",
    "Replacing lost beta cells with donor islets represents a promising treatment option for people with type 1 diabetes.",
    "Forty children underwent islet autotransplantation. A larger C-peptide response at the three-month visit was predictive "
    "of smaller insulin doses a year after surgery.",
    "Eighteen patients with type 1 diabetes received stem cells. Safety events were also recorded.Results The 18 patients were "
    "19 years old on average.",
    # a future a hedge does not make a finding, a finding denied, a hope, a purpose, a condition on who reaches an outcome
    '"If this works, patients with type 1 diabetes may one day stop insulin," she said.',
    "The trial did not show that the cells can make patients insulin independent.",
    "The study has yet to prove that the implant can free patients with type 1 diabetes from insulin.",
    "The company hopes that patients might eventually be able to stop insulin injections.",
    "The islet cells are supposed to sense glucose and release insulin, so that patients no longer need injections.",
    "Participants who achieve insulin independence will be eligible for a second infusion.",
    "Stem-cell islets could potentially make 9 in 10 patients insulin independent, according to modelling by the company.",
    "Twelve patients received the cells. The next step is to show that patients can remain insulin independent for two years.",
    # an outcome named as a goal or benchmark, when an endpoint was assessed, other groups' results
    "Twelve patients received the cells. Insulin independence is the ultimate goal of the programme.",
    "Twelve patients received the cells. Achieving HbA1c below 7% without severe hypoglycemia is the standard benchmark for islet transplants.",
    "Twelve patients received the cells. Insulin independence, defined as no insulin use for 14 days with HbA1c below 7%, was assessed at day 365.",
    "Twelve patients received the cells. Other groups have reported that up to 60% of islet recipients are insulin-free at five years.",
    # an outcome denied or disowned, little evidence
    "Twelve patients received the cells. The treatment does not guarantee insulin independence.",
    "Twelve patients received the cells. None of this means that patients are insulin independent.",
    "Twelve patients received the cells. Nobody is claiming that the patients are insulin independent.",
    "Twelve patients received the cells. Critics say there is little evidence that the cells make patients insulin independent.",
    # another treatment's result beside the cells'
    "Twelve patients received the cells. In a parallel study in type 2 diabetes, the drug tirzepatide brought HbA1c below 7% "
    "in 80% of 500 patients.",
    "The closed-loop pump helped 86 patients with type 1 diabetes spend more time in range.",
    # a requirement, a result withheld, another cohort for comparison
    "Twelve patients received the cells. The FDA requires that at least half of participants be insulin independent at one year for approval.",
    "Twelve patients received the cells. Dr. Patel declined to say how many patients had stopped insulin.",
    "Twelve patients received the cells. For comparison, about 50% of recipients of donor islets are insulin independent at five years, "
    "according to registry data.",
    # what recipients generally do
    "Twelve patients received the cells. Type 1 diabetes patients who receive islet transplants are often able to reduce their insulin doses.",
    "Twelve patients received the cells. Islet recipients often stop insulin within months, but many resume it within five years.",
    # a wish, a press release's company boilerplate
    "Twelve patients received the cells. Sarah, 34, who is not in the trial, has been on insulin since she was 9 and dreams of being insulin-free.",
    "Twelve patients received the cells.\nAbout the company: NovaIslet develops cell therapies that eliminate the need for insulin injections.",
    # what matters, a counterfactual
    "Twelve patients received the cells. Insulin independence, not HbA1c, is what matters most to patients.",
    "Twelve patients received the cells. Insulin independence in all 12 would be remarkable, Dr. Kim said.",
    # hearsay about someone the writer knows, a clinic's small print
    "Re: stem cells for T1D?\nMy neighbour went to Panama for stem cells and came back off insulin. Not sure how long it lasted though.",
    "A guy I know had stem cells in Mexico and has been off insulin for two years.",
    "Stem cell therapy is not FDA approved for diabetes.\nDisclaimer: Individual results vary; most patients reduce their insulin use.",
    "Stem cell therapy is not FDA approved for diabetes. Individual results may vary; some patients reduce their insulin use.",
    # results in a dish, in a simulation, in other primates, in a preclinical study
    "Twelve patients received the cells. In a cell culture dish, the beta cells released insulin in response to glucose, and C-peptide levels rose.",
    "Twelve patients received the cells. In a simulation, 70% of virtual patients reached HbA1c below 7%.",
    "Twelve patients received the cells. In baboons given the same cells, C-peptide was detectable for a year.",
    "Twelve patients received the cells. In the preclinical study, recipients stopped needing insulin after 60 days.",
    # "recipients" after an animal test may still be the animals
    "Twelve patients received the cells. The cells were first tested in non-human primates. Five of six recipients had detectable "
    "C-peptide after 90 days.",
    # a list of links to other stories under a run-in label
    "Twelve patients received the cells.\nReaders also liked: Man with type 2 diabetes off insulin after cell therapy; Woman cured "
    "of type 1 diabetes with her own cells.",
])
def test_statements_that_report_no_result_are_not_claims(blank_extractor, text):
    assert blank_extractor.extract(doc(text)).claims == []


def test_unsized_patients_are_a_claim_without_a_group_size(blank_extractor):
    text = "Doctors infused stem cell-derived islets into the liver. The patients no longer needed insulin injections after a year."
    claims = blank_extractor.extract(doc(text)).claims
    assert [(c.outcome, c.n_patients) for c in claims] == [("insulin_independence", None)]
    rats = text + " The cells were first tested in diabetic rats."
    assert blank_extractor.extract(doc(rats)).claims == []  # 'patients' beside animals may be the animals


@pytest.mark.parametrize("text,expected", [
    # a finding through can/could and a hedge about the past stay claims
    ("Data to date show that the cells can keep 10 of 12 patients off insulin.", ("insulin_independence", 12, 10, False)),
    ("The cells may possibly have helped 3 of 5 patients cut their insulin.", ("insulin_reduction", 5, 3, True)),
    ("Twelve patients received the cells. C-peptide was measured at month 6 and had risen in 9 of the 12.", ("c_peptide", 12, 9, False)),
    ("Twelve patients received the cells. Insulin independence was achieved at day 365 in 10 of them.", ("insulin_independence", 12, 10, False)),
    ("Twelve patients received the cells. The doctors never promised a cure, but 10 of the 12 stopped insulin.",
     ("insulin_independence", 12, 10, False)),
    ("Twelve patients received the cells. Some patients reduced their insulin by half.", ("insulin_reduction", 12, None, False)),
    # a result whose relative clause names its role is still reported
    ("Twelve patients received the cells. Ten of the 12 became insulin independent, which was the primary end point.",
     ("insulin_independence", 12, 10, False)),
    ("Twelve patients received the cells. Ten of the 12 became insulin independent, which is what the team had hoped for.",
     ("insulin_independence", 12, 10, False)),
    ("Twelve adults received cord MSCs together with liraglutide, and 2 became insulin independent by six months.",
     ("insulin_independence", 12, 2, False)),
    ("Twelve patients received the cells. Dr. Patel would not say whether the trial will continue, but 10 of the 12 have stopped insulin.",
     ("insulin_independence", 12, 10, False)),
    ("After promising preclinical results, 12 patients received the cells and 10 stopped insulin.", ("insulin_independence", 12, 10, False)),
    ("In mice, the cells worked. Then 12 recipients with type 1 diabetes got the cells, and 10 stopped insulin.",
     ("insulin_independence", 12, 10, False)),
])
def test_findings_beside_modals_stay_claims(blank_extractor, text, expected):
    claims = blank_extractor.extract(doc(text)).claims
    assert [(c.outcome, c.n_patients, c.n_with_outcome, c.hedged) for c in claims] == [expected]


def test_a_group_tested_on_two_diabetics(blank_extractor):
    ex = blank_extractor.extract(doc("It has apparently been tested on two diabetics, with one going off insulin."))
    assert [(c.outcome, c.n_patients, c.n_with_outcome, c.hedged) for c in ex.claims] == [("insulin_independence", 2, 1, True)]


@pytest.mark.parametrize("text,expected", [
    # (outcome, n_patients, n_with_outcome, time_to, duration, follow_up) per claim, sorted
    ("In the 12 volunteers given the full dose, HbA1c fell under 7% in every case, and from day 90 to day 365 no one had a "
     "severe hypoglycemic episode.", [("hba1c_target", 12, 12, None, None, 365), ("hypoglycemia_free", 12, 12, None, None, 365)]),
    ("Each of the six patients now secretes insulin from the infused cells, and each has a reduction in exogenous insulin use.",
     [("c_peptide", 6, 6, None, None, None), ("insulin_reduction", 6, 6, None, None, None)]),
    ("Two patients were treated in the first part. Both now produce C-peptide in response to meals.", [("c_peptide", 2, 2, None, None, None)]),
    ("We reviewed all 41 adults. Severe hypoglycaemia, present in all before transplantation, was absent in 35 of 41 (85%) at "
     "their last visit.", [("hypoglycemia_free", 41, 35, None, None, None)]),
    ("In Tianjin, islets freed a woman with type 1 diabetes from insulin 75 days after implantation, and she remained off "
     "insulin at one year.", [("insulin_independence", 1, 1, 75, None, 365)]),
    ("About 2.5 months later she stopped taking insulin, and a year on she still does not need it.",
     [("insulin_independence", 1, 1, 75, None, 365)]),
    ("The man, who needed several insulin injections a day, has not used insulin since 2022 and stopped all diabetes pills in 2023.",
     [("insulin_independence", 1, 1, None, None, None), ("medication_free", 1, 1, None, None, None)]),
    ("The 12 patients were treated. All patients reduced their insulin; three patients with at least one year of follow-up are "
     "insulin independent.", [("insulin_independence", 12, 3, None, None, 365), ("insulin_reduction", 12, 12, None, None, None)]),
    ("Meal-stimulated C-peptide became measurable in a minority of participants, but at levels too low to make any participant "
     "insulin independent.", [("c_peptide", None, None, None, None, None)]),
    ("Thirty patients were treated. Twenty-one of the 30 did not need insulin for a year or more: 11 for between one and five years "
     "and 10 for more than five years.", [("insulin_independence", 30, 10, None, 1825, None), ("insulin_independence", 30, 11, None, None, None),
                                          ("insulin_independence", 30, 21, None, 365, None)]),
    ("In 30 participants, 21 did not need insulin for a year or more, 10 of them for more than five years.",
     [("insulin_independence", 30, 10, None, 1825, None), ("insulin_independence", 30, 21, None, 365, None)]),
    ("Just two and a half months after the transplant, she was able to throw away her needles for good.",
     [("insulin_independence", 1, 1, 75, None, None)]),
    ("Adults were randomly assigned to stem cells or placebo and followed for 48 weeks. The primary end point was the proportion "
     "reaching an HbA1c below 7% with a reduction of at least 50% in daily insulin dose. Ninety-one participants were randomized. "
     "The primary end point was reached by 9 of 45 participants given stem cells. HbA1c fell more with stem cells, and insulin "
     "doses were lower at week 48.", [("hba1c_target", 45, 9, None, None, 336), ("insulin_reduction", 45, 9, None, None, 336)]),
    ("Her time in range increased to 96% at month 4, while glycated hemoglobin settled at about 5%, a non-diabetic level.",
     [("hba1c_target", 1, 1, None, None, None), ("time_in_range", 1, 1, None, None, 120)]),
    ("The man has not needed insulin since week 11 and stopped oral drugs about a year after the procedure.",
     [("insulin_independence", 1, 1, 77, None, None), ("medication_free", 1, 1, 365, None, None)]),
    ("The implants did not produce enough C-peptide to be clinically meaningful. C-peptide levels stayed low in the 17 participants "
     "treated.", [("no_benefit", 17, None, None, None, None)]),
    # a composite endpoint's condition ("while maintaining HbA1c < 7%") is no component of its own (DEV_NOTES)
    ("Eleven patients with type 2 diabetes received stem cells. The primary end point was a reduction in insulin requirement "
     "by 50% or more while maintaining HbA1c below 7%. Nine of the 11 patients achieved the primary end point.",
     [("insulin_reduction", 11, 9, None, None, None)]),
    # the share written beside a count says which group it counts in; the earliest and latest times are a range's ends
    ("Fifteen patients with type 1 diabetes were enrolled and received stem cells. The average age of 18 patients was 19 years. "
     "Twelve of the 18 came off insulin, the earliest after 3 weeks and the latest after 5 months. "
     "Eight patients (44.4%) are still off insulin today.",
     [("insulin_independence", 18, 8, None, None, None), ("insulin_independence", 18, 12, None, None, None)]),
    # a time fronted before the sentence holds for every result the sentence lists
    ("A 25-year-old woman with type 1 diabetes received the cells. Within 75 days, she was producing her own insulin, her "
     "glucose stayed in the normal range, and she was off insulin injections, which was still true a year on.",
     [("c_peptide", 1, 1, 75, None, 365), ("insulin_independence", 1, 1, 75, None, 365)]),
    # a median time since treatment, stated once for the study, is its claims' follow-up
    ("Seventeen children with chronic pancreatitis had islet autotransplantation. Time since surgery ranges from 1 to 9 years "
     "(median 2 years). Fourteen of the 17 discontinued insulin.",
     [("insulin_independence", 17, 14, None, None, 730)]),
    # "went insulin-free a year after" dates one person's onset
    ("A 54-year-old woman received islets. She went insulin-free roughly a year after the infusion and has stayed that way.",
     [("insulin_independence", 1, 1, 365, None, None)]),
    # a harm dated from treatment has its time to outcome (SCHEMA); how long it lasted is no date
    ("Nineteen recipients received islets. One recipient died of a heart attack 14 months after the first infusion. "
     "Three recipients had a fever for two days after an infusion.",
     [("adverse_event", 19, 3, None, None, None), ("death", 19, 1, 420, None, None)]),
    # "half were assigned ...; the rest received saline" sizes the treated arm; the placebo clause is no claim
    ("The trial enrolled 64 adults with type 2 diabetes. Half were randomly assigned to three cell infusions; the rest received "
     "saline. At week 48, people in the cell group were injecting 18 per cent less insulin per day than before treatment, while "
     "the placebo group's dose was almost unchanged.", [("insulin_reduction", 32, None, None, None, 336)]),
    # a study's own size given as "(n=24; ...)"; a time "after a median of" is how long the outcome took
    ("Thirty adults took part in all. In an uncontrolled study from Hanoi (n=24; bone-marrow MSCs into the pancreatic artery), nine participants with type 2 diabetes were "
     "free of insulin after a median of 141 days.", [("insulin_independence", 24, 9, 141, None, None)]),
    # a harm "reported by four treated patients" counts four of the trial
    ("Twenty-two adults with LADA received cells. Headaches were the most common side effect, reported by four treated patients "
     "after an infusion.", [("adverse_event", 22, 4, None, None, None)]),
    # "Neither woman": none of two; an absence "in the nine months since" has lasted that long
    ("Two women with type 1 diabetes paid for injections abroad. Neither woman has been able to reduce her insulin since "
     "returning home.", [("no_benefit", 2, 2, None, None, None)]),
    ("A 41-year-old woman received islets. In the nine months since the transplant she has not had one severe hypo.",
     [("hypoglycemia_free", 1, 1, None, 270, None)]),
    # "a year later" after "injections" is a time point, not a frequency; "had stopped ... one year after" is where a
    # group stood then; a later sentence naming the results dates them
    ("Twelve of nineteen people with type 1 diabetes who received islets were living without insulin injections a year later.",
     [("insulin_independence", 19, 12, None, None, 365)]),
    ("Nine of the 16 people with type 1 diabetes treated in the trial had stopped taking insulin one year after their first infusion.",
     [("insulin_independence", 16, 9, None, None, 365)]),
    ("Eleven of eighteen people with type 2 diabetes who were given their own marrow cells were able to cut their insulin dose "
     "by half.\n\nThe patients had injected insulin for years.\n\nThe reductions were measured one year after the procedure.",
     [("insulin_reduction", 18, 11, None, None, 365)]),
    # a trial "randomly assigned 1:1": its claims are the treated arm's; a result that "reached the HbA1c goal" is no plan
    ("Sixty adults with type 2 diabetes were randomly assigned 1:1 to cord MSCs or placebo and followed for 48 weeks. At week 48, "
     "11 of the 30 MSC recipients reached the HbA1c goal. Four MSC recipients had a transient fever after an infusion.",
     [("adverse_event", 30, 4, None, None, 336), ("hba1c_target", 30, 11, None, None, 336)]),
    # "has not needed a dose in the eleven months since": how long it has lasted; "haven't had a bad hypo in eight months" too
    ("A 41-year-old man received the implant. Ten weeks after the implant he stopped injecting insulin, and he has not needed a "
     "dose in the eleven months since.", [("insulin_independence", 1, 1, 70, 330, None)]),
    # "two ... for four and 32 weeks respectively": each patient singled out with a duration of her own (DEV_NOTES)
    ("Eight adults with type 1 diabetes received the cells. Two of them managed without insulin for a while, for four and "
     "32 weeks respectively.", [("insulin_independence", 1, 1, None, 28, None), ("insulin_independence", 1, 1, None, 224, None),
                                ("insulin_independence", 8, 2, None, None, None)]),
    # "the other four" after "11 of the 15": the rest of that group, counted (the sizes add up)
    ("Among the fifteen adults who received the implant, eleven have come off insulin. The other four keep taking insulin, "
     "but much less of it.", [("insulin_independence", 15, 11, None, None, None), ("insulin_reduction", 15, 4, None, None, None)]),
    # "three treated adults" after the trial's introduction: a subcount of it ("treated" inside the count enrols no one)
    ("Twenty-four adults with type 2 diabetes were given cord cells. Three treated adults had a rash after the drip.",
     [("adverse_event", 24, 3, None, None, None)]),
    # "he became one of the recipients of a transplant that has kept him free of insulin": one man's result
    ("Last year he became one of the lucky recipients of a donor islet transplant that has since kept him free of insulin.",
     [("insulin_independence", 1, 1, None, None, None)]),
    # an allocation "per group": the treated arm is the group, not the trial (DEV_NOTES: control arms are not claims)
    ("Forty adults with type 1 diabetes were randomized (n = 20/group) to stem cell infusions or standard care (control). "
     "Daily insulin needs fell 30% in the treated group (P = 0.001), with no change in control subjects.",
     [("insulin_reduction", 20, None, None, None, None)]),
    # an arm named with its size in a sentence of its own, the comparison arm in the next
    ("This case-control study comprised 36 children with new type 1 diabetes. The case group comprised 12 patients treated "
     "with stem cell transplantation; 24 served as controls. Insulin dosage and C-peptide did not differ significantly "
     "between the two groups.", [("no_benefit", 12, None, None, None, None)]),
    # "the effect lasted": how long the one result of the sentence before held; with two results it says not whose
    ("Nine adults with type 1 diabetes were given the stem cells. Eight of them came off insulin. Across the group the "
     "benefit lasted a median of 14 months.", [("insulin_independence", 9, 8, None, 420, None)]),
    ("Nine adults with type 1 diabetes were given the stem cells. Eight of them came off insulin and six had an HbA1c under "
     "7%. The effect lasted 14 months.", [("hba1c_target", 9, 6, None, None, None), ("insulin_independence", 9, 8, None, None, None)]),
    # a state held "until her death N years later" lasted that long (not a time point)
    ("In 1995 a woman with type 1 diabetes received donor islets; she stayed off insulin until her death 8 years later.",
     [("death", 1, 1, 2920, None, None), ("insulin_independence", 1, 1, None, 2920, None)]),
    # a therapy's act on the patients, whatever its subject; and a graft that stopped making insulin has no result
    ("Twelve adults with type 1 diabetes had the implant. The cells removed the need for insulin in seven of the twelve, "
     "and later eliminated the need for insulin in two more.", [("insulin_independence", 12, 7, None, None, None)]),
    # a comparison arm named "the saline arm" is no claim's count, even when it comes last
    ("Thirty adults with type 2 diabetes were randomly assigned to cord MSCs (n=15) or saline (n=15). At week 24, 6 of 15 in "
     "the cell arm and 2 of 15 in the saline arm had an HbA1c under 7%.", [("hba1c_target", 15, 6, None, None, 168)]),
    # dose cohorts named by what they received: each result goes on its own cohort, and a time point stays with its sentence
    ("In the trial, 9 people received a low dose and 14 received the high dose. In the high-dose cohort, eleven had stopped "
     "insulin at one year. Among low-dose recipients, three cut their insulin by half.",
     [("insulin_independence", 14, 11, None, None, 365), ("insulin_reduction", 9, 3, None, None, None)]),
    # "the primary endpoints of the trial were ...", then "the endpoint was reached by nine": the definition's outcomes
    ("Ten adults with type 1 diabetes received islets. The primary endpoints of the study were an HbA1c under 7% and no "
     "severe hypoglycaemic events at one year. The endpoint was reached by seven patients.",
     [("hba1c_target", 10, 7, None, None, 365), ("hypoglycemia_free", 10, 7, None, None, 365)]),
    # a tally of named events is one adverse_event claim on the group (DEV_NOTES), its count of events no patient count
    ("Twenty adults with type 1 diabetes received the islets. Three serious adverse events were reported: a bleed, a "
     "case of pneumonia and a wound infection.", [("adverse_event", 20, None, None, None, None)]),
    # "in that time" points back to the duration just stated for the same person
    ("A 52-year-old woman received islets grown from her own cells. She came off insulin a month later and has not needed "
     "it in the nine months since. Her monitor has not recorded one severe low in that time.",
     [("hypoglycemia_free", 1, 1, None, 270, None), ("insulin_independence", 1, 1, 30, 270, None)]),
    # "Sixty days after a half dose ...": a time, not a cohort of sixty that received a half dose
    ("In May a woman with type 1 diabetes was the first to receive the new islets. Sixty days after a half dose, her daily "
     "insulin needs had fallen by 70%.", [("insulin_reduction", 1, 1, None, None, 60)]),
    # "had C-peptide we could measure": 'could' is what the assay can do, not a forward-looking result
    ("Nine adults with type 1 diabetes had the implant. At the twelve-week visit, four of the nine had C-peptide we could "
     "measure after a meal.", [("c_peptide", 9, 4, None, None, 84)]),
    # a share written between the count and "of" is no second number
    ("Twelve adults with type 1 diabetes received the implant. Nine (75%) of them stopped insulin.",
     [("insulin_independence", 12, 9, None, None, None)]),
    # "but both" counts both, as "and both" does
    ("Two patients with type 1 diabetes received the cells. They still need some insulin, but both now make "
     "C-peptide.", [("c_peptide", 2, 2, None, None, None)]),
    # a cohort sized in a fronted phrase, then its count
    ("Forty people with type 1 diabetes were dosed in two cohorts. In the high-dose cohort of 30, 24 stopped insulin.",
     [("insulin_independence", 30, 24, None, None, None)]),
    # a per-infusion rate is no claim, and the recipients it is counted among are not 48 who bled
    ("Bleeding occurred after 4 of 120 infusions among the 48 recipients.", []),
    ("Two deaths occurred among the 48 recipients.", [("death", 48, 2, None, None, None)]),
    # enrolled, then a smaller number treated or analysed: the results that follow are theirs
    ("Of the 30 patients enrolled, 25 were treated with islet cells; of those, 20 became insulin independent.",
     [("insulin_independence", 25, 20, None, None, None)]),
    ("The trial enrolled 30 adults with type 1 diabetes, but only 24 completed the one-year follow-up. Of these, 18 had "
     "an HbA1c below 7%.", [("hba1c_target", 24, 18, None, None, 365)]),
    # a review's studies in one sentence: each count belongs to the group its own clause introduced, never the largest
    ("Three trials were reviewed: in the first, 10 patients received MSCs and 7 stopped insulin; in the second, 20 "
     "patients received cord blood; in the third, 16 patients received islets and 12 reached an HbA1c below 7%.",
     [("hba1c_target", 16, 12, None, None, None), ("insulin_independence", 10, 7, None, None, None)]),
    # a patient singled out in one clause does not take the next clause's result: "the other 11" are the rest of the 12
    ("The researchers treated 12 patients. One of them, a 45-year-old woman, has stayed insulin-free for two years; "
     "the other 11 reduced their insulin dose.",
     [("insulin_independence", 1, 1, None, 730, None), ("insulin_reduction", 12, 11, None, None, None)]),
    # the treated arm from an allocation ratio however it is written; "1:2 to placebo" is no placebo arm of two
    ("The study randomized 45 adults with type 2 diabetes 2:1 to MSC infusion or standard care. Twelve MSC recipients "
     "reduced their insulin dose.", [("insulin_reduction", 30, 12, None, None, None)]),
    ("Forty-eight people with type 1 diabetes were randomly assigned to stem cells or placebo in a 1:1 ratio. Ten had an "
     "HbA1c below 7%.", [("hba1c_target", 24, 10, None, None, None)]),
    ("Sixty adults with type 1 diabetes were randomized 1:2 to placebo or stem cells. Twelve had an HbA1c below 7%.",
     [("hba1c_target", 40, 12, None, None, None)]),
    # saline is the comparison arm
    ("Of 36 children enrolled, 24 received cord blood and 12 received saline. C-peptide was preserved in 15 of the "
     "children given cord blood.", [("c_peptide", 24, 15, None, None, None)]),
    # the comparison arm told first: its count is no claim, the treated arm's after "compared with" / "while" is
    ("Thirty adults with type 1 diabetes took part. In the placebo group, 3 of 15 patients had an HbA1c below 7%, "
     "compared with 9 of 15 in the cell group.", [("hba1c_target", 15, 9, None, None, None)]),
    ("Placebo recipients fared worse: only one of 12 reduced their insulin use, while 8 of 12 cell recipients did.",
     [("insulin_reduction", 12, 8, None, None, None)]),
    # deaths in a trial whose size is never stated: n_patients null, never the count itself
    ("Three deaths occurred in the trial of the islet implant.", [("death", None, 3, None, None, None)]),
    ("Two participants died during the trial, the company said.", [("death", None, 2, None, None, None)]),
    # the group sized before the result, its count after it: "found ... in 15"
    ("The first study, in 10 patients, reported that 8 stopped insulin. A second study, of 25 adults in Chile, found an "
     "HbA1c below 7% in 15.", [("hba1c_target", 25, 15, None, None, None), ("insulin_independence", 10, 8, None, None, None)]),
    # "involved 17, out of which 14 who received the product": the report's results are the 14 treated
    ("The trial was paused after two patient deaths. The trial involved 17 participants, out of which 14 who received "
     "VX-123 showed favourable outcomes. The study showed that the therapy led to endogenous insulin production in "
     "patients.", [("c_peptide", 14, None, None, None, None), ("death", 14, 2, None, None, None)]),
    # a harm broken down by kind ("X in 4 patients and Y in 2") stays on the trial (DEV_NOTES: one adverse_event claim)
    ("Thirty patients with type 1 diabetes received autologous stem cell transplantation. Late adverse events included "
     "hypothyroidism in 5 patients and hypogonadism in 3.", [("adverse_event", 30, 3, None, None, None)]),
    # "One serious adverse event, a wound infection, was considered related": a tally of named events on the group
    ("Ten adults with type 1 diabetes received the device. One serious adverse event, a bleed at the implant site, was "
     "considered related to the procedure.", [("adverse_event", 10, None, None, None, None)]),
])
def test_frames_of_stated_results(blank_extractor, text, expected):
    claims = blank_extractor.extract(doc(text)).claims
    got = sorted((c.outcome, c.n_patients, c.n_with_outcome, c.time_to_outcome_days, c.outcome_duration_days, c.follow_up_days)
                 for c in claims)
    assert got == expected


def test_deterministic_bytes(blank_extractor):
    lines = [l for l in (FIX / "dev.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()][:8]
    docs = [Document.from_schema_input(json.loads(l)) for l in lines]
    a = [dumps(e.to_schema()) for e in blank_extractor.extract_many(docs)]
    b = [dumps(e.to_schema()) for e in blank_extractor.extract_many(list(reversed(docs)))][::-1]
    assert a == b


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400) | st.lists(st.sampled_from(
    ["12 of 14 patients", "insulin independent", "for more than a year", "\u200f", "\u200b", "type 1 diabetes", " ", "\n",
     "a 25-year-old woman", "died", "1,000,000,000 days", "|", "NCT01234567", "Patient 1 | 47 | female |", "."]),
    max_size=60).map("".join))
def test_any_text_gives_valid_output(blank_extractor, text):
    ex = blank_extractor.extract(doc(text, text[:30]))
    check_schema(ex, text)


@pytest.mark.parametrize("text", [
    "", "x" * 100_000, bytes(range(256)).decode("latin-1") * 50, "\u202e\u200b" * 1000,
    "1,000,000,000 days " * 100, ("All 12 patients were insulin independent at one year.\n" * 20_000),
    # 5 MB of claim-dense text: chunked, every chunk's claims kept with offsets into the whole text (~16 s, ~330 MB)
    "Patients with type 1 diabetes got islets; 3 of 5 were insulin independent at one year, the team said.\n" * 50_000,
], ids=["empty", "one-100k-line", "latin1-junk", "rtl-zero-width", "huge-numbers", "1MB-repeated", "5MB-claims"])
def test_bad_input(blank_extractor, text):
    ex = blank_extractor.extract(doc(text))
    check_schema(ex, text)


def test_long_document_is_chunked_with_offsets(blank_extractor):
    filler = ("Filler line without claims.\n" * 4000)
    text = filler + "At one year, 10 of 12 patients with type 1 diabetes were insulin independent.\n"
    ex = blank_extractor.extract(doc(text))
    [c] = ex.claims
    assert "10 of 12" in text[c.evidence[0].start:c.evidence[0].end]


def test_extract_jsonl(tmp_path, blank_extractor):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(l for l in (FIX / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:3]) + "\n", encoding="utf-8")
    seen: list[int] = []
    n = extract_jsonl(src, tmp_path / "out.jsonl", blank_extractor, progress=seen.append)
    out = [json.loads(l) for l in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert n == 3 and seen == [1, 2, 3] and [o["id"] for o in out] == ["dev-001", "dev-002", "dev-003"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "ok"}\n{not json\n', encoding="utf-8")
    with pytest.raises(ValidationError, match=":2:"):
        extract_jsonl(bad, tmp_path / "o2.jsonl", blank_extractor)


def _score(extractor, tmp_path, gold: str = "dev.jsonl") -> dict:
    pred = tmp_path / f"pred-{extractor.model}-{gold.replace('/', '-')}"
    extract_jsonl(FIX / gold, pred, extractor)
    out = subprocess.run([sys.executable, str(FIX / "score.py"), str(FIX / gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_dev_bars_trained(trained_extractor, tmp_path):
    result = _score(trained_extractor, tmp_path)
    assert result["micro"]["f1"] >= 0.92 and result["frame_accuracy"] >= 0.85 and not result["schema_errors"]


def test_dev_bars_blank(blank_extractor, tmp_path):
    result = _score(blank_extractor, tmp_path)
    assert result["micro"]["f1"] >= 0.85 and not result["schema_errors"]


# Annotated sets written apart from dev (see their NOTES): micro-F1 and frame-accuracy floors a little
# below what the extractor reaches, so a rule that trades their errors for dev's shows up here.
HELD_OUT_BARS = {
    "heldout.jsonl": (0.96, 0.97),
    "fresh.jsonl": (0.96, 0.97),
    "blind.jsonl": (0.92, 0.94),
    "blind2/blind2.jsonl": (0.93, 0.94),
    "blind3/blind3.jsonl": (0.935, 0.94),
    # written by a separate annotator for tuning after the real-text rounds (measured 0.618 frame before any rule saw it)
    "blind5/blind5.jsonl": (0.93, 0.80),
    # untuned until 2026-12-07 (0.902 / 0.661 then), tuned on since; 0.927 / 0.839 after
    "blind4/blind4.jsonl": (0.91, 0.81),
    # written blind on 2026-12-07 (0.907 / 0.628 blank), tuned on since (0.939 / 0.802)
    "blind6/blind6.jsonl": (0.92, 0.77),
    # written blind on 2026-12-07 (0.885 / 0.586 at the session's start), tuned on since (0.918 / 0.770)
    "blind7/blind7.jsonl": (0.90, 0.77),
    # written blind on 2026-12-07 (0.863 / 0.625 at the session's start, 0.865 / 0.662 when first measured), tuned on since (0.920 / 0.875)
    "blind8/blind8.jsonl": (0.90, 0.84),
    # written blind on 2026-12-07 (0.876 / 0.585 at the session's start, 0.887 / 0.707 when first measured), tuned on since (0.912 / 0.793)
    "blind9/blind9.jsonl": (0.89, 0.76),
    # written blind on 2026-12-07 (0.887 / 0.653 at the session's start, 0.905 / 0.707 when first measured), tuned on since (0.916 / 0.787)
    "blind10/blind10.jsonl": (0.89, 0.75),
    # written blind on 2026-12-07 (0.858 / 0.623 at the session's start, 0.865 / 0.649 when first measured), tuned on since (0.885 / 0.727)
    "blind11/blind11.jsonl": (0.86, 0.71),
    # written blind on 2026-12-07 (0.797 / 0.478 at the session's start, 0.827 / 0.567 when first measured), tuned on since (0.852 / 0.627)
    "blind12/blind12.jsonl": (0.84, 0.63),
    # written blind on 2026-12-07 after the blind4/6-12 rounds (0.804 / 0.431 with the extractor of that morning,
    # 0.815 / 0.492 when first measured), tuned on in the day's last round (0.857 / 0.631). No set is untouched now:
    # the next one should be written before anyone tunes again.
    "blind13/blind13.jsonl": (0.83, 0.64),
    # written blind on 2026-12-07 (third session) like dev.jsonl as the untouched measure: 0.849 / 0.608 (claim P 0.653)
    # when first measured, tuned on since (0.918 / 0.835)
    "blind14/blind14.jsonl": (0.89, 0.79),
    # written blind on 2026-12-07 (third session) like dev.jsonl; never read to write a rule (0.881 / 0.628 with that
    # session's first extractor, 0.885 / 0.641 on 2026-12-08's start, 0.895 / 0.705 at its end); on 2026-12-08 it served
    # as a transfer check (a rule that cost it a frame was found by switching rules off and dropped)
    "blind15/blind15.jsonl": (0.87, 0.68),
    # written blind on 2026-12-07 (fourth session): 0.877 / 0.554 (claim P 0.708) when first measured; read and tuned on
    # from 2026-12-08 (0.911 / 0.735)
    "blind16/blind16.jsonl": (0.89, 0.71),
    # written blind on 2026-12-08: 0.874 / 0.559 (claim P 0.667) when first measured; read and tuned on since (0.916 / 0.817)
    "blind17/blind17.jsonl": (0.89, 0.79),
    # written blind on 2026-12-08, never read: 0.891 / 0.609 (claim P 0.746) with that session's first extractor,
    # 0.896 / 0.655 (0.803) with its last; a floor against loss, not a target
    "blind18/blind18.jsonl": (0.87, 0.63),
    # written blind on 2026-12-08 (ninth session), never read: 0.837 / 0.533 (claim P 0.721) when first measured, the same
    # with that session's first extractor; a floor against loss, not a target
    "blind19/blind19.jsonl": (0.82, 0.51),
}


@pytest.mark.parametrize("gold", sorted(HELD_OUT_BARS))
def test_held_out_sets(blank_extractor, tmp_path, gold):
    min_f1, min_frame = HELD_OUT_BARS[gold]
    result = _score(blank_extractor, tmp_path, gold)
    assert result["micro"]["f1"] >= min_f1 and result["frame_accuracy"] >= min_frame and not result["schema_errors"]


def test_own_annotated_documents(blank_extractor, tmp_path):
    """Documents written for this suite (build_own.py): web noise, tables, animal studies, press-release boilerplate."""
    result = _score(blank_extractor, tmp_path, "own.jsonl")
    assert result["micro"]["f1"] >= 0.9 and result["frame_accuracy"] >= 0.85 and result["claims"]["p"] >= 0.9


def test_two_processes_keep_order(blank_extractor):
    lines = [l for l in (FIX / "dev.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()][:6]
    docs = [Document.from_schema_input(json.loads(l)) for l in lines]
    one = [dumps(e.to_schema()) for e in blank_extractor.extract_many(docs)]
    two = [dumps(e.to_schema()) for e in blank_extractor.extract_many(docs, batch_size=2, n_process=2)]
    assert one == two


def test_correction_replaces_the_figure(blank_extractor):
    text = ("Woman off insulin\n\nA 43-year-old woman with type 1 diabetes stopped insulin 11 days after receiving "
            "donor islets.\n\nCorrection: An earlier version of this story said she stopped insulin 11 days after "
            "the procedure. She stopped 17 days after it.")
    [c] = blank_extractor.extract(doc(text, "Woman off insulin")).claims
    assert c.time_to_outcome_days == 17


def test_ner_vetoes_a_first_name_read_as_a_town(trained_extractor, blank_extractor):
    text = ("Trial in Pune\n\nDoctors at the Deccan Hospital in Pune treated 20 adults with type 2 diabetes. "
            "\"It worked,\" Anand said. Anand, who led the study, added that 5 of the 20 patients stopped insulin.")
    assert "Anand" in blank_extractor.extract(doc(text, "Trial in Pune")).facts.locations  # the gazetteer alone is fooled
    assert trained_extractor.extract(doc(text, "Trial in Pune")).facts.locations == ["Pune"]


# Written here after the shared seed article's two cases (its text is a third party's and stays out of the repo).
TWO_CASES = """Doctors rebuild islets from patients' own cells

Two hospitals in Wuhan report a therapy in which each patient's own skin cells are reprogrammed into induced pluripotent stem cells (iPSCs) and grown into islets. Because the cells are the patient's own, the approach eliminates the need for anti-rejection drugs.

The first case
A 41-year-old woman with type 1 diabetes received the stem cell-derived islet cell transplant in the abdominal rectus sheath and stopped insulin within 60 days.

The second case
A man with 18 years of type 2 diabetes achieved complete independence from insulin and other diabetic medications after the same procedure.
"""


def test_two_stem_cell_cases_keep_their_own_fields(blank_extractor):
    """'stem cell-derived islet cell transplant' is no donor islet graft; the document's iPSCs, own cells and
    'no need for anti-rejection drugs' go onto both cases; off insulin and other medications is medication_free."""
    claims = blank_extractor.extract(doc(TWO_CASES)).claims
    frames = [(c.diabetes_type, c.outcome, c.n_patients, c.sex) for c in claims]
    assert frames == [("T1D", "insulin_independence", 1, "female"), ("T2D", "medication_free", 1, "male")]
    woman, man = claims
    assert (woman.age_years, woman.time_to_outcome_days, woman.implant_site) == (41, 60, "abdominal_rectus_sheath")
    assert man.disease_duration_years == 18
    for c in claims:
        assert (c.cell_type, c.cell_source, c.immunosuppression) == ("iPSC", "autologous", False)


SEED = Path(__file__).resolve().parents[3] / "shared" / "claims" / "seed_gold.jsonl"


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article lives beside the repository, not in it")
def test_both_seed_claims_right(blank_extractor, tmp_path):
    """Issue 11's bar: the seed article's two claims come out with the right frame, and their fields right."""
    pred = tmp_path / "seed.out.jsonl"
    extract_jsonl(SEED, pred, blank_extractor)
    out = subprocess.run([sys.executable, str(FIX / "score.py"), "--json", str(SEED), str(pred)],
                         capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    assert result["frame_accuracy"] == 1.0 and result["micro"]["f1"] >= 0.95, result


def test_the_remaining_two_with_a_mean_are_a_group_of_their_own(blank_extractor):
    """'the remaining two reduced their dose by 92% on average': a mean describes the two, so they are the group
    (the real-text annotators' reading, rw_a NOTES); a plain rest stays a count within the whole."""
    text = ("The trial treated 12 patients with type 1 diabetes. At one year, 10 out of 12 completely stopped insulin "
            "injections, while the remaining two patients reduced their insulin dose by 92% on average.\n")
    frames = [(c.outcome, c.n_patients, c.follow_up_days) for c in blank_extractor.extract(doc(text)).claims]
    assert frames == [("insulin_independence", 12, 365), ("insulin_reduction", 2, 365)]
    text = text.replace(" by 92% on average", " by 60 to 80 percent")
    frames = [(c.outcome, c.n_patients, c.n_with_outcome) for c in blank_extractor.extract(doc(text)).claims]
    assert frames == [("insulin_independence", 12, 10), ("insulin_reduction", 12, 2)]


def test_another_patient_is_one_patient_not_the_trial(blank_extractor):
    """'Another patient reduced his dose' singles out one more person: a group of one, not the trial of four."""
    text = ("In a small trial, four people with type 1 diabetes received the encapsulated islets. One recipient stopped "
            "insulin injections for three months. Another patient cut his insulin dose by half over six months.\n")
    frames = [(c.outcome, c.n_patients, c.n_with_outcome) for c in blank_extractor.extract(doc(text)).claims]
    assert ("insulin_reduction", 1, 1) in frames
    assert not any(o == "insulin_reduction" and n == 4 for o, n, _ in frames)


def test_an_arm_that_served_as_controls_is_not_counted_in_the_treated_group(blank_extractor):
    """'40 received the cells and 20 served as controls': a result of 'the treated patients' is about the 40."""
    text = ("Sixty adults with type 1 diabetes took part: 40 received the stem cells and 20 served as controls. "
            "In the treated patients, C-peptide rose at six months.\n")
    frames = [(c.outcome, c.n_patients) for c in blank_extractor.extract(doc(text)).claims]
    assert frames == [("c_peptide", 40)]


def test_a_fronted_time_dates_one_patients_onset(blank_extractor):
    """'At 75 days after the procedure, the patient achieved independence from insulin' and 'two months later,
    she was producing insulin well enough to no longer require treatment' date when one person's need ended."""
    for text, days in (("A young woman with type 1 diabetes received cells made from her own body. At 75 days after the "
                        "procedure, the patient achieved total independence from insulin.\n", 75),
                       ("A woman with type 1 diabetes received an islet transplant. Just over two months later, she was "
                        "producing insulin well enough to no longer require treatment.\n", 60),
                       ("A woman with type 1 diabetes received the cells. Already two and a half months after the operation "
                        "the patient no longer had to take insulin.\n", 75)):
        claims = [c for c in blank_extractor.extract(doc(text)).claims if c.outcome == "insulin_independence"]
        assert [(c.n_patients, c.time_to_outcome_days, c.follow_up_days) for c in claims] == [(1, days, None)], text


def test_a_modal_inside_what_a_study_showed_is_a_finding(blank_extractor):
    """'the trial showed that the cells can restore insulin production' reports a result; 'the cells can restore
    insulin production' on its own, or 'could one day', is a possibility."""
    found = ("Twelve patients with type 1 diabetes received the cells. The trial demonstrated that the cells can restore "
             "meal-responsive insulin secretion in patients.\n")
    claims = blank_extractor.extract(doc(found)).claims
    assert [(c.outcome, c.n_patients) for c in claims] == [("c_peptide", 12)]
    for text in ("Twelve patients with type 1 diabetes received the cells. The cells can restore meal-responsive insulin "
                 "secretion in patients.\n",
                 "Twelve patients with type 1 diabetes received the cells. The researchers hope to show that the cells "
                 "could one day restore meal-responsive insulin secretion in patients.\n"):
        assert blank_extractor.extract(doc(text)).claims == [], text


def test_a_rise_in_c_peptide_named_as_elevation_or_enhancement_is_a_result(blank_extractor):
    """The measurement noun with a result word of any form: 'an elevation of stimulated C-peptide', 'C-peptide
    area under the curve was enhanced'; a fall or a negated rise is none."""
    for text in ("Twenty adults with type 1 diabetes received the infusion. A marked elevation of stimulated C-peptide "
                 "was seen at month six.\n",
                 "Twenty adults with type 1 diabetes received the infusion. Their fasting C-peptide was enhanced at "
                 "month six.\n"):
        claims = blank_extractor.extract(doc(text)).claims
        assert [(c.outcome, c.n_patients, c.follow_up_days) for c in claims] == [("c_peptide", 20, 180)], text
    for text in ("Twenty adults with type 1 diabetes received the infusion. Their fasting C-peptide declined by month six.\n",
                 "Twenty adults with type 1 diabetes received the infusion. There was no elevation of C-peptide at month six.\n"):
        assert not any(c.outcome == "c_peptide" for c in blank_extractor.extract(doc(text)).claims), text


def test_a_trial_subject_who_still_has_beta_cell_function_is_one_patient(blank_extractor):
    """'A study volunteer in Oslo still has some beta-cell function left after six years': one person of the trial
    with a c_peptide result at that time point; beta-cell function as an entry criterion is no result."""
    text = "Encapsulated cells were tried years ago. A study volunteer in Oslo still has some beta-cell function left after six years.\n"
    claims = blank_extractor.extract(doc(text)).claims
    assert [(c.outcome, c.n_patients, c.n_with_outcome, c.follow_up_days) for c in claims] == [("c_peptide", 1, 1, 2190)]
    for text in ("The study enrolls adults with some beta-cell function left at screening.\n",
                 "The study enrolls adults who still have some beta-cell function after two years of diabetes.\n"):
        assert blank_extractor.extract(doc(text)).claims == [], text


def test_not_having_had_to_take_medication_is_medication_free(blank_extractor):
    """'has not had to take any diabetes medication since' is off every drug; 'has had to take' is not."""
    text = ("A 59-year-old man with type 2 diabetes received the cell therapy in 2022. He has not had to take any "
            "diabetes medication since.\n")
    assert [c.outcome for c in blank_extractor.extract(doc(text)).claims] == ["medication_free"]
    text = ("A 59-year-old man with type 2 diabetes received the cell therapy in 2022. He has had to take his "
            "diabetes medication since.\n")
    assert blank_extractor.extract(doc(text)).claims == []
    text = ("A 59-year-old man with type 2 diabetes received the cell therapy in 2022. He slowly lowered his diabetes tablets "
            "and ten months after the infusion he stopped taking all of his medications.\n")
    claims = blank_extractor.extract(doc(text)).claims
    assert [(c.outcome, c.time_to_outcome_days, c.follow_up_days) for c in claims if c.outcome == "medication_free"] == \
        [("medication_free", 300, None)]


def test_the_body_that_stops_using_insulin_properly_is_the_disease(blank_extractor):
    """'In type 2 diabetes the body stops using insulin properly' describes the disease, not a patient's outcome;
    the same verb with a patient as subject is one."""
    text = ("A 52-year-old woman with type 2 diabetes received the cells. In type 2 diabetes, the body stops using "
            "insulin properly.\n")
    assert not any(c.outcome == "insulin_independence" for c in blank_extractor.extract(doc(text)).claims)
    text = "A 52-year-old woman with type 2 diabetes received the cells. Three months later she stopped using insulin.\n"
    assert [c.outcome for c in blank_extractor.extract(doc(text)).claims] == ["insulin_independence"]


def test_a_therapy_that_prevented_severe_lows_in_a_trial_is_hypoglycemia_free(blank_extractor):
    """'the graft prevented severe hypoglycaemia in all 30 recipients' is a result; 'can prevent' is a possibility and
    'effective in preventing severe lows' praises the therapy in general."""
    text = "Thirty adults with type 1 diabetes were transplanted. The graft prevented severe hypoglycaemia in all 30 recipients.\n"
    claims = blank_extractor.extract(doc(text)).claims
    assert [(c.outcome, c.n_patients) for c in claims] == [("hypoglycemia_free", 30)]
    for text in ("Thirty adults with type 1 diabetes were transplanted. Such grafts can prevent severe hypoglycaemia.\n",
                 "Thirty adults with type 1 diabetes were transplanted. Islet grafts are effective in preventing severe "
                 "hypoglycaemia.\n"):
        assert not any(c.outcome == "hypoglycemia_free" for c in blank_extractor.extract(doc(text)).claims), text


def test_a_count_that_did_not_achieve_independence_is_no_benefit(blank_extractor):
    """'four participants did not achieve any insulin independence' is the negated form of 'failed to achieve':
    no_benefit for those four; those who achieved it are no no_benefit."""
    text = ("Twenty adults with type 1 diabetes received the islets. Sixteen became insulin independent. However, four "
            "participants did not achieve any insulin independence.\n")
    frames = [(c.outcome, c.n_patients, c.n_with_outcome) for c in blank_extractor.extract(doc(text)).claims]
    assert ("no_benefit", 20, 4) in frames
    text = "Twenty adults with type 1 diabetes received the islets. Sixteen of them achieved insulin independence.\n"
    assert not any(c.outcome == "no_benefit" for c in blank_extractor.extract(doc(text)).claims)


def test_a_reviews_next_study_inherits_no_field_of_the_first(blank_extractor):
    """DEV_NOTES: a review's studies never share fields; "A Portuguese study of 18 patients" states no diabetes type,
    so its claim has none (not the first study's type 1)."""
    text = ("This review covers two reports.\n\nIn a trial of 11 patients with type 1 diabetes, 9 came off insulin after "
            "mesenchymal stem cell infusions.\n\nA Portuguese study of 18 patients reported that 12 stopped insulin.")
    got = sorted((c.n_patients, c.diabetes_type, c.cell_type) for c in blank_extractor.extract(doc(text)).claims)
    assert got == [(11, "T1D", "MSC"), (18, None, None)]
