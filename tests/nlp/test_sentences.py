"""Sentence-level rules: counts, single patients, outcomes and duration roles."""
from __future__ import annotations

import pytest

from isletwatch.nlp.groups import find_counts, group_age
from isletwatch.nlp.persons import find_single
from isletwatch.nlp.segment import COMMENT, HEADLINE, NOISE, segment
from isletwatch.nlp.sentence_facts import intervention_fields, outcomes, study_phase, timings


@pytest.mark.parametrize("text,n,w", [
    ("ten out of twelve patients were off insulin", 12, 10), ("Of the 48, 44 have had no event", 48, 44),
    ("3/9 (33.33%)", 9, 3), ("All seven patients were insulin independent", 7, 7), ("None of the 15 had C-peptide", 15, 15),
])
def test_counts(text, n, w):
    c = find_counts(text)[0]
    assert (c.n, c.w) == (n, w)


def test_per_device_rates_are_not_patient_counts():
    assert find_counts("Bleeding followed 23 of the 580 infusions") == []


def test_single_patient():
    ref = find_single("a 25-year-old woman from Tianjin")[0]
    assert (ref.age, ref.sex) == (25, "female")


def test_group_age_with_fraction():
    assert group_age("whose median age was five and a quarter") == 5.25


@pytest.mark.parametrize("text,expected", [
    ("All 12 had HbA1c levels below 7%", ["hba1c_target"]),
    ("four patients no longer needed insulin, although they continued to take metformin", ["insulin_independence"]),
    ("he no longer needs insulin or any other diabetes medicine", ["medication_free"]),
    ("Eleven of the 12 have reduced or eliminated their use of injected insulin", ["insulin_reduction"]),
    ("His daily insulin dose did not change", ["no_benefit"]),
    ("The company did not report insulin doses", []),
    # found on new real pages (rw_r, rw_s dev parts), written here in our own words
    ("15 subjects with stimulated C-peptide > .2 pmol/mL received cord blood", []),
    ("Number of Participants With Stimulated C-peptide >= 0.3 ng/mL | Day 365 | 9 | 9 of 9", ["c_peptide"]),
    ("C-peptide declined and insulin use increased in both arms", []),
    ("Their C-peptide may have declined more slowly than expected", ["c_peptide"]),
    ("The procedure is offered with the aim of preventing severe hypoglycaemia and reaching an HbA1c below 7%", []),
    ("Two fatalities were recorded", ["death"]), ("her glucose could rise fatally", []), ("the clots were potentially fatal", []),
    ("13 people remained free of the need to inject insulin", ["insulin_independence"]),
    ("twenty lived without injecting insulin or taking any other medication", ["medication_free"]),
    ("two had abolition of severe hypoglycaemia", ["hypoglycemia_free"]), ("her body is creating insulin on its own", ["c_peptide"]),
    ("a patient came off insulin injections and other meds", ["medication_free"]),
    ("the patient isn't dependent on injectable insulin or medication", ["medication_free"]),
    ("allowing him to produce insulin naturally", ["c_peptide"]), ("the donor had been declared after brain death", []),
    ("five participants did not achieve any insulin independence", ["no_benefit"]),  # as "failed to achieve" (real_dev rt-a09)
    ("the cells let her stop insulin within a month", ["insulin_independence"]),  # the organ is no subject here
    ("the idea is to reduce and eliminate the need for insulin injections", []),
    ("she hasn't had to take insulin since September 2019", ["insulin_independence"]),
    ("thirteen were able to give up insulin", ["insulin_independence"]),
    ("or a normally occurring insulin free honeymoon period", []),
    ("have maintained an insulin-free, drug free remission", ["medication_free"]),
    ("I was told that my transplant had failed", ["no_benefit"]),
    ("Mean HbA1c fell from 8.3% to 7.6%", []),
    ("there were no serious adverse events", []),
    # why cells are placed somewhere, what a disease prevents, a symptom relieved: no group reached or suffered anything
    ("The cultured islet cells are then put into the liver to restore insulin secretion.", []),
    ("The islets were infused into the portal vein to restore insulin secretion.", []),
    ("a condition that stops the pancreas from producing insulin", []),
    ("Every patient reported relief of pain after surgery.", []),
    # a result not yet shown, a death that did not happen, a whole-pancreas transplant's result (another therapy)
    ("The infusion looks safe but has yet to show that it preserves C-peptide.", []),
    ("He nearly died as a teenager.", []),
    # results written the way reports and patients put them (blind17, written like dev, tuned on after its first measure)
    ("six of the seven participants needed less than half the daily insulin they used before treatment", ["insulin_reduction"]),
    ("two participants were using over 30% less total daily insulin than at baseline", ["insulin_reduction"]),
    ("in participant 4 the daily dose fell by 45% by week 24", ["insulin_reduction"]),
    ("By that point not one of the ten participants had been able to reduce their daily insulin dose.", ["no_benefit"]),
    ("Neither woman has been able to reduce her insulin since returning home", ["no_benefit"]),
    ("none had had a severe hypoglycaemic episode since month three", ["hypoglycemia_free"]),
    ("severe hypoglycaemia, which had sent several of them to hospital again and again, had disappeared in all nineteen",
     ["hypoglycemia_free"]),
    ("Neutropenia, a shortage of white blood cells, affected five participants", ["adverse_event"]),
    ("Three cell recipients ran a fever within a day of an infusion", ["adverse_event"]),
    ("Ten weeks after my treatment my endocrinologist stopped my insulin and my tablets.", ["medication_free"]),
    # blind16 (tuned on after its measures): results and non-results as reports write them
    ("None of the nine, however, has been able to lower their insulin dose, the report said.", ["no_benefit"]),
    ("six of the 15 showed a stimulated C-peptide level reaching at least 0.1 nmol/L", ["c_peptide"]),
    ("She has now gone 20 months without insulin or any oral glucose-lowering medicine.", ["medication_free"]),
    ("Endocrine dysfunction developed later in three other patients.", ["adverse_event"]),
    ("An infusion of their own cord blood did nothing to protect their remaining insulin production.", ["no_benefit"]),
    ("Neither man's insulin dose changed in the months after the injections.", ["no_benefit"]),
    ("11 of 16 participants kept their glucose inside the target range for over 70% of the day", ["time_in_range"]),
    ("an HbA1c of 7.0% or lower together with the absence of severe hypoglycaemic events", ["hba1c_target", "hypoglycemia_free"]),
    ("In the other four participants, total daily insulin fell by a median of 58% at 18 months.", ["insulin_reduction"]),
    ("Insulin doses were broadly unchanged, and the team did not report HbA1c.", ["no_benefit"]),
    ("The third had cut her insulin by around a quarter but had not stopped it.", ["insulin_reduction"]),
    ("One of the nine people who received its implant has died.", ["death"]),
    ("Her transplanted islets died within a year.", []),
    ("Four of them later had a pancreas transplant and have been insulin independent again.", []),
    ("Once the islets were infused into the liver, 10 of 12 patients stopped insulin.", ["insulin_independence"]),
    # a denial that names who would have reported the event ("no centre recorded a death") is no death
    ("Mild headaches were reported in four; no centre recorded a death.", ["adverse_event"]),
    # a dose still taken, but smaller, is a reduction; "less often" is about frequency, not the dose
    ("The other six continue to inject, though far less than they did before.", ["insulin_reduction"]),
    ("He still takes his insulin, but about a third of the old dose.", ["insulin_reduction"]),
    ("She still needs insulin, but less often checks her glucose.", []),
    # taken into hospital with a named problem, or sick after the treatment: a harm
    ("Two weeks later she was hospitalized for a chest infection.", ["adverse_event"]),
    ("One recipient was rushed to the city's general hospital with a clot in his leg.", ["adverse_event"]),
    ("By that evening he was vomiting.", ["adverse_event"]),
    # "neither ... nor ..." with a bare verb, as with "had not": no difference from the comparison arm
    ("After a year neither fasting glucose nor the daily insulin requirement of the treated volunteers differed from controls.", ["no_benefit"]),
    # time in range named by its bounds rather than by the words "time in range"
    ("The share of time with sensor glucose between 70 and 180 mg/dL went up from 51% to 74%.", ["time_in_range"]),
    ("Their time spent from 4 to 10 mmol/L improved markedly by the six-month visit.", ["time_in_range"]),
    # lows that did not come back are lows that stopped; a glucose level that "never returned to normal" is not
    ("Since the second infusion, his hypos have not come back once.", ["hypoglycemia_free"]),
    ("Her blood sugar never returned to normal.", []),
])
def test_outcomes(text, expected):
    assert [o.outcome for o in outcomes(text)] == expected


def test_duration_roles():
    t = timings("She was off insulin by day 75 and still off it at one year.", single=True)
    assert (t.time_to, t.follow_up, t.duration) == (75, 365, None)
    t = timings("has not injected insulin for more than four years", single=True)
    assert (t.duration, t.qualifier) == (1460, "at_least")


@pytest.mark.parametrize("text,roles", [
    ("13 remained free of insulin for periods ranging from one month to three years", (None, None, None)),
    ("free of severe hypoglycemic events from Day 28 to Day 365", (None, None, 365)),  # a window's end is its time point
    ("At 36 months of follow-up, six were off insulin", (None, None, 1080)),
    ("According to data from one year, 10 out of 12 stopped insulin injections", (None, None, 365)),
    ("I haven't had a bad hypo in eight months.", (None, 240, None)),  # how long an absence has lasted
])
def test_ranges_and_time_points(text, roles):
    t = timings(text)
    assert (t.time_to, t.duration, t.follow_up) == roles


def test_fields_and_phase():
    f = intervention_fields("islets from deceased donors were infused into the portal vein under immunosuppression")
    assert f["cell_type"] == "donor_islets" and f["implant_site"] == "portal_vein" and f["immunosuppression"] is True
    assert study_phase("a phase I/II trial") == "phase 1/2" and study_phase("Phase 1/2/3 program") is None


def test_segment_roles_and_offsets():
    text = "Big news\n\nBy A. Writer\n\nTwo of 10 patients died. Others lived.\n\nRelated: more\n\nComments (2)\nme: cured!"
    segs = segment(text, "Big news")
    assert all(text[s.start:s.end] == s.text for s in segs)
    kinds = {s.text: s.kind for s in segs}
    assert kinds["Big news"] == HEADLINE and kinds["By A. Writer"] == NOISE and kinds["me: cured!"] == COMMENT


def test_hard_wrapped_prose_is_one_sentence():
    text = "Seven patients with type 1 diabetes received islets, and all seven\nwere insulin independent at one year.\n"
    segs = segment(text)
    assert len(segs) == 1 and segs[0].text.endswith("at one year.")


def test_clean_keeps_offsets():
    from isletwatch.nlp.segment import clean
    raw = "C\u2011peptide\u00a0rose\u200b."
    assert len(clean(raw)) == len(raw) and clean(raw) == "C-peptide rose ."


def test_counted_places_are_not_patients():
    assert find_counts("Six sites treating adults with type 1 diabetes reported results") == []
    assert find_counts("17 islet-after-kidney transplants in people with type 1 diabetes")[0].n == 17


@pytest.mark.parametrize("text,days", [("reporting five-year insulin independence rates of 50%", 1825),
                                        ("the 1-year insulin independence rate was 60%", 365)])
def test_an_n_year_rate_is_a_time_point(text, days):
    assert timings(text).follow_up == days


@pytest.mark.parametrize("text,field,value", [
    ("She received the stem cell-derived islet cell transplant in the rectus sheath.", "cell_type", "stem_cell"),
    ("Of 409 patients who underwent islet autotransplant, 30% were insulin independent.", "cell_type", "other"),
    ("Of 409 patients who underwent islet autotransplant, 30% were insulin independent.", "cell_source", "autologous"),
    ("She was given cells from newborn pigs.", "cell_type", "other"),
    ("This autologous approach eliminates the need for anti-rejection drugs.", "immunosuppression", False),
    ("The treatment infuses islets into the hepatic portal vein, aiming to restore insulin.", "implant_site", "portal_vein"),
    ("VX-880 is given as an intra-portal infusion.", "implant_site", "portal_vein"),
    ("Zimislecel works by infusing islet cells into patients’ livers.", "implant_site", "portal_vein"),
    ("These cells were then transplanted into her abdominal muscles.", "implant_site", "other"),
    ("They were given drugs to suppress their immune systems.", "immunosuppression", True),
    ("Side effects of the immune-system suppressing drugs were hair loss and fever.", "immunosuppression", True),
])
def test_intervention_fields_of_one_sentence(text, field, value):
    assert intervention_fields(text).get(field) == value


@pytest.mark.parametrize("text,days", [("patients remained free of insulin for a mean time of 31 months", 930),
                                        ("remission was seen in 15 of 28 patients over a mean period of 19.3 months", 579)])
def test_a_mean_time_or_period_is_how_long_it_lasted(text, days):
    assert timings(text).duration == days


@pytest.mark.parametrize("sentence, site", [
    ("All participants received one infusion of the cells into the hepatic vein.", "portal_vein"),
    ("Eighteen intrahepatic islet infusions were performed in ten recipients.", "portal_vein"),
    ("The islets are infused into a diabetic patient's liver through a catheter.", "portal_vein"),
    ("Surgeons placed the cells into a blood vessel that feeds the liver.", "portal_vein"),
    ("The capsules were injected into the abdomens of the volunteers.", "other"),
    ("Each recipient had a single intra-BM islet infusion.", "other"),
    ("The cells were put into her stomach muscles.", "other"),
    ("Intrahepatic fat content fell in the treated group.", None),
])
def test_implant_sites_as_real_pages_write_them(sentence, site):
    """The site as stated: the hepatic vein and 'intrahepatic' are the portal route; the abdomen or bone marrow is 'other'."""
    assert dict(intervention_fields(sentence)).get("implant_site") == site


@pytest.mark.parametrize("sentence, years", [
    ("He struggled with type 1 diabetes for forty years before the transplant.", 40),
    ("The 64-year-old has lived with type-1 diabetes for more than 40 years.", 40),
    ("The man had been suffering from type 2 diabetes for 25 years.", 25),
    ("The patient had lived with the disease for 25 years.", 25),
])
def test_one_patients_disease_duration_as_real_pages_write_it(sentence, years):
    """Verbs of living with the disease, 'the disease' for diabetes, and 'more than 40 years' read as 40 (real annotators)."""
    from isletwatch.nlp.persons import single_disease_years
    assert single_disease_years(sentence) == years


@pytest.mark.parametrize("sentence, years", [
    ("Their mean age was 42.9 ± 1.2 years and their mean duration of diabetes was 27.1 ± 1.3 years.", 27.1),
    ("Ten patients with a median diabetic history of 8 years were treated.", 8),
])
def test_a_groups_mean_disease_duration_with_its_spread(sentence, years):
    from isletwatch.nlp.groups import group_disease_years
    assert group_disease_years(sentence) == years


@pytest.mark.parametrize("sentence, cell", [
    ("Surgeons transplanted cells from a donated pancreas into the two women.", "donor_islets"),
    ("The method takes insulin-producing cells from donors and infuses them.", "donor_islets"),
    ("The team edited donor pancreatic cells so the immune system would not see them.", "donor_islets"),
    ("Six recipients underwent islet allotransplantation into the device.", "donor_islets"),
    ("Mesenchymal stem cells from healthy donors were infused.", "MSC"),
])
def test_donor_islets_named_by_the_donated_pancreas(sentence, cell):
    assert dict(intervention_fields(sentence)).get("cell_type") == cell


@pytest.mark.parametrize("sentence, phase", [
    ("This phase 1–2 clinical trial enrolled 12 adults.", "phase 1/2"),
    ("The capsules are in phase I//IIa clinical trials.", "phase 1/2"),
    ("A Phase 1/2/3 trial is planned.", None),
])
def test_study_phase_ranges_with_dashes_and_doubled_slashes(sentence, phase):
    assert study_phase(sentence) == phase


def test_medication_to_stop_the_immune_system_rejecting_is_immunosuppression():
    assert dict(intervention_fields("The therapy requires long-term medication to stop the immune system from "
                                    "rejecting the cells.")).get("immunosuppression") is True


@pytest.mark.parametrize("sentence, found", [
    ("Patients with a history of severe hypoglycemia stopped insulin after the transplant.", ["insulin_independence"]),
    ("Her severe hypoglycemic episodes stopped after the transplant.", ["hypoglycemia_free"]),
])
def test_a_stop_that_is_the_insulins_is_no_end_of_hypoglycaemia(sentence, found):
    assert [o.outcome for o in outcomes(sentence)] == found


@pytest.mark.parametrize("text,roles", [
    ("Insulin output rose two months after the infusion and remained raised through the 18-month visit.", (60, None, 540)),
    ("C-peptide appeared at 6 weeks and persisted at 1 year in the treated group.", (42, None, 365)),
    ("C-peptide was measured at 6 weeks and at 1 year.", (None, None, 42)),  # two checks, nothing first seen then kept
])
def test_first_seen_then_kept_is_time_to_then_follow_up(text, roles):
    """DEV_NOTES: first detected at a time point is the time to outcome; 'remained / persisted' at a later one is the
    follow-up, as 'still' already was."""
    t = timings(text)
    assert (t.time_to, t.duration, t.follow_up) == roles


@pytest.mark.parametrize("text", [
    "All four became insulin independent; one resumed insulin 200 days after the infusion.",
    "He stopped insulin before the operation but had to start injecting again two years after surgery.",
    "Five no longer inject insulin (they have not yet reached 6 months after the second dose).",
])
def test_a_relapse_time_or_an_unreached_time_is_no_outcome_time(text):
    """When insulin was resumed, or a time point the group has not yet reached, dates no outcome: neither a time to
    outcome nor a follow-up (SCHEMA: relapse is not a claim; abstain rather than guess)."""
    t = timings(text)
    assert (t.time_to, t.follow_up) == (None, None)


def test_a_later_verb_after_a_relapse_keeps_its_own_duration():
    t = timings("Even the patients who had to restart insulin showed a C-peptide rise that lasted at least two years.")
    assert (t.duration, t.qualifier) == (730, "at_least")


@pytest.mark.parametrize("sentence, found", [
    ("The cells eliminated the need for insulin in seven of the twelve.", ["insulin_independence"]),
    ("Over the years the body stops using insulin properly.", []),
    ("Two years on, the implanted cells stopped producing insulin.", []),
    ("In type 1 diabetes the pancreas no longer makes insulin.", []),
    ("The implanted cells kept producing insulin for two years.", ["c_peptide"]),
])
def test_what_cells_stopped_making_is_a_loss_and_what_they_removed_a_result(sentence, found):
    """A graft that 'stopped producing insulin' lost its function (no C-peptide result); 'the cells eliminated the need
    for insulin' is a therapy's result even though its subject is cells (the check for the body's own failure to use
    insulin must not take it)."""
    assert [o.outcome for o in outcomes(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("Within a month the new cells were secreting insulin in nine of the ten.", ["c_peptide"]),
    ("The cells are capable of secreting insulin.", []),
    ("Dangerous low blood sugar spells stopped in every one of them.", ["hypoglycemia_free"]),
    ("A history of low blood sugar stopped him from driving.", []),
    ("The operation freed six of the seven from their insulin injections.", ["insulin_independence"]),
    ("The operation freed or partly freed all seven from insulin injections.", []),  # not all free: no independence
    ("Her new pump freed her from daily injections.", []),
])
def test_secreting_low_blood_sugar_spells_and_freed_from_injections(sentence, found):
    """Wordings of results the tables lacked: cells 'secreting insulin' (as 'producing' and 'making'); 'low blood sugar'
    for hypoglycaemia episodes that stopped; a therapy that 'freed' patients 'from injections' (not a pump, and not
    'freed or partly freed', where not everyone is free)."""
    assert [o.outcome for o in outcomes(sentence)] == found


@pytest.mark.parametrize("text, follow_up", [
    ("Among the 14 who were followed for at least two years, 11 no longer injected insulin.", 730),
    ("The nine volunteers were monitored over 18 months; seven stayed free of insulin.", 540),
])
def test_how_long_a_study_watched_its_patients_is_their_follow_up(text, follow_up):
    """DEV_NOTES: a study-design follow-up ("followed up for 48 months") goes on the group's claims; it is not how
    long a result held, even with "at least" before it."""
    t = timings(text)
    assert (t.follow_up, t.duration) == (follow_up, None)


def test_not_touching_insulin_is_independence_and_how_long_it_has_lasted():
    """"have not touched insulin in over a year" is insulin independence held that long (DEV_NOTES: "has not injected
    insulin for 14 months" is a duration), not a time point."""
    text = "Five of our recipients have not touched insulin in over a year."
    assert [o.outcome for o in outcomes(text)] == ["insulin_independence"]
    t = timings(text)
    assert (t.duration, t.qualifier, t.follow_up) == (365, "at_least", None)


def test_a_count_that_saw_a_change_is_a_subcount():
    """"Of those, 15 saw their HbA1c drop below 7 percent": the fifteen are the ones with the result."""
    [c] = find_counts("Of those, 12 saw their daily insulin fall by half.")
    assert (c.n, c.w, c.kind) == (None, 12, "bare")


@pytest.mark.parametrize("sentence, found", [
    ("In every recipient the HbA1c stayed the same or improved.", []),
    ("Rates of insulin independence remained stable over the second year.", ["insulin_independence"]),
    ("Their daily insulin dose was unchanged at six months.", ["no_benefit"]),
    ("The early data raise the possibility of restoring the body's own insulin production.", []),
    ("Nine of the ten are now insulin independent or have markedly reduced their insulin use.", ["insulin_reduction"]),
    ("Six became insulin independent, and three reduced their insulin.", ["insulin_independence", "insulin_reduction"]),
])
def test_benefits_that_held_possibilities_and_either_or_results(sentence, found):
    """Not no_benefit: "stayed the same or improved", a rate of a benefit that "remained stable"; no result: "the
    possibility of restoring"; one result: "insulin independent or have reduced their insulin" counts both together,
    which DEV_NOTES calls a reduction ("reduced or eliminated insulin")."""
    assert [o.outcome for o in outcomes(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("The capsule did not produce clinically meaningful amounts of insulin in any of the eight.", ["no_benefit"]),
    ("Grafts that do not produce sufficient insulin are explanted.", []),
    ("In type 1 diabetes the pancreas does not produce enough insulin.", []),
    ("Diabetes sets in when the body does not make sufficient insulin.", []),
])
def test_a_graft_that_made_no_useful_insulin_is_no_benefit_and_the_disease_is_not(sentence, found):
    """DEV_NOTES: "did not produce enough C-peptide" is no_benefit; the same words about the body or the pancreas
    describe the disease, and after "that" they describe which grafts, not a result."""
    assert [o.outcome for o in outcomes(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("At one year, half no longer needed any glucose-lowering medication.", ["medication_free"]),
    ("Seven of them managed to stop all oral drugs and insulin.", ["medication_free"]),
    ("Seven no longer needed insulin, though most kept taking metformin.", ["insulin_independence"]),
])
def test_off_every_diabetes_drug_is_medication_free(sentence, found):
    """DEV_NOTES: off insulin but still on metformin is insulin_independence; off every glucose-lowering drug (insulin
    included, or named as 'any glucose-lowering medication') is medication_free."""
    assert [o.outcome for o in outcomes(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("Her sensor has not logged a single severe low since the operation.", ["hypoglycemia_free"]),
    ("Four of the nine have C-peptide that the lab can reliably detect.", ["c_peptide"]),
    ("A partial thrombus of the portal vein was detected on a scan the next day.", ["adverse_event"]),
])
def test_lows_not_logged_c_peptide_one_can_measure_and_a_clot_seen(sentence, found):
    """Wordings blind16 (a tuned-on set) showed missing, written here anew: a monitor that 'has not logged' a severe
    low, C-peptide 'we can measure', a clot 'was seen/detected' after an infusion."""
    assert [o.outcome for o in outcomes(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("At week 24, fasting C-peptide in the cell arm was no better than in the placebo arm.", ["no_benefit"]),
    ("The rest reduced their doses.", ["insulin_reduction"]),
    ("Three patients reduced their doses of tacrolimus.", []),
    ("Six of the nine spent over 70% of the day between 70 and 180 mg/dL.", ["time_in_range"]),
    ("I was at 81% of last week between 4 and 10, my best ever.", ["time_in_range"]),
])
def test_no_better_than_sham_doses_lowered_and_range_by_its_bounds(sentence, found):
    """From the tuned-on blind12, written anew: a measure 'no better than in the placebo arm' is no_benefit (DEV_NOTES:
    did not differ from placebo); 'reduced their doses.' after insulin is a reduction (not when another drug is named);
    a share of the day between two glucose bounds is time in range."""
    assert [o.outcome for o in outcomes(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("By the six-month visit, four of seven were off injections.", ["insulin_independence"]),
    ("Three weeks after the infusion I stopped my insulin for good.", ["insulin_independence"]),
    ("I stopped my insulin for a day before the operation.", []),
    ("He has been off every glucose-lowering drug since May.", ["medication_free"]),
    ("No recipient had any change in daily insulin at week 26.", ["no_benefit"]),
    ("Two participants developed shingles in the first year.", ["adverse_event"]),
    ("One woman spent four days in intensive care after the procedure.", ["adverse_event"]),
    ("Her most recent HbA1c, 5.6%, is within the normal range for someone without diabetes.", ["hba1c_target"]),
])
def test_more_wordings_of_results_from_the_tuned_on_sets(sentence, found):
    """Written anew after blind13, blind14 and blind17 (tuned-on sets) showed them missing: off injections, a first
    person's 'stopped my insulin' (not for a day), off every glucose-lowering drug, no change in insulin, shingles,
    days in intensive care, an HbA1c in the range of people without diabetes (DEV_NOTES: normal range)."""
    assert [o.outcome for o in outcomes(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("Scans showed that the implanted cells are still producing some insulin.", ["c_peptide"]),
    ("The company grew islet cells that make insulin.", []),
    ("The results suggest that better graft function may be attained with another regimen.", []),
    ("C-peptide was found in two of the six recipients at week 12.", ["c_peptide"]),
    ("All four have been spared the dangerous lows they used to have.", ["hypoglycemia_free"]),
    ("A month later her doctor stopped the insulin and the metformin.", ["medication_free"]),
])
def test_cells_shown_making_insulin_c_peptide_found_lows_spared_and_both_drugs_stopped(sentence, found):
    """From the tuned-on blind18, written anew: 'showed that the cells are still producing insulin' reports a result
    (the 'cells that make insulin' check must not read a reported 'that' as a definition; 'suggest that' stays a
    generalisation); C-peptide 'was found in'; 'spared the lows'; insulin and metformin both stopped."""
    assert [o.outcome for o in outcomes(sentence)] == found


@pytest.mark.parametrize("text, duration", [
    ("The teacher, who had waited for a donor pancreas for three years, has not injected insulin for 16 months.", 480),
    ("A 52-year-old, who had relied on an insulin pump for nine years, has been off insulin for five months.", 150),
    ("The grandmother, who has been insulin-free for two years, says she feels well.", 730),  # the aside is the result
])
def test_a_duration_in_an_aside_about_the_person_is_not_the_outcomes(text, duration):
    """A relative-clause aside (", who had waited ... for three years,") describes the person, so its durations do not
    go on an outcome stated outside it (SCHEMA: the outcome's own duration; never carry a field from another clause)."""
    from isletwatch.nlp.timing import outcome_timing
    found = outcomes(text)
    spans = [(o.outcome, o.start, o.end) for o in found]
    t = outcome_timing(text, spans, 0, True)
    assert t.duration == duration


@pytest.mark.parametrize("text", [
    "A man who spent seven years on the transplant waiting list became insulin independent after the infusion.",
    "A woman who had been injecting insulin for 31 years is now free of insulin.",
    "After 26 years of insulin injections, the retired nurse is off insulin.",
    "He had been waiting for a donor for four years and is now insulin-free.",
])
def test_time_on_a_waiting_list_or_on_insulin_before_treatment_is_no_outcome_time(text):
    """Years spent waiting for a transplant or injecting insulin before it are the patient's history: neither a
    duration of the outcome nor a time point of it (SCHEMA: a field the text does not state is null)."""
    t = timings(text, True)
    assert (t.time_to, t.duration, t.follow_up) == (None, None, None)


@pytest.mark.parametrize("text, roles", [
    ("Nine of 11 were free of insulin at six months, and seven of them were still free of it at two years.", (None, None, 180)),
    ("All five produced C-peptide at week 8; three were still producing it at week 48.", (None, None, 56)),
    ("C-peptide appeared at 4 weeks and was still detectable at 1 year.", (28, None, 365)),  # one subject: first seen, then kept
])
def test_a_subcount_still_there_later_does_not_date_the_whole_group(text, roles):
    """"Nine of 11 ... at six months, and seven of them were still ... at two years": the later point checks a subcount
    (DEV_NOTES: a subcount with its own time point is its own claim), so the whole group keeps its own time point and
    is not given a time to outcome."""
    t = timings(text)
    assert (t.time_to, t.duration, t.follow_up) == roles


@pytest.mark.parametrize("text, days", [
    ("Three of the four recipients reached an HbA1c under 7% (median follow-up, 20 months).", 600),
    ("Both patients stopped insulin (follow-up 18 months).", 540),
    ("Mean follow-up: 2 years.", 730),
])
def test_a_follow_up_stated_in_a_parenthesis_or_after_a_colon_is_the_studys(text, days):
    """DEV_NOTES: a study-design follow-up ("median follow-up 34 months") goes on the group's claims, also when an
    abstract puts it in a parenthesis or after a comma or colon."""
    from isletwatch.nlp.study_design import design_follow_up
    assert design_follow_up(segment(text)) == days


def test_a_median_time_to_the_outcome_after_a_comma_is_the_time_to_outcome():
    """"(median time to independence, 62 days)" states how long it took (SCHEMA: time_to_outcome_days)."""
    t = timings("Insulin independence was reached by 4 of 5 recipients (median time to independence, 38 days).")
    assert (t.time_to, t.duration, t.follow_up) == (38, None, None)


@pytest.mark.parametrize("text, days", [
    ("Earlier trials of donor islets followed their recipients for six years. Here, five of nine stopped insulin.", None),
    ("Unlike the cohort, patients here were followed for 30 months; five of nine stopped insulin.", 900),
])
def test_another_studys_follow_up_is_not_this_reports(text, days):
    """A follow-up period stated for previous or other studies is not the reported study's (DEV_NOTES: the follow-up
    goes on the claims of the group it describes; never carry a field from another study)."""
    from isletwatch.nlp.study_design import design_follow_up
    assert design_follow_up(segment(text)) == days


@pytest.mark.parametrize("text, roles", [
    ("At week 8 all ten made C-peptide; by week 40, seven of the ten no longer used insulin.", (None, None, 280)),
    ("By week 40, seven of the ten no longer used insulin.", (None, None, 280)),
])
def test_by_a_time_point_fronted_after_a_semicolon_is_where_the_group_stood(text, roles):
    """"...; by week 40, seven of the ten no longer used insulin": fronted in its own clause, "by week 40," says where
    the group stood then (a follow-up, as at the sentence's start), not when each first got there."""
    from isletwatch.nlp.timing import outcome_timing
    found = outcomes(text)
    spans = [(o.outcome, o.start, o.end) for o in found]
    i = [o.outcome for o in found].index("insulin_independence")
    t = outcome_timing(text, spans, i, False)
    assert (t.time_to, t.duration, t.follow_up) == roles


@pytest.mark.parametrize("text", [
    "The farmer underwent a second transplant 15 months after the first and has used no insulin since.",
    "Four of the seven needed another infusion of cells about two months later; all seven became insulin independent.",
])
def test_when_treatment_was_repeated_is_no_outcome_time(text):
    """A second infusion or transplant "15 months after the first" dates a treatment, not the outcome (SCHEMA: time
    to outcome counts from treatment until the outcome; a field the text does not state is null)."""
    t = timings(text, True)
    assert (t.time_to, t.duration, t.follow_up) == (None, None, None)


def test_its_been_n_months_and_no_insulin_is_how_long_it_has_lasted():
    """"It's been 16 months and I haven't needed insulin once": how long the absence has held (DEV_NOTES: "has not
    injected insulin for 14 months" is a duration), not a time point."""
    t = timings("It's been 16 months and I haven't needed insulin once, said the retired teacher.", True)
    assert (t.time_to, t.duration, t.qualifier, t.follow_up) == (None, 480, "exact", None)


def test_a_subcounts_onset_after_a_comma_is_its_own_not_the_groups():
    """"Nine of 11 stopped insulin, one of them 10 weeks after the infusion": the ten weeks date the one patient's
    onset (a time to outcome, not how long it lasted), and the nine keep no time of their own (never carry a field
    from another clause)."""
    from isletwatch.nlp.result_lists import list_items
    from isletwatch.nlp.timing import outcome_timing
    text = "Nine of 11 recipients stopped insulin, one of them 10 weeks after the infusion."
    found = outcomes(text)
    t = outcome_timing(text, [(o.outcome, o.start, o.end) for o in found], 0, False)
    assert (t.time_to, t.duration, t.follow_up) == (None, None, None)
    [item] = list_items(text, found[0].start)
    assert (item.w, item.days, item.onset) == (1, 70, True)


@pytest.mark.parametrize("text, hedged", [
    ("The boy, treated in May 2023, has not needed insulin since October.", False),
    ("Infused on May 14, she was off insulin within ten weeks.", False),
    ("The cells may have let her stop insulin.", True),
    ("Treated in May, she appeared to need less insulin.", True),  # the other hedges still count
])
def test_the_month_may_is_no_hedge(text, hedged):
    """SCHEMA: hedged is for a claim stated with may / might; the month in a date ("treated in May 2023") is not."""
    from isletwatch.nlp.patterns import HEDGES
    assert bool(HEDGES.search(text)) is hedged


@pytest.mark.parametrize("sentence, found", [
    ("She stayed off insulin for six years until her graft failed.", ["insulin_independence"]),
    ("Her graft failed within a year.", ["no_benefit"]),
])
def test_a_graft_that_failed_after_years_off_insulin_ends_a_benefit(sentence, found):
    """'until her graft failed' closes how long independence lasted; a graft that failed is no_benefit only when the
    failure is the news."""
    assert [o.outcome for o in outcomes(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("Eight abandoned insulin within two months.", ["insulin_independence"]),
    ("Eleven abandoned the rapid insulin but kept the long-acting one.", []),
])
def test_abandoning_insulin_is_independence_but_not_one_kind_of_it(sentence, found):
    """'abandoned insulin' (as translated pages often put it) is insulin independence; abandoning only the rapid
    insulin is not."""
    assert [o.outcome for o in outcomes(sentence)] == found


def test_a_counted_subjects_could_is_what_they_were_able_to_do(blank_extractor):
    """'Of the 15, nine could stop insulin' reports a result (past ability), while 'If it works, nine could stop
    insulin' is a possibility (DEV_NOTES: forward-looking could statements are not claims)."""
    from isletwatch.model import Document
    done = Document(source="test", url="urn:test", title="", text="Fifteen adults with type 1 diabetes were treated. "
                    "Of the 15, nine could stop insulin entirely.")
    maybe = Document(source="test", url="urn:test", title="", text="Fifteen adults with type 1 diabetes will be treated. "
                     "If it works, nine could stop insulin.")
    assert [(c.n_patients, c.n_with_outcome) for c in blank_extractor.extract(done).claims] == [(15, 9)]
    assert blank_extractor.extract(maybe).claims == []


def test_one_patient_named_by_place_or_as_the_one_left():
    """'Four are off insulin; the fifth has cut hers by 70%' singles out one patient (DEV_NOTES: each patient singled out
    with a figure of her own gets a claim); 'the remaining patients' stays a group."""
    assert [r.ordinal for r in find_single("the fifth has cut her insulin by 70%")] == [5]
    assert len(find_single("and the remaining patient has halved his dose")) == 1
    assert find_single("the remaining patients have halved their dose") == []


def test_graft_function_that_deteriorated_is_a_loss():
    assert outcomes("Over the second year, graft function gradually deteriorated.") == []
    assert [o.outcome for o in outcomes("Graft function was maintained in all six.")] == ["c_peptide"]


@pytest.mark.parametrize("sentence, found", [
    ("Six of them no longer have sudden blood sugar crashes.", ["hypoglycemia_free"]),
    ("Three recipients required hospital admission for pneumonia.", ["adverse_event"]),
])
def test_blood_sugar_crashes_and_hospital_admission(sentence, found):
    """Plain-language wordings found by probing: 'no longer have blood sugar crashes' is freedom from severe lows;
    'required hospital admission' is a harm."""
    assert [o.outcome for o in outcomes(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("Severe hypoglycaemia resolved in 14 (88%).", ["hypoglycemia_free"]),
    ("Severe hypos eliminated: 9/10.", ["hypoglycemia_free"]),
    ("A history of severe hypoglycaemia resolved in hospital notes.", []),
])
def test_results_list_wording_of_hypoglycaemia_gone(sentence, found):
    """A results list writes 'Severe hypoglycaemia resolved in 14 (88%)' with no subject; a history of it is no result."""
    assert [o.outcome for o in outcomes(sentence)] == found
