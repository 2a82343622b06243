"""Domain vocabulary: how texts say diabetes type, cells, sites, phases, hedges (outcomes: outcome_patterns.py).

Each table maps a SCHEMA value to the regular expressions that express it in
news, abstracts and registries. They are data, kept apart from the logic that
assembles claims, so a reviewer can read what the extractor recognises and the
extractor version changes whenever they do (see `RULES_REVISION`).
"""
from __future__ import annotations

import re

from .outcome_patterns import (EFFICACY_MEASURE, HBA1C_CHANGE_ONLY, NAMED_HARM, NEGATED_EVENT,  # noqa: F401
                               NOT_NO_BENEFIT, OUTCOME_TRIGGERS, OUTCOMES)

RULES_REVISION = 1

_F = re.I


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives), _F)


DIABETES_TYPES: list[tuple[str, re.Pattern[str]]] = [
    ("LADA", _rx(r"\bLADA\b", r"latent autoimmune diabetes", r"adult-onset autoimmune diabetes", r"autoimmune diabetes (?:of|in) adults")),
    ("T1D", _rx(r"\btype[\s-]*(?:1|i|one)\b(?!\s*/)(?![-\s]*(?:interferon|error|collagen))", r"\bT1DM?\b", r"\btype[\s-]*(?:1|one)s\b",
                r"(?<!non-)(?<!non )insulin[- ]dependent diabet(?:es|ics?)", r"(?<![\w-])IDDM\b", r"juvenile(?:-onset)? diabetes", r"autoimmune diabetes")),
    ("T2D", _rx(r"\btype[\s-]*(?:2|ii|two)\b(?!\s*/)", r"\bT2DM?\b", r"adult-onset diabetes",
                r"non-insulin-dependent", r"\bNIDDM\b")),
    ("other", _rx(r"(?:diabetes|diabetic)[^.;]{0,40}\b(?:after|following|from|caused by)\s+(?:a\s+|the\s+)?(?:total\s+|partial\s+)?pancreatectomy",
                  r"(?:post-?|surgical\s+)pancreatectomy diabetes|pancreatectomy-(?:induced|related) diabetes|surgical diabetes",
                  r"cystic fibrosis-related diabetes", r"monogenic diabetes",
                  r"pancreatogenic diabetes", r"type 3c")),
]

# Most specific first: the first table entry that matches a mention wins.
CELL_TYPES: list[tuple[str, re.Pattern[str]]] = [
    ("CiPSC", _rx(r"chemically[\s-]+(?:induced|reprogrammed)", r"\bCiPSCs?\b", r"reprogrammed [^.]{0,40}with (?:a cocktail of )?chemicals",
                  r"cocktail of (?:small[- ]molecule )?chemicals")),
    ("iPSC", _rx(r"induced pluripotent", r"\biPSCs?\b", r"\biPS cells?\b", r"reprogramm\w+ [^.]{0,60}\bstem cells")),
    ("ESC", _rx(r"embryonic stem", r"\bhESCs?\b", r"\bESCs?\b")),
    ("MSC", _rx(r"mesenchymal", r"\bMSCs?\b", r"wharton'?s jelly", r"stromal cells")),
    ("HSC", _rx(r"ha?ematopoietic stem", r"blood-forming stem", r"\bHSCs?\b", r"\bAHSCT\b",
                r"stem cells? to rebuild (?:his|her|their|the) immune")),
    ("other", _rx(r"cord blood", r"bone marrow mononuclear", r"mononuclear cells", r"\bBM-MNCs?\b",
                  r"multipotent stem", r"\bCB-SCs?\b", r"stem cell educator",
                  r"islets?(?: cells?)? auto-?transplant\w*", r"\bTP-?IAT\b",  # a patient's own islets, back after pancreatectomy
                  r"\b(?:pig|porcine|piglet)s?\b(?:[\w-]+\s+){0,2}?(?:islets?|cells?)\b", r"cells? from (?:newborn |neonatal |young )?(?:pigs|piglets)",
                  r"\bxeno-?transplant\w*", r"\bdiabecell\b")),  # islets from pigs
    ("donor_islets", _rx(r"(?:deceased|cadaveric|organ)[\s-]+donors?\b[^.]{0,40}\bislets?", r"donor islets?",
                         r"islets?[^.]{0,60}(?:deceased|cadaveric|organ)[\s-]*donors?", r"edmonton protocol",
                         r"\bdonislecel\b", r"\blantidra\b", r"islets? (?:were )?isolated from the pancreas",
                         r"donor pancreas")),
    ("PSC", _rx(r"pluripotent stem cell-derived", r"pluripotent stem cells?", r"\bPSC-derived")),
    ("stem_cell", _rx(r"stem[\s-]cell[\s-]derived", r"(?:grown|made|derived|manufactured) from (?:human )?stem cells",
                      r"stem[\s-]cell[\s-](?:based )?islets?", r"lab-grown islets?", r"stem cell transplant",
                      r"stem[- ]cells?")),
    # Islets with no source named are donor islets, but only when no stem-cell origin is named beside them:
    # "stem cell-derived islets infused into the liver" are stem-cell islets.
    ("donor_islets", _rx(r"islet (?:cell )?transplant", r"islets? infused", r"receiving islets", r"human islets", r"purified islets",
                         # "cells from a donated pancreas", "insulin-producing cells from donors", "islet allotransplantation"
                         r"\bdonat(?:ed|ing)\s+pancreas", r"\bdonor\s+pancreatic\s+(?:islet\s+)?cells\b",
                         r"\b(?:insulin-producing|pancreatic|islet|beta)\s+cells\s+from\s+(?:a\s+|the\s+)?(?:deceased\s+|healthy\s+|human\s+)?donors?\b",
                         r"\bislets?\b[^.;]{0,40}?\bfrom\s+(?:a\s+|the\s+)?(?:deceased\s+|healthy\s+)?donors?\b",
                         r"\bislet\s+allo-?transplant\w*", r"\ballogeneic\s+(?:pancreatic\s+)?islets?\b")),
]

#: Vague cell types and the kinds that name them more precisely ("stem cells" of a document about iPSCs).
REFINES: dict[str, tuple[str, ...]] = {"stem_cell": ("CiPSC", "iPSC", "ESC", "MSC", "HSC", "PSC"), "PSC": ("CiPSC", "iPSC", "ESC")}

AUTOLOGOUS = _rx(r"\bautologous\b", r"\bauto-?transplant\w*", r"\bTP-?IAT\b", r"from (?:his|her|their) (?:own )?(?:blood|fat|skin|cells|tissue|bone marrow|urine)", r"(?:his|her|their|the patient'?s?|patients'?|a patient'?s) own (?:\w+[\s-]+){0,3}(?:cells|blood|tissue|fat|skin|bone marrow|cord blood|stem)",
                 r"grown from (?:his|her|their) own", r"from (?:his|her|their) (?:own )?body", r"because the cells (?:were|are) (?:his|her|their) own",
                 r"cells (?:were|are) (?:his|her|their) own", r"patient'?s own", r"own (?:umbilical )?cord blood")
ALLOGENEIC = _rx(r"\ballogeneic\b", r"\bdonors?\b", r"donated", r"off-the-shelf", r"universal donor",
                 r"from another person", r"cell bank")

IMPLANT_SITES: list[tuple[str, re.Pattern[str]]] = [
    ("abdominal_rectus_sheath", _rx(r"rectus sheath", r"sheath of (?:her|his|the) abdominal muscle",
                                    r"abdominal muscle sheath")),
    ("forearm_muscle", _rx(r"forearm", r"brachioradialis")),
    ("omentum", _rx(r"\bomentum\b", r"\bomental\b")),
    ("portal_vein", _rx(r"portal vein(?!\s+(?:thrombo\w*|pressure|hypertension|bleed\w*))", r"into (?:the|his|her|their) liver", r"infused into the liver",
                        r"intra-?portal", r"transhepatic", r"liver'?s portal", r"into the liver", r"portal (?:access|infusion|route)",
                        r"into (?:the\s+)?(?:patients?|recipients?|participants?)['’]s?\s+livers?", r"into their livers",
                        r"\bintra-?hepatic(?!\s+(?:fat|lipid|insulin resistance|cholestasis))", r"\binto (?:the|a) hepatic (?:portal )?vein",
                        r"\binto (?:an?|the|each) (?:[\w-]+\s+){0,2}?(?:patient|recipient|person|participant)['’]s\s+liver\b",
                        r"\b(?:blood vessel|vein) (?:that (?:feeds|leads to|supplies|drains into)|(?:leading|going) (?:in)?to) (?:the |his |her |their |[A-Z]\w+['’]s )?liver\b")),
    ("subcutaneous", _rx(r"subcutaneous", r"under the skin", r"beneath the skin")),
    ("other", _rx(r"intravenous", r"into a (?:peripheral )?vein", r"infused (?:back )?into (?:a|the) vein", r"\binfusions? of (?:umbilical|cells|\w+ cells)", r"\bIV\b infusion", r"\bdrip\b",
                  r"pancreatic artery", r"pancreaticoduodenal artery", r"intra-arterial", r"abdominal muscles?\b(?!\s+sheath)", r"kidney capsule", r"intramuscular(?!.*forearm)",
                  r"bone marrow cavity", r"intrapancreatic", r"\bintra-?(?:BM|bone[- ]marrow)\b", r"\binto (?:the|their|his|her) abdom(?:en|ens|inal cavity)\b",
                  r"\b(?:injected|infused|implanted|placed|put) (?:\w+ ){0,3}?into (?:the|his|her|their) pancreas\b", r"\bstomach muscles?\b")),
]

IMMUNO_FALSE = _rx(r"(?:no|without|not (?:given|take|taking|need|needed|require|receive)\w* any|not (?:given|take|taking|receive)\w*|none of whom took|did not take|do not take|took no|needed no|has not needed any|not needed any)\s+(?:\w+[\s-]+){0,2}(?:immunosuppress\w*|immune[\s-]suppress\w*|anti-rejection|immune drugs)",
                   r"without immun\w+", r"immunosuppression-free", r"no (?:risk of )?rejection drugs",
                   r"escape immune attack without", r"without (?:the need for )?(?:immunosuppress|immune[- ]suppress)",
                   r"no immunosuppressive", r"evade rejection",
                   r"(?:eliminat|remov|avoid|obviat|spar|spare|end)\w*\s+(?:(?:the|any)\s+)?need\s+(?:for|of)\s+(?:[\w-]+\s+){0,2}(?:immunosuppress\w*|immune[\s-]suppress\w*|anti-?rejection)",
                   r"none of (?:the \w+|them|whom) (?:took|received|needed|required|was given|were given|used) (?:any )?(?:immunosuppress|immune[\s-]suppress|anti-rejection)")
IMMUNO_TRUE = _rx(r"immunosuppress\w*", r"immune[\s-]suppress\w*", r"anti-?rejection", r"chemotherapy",
                  r"antithymocyte", r"t-cell-depleting", r"sirolimus", r"tacrolimus", r"\bATG\b", r"alemtuzumab",
                  r"basiliximab", r"daclizumab", r"mycophenol\w*", r"cyclosporin\w*", r"ciclosporin", r"thymoglobulin",
                  r"belatacept", r"cyclophosphamide", r"immunoablat\w*", r"immune[\s-]system[\s-]suppress\w*",
                  r"suppress\w*\s+(?:the|their|his|her|its)\s+immune\s+systems?",
                  r"(?:drugs|medications?|medicines?)\b[^.;]{0,30}\bto prevent (?:immune\s+)?rejection",
                  # "requires long-term medication to stop the immune system from rejecting the cells"
                  r"(?:drugs|medications?|medicines?)\b[^.;]{0,30}\bto (?:stop|keep|prevent) (?:the\s+|their\s+|his\s+|her\s+)?(?:body|immune\s+system)\s+(?:from\s+)?reject\w*")

PHASES = re.compile(r"\bphase[\s-]*(?P<a>1|2|3|4|i{1,3}|iv|one|two|three|four)[ab]?(?:\s*(?:/+|[-–—]|and|to|(?<=one|two)\s(?=two|three))\s*(?:phase[\s-]*)?(?P<b>1|2|3|4|i{1,3}|iv|one|two|three|four)[ab]?)?(?:\s*/\s*(?:phase[\s-]*)?(?P<c>1|2|3|4|i{1,3}|iv))?\b", _F)
PHASE_NUM = {"1": 1, "i": 1, "one": 1, "2": 2, "ii": 2, "two": 2, "3": 3, "iii": 3, "three": 3, "4": 4, "iv": 4, "four": 4}

# Lower-case substrings one of which every pattern of a label needs: a cheap `in` test spares
# the regex engine on the many sentences that name no such term.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "LADA": ("lada", "latent autoimmune", "autoimmune diabetes"), "T1D": ("type", "t1d", "insulin-dependent", "insulin dependent", "iddm", "juvenile", "autoimmune diabetes"),
    "T2D": ("type", "t2d", "adult-onset", "non-insulin", "niddm"), "CiPSC": ("chemical", "cipsc"),
    "iPSC": ("pluripotent", "ipsc", "ips cell", "reprogramm"), "ESC": ("embryonic", "esc"),
    "MSC": ("mesenchymal", "msc", "wharton", "stromal"), "HSC": ("ematopoietic", "blood-forming", "hsc", "rebuild"),
    "donor_islets": ("donor", "donat", "cadaveric", "edmonton", "donislecel", "lantidra", "islet"),
    "PSC": ("pluripotent", "psc"), "stem_cell": ("stem", "lab-grown"),
    "abdominal_rectus_sheath": ("sheath",), "forearm_muscle": ("forearm", "brachioradialis"), "omentum": ("oment",),
    "portal_vein": ("portal", "liver", "hepatic"), "subcutaneous": ("subcutaneous", "skin"),
    **OUTCOME_TRIGGERS,
}

# "may", but not the month ("treated in May 2024", "on May 14")
HEDGES = _rx(r"\bmay\b(?!\s+\d{1,4}\b)(?<!\bin may)(?<!\bsince may)(?<!\bof may)(?<!\buntil may)(?<!\blast may)(?<!\bnext may)", r"\bmight\b", r"\bappear(?:s|ed)? to\b", r"\bsuggest(?:s|ed|ing)?\b", r"\bpossibly\b",
             r"\bseem(?:s|ed)? to\b", r"\bapparently\b", r"\bprobably\b", r"\bpotentially\b")
# One alternation behind a single word boundary: the regex engine tries one branch per position, not twenty.
FORWARD = _rx(r"\b(?:could\b(?<!told he could)(?<!told she could)(?<!told they could)|would(?:-be)?\b|will\b|can\b|should\b|"
              r"hop(?:es?|ing) (?:to|of|for|that)\b|await\w*\b|expect(?:s|ing)?\b|expected to\b|(?:was|were|is|are|been) (?:ever |never |not )?expected\b|plans? to\b|aim(?:s|ed|ing)? (?:to|for|at)\b|designed to\b|meant to\b|intended to\b|whether\b|if\b|"
              r"(?<!reached the )(?<!achieved the )(?<!met the )(?<!HbA1c )(?<!hba1c )(?<!A1c )(?<!A1C )(?<!glycaemic )(?<!glycemic )(?<!treatment )goal\b|potential\b|one day\b|once\b|unless\b|won't\b|reason to\b|imagine\b|suppose\b|hypothetical|"
              r"primary end ?point\b(?:\s+(?:in|of|for)\s+(?:\w+\s+){1,3}?)?\s*(?:is|was|will be)\b(?! (?:met|reached|achieved))|primary outcome\b|eligib|inclusion criteri)")
ANIMALS = _rx(r"\bmice\b", r"\bmouse\b", r"\brats?\b", r"\brodents?\b", r"\banimals?\b", r"\bprimates?\b", r"\bmonkeys?\b",
              r"\bpigs?\b(?!['’]?s?\s+(?:islets?|islet cells|cells|insulin|c-?peptide|pancrea\w*|tissue)\b)", r"\bdogs?\b", r"\bmurine\b", r"\bin vitro\b", r"\bzebrafish\b",
              r"\bbaboons?\b", r"\bmacaques?\b", r"\bhamsters?\b",
              # results outside any patient: "in a lab test", "in a culture dish", "in the preclinical study", "in a simulation"
              r"\bin (?:a |the )?(?:lab|laboratory) (?:tests?|dish(?:es)?|experiments?|studies|study)\b", r"\b(?:culture|petri) dish(?:es)?\b", r"\bin (?:cell )?culture\b",
              r"\bin (?:the |a |its )?pre-?clinical (?:stud(?:y|ies)|models?|experiments?|work|testing|data)\b", r"\bin (?:a |the )?simulations?\b",
              r"\bvirtual patients\b", r"\bin silico\b")
ANECDOTE = _rx(r"\btestimonials?\b", r"\bmy (?:husband|wife|son|daughter|brother|sister|mother|father|mum|mom|dad|child|kid|partner|friend|boyfriend|girlfriend|aunt|uncle|cousin|grand\w+|"
               r"neighbou?r|co-?worker|colleague|boss|niece|nephew|fianc\w+|in-laws?|relatives?|roommate|flatmate|classmate|buddy|mate|pal)\b",
               # hearsay and a clinic's story box: "a friend of mine", "a guy I know", "Success stories:"
               r"\ba (?:friend|guy|man|woman|lady|girl|colleague|neighbou?r) (?:of mine|i know)\b", r"\bsomeone i know\b",
               r"\bsuccess stor(?:y|ies)\s*:")
CONTROL_ARM = _rx(r"\bon placebo\b", r"\bplacebo (?:arm|group)\b", r"\bcontrol (?:arm|group)\b", r"\bin the placebo\b",
                  r"\breceived placebo\b", r"\buntreated\b", r"\bsham\b",
                  r"\b(?:saline|vehicle|standard[- ](?:of[- ])?care|usual[- ]care|conventional[- ](?:therapy|treatment)|comparator)\s+(?:arm|group|cohort)s?\b")
PER_DEVICE = _rx(r"\b(?:units?|devices?|pouches?|infusions?|capsules?|grafts? explanted|biopsies|samples?|cell lines?|implants? (?:examined|removed))\b")
MEASURE_DEFINITION = _rx(r"^\s*(?:\d+\.\s*|primary:\s*|secondary:\s*)?(?:proportion|number|incidence|percentage|change|rate) (?:of|in)\b", r"\[time frame",
                         r"^\W*(?:primary|secondary|key|other|exploratory)\s+(?:outcomes?|end ?points?|measures?)\s*(?:include|were|are|:|—|-)",
                         r"\b(?:these|the|its|study|trial)\s+(?:primary\s+|secondary\s+)?(?:end ?points?|outcome measures?)\s+(?:include|included|will include)\b",
                         # "a registration study with a combined endpoint of reduction in hypoglycaemia with no increase in HbA1c"
                         r"\ban?\s+(?:combined|composite|co-?primary|primary|secondary|main)\s+end ?point\s+of\b",
                         # "Outcomes included graft survival, HbA1c < 7% and insulin independence": what was counted, not what was found
                         r"^\W*(?:the\s+|study\s+|trial\s+)?(?:(?:primary|secondary|main|key|clinical|efficacy|safety)\s+)?"
                         r"(?:outcomes?|end ?points?|outcome measures?)\s+(?:included|include|comprised|consisted of)\b")
RELAPSE = _rx(r"went back on insulin", r"back on insulin", r"resumed (?:their |his |her )?insulin", r"returned to insulin", r"relapsed",
              r"lost (?:their |his |her |its |all )?(?:islet |graft |beta[- ]cell )*function")

HYPE_RE = re.compile(r"(?<![\w-])(cure|cured|breakthrough|revolutionary|miracle|reverse|reversed|reversing|game-changer|landmark|first-ever|unprecedented)(?![\w-])", re.I)

REGISTRY_RE = re.compile(r"\b(NCT\d{8})\b|\b(ChiCTR[-A-Z]*\d{6,})\b|\b(ISRCTN\d{6,})\b|\b(?:EudraCT[^0-9]{0,20})?(\d{4}-\d{6}-\d{2})\b", re.I)
