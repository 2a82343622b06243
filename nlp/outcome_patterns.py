"""How texts state outcomes: one table of regular expressions per SCHEMA outcome, and the safety words.

Kept apart from the other vocabulary because it is the part that must
generalize most: each outcome is written from word families (lexicon.py), so
a rule covers every tense, contraction and synonym of its meaning ("has not
needed a single insulin injection", "hasn't changed", "may have begun to
rise"), not only the sentence it was first written for.
"""
from __future__ import annotations

import re

from .lexicon import CHANGE, FALL, INSULIN_UNIT, KEEP, NEGATED, ONE_OF, RISE, USE_INSULIN, forms

_F = re.I


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives), _F)


# Lower-case substrings one of which every pattern of an outcome needs (see patterns.TRIGGERS).
OUTCOME_TRIGGERS: dict[str, tuple[str, ...]] = {
    "medication_free": ("medic", "meds", "drug", "tablet", "pill", "treatment", "agents", "metformin"),
    "insulin_independence": ("insulin", "injection", "without it", "none", "off it", "not injected", "needles", "syringes", "inject it", "independen"), "insulin_reduction": ("insulin", "dose", "dosage", "units", "inject"),
    "hba1c_target": ("a1c", "glycated", "glycosylated"), "hypoglycemia_free": ("hypo", "low", "she", "drops", "crashes", "dips"),
    "time_in_range": ("range", "of the time", "tir", "time", "of the day", "of their day", "of each day", " between "), "c_peptide": ("peptide", "c-pep", "insulin", "graft function", "graft survival", "beta", "β", "engraftment"),
    "death": ("died", "death", "fatal", "deceased", "mortality", "lost", "succumbed"),
    "no_benefit": ("not", "n't", "fail", "no ", "nobody", "no one's", "unchanged", "none", "differ", "same", "similar", "before", "never", "stayed", "remained", "neither", "nothing"),
    "adverse_event": ("adverse", "side", "complication", "admitted", "fluid", "pneumonia", "infection", "fever", "ulcer", "sore", "headache",
                      "bleed", "hematoma", "haematoma", "thrombos", "rash", "neutropenia", "cancer", "viremia", "viraemia",
                      "pain", "reaction", "nausea", "event", "hypertension", "anaemia", "anemia", "bruis", "swelling",
                      "abscess", "tumo", "kidney function", "bald", "hair loss", "occurred", "seen in", "observed in", "seroma", "discomfort", "reported by",
                      "reported in", "recorded in", "developed in", "sepsis", "diarrh", "fatigue", "obstruction", "perforation",
                      "surgery", "operation", "transfusion", "hospitali", "intensive care", "antibiotic", "stroke", "seizure",
                      "clot", "embolism", "fracture", "hernia", "failure", "rejection", "lymphoma", "malignan", "injury", "leak", "tremor",
                      "hospital", "shingles", "dehiscence", "cytomegalovirus", "mass", "cyst", "disease", "disorder", "dysfunction",
                      "thyroid", "bled", "abscess", "antibiotic", "blood", "because of", "redness", "itching", "pancreatitis", "bout", "glomerular", "egfr", "renal", "penia", "kidney problems", "allergic", "enzyme", "transaminase", "nodule", "lump", "lipoatrophy",
                      "lipodystrophy", "aneurysm", "ketoacidosis", "dka", "affected", "thrombus", "vomit"),
}


OUTCOMES: list[tuple[str, re.Pattern[str]]] = [
    ("medication_free", _rx(
        r"\bstopped\s+(?:the|my|his|her|their)\s+insulin\s+and\s+(?:the|my|his|her|their)\s+(?:metformin|tablets|pills|gliclazide|sitagliptin|oral\s+(?:drugs|medicines|medication))\b",
        # "off every glucose-lowering drug", "has taken nothing at all for her diabetes"
        r"\boff\s+(?:every|all|any)\s+(?:(?:glucose-lowering|diabetes|oral|anti-?diabetic|blood[- ]sugar[- ]lowering)\s+)*(?:drugs?|medications?|medicines?|tablets|pills)\b",
        r"\btaken\s+nothing\s+(?:at\s+all\s+)?for\s+(?:her|his|their|my)\s+diabetes\b",
        r"no longer (?:needs?|needed|takes?|took|requires?|required|uses?|used) insulin or (?:any )?(?:other |oral )?(?:[\w-]+ ){0,2}(?:medicines?|medications?|drugs?|tablets?|pills?)",
        r"(?:no|any) (?:diabetes )?medication of any kind",
        r"\b(?:takes?|took|needs?|uses?)\s+no\s+(?:diabetes\s+|oral\s+)?(?:medicines?|medications?|drugs|tablets|pills)\b",
        r"(?:went|gone|go|been)\s+(?:\w+\s+){0,4}without\s+(?:any\s+)?(?:diabetes\s+)?(?:medicines?|medications?|drugs|tablets)\b",
        r"\bstopped\s+both\s+insulin\s+and\s+(?:his|her|their)?\s*(?:[\w-]+\s+){0,2}(?:drugs|medicines|tablets|pills|medications)\b",
        r"\babandon\w*\s+(?:both\s+)?insulin\s+and\s+(?:(?:oral|diabetes)\s+)?(?:pills|tablets|drugs|medicines|medications)\b",
        r"\b(?:has|have|had)(?: not|n't) (?:touched|taken|used|needed) insulin or (?:her |his |their |any )?(?:tablets?|pills?|medications?|medicines?|drugs|metformin|gliclazide|glipizide|sulfonylureas?)\b",
        r"\b(?:needed|needs|need|required|requires|taken|takes|used|uses)\s+no\s+insulin\s+or\s+(?:any\s+)?(?:other\s+)?(?:oral\s+)?(?:diabetes\s+|anti-?diabetic\s+)?(?:drugs|medications?|medicines|tablets|pills)\b",
        r"(?:has|have|had) not (?:taken|needed|used|required) (?:any )?(?:diabetes |oral |anti-?diabetic )?(?:medications?|medicines?|drugs|pills|tablets)\b",
        r"(?:has|have|had)(?:n't| not) (?:had|needed) to (?:take|use) (?:any )?(?:diabetes |oral |anti-?diabetic )?(?:medications?|medicines?|drugs|pills|tablets)\b",
        r"(?:has|have|had) not (?:required|needed|used|taken) insulin or (?:any )?(?:other )?(?:diabetes |oral )?(?:drugs?|medications?|medicines?|tablets?|pills?)\b",
        r"\b(?:stopped|discontinued|quit|came off|stopping|discontinuing|ditched|abandoned|gave up)\s+(?:taking\s+|using\s+)?all\s+(?:of\s+(?:these|those|the|his|her|their)\s+|(?:his|her|their)\s+)?"
        r"(?:(?:other|oral|diabetes|anti-?diabetic|glucose-lowering|blood-sugar-lowering|blood sugar control|blood-sugar control)\s+)*(?:medications?|medicines?|drugs|tablets|pills|agents)\b",
        r"(?:has|have|had)(?:n't| not)\s+(?:swallowed|taken|had|needed|used)\s+(?:a single\s+|any\s+|one\s+)?(?:pills?|tablets?)\s+or\s+(?:(?:taken|had|needed)\s+)?(?:a\s+|any\s+)?(?:jabs?|injections?|shots?|insulin)\b",
        r"\b(?:ultimately|eventually|later|finally|also|then)\s+(?:stopped|discontinued|quit|came off)\s+(?:taking\s+|using\s+)?(?:all\s+)?(?:other\s+)?(?:oral\s+|diabetes\s+|anti-?diabetic\s+|glucose-lowering\s+)+(?:medications?|medicines?|drugs|tablets|pills|agents)\b",
        r"\bno (?:longer )?(?:need|requirement) (?:for|of) (?:any )?(?:diabetes |oral |anti-?diabetic )?(?:medications?|medicines?|drugs|treatment)\b", r"off all (?:diabetes )?(?:drugs|medications?|medicines?)",
        r"(?:needed|needs|required|requires|taking|takes) no (?:diabetes )?(?:medication|medicine|drugs)",
        r"medic(?:ation|ine)s?[- ]free",
        # "no longer needed any glucose-lowering medication"; "were able to stop all oral drugs and insulin"
        r"\bno longer (?:needs?|needed|takes?|took|requires?|required|uses?|used) (?:any )?(?:(?:diabetes|oral|anti-?diabetic|glucose-lowering|blood[- ]sugar[- ]lowering)\s+)+(?:medications?|medicines?|drugs|tablets|pills|agents)\b",
        r"\b(?:stop|stopped|discontinue|discontinued|quit|come off|came off|give up|gave up)\s+(?:taking\s+)?(?:all\s+)?(?:(?:their|his|her)\s+)?(?:(?:oral|diabetes|anti-?diabetic)\s+)*(?:drugs|medications?|medicines|tablets|pills|agents)\s+(?:and|as well as)\s+(?:their\s+|his\s+|her\s+)?insulin\b",
        r"insulin[- ]free,?\s+(?:and\s+)?(?:drug|medication)[- ]free",
        r"\b(?:came|come|comes|coming|went|gone|is|are|was|were)\s+off\s+(?:all\s+)?insulin(?:\s+injections)?\s+and\s+(?:all\s+|any\s+)?(?:other\s+)?(?:oral\s+|diabetes\s+)?(?:meds|medications?|medicines?|drugs|tablets|pills)\b",
        r"\b(?:is|are|was|were)(?:n't|\s+not|\s+no\s+longer)\s+dependent\s+on\s+(?:injectable\s+|injected\s+)?insulin\s+or\s+(?:any\s+)?(?:other\s+)?(?:oral\s+)?(?:meds|medications?|medicines?|drugs|tablets|pills)\b",
        r"\b(?:oral\s+)?(?:medications?|medicines?|drugs|tablets|pills)\b[^.;]{0,80}?\buntil\s+(?:he|she|they)\s+no\s+longer\s+needed\s+them\b",
        r"without (?:injecting|taking|using|needing) insulin or (?:taking |using )?(?:any )?(?:other )?(?:oral |diabetes )?(?:medications?|medicines?|drugs|tablets|pills)\b",
        # "achieved complete independence from insulin and other diabetic medications": off both is medication_free
        r"\bindependen(?:ce|t) (?:from|of) (?:exogenous |external |injected )?insulin and (?:all |any )?(?:other )?(?:oral |diabetic |diabetes |anti-?diabetic |glucose-lowering )*(?:medications?|medicines?|drugs|tablets|pills|agents)\b",
        r"(?<=\band )(?:later\s+|then\s+|also\s+|finally\s+)?(?:stopped|discontinued|quit|came off)\s+(?:taking\s+)?(?:all\s+)?(?:his\s+|her\s+|their\s+)?(?:oral|diabetes|anti-?diabetic|glucose-lowering)\s+(?:drugs|medications?|medicines|tablets|pills|agents)\b",
        r"\b(?:stopped|discontinued|quit|came off)\s+(?:taking\s+)?(?:all\s+|his\s+|her\s+|their\s+)(?:other\s+)?(?:oral\s+|diabetes\s+|anti-?diabetic\s+|glucose-lowering\s+)*(?:pills|tablets|oral drugs)\b",
        r"\b(?:not|never) (?:needed|taken|used|required|had) (?:a single |any |one )?(?:tablets?|pills?) or (?:an? )?(?:insulin )?(?:injections?|shots?)",
        r"\b(?:also|then)\s+(?:stopped|discontinued|quit|came off)\s+all\s+(?:other\s+)?(?:oral\s+)?(?:[\w-]+\s+)?(?:agents|drugs|medications?|medicines|tablets|pills)\b", r"free (?:of|from) all (?:diabetes )?(?:drugs|medications?|medicines?|treatment)",
        r"off (?:every|all|any) (?:\w+ )?(?:diabetes )?(?:drugs?|medications?|medicines?)",
        r"free (?:of|from) all (?:[\w-]+ ){0,2}(?:drugs|medications?|medicines?|treatment|agents|therap(?:y|ies))",
        r"off insulin and (?:all |any |every )?(?:\w+ )?(?:tablets|pills|drugs|medications?|medicines?)", r"no diabetes (?:medication|medicine|drugs?)(?: at all| whatsoever)",
        # "discontinued insulin at week 10 and all oral agents by month 5": the verb governs both objects;
        # the mention starts at the second object (group "at") so each keeps its own time.
        rf"\b{forms('stop', 'discontinue', 'quit', 'withdraw', 'come off')}\s+(?:[\w-]+\s+){{0,8}}?(?P<at>(?:and|then)\s+(?:all|every|any)\s+"
        r"(?:other\s+)?(?:oral\s+)?(?:diabetes\s+)?(?:agents|drugs|medications?|medicines|tablets|pills))\b")),
    ("insulin_independence", _rx(
        # "twelve abandoned insulin completely" (a common rendering of 'abandonar/abandonner l'insuline')
        r"\babandon(?:ed|s|ing)?\s+(?:(?:the|their|his|her|my)\s+)?(?:use\s+of\s+)?(?:exogenous\s+|injected\s+|daily\s+)?insulin\b(?!\s+(?:and|or)\s+(?:oral|diabetes|pills|tablets|drugs|medic))(?![\s-]+(?:r[aá]pida|rapid|fast|short|prandial|bolus|pump))",
        # "five of nine were off injections at the one-year check"; "I stopped my insulin completely" (a first-person story)
        r"\b(?:is|are|was|were|been|be|came|come|comes|went|gone|stay\w*|remain\w*|kept)\s+(?:now\s+|still\s+|completely\s+|entirely\s+)?off\s+(?:(?:daily|all|their|his|her|my)\s+)?(?:insulin\s+)?(?:injections|shots|jabs)\b",
        r"\b(?:stopped|quit|dropped|ditched|gave up|came off)\s+(?:taking\s+|using\s+|injecting\s+)?my\s+insulin\b(?!\s+(?:pump\s+)?(?:for\s+a\b|briefly|temporarily))",
        r"(?<!\bI )(?<!\bwe )\b(?:stopped|discontinued|withdrew)\s+(?:my|his|her|their)\s+insulin\b(?!\s+(?:pump\s+)?(?:for|during)\b)|\btook\s+(?:me|him|her|them)\s+off\s+(?:all\s+)?insulin\b",
        r"insulin[- ]independen(?:t|ce)", r"insulin[- ]free", r"free (?:of|from) insulin", r"freedom from insulin",
        r"free (?:of|from) (?:the )?(?:need|requirement) (?:to (?:inject|take|use)|for|of) (?:\w+ )?insulin",
        r"(?:has|have|had)(?:n't| not)\s+(?:had|needed)\s+to\s+(?:take|use|inject)\s+(?:any\s+)?insulin", r"\bg[ai]ve\s+up\s+(?:(?:their|his|her|all)\s+)?insulin\b",
        r"\b(?:stop(?:ped|s|ping)?|quit(?:s|ting)?|ditch(?:ed|es|ing)?|c[oa]me off|coming off|discontinu\w+|withdr[ae]w\w*)\s+(?:(?:injecting|taking|using|needing|all|their|his|her|daily)\s+){0,3}(?:exogenous |injected |insulin)(?:insulin)?",
        r"\boff[- ](?:all )?(?:exogenous )?insulin\b", r"\bstill off it\b",
        r"without (?:(?:a single|any|an?|daily|injecting|taking|needing|using|external|exogenous)\s+)*insulin",
        r"without (?:the )?(?:use|need) (?:of|for) (?:any )?(?:exogenous |external |injected )?insulin",
        r"no longer (?:(?:need|needs|needed|use|uses|used|requires?|required|takes?|took|injects?|injected)\s+)(?:\w+\s+){0,2}insulin",
        r"(?:has|have|had) not (?:injected|needed|used|taken|required) (?:any )?insulin",
        r"not needed (?:any )?insulin", r"(?:able|allowed) to stop (?:\w+\s+){0,2}insulin",
        r"(?:need|needs|needed|require[ds]?|takes?|took|uses?|injects?) no (?:more )?insulin", r"(?:stayed|remained|remain|stay) off insulin",
        r"\bno (?:longer )?(?:need|requirement) (?:to (?:take|use|inject) |for )(?:any )?(?:exogenous |injected )?insulin",
        r"(?:did|do|does|has|have|had) not (?:have|need) to (?:take|use|inject) (?:any )?(?:exogenous |injected )?insulin",
        r"\bnot (?:requiring|needing|taking|using) (?:any )?(?:exogenous |injected )?insulin\b",
        r"\bno longer (?:dependent|dependant|reliant|depend(?:s|ing)?|rel(?:y|ies|ying)) on (?:\w+ )?insulin\b",
        r"\bindependence\s+from\s+(?:exogenous\s+|external\s+|injected\s+)?insulin\b", r"\bno longer (?:had|has|have) to (?:take|use|inject) (?:any )?insulin\b",
        r"(?<!partly )(?<!partially )\bfreed (?!not\b|no\b|none\b|nobody\b|neither\b|or\b)(?:(?:her|him|them|patients|the patients?|\w+)\s+|(?:a|an|the|[\w-]+)\s+(?:[\w-]+\s+){0,7}?)from (?:daily |her |his |their )?insulin\b", r"\bfree of (?:daily|all) injections\b", r"(?<!pump )(?<!pumps )(?<!partly )(?<!partially )\bfreed\s+(?!not\b|no\b|none\b|nobody\b|neither\b|or\b)(?:\w+\s+){1,4}?from\s+(?:(?:daily|all|their|his|her)\s+)?(?:insulin\s+)?(?:injections|shots|jabs)\b",
        r"\bsuspend\w*\s+(?:her|his|their|all)?\s*insulin\b", r"\bno (?:more )?insulin (?:injections|shots)\b(?! (?:were|was) (?:needed|required) (?:by|in) (?:only|just))", r"\bfree of (?:daily |all )insulin\b", r"\b(?:independent|free) of (?:external |exogenous |injected )insulin\b",
        r"\b(?:became|become|becomes|becoming|remained|remains|is|was|were|are)\s+(?:\w+\s+)?independent of insulin\b",
        r"\bno longer (?:injects?|needs?|takes?|uses?|requires?) it\b",  # "... make their own insulin, and three no longer inject it"
        r"\b(?:throw|threw|thrown|throwing) away (?:her|his|their|the) (?:insulin )?(?:needles|syringes|pens|pumps?)\b",
        r"\bput (?:(?:their|his|her|the) insulin (?:pens?|needles|syringes) away|away (?:their|his|her) insulin (?:pens?|needles))\b",
        r"\b(?:switched|turned) off (?:her|his|their|the) (?:insulin )?pump\b",
        r"\beliminat\w* (?:the|her|his|their|any) need (?:for|of) (?:\w+ )?(?:insulin|injections)",
        r"\bno longer (?:need|needs|needed|require|requires|required) (?:any )?(?:treatment|injections|shots)\b",
        r"(?:did|do|does|has|have|had) not (?:need|needed|require|required|use|used|take|taken) (?:any )?(?:exogenous |injected )?insulin",
        r"\b(?:stop\w*|quit\w*|discontinu\w+|ditch\w*)\s+(?:\w+\s+){0,2}(?:insulin )?injections\b(?=[^.]*\binsulin\b|)(?<=\w)",
        r"\b(?:has|have|had) not injected (?:since|again)\b",
        r"\b(?:has|have|had)(?: not|n't) (?:touched|used|needed) (?:a|an|her|his|their|any|one) (?:single )?(?:needle|syringe|insulin pen|pen)\b",
        r"\b(?:has|have|had)(?: not|n't)(?: since| again)? touched (?:any )?insulin\b", r"\bnever touched insulin again\b",
        r"(?:went|gone|go|been)\s+(?:\w+\s+){0,4}without (?:a single |any |one )?(?:it|injections?|shots?|units?|jabs?)\b",
        r"(?:went|gone|go|been)\s+(?:\w+\s+){0,4}without (?:injecting|taking|using|needing) (?:a single |any |one )?(?:units?|doses?|shots?|injections?)\b", r"still need(?:ed|s)? none\b",
        rf"{NEGATED}{USE_INSULIN}\s+{ONE_OF}{INSULIN_UNIT}\b",
        rf"without {ONE_OF}(?:shots?|injections?|doses?|units?) of insulin",
        rf"\binsulin (?:was|were|could be|had been|has been) {forms('withdraw', 'stop', 'discontinue')}",
        rf"\b{forms('wean', 'get', 'come', 'taper')} off (?:of )?(?:(?:their|his|her|all|exogenous)\s+)*insulin",
        r"\binsulin\b[^.;]{0,80}?\b(?P<at>(?:stopped|quit|discontinued|came off|come off)\s+it)\b",  # "injecting insulin ..., three had stopped it"
        r"^\W*insulin\s*:\s*(?:none|zero|0|nil)\b",
        r"\b(?:my|his|her|their)\s+(?:very\s+)?(?:last|final)\s+(?:insulin\s+)?(?:injection|shot|dose)(?:\s+of\s+insulin)?\s+(?:was|came)\b",
        r"\bmarks?\s+(?:[\w-]+\s+){1,3}since\s+(?:my|her|his|their|that|the)\s+(?:very\s+)?last\s+(?:insulin\s+)?(?:shot|injection|dose|jab)\b",
        r"\bfree (?:of|from) (?:insulin )?(?:injections|jabs|shots)\b", r"\b(?:been|stayed|remained)\s+off\s+it\b",
        r"\bmanag\w+ without (?:any )?insulin\b",
        r"\b(?:achieved|attained|regained|maintained)\s+independence\b(?=[^.;]{0,40}\b(?:transplant\w*|infusions?|islets?)\b)",
        r"\b(?:has|have|had)(?: not|n't) (?:needed|taken|injected|used) (?:a single|one|any|a) (?:unit|dose|shot|injection|jab)\b",
        r"\b(?:has|have)\s+(?:now\s+)?been\s+(?:[\w-]+\s+){1,3}since\s+(?:my|her|his|their|that|the)\s+(?:very\s+)?(?:last|final)\s+(?:insulin\s+)?(?:shot|injection|dose|jab)\b",
        r"\b(?:took|had|gave (?:myself|himself|herself|themselves))\s+(?:my|his|her|their)\s+(?:very\s+)?(?:last|final)\s+(?:insulin\s+)?(?:injection|shot|dose)\b", r"\bstill not (?:a single|one) (?:unit|shot|injection|dose) of insulin\b")),
    ("insulin_reduction", _rx(
        # a dose still taken but smaller: "still injects insulin, but far less than before", "kept injecting, but less",
        # "still uses insulin, though about half of what she needed" (not "still needs insulin, but less often checks")
        r"\b(?:still|keep|kept|keeps|continue|continued|continues)\s+(?:to\s+)?(?:need|needs|needing|use|uses|using|inject|injects|injecting|take|takes|taking|require|requires)\b"
        r"(?:\s+(?:some|their|his|her|my|daily))?(?:\s+insulin)?(?:\s+(?:injections|shots|doses?))?\s*,?\s+(?:but|though|although|albeit)\s+(?:only\s+|now\s+|much\s+|far\s+|considerably\s+)?"
        r"(?:(?:roughly|about|around|nearly|almost|just|under|less than)\s+)?(?:less|fewer|smaller|lower|reduced|half|a third|a quarter|a fraction)\b(?!\s+(?:often|frequently))",
        # "needed less than half the daily insulin they used before", "using over 30% less total daily insulin", "needs about a
        # third of the daily insulin dose", "about half of what I used to take", "the daily dose fell by 45%"
        r"\b(?:needs?|needed|needing|using|used|uses|injecting|injected|injects|taking|took|takes|requires?|required|requiring|on)\s+"
        r"(?:(?:only|just|about|around|roughly|over|more than|less than|under|no more than)\s+){0,2}(?:half|a third|a quarter|one[- ]third|"
        r"one[- ]half|two[- ]thirds|a fraction|\d+(?:\.\d+)?\s*(?:%|per ?cent|percent))\s+(?:less\s+)?(?:of\s+)?(?:the\s+|their\s+|his\s+|her\s+|my\s+)?"
        r"(?:(?:total|daily|usual|previous|original|starting|baseline|former|pre-?[\w-]+)\s+){0,3}insulin\b",
        r"\b(?:about\s+|around\s+|roughly\s+|only\s+|just\s+)?(?:half|a third|a quarter|a fraction)\s+of\s+what\s+(?:i|he|she|they|we)\s+(?:used to|previously|once)\s+(?:take|inject|need|use)\w*",
        r"\b(?:total\s+)?daily\s+insulin\s+(?:\w+\s+){0,2}?(?:fell|dropped|decreased|declined)\s+(?:by\s+)?(?:a\s+(?:median|mean)\s+of\s+)?(?:about\s+)?\d",
        r"\b(?:the|his|her|their|my)\s+(?:total\s+)?daily\s+dose\s+(?:\w+\s+){0,2}?(?:fell|dropped|decreased|declined|was cut|was reduced|halved)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+)?\d",
        r"\b(?:needs?|needed|uses?|used|injects?|injected|takes?|took)\s+(?:only\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?(?:half|a third|a quarter|\d+(?:\.\d+)?\s*(?:%|per ?cent|percent))\s+"
        r"(?:as much(?:\s+insulin)?|less(?:\s+insulin|\s+of\s+it)?)\s+(?:as|than)\s+(?:before|previously|at baseline)",
        r"\b(?:needed|needing|required|used|injecting|took)\s+(?:less than|under|no more than)\s+(?:half|a third|a quarter|\d+\s*%)\s+(?:of\s+)?(?:their|his|her|the)\s+(?:starting|baseline|previous|original|former|usual)\s+(?:insulin\s+)?doses?\b",
        r"\b(?:brought|brings|bringing|got|gotten)\s+(?:\w+\s+){0,3}insulin(?:\s+(?:dose|use|needs))?\s+down\b",
        r"\bfrom\s+\d+\s+(?:units\s+)?to\s+(?:just\s+|only\s+)?\d+\s+units\b",
        r"\b(?:injecting|using|taking|needing|needs|needed|injects|uses|takes)\s+(?:only\s+|just\s+|about\s+)?(?:half|a third|a quarter|a fraction)\s+(?:of\s+)?the\s+insulin\b",
        r"\b(?:achieved|reached|had|showed|managed) (?:the same|a similar|a comparable) (?:insulin |dose )+(?:reduction|cut|decrease)\b",
        r"\btotal daily (?:insulin )?dose\b[^.;]{0,30}?\b(?:dropped|fell|decreased|halved|come down|gone down)\b",
        r"\b(?:reduced|lowered|cut|halved)\s+(?:their|his|her)\s+doses?\b(?=[^.;]{0,40}\binsulin\b)",
        # "The others lowered their doses." (the insulin named before): not when another drug is named
        r"\b(?:reduced|lowered|cut|halved)\s+(?:their|his|her)\s+(?:daily\s+)?doses?\s*[.;]", r"\b(?:is|was|am|are)\s+(?:now\s+)?down\s+to\s+(?:just\s+|only\s+)?\d+\s+units\b",
        r"\bfrom\s+(?:about\s+|around\s+|roughly\s+)?\d+\s+units?\s+(?:of\s+insulin\s+)?(?:a|per|each)\s+day\s+to\s+(?:about\s+|around\s+|just\s+|only\s+)?\d+\b",
        r"(?:reduc|lower|cut|decreas|halv|lessen)\w*\s+(?:[\w%.-]+\s+){0,7}?insulin\s+(?:dose|doses|use|usage|requirements?|needs?|intake|units)",
        r"insulin (?:dose|doses|use|usage|requirements?|needs?)\s+(?:\w+\s+){0,3}?(?:down|fell|fallen|dropped|decreased|declined|reduced|lower)",
        r"reduced or (?:eliminated|stopped)",
        r"\b(?:fall|drop|decrease|reduction|decline|cut)\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|approximately\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+in\s+(?:\w+\s+){0,2}insulin\s+(?:dose|doses|use|requirements?|needs)",
        r"(?:reduc|lower|cut|decreas|halv)\w*\s+(?:(?:his|her|their|its|the|daily|total|exogenous|injected|basal|mealtime)\s+){0,3}insulin\b(?! (?:resistance|sensitivity|secretion|production))",
        r"insulin dose (?:was )?(?:down|halved)", r"less (?:daily |exogenous |injected |external )?insulin\b(?![- ](?:producing|secreting|making))",
        r"(?:reduc|lower|cut|decreas|halv)\w*\s+(?:[\w%.-]+\s+){0,8}?(?:dose|doses|amount|requirements?|needs?) of (?:\w+\s+)?insulin\b",
        r"insulin\b[^.;]{0,120}?\b\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+(?:reduction|decrease|drop|cut|fall|lower)\b",
        r"\b(?:daily\s+)?insulin\s+(?:requirements?|needs|doses?|use|usage)\s+(?:decreased|dropped|fell|declined)\s+(?:by\s+)?\d",
        r"\breduc\w*\s+(?:reliance|dependence|dependency)\s+on\s+(?:\w+\s+)?insulin",
        r"\b\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+(?:decrease|reduction|drop|cut|fall)\s+in\s+(?:[\w-]+\s+){0,5}?insulin\b",
        r"\breduction or elimination of (?:\w+\s+)?insulin",
        r"\bonly (?:require|requires|required|need|needs|needed)\s+(?:tiny|small|smaller|minimal|very small|low)\s+(?:amounts?|doses?)\s+of\s+(?:\w+\s+)?insulin\b",
        r"\bdown from \d+\s+units\b[^.;]{0,30}?\bto\s+\d+\b", r"\binsulin\s+(?:consumption|intake|use)\s+(?:\w+\s+)?(?:declin|decreas|fell|dropp|fall)\w*",
        r"\breduc\w*\s+(?:taking|using|injecting)\s+insulin\b", r"\bimprovements?\s+in\s+(?:his|her|their)\s+(?:need|needs|requirements?)\s+for\s+insulin\b",
        r"\binsulin\b[^.]{0,150}?\breduc\w*\s+(?:her|his|their)\s+(?:daily\s+)?dose\b",
        r"\b(?:amount|dose|dosage)\s+of\s+(?:required\s+)?insulin\s+(?:was\s+|is\s+)?(?:down|reduced|lower|cut|decreased)\b|\bdaily\s+(?:amount|dose)\b[^.;]{0,30}\b(?:was|is)\s+down\b",
        r"\b(?:required|needed|need|needs|requires?)\s+(?:only\s+)?(?:half|a third|a quarter)\s+(?:of\s+)?(?:their|his|her|the)\s+(?:\w+\s+){0,3}?(?:dose|doses)\b",
        r"\bhalf (?:the |their |a )?dose of (?:the )?insulin\b|\b(?:reduced|decreased|lower|less)\s+(?:use|usage|dose|doses|dosage)\s+of\s+insulin\b|\b(?:use|usage|dose|dosage)\s+of\s+insulin\b[^.;]{0,40}\b(?:reduced|decreased|lower|less)\b",
        r"\b(?:reduction|decrease)\s+in\s+(?:the\s+)?(?:TDD|total daily dose|daily dose|insulin dose)\b",
        r"\b(?:daily\s+)?(?:dose|dosage)\s+of\s+insulin\b[^.;]{0,40}\b(?:significantly\s+)?(?:less|lower)\b",
        r"\b(?:injecting|taking|using|needing|needed|on)\s+(?:only\s+)?(?:half|a third|a quarter|one[- ]third|one[- ]quarter|\d+\s*%)\s+(?:or less\s+)?of\s+(?:their|his|her|the)\s+(?:\w+\s+){0,2}?(?:insulin\s+)?doses?\b",
        r"\binsulin\s+(?:intake|dosage|dosages|amount)\s+(?:\w+\s+){0,3}?(?:down|fell|fallen|dropped|decreased|declined|reduced|lower)\b",
        r"\b(?:decrease|reduction|drop)\s+in\s+the\s+(?:daily\s+)?(?:dosage|dose|amount)\s+of\s+insulin",
        r"\breduc\w*\s+(?:of|by|in)\s+(?:about\s+|around\s+|up to\s+)?[\d.–-]+\s*%?\s*(?:of|in)\s+(?:the\s+)?(?:daily\s+)?(?:use|dose|doses|requirements?|need)\s+(?:of|for)\s+insulin",
        r"\b(?:need|needed|needs|required|requires|use|used|on)\s+(?:a\s+)?(?:lower|smaller|reduced)\s+insulin\s+doses?\b",
        r"\binsulin\b[^.]{0,120}?\b(?P<at>(?:need|needed|needs|required|requires)\s+(?:a\s+)?(?:lower|smaller|reduced)\s+doses?)\b", r"fewer insulin\b(?![- ](?:producing|secreting|making))",
        r"insulin (?:dose|doses|requirements?|needs?)(?:[^.;]|\.(?=\d)){0,40}below baseline",
        r"used to (?:inject|take|need|use)\w*[^.]{0,40}insulin[^.]{0,60}\bnow\b",
        rf"insulin (?:dose|doses|use|usage|requirements?|needs?)\s+(?:[\w%.,-]+\s+){{0,7}}?(?:down\b|{FALL}|lower\b)",
        r"\b(?:need|needs|needed|use|used|take|took|inject\w*)\s+less of it\b",
        rf"insulin\b[^.;]{{0,60}}?\b(?:her|his|their|the|its) (?:daily |total )?dose (?:has |had |was |is )?(?:down\b|{FALL})")),
    ("hba1c_target", _rx(
        # "his latest HbA1c, 5.9%, sits in the range expected for a person without diabetes" (DEV_NOTES: within the normal range)
        r"\b(?:hba1c|a1c)\b(?:[^.;]|\.(?=\d)){0,40}?\b(?:in|within)\s+the\s+(?:normal\s+)?range\s+(?:expected\s+|seen\s+|typical\s+)?(?:for|of|in)\s+(?:a\s+)?(?:person|people|someone|those)\s+without\s+diabetes\b",
        r"(?:hba1c|a1c|glycated ha?emoglobin|glycosylated ha?emoglobin)\b(?:[^.;]|\.(?=\d)){0,80}?(?:below|under|less than|lower than|<|≤|<=)\s*(?:the\s+)?(?:7|6\.5|6|5\.7|seven|six(?:(?:\.|\s+point\s+)five)?)(?:\.0)?\s*(?:%|per ?cent|percent)",
        r"(?:hba1c|a1c|glycated ha?emoglobin)[^;]{0,160}?(?:within|in|inside) the (?:(?:normal|target|non-diabetic|healthy)[, ]+(?:and |or )?){1,3}range",
        r"(?:hba1c|a1c|glycated ha?emoglobin)[^;]{0,160}?(?:within|in|inside) the range (?:seen |found |of |for )?(?:in )?(?:people|those|adults|someone|a person) (?:who (?:do|does) not have|without) diabetes",
        r"(?:within|in) the normal range(?:[^.;]|\.(?=\d)){0,40}(?:hba1c|a1c|glycated)",
        r"(?:hba1c|a1c|glycated ha?emoglobin)\b[^.;]{0,60}?\b(?:a |the )?(?:non-?diabetic (?:level|range|value)|level of (?:someone|a person|people) without diabetes)",
        r"(?:hba1c|a1c|glycated ha?emoglobin)\b(?:[^.;]|\.(?=\d)){0,40}\b(?:targets?|goals?)\b",
        r"(?:hba1c|a1c|glycated ha?emoglobin)\b(?:[^.;]|\.(?=\d)){0,100}?\b(?:normal|healthy)\s+(?:for|in|like in)\s+(?:someone|a person|people|those|(?:a\s+)?healthy\s+person)\b",
        r"(?:hba1c|a1c|glycated ha?emoglobin)\b(?:[^.;]|\.(?=\d)){0,100}?\bthe normal level\b",
        r"(?:hba1c|a1c|glycated ha?emoglobin)\b(?:[^.;]|\.(?=\d)){0,50}?\(?(?:7|6\.5|6)(?:\.0)?\s*%\)?\s+or\s+(?:lower|less|below)\b",
        r"\b(?:under|below|less than)\s+(?:7|6\.5)(?:\.0)?\s*%\s+(?:on|for|in)\s+(?:their\s+)?(?:hba1c|a1c)\b",
        r"\b(?:achiev|reach|attain|met|meet)\w*\s+(?:the\s+)?(?:ada[- ]recommended\s+|recommended\s+|target\s+)?(?:hba1c|a1c)\s+(?:targets?|goals?|levels?\s*\(?\s*[<≤])")),
    ("hypoglycemia_free", _rx(
        # results-list style: "Severe hypoglycemia resolved in 27 (93%)", "severe hypoglycaemia eliminated, 19/20"
        r"(?<!history of )\b(?:severe\s+|serious\s+)(?:hypoglyc\w+|hypos)(?:\s+(?:episodes|events))?\s+(?:resolved|eliminated|abolished|disappeared|absent)\b(?=\s*(?:in\b|,|:|\())",
        # "Five no longer have dangerous blood sugar drops"
        r"\bno longer (?:have|has|had|experience[sd]?|get|gets|suffer(?:s|ed)?(?: from)?)\s+(?:any\s+)?(?:dangerous\s+|severe\s+|serious\s+|sudden\s+)?(?:blood[- ]sugar|glucose)\s+(?:drops|crashes|dips|lows)\b",
        r"\b(?:been|were|was)\s+spared\s+(?:the\s+|any\s+|further\s+)?(?:severe\s+|serious\s+|dangerous\s+)?(?:hypos|lows|hypoglyc\w*)\b",
        r"(?:free of|no|without|freedom from|free from|zero)\s+(?:\w+\s+){0,3}?(?:severe |serious )?(?:hypoglyc(?:a)?emi\w*|hypos?\b(?!-))(?!\s+unaware)",
        r"(?:free of|free from|freedom from|elimination of|eliminated|no|zero|without)\s+(?:\w+\s+){0,2}?(?-i:SHEs?)\b",
        r"\b(?:abolition|abolished|resolution|disappearance|absence) of (?:\w+\s+){0,2}?(?:severe |serious )?hypoglyc(?:a)?emi\w*",
        r"none of the \w+ (?:had|experienced) (?:a |any )?(?:further |new )?(?:episodes?|events?) of (?:severe )?hypoglyc",
        r"none of (?:the \w+|them|these|those) (?:has |have )?(?:had|experienced) (?:a |any )?(?:further |new )?(?:severe |serious )?(?:hypoglyc\w*|hypos?\b|lows?\b)",
        r"(?:eliminat|abolish|resolv)\w* (?:\w+ ){0,2}(?:severe )?hypoglyc",
        r"hypoglyc\w*(?:,[^,.;]{1,90},)?(?: \w+){0,3} (?:(?:was|were|had been) (?:abolished|eliminated|resolved|prevented|absent)|(?:had |has |have )?(?:disappeared|vanished|ceased|gone away))",
        r"\b(?:none|no one|nobody)\s+(?:has\s+|have\s+)?had\s+(?:had\s+)?(?:a\s+|any\s+)?(?:further\s+|new\s+)?(?:severe\s+|serious\s+)?(?:hypoglyc\w*|hypos?\b)",
        r"(?:not had|no|without|never had) (?:a single |any |one )?(?:severe |serious )(?:lows?|hypos?)\b",
        r"\bnot (?:a single|one) (?:severe |serious )?(?:lows?|hypos?|hypoglyc\w*(?: episodes?| events?)?)\b",
        r"\bno (?:patient|participant|recipient|one|subject)s? (?:had|has|have|experienced|suffered) (?:a |any )?(?:[\w()-]+ ){0,3}?(?:hypoglyc\w*|hypos?\b|lows?\b)",
        r"\b(?:not had|never had|no) (?:a |any )?(?:hypoglyc\w*|diabetic) (?:seizures?|comas?|fits?|blackouts?)\b",
        rf"{NEGATED}(?:{forms('have', 'experience', 'suffer', 'record', 'register', 'detect')}|logged|logging)\s+{ONE_OF}(?:\w+ )?(?:severe |serious |major )?(?:lows?|hypos?|hypoglyc\w*)\b",
        r"\bno (?:more |further )?(?:severe |serious )?lows\b", r"\bno longer (?:experienced?|experiences|had|has|have|suffer(?:s|ed)?)\s+(?:(?:severe|serious|any)\s+)?(?:hypoglyc\w*|hypos|lows)\b", r"\bno\s+(?:[\w-]+\s+){0,2}(?:glucose|readings?|values?)\s+(?:below|under|<)\s*\d",
        r"\bnot been a single (?:severe |serious )?(?:low|hypo)\b",
        r"\b(?:haven't|hasn't|have not|has not|never)\s+(?:dropped|gone|fallen)\s+below\s+\d",
        r"\bnot (?:one|a single)(?: reading| value)? below\s*\d",
        # "her hypoglycaemic episodes stopped", not "a history of severe hypoglycaemia stopped insulin" (the stop is the insulin's)
        r"(?<!history of )(?<!history of severe )(?<!history of recurrent )\b(?:hypos|lows|(?:hypoglyc\w+|low[- ]blood[- ](?:sugar|glucose))(?: episodes| events| attacks| spells)?)\b[^.;]{0,50}?\b(?:have\s+|had\s+|has\s+)?"
        r"(?:stopped|ceased|disappeared|vanished|ended)\b(?!\s+(?:taking\s+|using\s+|injecting\s+|needing\s+|all\s+|their\s+|his\s+|her\s+|daily\s+)*(?:insulin|injections|medications?|treatment|drugs))", r"\bfree (?:of|from) (?:severe |serious |dangerous )?low blood sugars?\b",
        r"\b(?:stopped|ended|prevented|eliminated|halted)\s+(?:(?:the|their|his|her|all|any|dangerous|severe|serious|further)\s+){0,3}"
        r"(?:low[- ]blood[- ]sugar|hypoglyc\w*)\s+(?:episodes|events|attacks|spells)\b",
        r"\b(?:episodes|events|attacks) of (?:severe |serious |dangerous )?(?:low blood sugar|hypoglyc\w*) (?:stopped|ceased|disappeared|ended|vanished)\b",
        r"\bnone (?:has |have )?(?:had|experienced) (?:a |any )?(?:further |new )?(?:severe |serious )?(?:hypoglyc\w*|hypos?\b|lows?\b)",
        r"\bprotected (?:from|against) (?:severe |serious )?hypoglyc\w*",
        # the lows did not come back: "the severe hypos never returned", "her lows have not recurred since"
        r"\b(?:severe\s+|serious\s+|dangerous\s+)?(?:lows|hypos|hypoglyc\w+(?:\s+(?:episodes|events|attacks))?)\b[^.;]{0,30}?\b"
        r"(?:never|not|n't)\s+(?:once\s+|yet\s+)?(?:returned|recurred|come back|came back|reappeared|return|recur)\b",
        # the treatment or a graft keeps a group from severe lows: "which still prevents them from severe hypoglycaemic episodes"
        # (not the gerund: "efficient in preventing severe hypoglycaemia" praises the therapy in general)
        r"\bprevent(?:s|ed)?\s+(?:(?:them|him|her|patients|recipients|participants)\s+(?:from\s+)?(?:having\s+|experiencing\s+)?)?(?:further\s+|recurrent\s+)?(?:severe|serious)\s+(?:hypoglyc\w*|low blood sugars?|hypos|lows)\b", r"\bhypo[- ]free\b", r"\bspared (?:\w+ )?(?:severe |serious )?hypoglyc\w*", r"hypoglyc\w*[^.;]{0,60}\bno (?:severe|serious) episodes?\b",
        r"^\W*(?:severe |serious )?(?:lows|hypos|hypoglyc\w*)\b[^:.;]{0,40}:\s*(?:none|zero|0|nil)\b")),
    ("time_in_range", _rx(r"time[- ]in[- ](?:the[- ])?(?:target[- ]|glucose[- ])?range", r"\bTIR\b(?![- ]?\w)",
                          r"\b(?:inside|within|in)\s+(?:the\s+)?(?:target|normal|healthy)\s+range\s+(?:for\s+)?(?:more than\s+|over\s+|at least\s+|>\s*)?\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)\s+of\s+(?:the\s+)?(?:day|time)\b",
                          r"\b\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)\s+of\s+(?:their|the|his|her|its)\s+time\s+(?:in|within|with)\b",
                          r"\btime\s+in\s+(?:the\s+)?(?:optimal|target|healthy|normal)\s+(?:glucose\s+)?range", r"in (?:the )?(?:healthy|normal|target) range(?:[^.;]|\.(?=\d)){0,40}of the time",
                          r"\b\d+(?:\.\d+)? ?(?:%|per ?cent|percent) of the time",
                          r"\b\d+(?:\.\d+)? ?(?:%|per ?cent|percent) of (?:the|their|his|her|each) day\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:glucose|sugar|range|target|70)",
                          r"\b(?:glucose|sugars?)\b[^.;]{0,40}?\b(?:within|in)\s+(?:the\s+)?(?:target|range)\b[^.;]{0,30}?\b\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)\s+of\s+(?:the|their|his|her|each)\s+(?:day|time)\b",
                          r"\bmore time (?:spent )?in (?:the )?(?:glucose )?(?:target )?range\b", r"\btime spent in (?:the )?(?:target )?(?:glucose )?range\b",
                          # time in range named by its bounds: "time spent between 3.9 and 10.0 mmol/L", "percentage of time of blood
                          # glucose between 70 and 180 mg/dL"
                          r"\btime\b(?:\s+(?:spent|of|with|at))?(?:\s+(?:[\w-]+\s+){0,3}?(?:glucose|sugar)(?:\s+(?:levels?|values?|readings?))?)?\s+"
                          r"(?:between|from|within|of)\s+\d+(?:\.\d+)?\s*(?:mmol/l|mg/dl)?\s*(?:and|to|-|–)\s*\d+(?:\.\d+)?\s*(?:mmol/l|mg/dl|mg per deciliter)",
                          # "spent more than 70% of the day between 3.9 and 10.0 mmol/L", "86% of last month between 3.9 and 10"
                          r"\b\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)\s+of\s+(?:the|their|his|her|each|my|last|the last|the past)\s+(?:day|time|month|week)\s+"
                          r"(?:with\s+(?:glucose|sugar|blood sugar)\s+)?(?:between|within)\s+\d+(?:\.\d+)?\s*(?:mmol/l|mg/dl)?\s*(?:and|to|-|–)\s*\d+")),
    ("c_peptide", _rx(
        # "the transplanted cells are still making some insulin"; "C-peptide was found in one of the seven"
        r"\b(?:cells|islets|grafts?|implants?|transplants?)\s+(?:are|were|is|was|have been|has been)\s+(?:still\s+)?(?:making|producing|secreting|releasing)\s+(?:some\s+)?insulin\b",
        r"\bc-?peptide\b[^.;]{0,60}?\b(?:was|were)\s+found\s+in\b",
        # "Three of the ten have C-peptide we can measure reliably", "had C-peptide that doctors could detect"
        # (the match ends before the modal: "could" there is ability, not a forward-looking outcome)
        r"\b(?:have|has|had)\s+(?:(?:fasting|stimulated|some)\s+)?c-?peptide(?=\s+(?:that\s+|which\s+)?(?:we|they|doctors|researchers|the team|the lab|the assay)\s+(?:can|could)\s+(?:reliably\s+)?(?:measure|detect|pick up)\b)",
        r"c-?pep(?:tide)?\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:at or above (?:its|their|the) (?:starting|baseline|pre-?\w+)|detectable|detected|measurable|present|positive|rose|risen|increased|improved|preserved|restored|doubled|secret\w+|production|produc\w+|higher|greater|maintained|stable|stabili[sz]ed|emerged|appeared|showed up|turned up|(?:significantly )?better|elevated|enhanced|recovered|(?:stayed|remained|held) (?:essentially |largely |roughly |more or less )?(?:flat|steady|level)|(?:stopped|ceased) (?:falling|declining|dropping))",
        r"\b(?:positive|detectable|measurable|sustained|preserved|normal|rising|increased|higher)\s+(?:(?:fasting|stimulated|serum|plasma|circulating|peak|meal-stimulated)\s+)*c-?peptide\b",
        r"\b(?:produc\w+|mak\w+|secret\w+)\s+(?:some\s+(?:of\s+)?|a\s+little\s+(?:of\s+)?)?(?:their|his|her)\s+own\s+insulin\b",
        r"\b(?:produc\w+|mak\w+|secret\w+)\s+(?:a\s+small\s+amount|small\s+amounts|a\s+little|some)\s+of\s+insulin\b",
        r"\bc-?peptide\s+(?:levels?\s+)?(?:reaching\s+(?:at\s+least\s+)?|exceeding\s+|at\s+or\s+above|of\s+at\s+least|above|≥|>=?)\s*\d+(?:\.\d+)?\s*(?:nmol|pmol|ng)",
        r"\b(?:has|have|had)\s+(?:still\s+|also\s+)?c-?peptide\s+(?:at|after)\b", r"\bc-?peptide\s+(?:is\s+|was\s+)?still\s+there\b",
        r"\b(?:improvements?|increases?|rises?)\s+in\s+(?:[\w,]+\s+){0,6}?(?:(?:serum|fasting|stimulated|plasma)\s+)?c-?peptide\b",
        r"\binsulin secretion\b[^.;]{0,60}?\b(?:increased|improved|restored|preserved|detected|recovered|rose|higher|maintained|sustained)\b",
        r"\b(?:increase|rise|improvement)s?\s+in\s+(?:the\s+)?(?:production|secretion)\s+of\s+(?:\w+\s+)?insulin\b", r"\b(?:persistent|sustained|continued|ongoing)\s+(?:islet|graft)\s+function\b", r"\b(?:had|have|has|with|retained|maintained|kept)\s+(?:a\s+)?(?:functioning|functional|working)\s+(?:islet\s+)?grafts?\b",
        r"\b(?:porcine|pig)\s+insulin\s+in\s+(?:their|his|her|the)\s+(?:blood|serum|sera)", r"\b(?:consistent|stable|persistent|sustained|measurable)\s+levels\s+of\s+(?:circulating\s+)?c-?peptide",
        r"\binsulin secretion from (?:the\s+)?(?:\w+\s+)?(?:cells|implants?|grafts?|islets)\b|\b(?:meal|glucose)[- ](?:regulated|responsive|stimulated|dependent)\s+insulin (?:secretion|release|production)\b",
        r"\b(?:turned|became|were|was)\s+(?:\w+\s+)?positive\s+for\s+(?:\w+\s+)?c-?peptide", r"\bability to (?:make|produce|secrete) (?:\w+\s+)?insulin\b",
        r"\b(?:increased|improved|restored|preserved|recovered|sustained|restoration of|recovery of|preservation of)\s+(?:\w+\s+){0,3}?(?:insulin secretion|islet function|beta[- ]cell function|β[- ]cell function)\b",
        r"\b(?:islet|graft)s?\s+(?:function|functioning)\b(?:[^.;]{0,40}?\b(?:restored|preserved|maintained|sustained|detected|demonstrated|confirmed))",
        r"\bc-?peptide\s*(?:levels?\s*)?(?:≥|>|>=|above|over|of at least)\s*\d",
        r"\bgraft survival\b(?=[^.;]{0,60}c-?peptide)|\b(?:produc|creat)\w*\s+(?:self-?insulin|(?:\w+\s+)?insulin\s+(?:on (?:her|his|their|its) own|by (?:her|him|them|it)sel(?:f|ves)))",
        r"(?:detect\w*|measurable|produc\w*|kept|had|rise[sn]?|increases?|increased|restor\w*|improv\w*|preserv\w*|elevat\w*|enhanc\w*|recover\w*|with)\s+(?:(?:in|of)\s+)?(?:\w+[\s-]+){0,4}?c-?peptide",
        # beta-cell function a patient still has: "still had some beta-cell function left after nine years"
        # (not who may enrol: "adults who still have some beta-cell function", "... left at screening")
        r"(?<!\bwho )(?<!\bthat )\bstill\s+(?:had|has|have|retain\w*|show\w*|maintain\w*)\s+(?:some\s+|residual\s+|measurable\s+|partial\s+)?(?:beta|β)[- ]?cells?\s+function\b"
        r"(?=[^.;]{0,40}\b(?:after|at)\s+(?:\w+\s+){0,2}(?:years?|months?|weeks?|decades?|year|month|week|day)\b)",
        r"\b(?:improv|preserv|restor|maint)\w*\s+(?:(?:the|their|his|her|islet|residual|endogenous)\s+)*(?:beta|β)[\s-]?cells?\s+function",
        r"\b(?:beta|β)[\s-]?cells?\s+function\s+(?:was\s+|were\s+|is\s+)?(?:improved|preserved|restored|maintained|increased)",
        r"\b(?:cells?|islets?|grafts?|implants?|transplants?)\b(?=[^.;]*\b(?:patients?|recipients?|participants?|her|his|him|their)\b)[^.;]{0,60}?\b(?:produced|secreted|released|made|(?:continue[sd]?|went on) to (?:produce|secrete|make|release))\s+insulin\b(?![- ](?:producing|secreting))",
        r"(?:produc\w*|mak\w*|secret\w*|releas\w*)\s+(?:(?:their|his|her|its) own |endogenous |measurable |more of (?:his|her|their) own )insulin",
        r"c-?peptide\b(?:[^.;]|\.(?=\d)){0,40}?\b(?:hold|held|holding|remained|stayed|kept) (?:steady|stable)",
        r"(?:producing|making|secreting) (?:measurable |endogenous )?insulin\b", r"\bproduc\w*\s+insulin\s+(?:naturally|by (?:him|her|them)sel(?:f|ves))\b", r"insulin production", r"graft function",
        r"\b(?:cells?|islets?|grafts?)\s+(?:have\s+)?(?:continued|continue|went on)\s+to\s+(?:produce|secrete|make|release)\s+insulin\b",
        r"\b(?:pig|porcine|human|donor)?\s*insulin\s+(?:was|were|could be|is|are)\s+(?:still\s+)?(?:detected|detectable|measurable|found)\s+in\b",
        r"\bproduction of (?:their |his |her |its )?(?:own |endogenous )insulin\b", r"\b(?:islet|graft|cell)s?\s+engraftment\s+and\s+(?:\w+\s+){0,2}function\b",
        r"insulin secretion (?:was )?(?:restored|detected|improved)",
        r"\b(?:cells|islets|grafts?|implants?)\b[^.;]{0,80}?\b(?:were|was|are|is) still (?:working|functioning|alive and functioning)\b",
        r"\b(?:secret|produc|mak|releas)\w*\s+insulin\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:cells|implants?|grafts?|islets)\b",
        r"(?:improv|increas|restor|boost|enhanc)\w*\s+(?:\w+\s+){0,3}insulin (?:secretion|production)",
        rf"c-?peptide\b(?:[^.;]|\.(?=\d)){{0,80}}?\b(?:{RISE}|{KEEP}|up from\b|better preserved)",
        rf"\b{forms('make', 'produce', 'secrete', 'release', 'generate')}\s+(?:[\w-]+\s+){{0,2}}?c-?peptide",
        r"c-?peptide\b[^.;]{0,60}?\b(?:at or above|above|no lower than|not below|back to|at least) (?:\d+\s*%\s+of\s+)?(?:its |their |the )?(?:baseline|pre-?treatment)",
        rf"{forms('lose')} less (?:of )?(?:(?:their|his|her|its) )?(?:own )?(?:insulin production|c-?peptide|beta[- ]cell function)",
        rf"c-?peptide\b[^.;]{{0,80}}?\b{FALL} (?:less|more slowly)\b")),
    ("death", _rx(r"\bsuccumbed\b", r"\blost\s+(?:\w+\s+){0,2}of\s+(?:our|the|its|their)\s+(?:[\w-]+\s+)?(?:patients|recipients|participants)\b",
                  r"\blost\s+(?:one|two|three|four|five|\d+|a)\s+(?:patient|participant|recipient)s?\b[^.;]{0,40}?\bto\b", r"\b(?:have |has |had )?died\b", r"(?<!\bafter his )(?<!\bafter her )(?<!\bsince his )(?<!\bsince her )(?<!brain )(?<!brain-)\bdeaths?\b(?! (?:was|were) (?:attributed|related|caused))", r"(?<!potentially )(?<!can be )(?<!could be )(?<!may be )(?<!be )\bfatal(?!ly)(?:it(?:y|ies))?\b", r"\bdeceased patients?", r"\ball-cause mortality\b")),
    ("adverse_event", _rx(
        # "Two participants required hospital admission for infections"
        r"\b(?:required|needed|requiring|needing)\s+(?:a\s+)?(?:hospital\s+(?:admission|stay|care|treatment)|hospitali[sz]ation|admission\s+to\s+(?:the\s+)?hospital)\b",
        # "developed shingles", "spent six days in intensive care", "a transient rise in liver enzymes"
        r"\b(?:developed|had|got|contracted|caught)\s+(?:a\s+(?:case|bout)\s+of\s+)?(?:shingles|herpes zoster|cmv|cytomegalovirus)\b",
        r"\b(?:spent|spend|spending)\s+(?:\w+\s+){0,3}in\s+intensive\s+care\b",
        r"\b(?:rise|elevation|increase|spike)\s+in\s+(?:her\s+|his\s+|their\s+)?liver\s+enzymes\b",
        r"adverse (?:events?|reactions?|effects?)", r"side[- ]effects?", r"\bcomplications?\b",
        # "A small thrombus in a branch of the portal vein was seen on ultrasound after the first infusion"
        r"\b(?:a|an)\s+(?:small\s+|minor\s+|large\s+|partial\s+)?(?:thromb\w+|blood clot|clot|ha?ematoma|abscess|bile leak)\b[^.;]{0,70}?\b(?:was|were)\s+(?:seen|found|detected|noted|observed|diagnosed)\b",
        r"\bthere (?:was|were)\s+(?:a\s+|an\s+)?(?:mild\s+|minor\s+|small\s+|some\s+)?(?:bruis\w*|ha?ematomas?|bleeding|infections?|fevers?|pain|rash|swelling)\b",
        r"\b(?:developed|had|got|contracted|caught|experienced|suffered|reported|came (?:home |back )?with|ended up with|suffered from)\s+(?:(?:a|an|painful|mild|moderate|serious|severe|transient|short-lived|\w+-related|\w+)[\s,-]+){0,5}?(?:discomfort|pneumonia|infections?|fevers?|ulcers?|sores|headaches?|bleed\w*|ha?ematoma|thrombos[ie]s|rash\w*|neutropenia|cancers?|viremia|viraemia|pain|reactions?|nausea|events?|hypertension|anaemia|anemia|bruis\w+|swelling|soreness|abscess\w*|sepsis|diarrho?ea|fatigue|seromas?|nodules|lumps)",
        r"(?:cancers?|infections?|tumou?rs?|bleeding|fevers?|rash|nausea|pain|headaches?|ha?ematomas?|reactions?|neutropenia|bruising|discomfort|seromas?|(?:adverse|related) events?)"
        r"(?:[^.;]|\.(?=\d)){0,60}(?:developed|occurred|was reported|were reported|was seen|were seen|was observed|were observed|were recorded|was recorded) (?:in|by)\b",
        r"\b(?:occurred|developed|was reported|were reported|was seen|were seen|was observed|were observed|complicated\b[^.;]{0,40}?)(?:\s+later)? in (?:\w+ )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty[\w-]*|thirty[\w-]*|forty[\w-]*) (?:other |more |further )?(?:of the \w+ )?(?:patients|participants|subjects|recipients|children|adults)",
        r"procedur\w*-related events",
        r"\b(?:gives?|gave|given)\s+(?:me|him|her|them)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:tremors?|ulcers?|rash\w*|nausea|headaches?|diarrho?ea|infections?|sores?)\b",
        r"\b(?:mild|moderate|severe|transient|serious|short-lived)\s+(?:[\w-]+\s+)?(?:anaemia|anemia|rash|fever|infections?|nausea|bleeding|bruising|headaches?|neutropenia|pneumonia|ulcers?|sepsis|reactions?)\b",
        r"\bbleeds?\b", r"bleeding", r"\b(?:ran|run|running)\s+(?:a\s+)?(?:high\s+|low[- ]grade\s+|mild\s+|brief\s+)?fevers?\b",
        # "Neutropenia, a shortage of white cells, affected five participants"
        r"\b(?:neutropenia|fevers?|infections?|rash\w*|nausea|headaches?|bruising|bleeding|ha?ematomas?|ulcers?|thrombos[ie]s|clots?|pneumonia|anaemia|anemia|"
        r"lymphopenia|leu[ck]openia|thrombocytopenia|hypertension)\b[^.;]{0,80}?\baffect(?:ed|ing)\s+(?:\w+\s+){0,2}?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty[\w-]*)\b", r"events attributed to", r"drop in kidney function", r"bald from chemotherapy", r"hair loss",
        r"\b(?:developed|suffered|sustained) (?:a|an) (?:[\w-]+ ){0,3}?(?:obstruction|perforation|injury|clot|embolism|leak|stroke|seizure|"
        r"hernia|fracture|failure|rejection|lymphoma|malignancy|tumou?r|dehiscence|(?:cystic )?mass|cyst)\b",
        r"\bdeveloped\s+(?:[\w-]+\s+){0,2}?(?:disease|disorders?|dysfunction|hypothyroidism|hyperthyroidism|diabetes insipidus|(?:underactive|overactive) thyroid|pancreatitis)\b",
        r"\b(?:decline|drop|fall|reduction)\s+(?:of\s+[^.;]{0,25}?\s+)?in\s+(?:estimated\s+)?(?:glomerular filtration|egfr|kidney function|renal function)\b",
        r"\bbecause of\s+(?:[\w-]+\s+){0,3}?(?:ulcers?|infections?|rash|side[- ]effects?|nausea|tremors?|hair loss|toxicity)\b",
        r"\b(?:had|developed|reported)\s+(?:\w+\s+){0,2}?(?:redness|itching|irritation)\b",
        r"\b(?:had|developed|showed)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:rise|increase|elevation)\s+(?:in|of)\s+(?:\w+\s+)?(?:liver enzymes|transaminases?)\b",
        r"\b(?:had|developed)\s+(?:[\w-]+\s+){0,3}?(?:lymphopenia|leu[ck]openia|thrombocytopenia|kidney problems|allergic reactions?)\b",
        r"\b(?:bled|haemorrhaged|hemorrhaged)\b", r"\b(?:abscess|infection|ha?ematoma|seroma|hernia|clot|thrombus|blood clot)\s+(?:formed|developed|appeared)\b",
        r"\b(?:developed|had|suffered)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:lipoatrophy|lipodystrophy|(?:pseudo)?aneurysm|ketoacidosis|DKA)\b",
        r"\b(?:needed|required|given)\s+(?:(?:two|three|\d+)\s+)?(?:courses?\s+of\s+antibiotics|units?\s+of\s+blood)\b",
        r"\b(?:spent|spending)\s+(?:\w+\s+){0,3}(?:days?|nights?|weeks?)\s+in\s+(?:the\s+|a\s+)?(?:hospital|intensive care|icu)\b[^.;]{0,60}\bwith\b",
        r"\b(?:cut|removed)\s+(?:out\s+)?(?:of|from)\s+(?:her|his|their)\s+(?:\w+\s+)?(?:arms?|skin|face|scalp|back|legs?|nose)\b",
        r"\b(?:a|an|two|three|several|repeated|\d+)\s+(?:[\w-]+\s+)?(?:bouts?|episodes?|cases?|attacks?)\s+of\s+(?:[\w-]+\s+){0,2}?(?:shingles|pneumonia|infection|cytomegalovirus|sepsis|rejection|pancreatitis)\b",
        r"\b(?:a|an)\s+(?:persistent|painful|troublesome|constant)\s+(?:tremor|cough|rash|headache)\b",
        # "was readmitted to hospital with", "was taken to Lakeside Children's Hospital in Dallas with", "was hospitalised with"
        r"\b(?:was|were|been)\s+(?:(?:re)?admitted|taken|rushed)\s+to\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}?(?:hospital|ward|intensive care)\b[^.;]{0,40}\bwith\b",
        r"\b(?:was|were|been)\s+(?:re)?hospitali[sz]ed\s+(?:with|for|because of)\b",
        r"\b(?:was|were|began|started|kept)\s+vomiting\b",
        r"\b(?:required|needed|requiring|needing) (?:surgery|drainage|an operation|a (?:second |further )?operation|(?:a )?(?:blood )?transfusion|"
        r"hospitali[sz]ation|intensive care|antibiotics)\b")),
    ("no_benefit", _rx(
        # "no participant had a change in insulin requirement"
        r"\bno (?:participant|patient|recipient|one) (?:has |had )?(?:a|any) (?:change|reduction|fall|decrease|improvement) in (?:their |his |her )?(?:daily )?insulin",
        # "neither HbA1c nor total daily insulin dose had improved in the cell group"
        # (the verb may stand bare: "neither the insulin dose nor HbA1c in the treated arm differed from the control arm")
        r"\bneither\s+(?:[\w-]+\s+){1,4}?nor\s+(?:[\w-]+\s+){1,8}?(?:(?:had|has|have|was|were|did)\s+(?:not\s+)?)?(?:improved?|changed?|fallen|fell|decreased|declined|differed)\b",
        # "not one of the ten participants had been able to reduce their daily insulin dose", "Neither woman has been able to ..."
        r"\b(?:none|nobody|no one|neither|not one)\b[^,;:.]{0,50}?(?:,\s*(?:however|though|so far|to date|as yet)\s*,\s*)?(?:has|have|had|was|were)\s+(?:been\s+)?able\s+to\s+(?:reduce|lower|cut|stop|come off|quit|give up)\b",
        # "did nothing to protect their remaining insulin production", "Neither man's insulin dose changed"
        r"\b(?:did|does|do)\s+nothing\s+to\s+(?:protect|preserve|slow|halt|improve|restore|help|reduce|lower|prevent)\b",
        r"\bneither\s+(?:man|woman|patient|participant|child)['’]s\s+(?:[\w-]+\s+){0,3}(?:changed|fell|dropped|improved|decreased)\b",
        r"(?<!until )(?<!before )(?<!after )(?<!when )(?<!once )\b(?:my|his|her|their|the)\s+(?:islet\s+)?(?:transplant|graft|implant)s?\s+(?:had|has|have)?\s*failed\b",  # not "free for nine years until his graft failed"
        r"(?:did|does|do) not (?:significantly |meaningfully |substantially |measurably )?(?:preserve|improve|change|differ|produce enough|restore|increase|reduce|lower|slow|halt|help|protect|prevent|work)",
        # "did not produce clinically meaningful amounts of insulin", "failed to make measurable C-peptide"
        r"(?<!that )(?<!which )(?:did|does|do) not (?:produce|make|secrete|release)\s+(?:any\s+)?(?:clinically\s+)?(?:meaningful|measurable|detectable|significant|useful|relevant|sufficient)\s+(?:amounts?\s+of\s+|levels?\s+of\s+)?(?:insulin|c-?peptide)\b",
        # "C-peptide at month six was no higher than in the sham-surgery group": the treated arm did no better
        r"\bno (?:higher|better|greater|different)\s+than\s+(?:in\s+|with\s+|for\s+|among\s+)?(?:the\s+)?(?:sham|placebo|control|saline|untreated)\b",
        r"(?:has|have|had) not (?:changed|improved)", r"\b(?:nobody's|no one's|no patient's|no participant's)\s+(?:[\w-]+\s+){0,3}(?:changed|fell|dropped|improved|decreased)\b", r"\b(?:did not|didn't|does not|doesn't|failed to) benefit\b(?! from)", r"\b(?:has|have|had)(?: not|n't) (?:lowered|reduced|cut|decreased)\s+(?:their|his|her|the)\s+(?:daily\s+)?insulin\b",
        r"\binsulin (?:requirements?|needs?|doses?|use)\s+(?:did|do|does|have|has)\s+not\s+(?:drop|fall|fallen|dropped|decrease|decreased|change|changed)\b", r"fail(?:s|ed)? to (?:preserve|improve|restore|reduce|halt|slow|benefit)",
        r"\bfail(?:s|ed)? to (?:achieve|reach|attain|become|regain|gain)\b[^.;]{0,40}(?:insulin|c-?peptide|a1c|glyc)",
        # the same said with a negation: "five participants did not achieve any insulin independence"
        r"\b(?:did|do|does|has|have|had)(?:n't| not| never)\s+(?:achieve|reach|attain|regain|gain)\w*\s+(?:any\s+)?(?:(?:period|degree|time)\s+of\s+)?"
        r"(?:insulin[- ]independence|independence from insulin|insulin[- ]free\w*|detectable c-?peptide)",
        r"\bno (?:statistically )?(?:significant |meaningful |relevant |clinical(?:ly)? )?(?:changes?|differences?|improvements?|benefits?|increases?|rises?|elevations?|reductions?)\b",
        r"\bnot (?:showing|show|shown|demonstrat\w+) (?:any )?(?:meaningful |significant )?(?:increases?|improvements?|rises?|changes?) in (?:\w+\s+){0,2}c-?peptide",
        r"\b(?:did|does|do) not have (?:any )?(?:clinical|meaningful|significant|relevant) (?:effects?|benefits?)\b|\babsence of (?:any )?(?:relevant |meaningful )?clinical effects?\b",
        r"\bfail\w* to reach (?:statistical )?significance\b", r"\bdifference (?:was |were )?not (?:statistically )?significant\b",
        r"(?:was|were|remained|is|are|remains|stayed) (?:\w+ )?(?:unchanged|not (?:significantly )?different)", r"none of the \w+ had (?:detectable |measurable )?c-?peptide", r"(?<!\bwho )\b(?:showed|shows|show|had|has|found)\s+no\s+(?:detectable\s+|measurable\s+|stimulated\s+|fasting\s+)*c-?peptide\b(?![^.;]{0,25}\b(?:at baseline|at entry|at enrol|before|prior to))",
        r"none of (?:the|its|their|these|those) \w+ (?:\w+ )?(?:(?:has|have|had) )?(?:produced|made|had|showed|shown|achieved|reached|became|regained|secreted)\b[^.;:]{0,60}(?:insulin|c-?peptide)",
        r"\bnone of (?:the|its|their)?\s*(?:\w+ ){1,3}(?:has|have|had)\s+(?:yet\s+)?been able to (?:lower|reduce|cut|stop|come off)\b",
        r"\bnone of (?:the )?(?:\w+ ){1,2}(?:adults|patients|participants|children|recipients)\b[^.;]{0,40}\bhad\s+(?:a|any)\s+(?:\w+\s+)?(?:fall|drop|reduction|decrease|change)\s+in\s+(?:\w+\s+)?insulin",
        r"none of the \w+ (?:was|were) able to (?:lower|reduce|cut|stop|come off)\b",
        r"\bnobody'?s\s+(?:insulin\s+)?(?:dose|needs?|requirements?)\s+(?:changed|fell|dropped|went down)\b",
        r"\bin none of (?:the|its|their|these|those)\s+(?:\w+\s+)?(?:patients|participants|recipients)\s+did\b", r"\bno (?:higher|greater) than\b",
        r"\b(?:stayed|remained)\s+(?:exactly\s+)?where\s+(?:it|they)\s+(?:was|were)\b",
        r"\bnone\s+(?:had|has|have)\s+(?:produced|made|shown|reduced|achieved|regained)\b",
        r"(?:made|produced|make|produce|making|producing) no (?:meaningful |measurable |detectable |significant )?(?:amounts? of )?(?:insulin|c-?peptide)",
        rf"{NEGATED}(?:\w+\s+)?{CHANGE}\b", r"\bno (?:different|better|less|lower)\b(?! (?:important|remarkable|impressive|real|valuable|significant|meaningful|dramatic)\b)", r"\b(?:not|no) (?:significantly |statistically )?different\b",
        r"\b(?:similar|comparable) (?:between|in both|across|in the two) (?:the )?(?:\w+ )?(?:groups|arms)",
        r"(?:exactly |just )?what (?:it|they) (?:was|were|had been) before\b",
        r"\bsame (?:[\w-]+ ){0,6}?as (?:before|at baseline|before (?:the|his|her|their) \w+)",
        r"\bstill (?:inject|take|need|use|require)\w* the same\b", r"(?<!half )(?<!third )(?<!quarter )\bas much insulin as (?:before|ever)\b",
        r"\b(?:stayed|remained|stays|remains|was|were|is|are) (?:\w+ )?the same\b(?! way)", r"(?<!achieved the )(?<!reached the )(?<!had the )\bsame (?:insulin|dose|doses|numbers)\b(?! (?:reduction|cut|decrease|drop|fall|independence|freedom))",
        r"\bnone (?:of (?:the|them|these|those)(?: \w+)? )?(?:needed|required|used|took|injected) (?:any )?less insulin\b",
        r"\bnot (?:one|a single (?:one|patient|participant)) (?:of (?:the|them|these|those)(?: \w+)? )?(?:is|was|has|had|were)\s+(?:been\s+)?(?:taking|needing|using|injecting|needed|used|taken)\s+less insulin\b",
        r"\b(?:in )?none of (?:the|them|these|those)(?: \w+)? did\b",
        r"\b(?:change|improvement|reduction|difference)\b[^.;]{0,80}?\b(?P<at>(?:have|has|had) not (?:yet )?seen (?:one|any))\b",
        r"\b(?:did|does|do) not show (?:any )?(?:\w+ )?(?:effect|improvement|benefit|response|alterations?|changes?)\b",
        r"\bfail\w* to (?:make|produce|secrete) (?:enough|sufficient|any|meaningful|measurable|detectable) (?:c-?peptide|insulin)",
        r"\bc-?peptide\b(?:\s+levels?)?\s+(?:stayed|remained)\s+(?:too\s+)?(?:low|undetectable|absent)\b",
        r"\b(?:were|was) not (?:significant(?:ly)?|statistically) different\b",
        r"\b(?:(?:are|were|is|was)n't|(?:are|were|is|was) not) doing (?:any )?better than (?:the )?placebo|\bno better than (?:the )?placebo\b",
        r"\bnone of (?:the|them|these|those)(?: \w+)? (?:has|have|had)\s+(?:been able to\s+)?(?:reduc|lower|cut|decreas)\w*\s+(?:\w+\s+){0,3}insulin",
        r"\bno (?:participant|patient|recipient|one) (?:has |had )?(?:reduced|lowered|cut|decreased)\s+(?:\w+\s+){0,3}insulin",
        r"\b(?:insulin|dose|doses|c-?peptide|hba1c|a1c)\b[^.;]{0,20}?\bunchanged\b")),
]

# no_benefit needs an efficacy measure in the same sentence ("did not report insulin doses" is no result).
EFFICACY_MEASURE = _rx(r"insulin", r"c-?peptide", r"hba1c", r"a1c", r"glucose", r"(?:beta|β)[- ]?cell", r"autoantibod",
                       r"glycated", r"blood sugar", r"\b(?:transplant|graft|implant)s?\s+(?:had|has|have)?\s*failed\b")
NOT_NO_BENEFIT = _rx(r"did not (?:report|name|describe|disclose|say|release|publish)", r"no (?:change|difference) in (?:the )?(?:dose|protocol)",
                     r"\bbaseline\b[^.;]{0,60}\b(?:similar|comparable|not different)", r"\b(?:has|have) not (?:yet )?(?:published|reported|released)",
                     # "was the same or had improved": nobody got worse, some got better; not a statement of no benefit
                     r"\b(?:the same|unchanged|stable|similar)\s+or\s+(?:had\s+|has\s+|have\s+)?(?:improved|better|lower|reduced|decreased)\b",
                     # "insulin independence rates remained unchanged": a benefit that held, not a measure that failed to improve
                     r"\b(?:independence|insulin[- ]free(?:dom)?|remission|graft function|c-?peptide positivity)\s+(?:\w+\s+){0,2}?(?:remained|was|were|stayed)\s+(?:\w+\s+)?(?:unchanged|stable|constant)\b")
NEGATED_EVENT = _rx(r"\bno (?:serious |severe |major |treatment-related |other |bad |significant )*(?:adverse|side|complication|death|one|reactions?|problems)",
                    r"\bneither death", r"\b(?:almost|nearly|could have|would have|might have)\s+died\b", r"\bno deaths?\b", r"no one (?:has )?died", r"without (?:any )?(?:serious )?(?:complications|side effects|adverse)",
                    r"well tolerated", r"none (?:died|had serious)", r"no (?:teratomas?|tumou?rs?)",
                    r"\bno (?:patients?|participants?|recipients?|subjects?|one) (?:\w+ )?(?:experienced|had|developed|reported|suffered)\b",
                    # "no study reported a death", "no centre recorded any infection": the denial names who would have reported it
                    r"\bno (?:stud(?:y|ies)|trials?|centres?|centers?|sites?|arms?|cohorts?) (?:\w+ )?(?:reported|recorded|observed|saw|found|had)\b",
                    r"\b(?:cured|freed|relieved|protected|spared) (?:of|from) (?:a |the |their )?(?:[\w-]+\s+){0,3}(?:complications?|side effects?)",
                    # "all had relief of pain", "pain resolved": a symptom relieved is a benefit, not a harm of the treatment
                    r"\b(?:relief|resolution|relieved|free|freedom) (?:of|from) (?:their |the |his |her )?(?:[\w-]+\s+)?(?:pain|symptoms?)\b",
                    r"\bdonors?\b[^.;]{0,25}\b(?:had )?(?:died|dead|deceased)\b|\b(?:died|deceased|dead)\s+donors?\b", r"\bdeath sentence\b",
                    r"\bmost (?:adverse events?|side effects?|complications) (?:were|was) (?:mild|moderate|minor|transient|grade|expected|related|self-limiting|short-lived)")
NAMED_HARM = _rx(r"vomiting|thromb(?:us|i)\b|blood clot|\b(?:the\s+)?only\s+(?:complication|side[- ]effect|adverse (?:event|effect))\s+(?:was|were)\b|fluid collection|collection of fluid|pneumonia|infection|fever|ulcer|\bsores?\b|headache|bleed|ha?ematoma|thrombos|rash|neutropenia|cancer|"
                 r"vir(?:a)?emia|\bpain\b|nausea|an(?:a)?emia|bruis|swelling|abscess|sepsis|diarrh|fatigue|kidney function|"
                 r"hair loss|\bbald\b|hypertension|tumou?r|lymphoma|meningitis|hepatitis|leukopenia|stroke|seizure|obstruction|"
                 r"perforation|surgery|operation|transfusion|hospitali[sz]|intensive care|antibiotics|embolism|fracture|seroma|discomfort|reactions?\b|tremor|"
                 r"shingles|dehiscence|cytomegalovirus|liver enzymes|in (?:the )?hospital\b|\bmass\b|\bcysts?\b|\b(?:thyroid|kidney|renal|liver|autoimmune|heart|lung|graft-versus-host|veno-occlusive|celiac|coeliac) disease\b|hypothyroidism|\bbled\b|units? of blood|redness|itching|\bulcers?\b|pancreatitis|thyroid|glomerular|egfr|kidney function|renal function|lymphopenia|leu[ck]openia|thrombocytopenia|kidney problems|allergic reaction")
HBA1C_CHANGE_ONLY = _rx(r"(?:mean|median|average) (?:hba1c|a1c)[^.;]{0,30}(?:fell|dropped|declined|decreased|improved) from")
