"""Domain vocabulary: how texts say diabetes type, cells, sites, outcomes, hedges.

Each table maps a SCHEMA value to the regular expressions that express it in
news, abstracts and registries. They are data, kept apart from the logic that
assembles claims, so a reviewer can read what the extractor recognises and the
extractor version changes whenever they do (see `RULES_REVISION`).
"""
from __future__ import annotations

import re

RULES_REVISION = 1

_F = re.I


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives), _F)


DIABETES_TYPES: list[tuple[str, re.Pattern[str]]] = [
    ("LADA", _rx(r"\bLADA\b", r"latent autoimmune diabetes")),
    ("T1D", _rx(r"\btype[\s-]*(?:1|i|one)\b(?!\s*/)(?![-\s]*(?:interferon|error|collagen))", r"\bT1DM?\b",
                r"insulin-dependent diabetes", r"juvenile(?:-onset)? diabetes", r"autoimmune diabetes")),
    ("T2D", _rx(r"\btype[\s-]*(?:2|ii|two)\b(?!\s*/)", r"\bT2DM?\b", r"adult-onset diabetes",
                r"non-insulin-dependent")),
    ("other", _rx(r"pancreatectomy", r"cystic fibrosis-related diabetes", r"monogenic diabetes",
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
                  r"multipotent stem", r"\bCB-SCs?\b")),
    ("donor_islets", _rx(r"(?:deceased|cadaveric|organ)[\s-]+donors?\b[^.]{0,40}\bislets?", r"donor islets?",
                         r"islets?[^.]{0,60}(?:deceased|cadaveric|organ)[\s-]*donors?", r"edmonton protocol",
                         r"\bdonislecel\b", r"\blantidra\b", r"islets? (?:were )?isolated from the pancreas",
                         r"donor pancreas", r"islet (?:cell )?transplant", r"islets? infused", r"receiving islets",
                         r"human islets", r"purified islets")),
    ("PSC", _rx(r"pluripotent stem cell-derived", r"pluripotent stem cells?", r"\bPSC-derived")),
    ("stem_cell", _rx(r"stem[\s-]cell[\s-]derived", r"(?:grown|made|derived|manufactured) from (?:human )?stem cells",
                      r"stem[\s-]cell[\s-](?:based )?islets?", r"lab-grown islets?", r"stem cell transplant",
                      r"stem[- ]cells?")),
]

AUTOLOGOUS = _rx(r"\bautologous\b", r"from (?:his|her|their) (?:own )?(?:blood|fat|skin|cells|tissue|bone marrow|urine)", r"(?:his|her|their|the patient'?s?|patients'?|a patient'?s) own (?:\w+[\s-]+){0,3}(?:cells|blood|tissue|fat|skin|bone marrow|cord blood|stem)",
                 r"grown from (?:his|her|their) own", r"from (?:his|her|their) (?:own )?body", r"because the cells (?:were|are) (?:his|her|their) own",
                 r"cells (?:were|are) (?:his|her|their) own", r"patient'?s own", r"own (?:umbilical )?cord blood")
ALLOGENEIC = _rx(r"\ballogeneic\b", r"\bdonors?\b", r"donated", r"off-the-shelf", r"universal donor",
                 r"from another person", r"cell bank")

IMPLANT_SITES: list[tuple[str, re.Pattern[str]]] = [
    ("abdominal_rectus_sheath", _rx(r"rectus sheath", r"sheath of (?:her|his|the) abdominal muscle",
                                    r"abdominal muscle sheath")),
    ("forearm_muscle", _rx(r"forearm", r"brachioradialis")),
    ("omentum", _rx(r"\bomentum\b", r"\bomental\b")),
    ("portal_vein", _rx(r"portal vein", r"into (?:the|his|her|their) liver", r"infused into the liver",
                        r"intraportal", r"transhepatic", r"liver'?s portal", r"into the liver")),
    ("subcutaneous", _rx(r"subcutaneous", r"under the skin", r"beneath the skin")),
    ("other", _rx(r"intravenous", r"into a (?:peripheral )?vein", r"infused (?:back )?into (?:a|the) vein", r"\binfusions? of (?:umbilical|cells|\w+ cells)", r"\bIV\b infusion", r"\bdrip\b",
                  r"pancreatic artery", r"intra-arterial", r"kidney capsule", r"intramuscular(?!.*forearm)",
                  r"bone marrow cavity", r"intrapancreatic")),
]

IMMUNO_FALSE = _rx(r"(?:no|without|not (?:given|take|taking|need|needed|require|receive)\w* any|not (?:given|take|taking|receive)\w*|none of whom took|did not take|do not take|took no|needed no|has not needed any|not needed any)\s+(?:\w+[\s-]+){0,2}(?:immunosuppress\w*|immune[\s-]suppress\w*|anti-rejection|immune drugs)",
                   r"without immun\w+", r"immunosuppression-free", r"no (?:risk of )?rejection drugs",
                   r"escape immune attack without", r"without (?:the need for )?(?:immunosuppress|immune[- ]suppress)",
                   r"no immunosuppressive", r"evade rejection",
                   r"none of (?:the \w+|them|whom) (?:took|received|needed|required|was given|were given|used) (?:any )?(?:immunosuppress|immune[\s-]suppress|anti-rejection)")
IMMUNO_TRUE = _rx(r"immunosuppress\w*", r"immune[\s-]suppress\w*", r"anti-?rejection", r"chemotherapy",
                  r"antithymocyte", r"t-cell-depleting", r"sirolimus", r"tacrolimus", r"\bATG\b", r"alemtuzumab",
                  r"basiliximab", r"daclizumab", r"mycophenol\w*", r"cyclosporin\w*", r"ciclosporin", r"thymoglobulin",
                  r"belatacept", r"cyclophosphamide", r"immunoablat\w*")

PHASES = re.compile(r"\bphase[\s-]*(?P<a>1|2|3|4|i{1,3}|iv|one|two|three|four)[ab]?(?:\s*(?:/|-|and|to)\s*(?:phase[\s-]*)?(?P<b>1|2|3|4|i{1,3}|iv|one|two|three|four)[ab]?)?(?:\s*/\s*(?:phase[\s-]*)?(?P<c>1|2|3|4|i{1,3}|iv))?\b", _F)
PHASE_NUM = {"1": 1, "i": 1, "one": 1, "2": 2, "ii": 2, "two": 2, "3": 3, "iii": 3, "three": 3, "4": 4, "iv": 4, "four": 4}

# Lower-case substrings one of which every pattern of a label needs: a cheap `in` test spares
# the regex engine on the many sentences that name no such term.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "LADA": ("lada", "latent autoimmune"), "T1D": ("type", "t1d", "insulin-dependent", "juvenile", "autoimmune diabetes"),
    "T2D": ("type", "t2d", "adult-onset", "non-insulin"), "CiPSC": ("chemical", "cipsc"),
    "iPSC": ("pluripotent", "ipsc", "ips cell", "reprogramm"), "ESC": ("embryonic", "esc"),
    "MSC": ("mesenchymal", "msc", "wharton", "stromal"), "HSC": ("ematopoietic", "blood-forming", "hsc", "rebuild"),
    "donor_islets": ("donor", "cadaveric", "edmonton", "donislecel", "lantidra", "islet"),
    "PSC": ("pluripotent", "psc"), "stem_cell": ("stem", "lab-grown"),
    "abdominal_rectus_sheath": ("sheath",), "forearm_muscle": ("forearm", "brachioradialis"), "omentum": ("oment",),
    "portal_vein": ("portal", "liver", "transhepatic"), "subcutaneous": ("subcutaneous", "skin"),
    "medication_free": ("medic", "drug", "tablet", "pill", "treatment"),
    "insulin_independence": ("insulin", "injection", "without it", "none"), "insulin_reduction": ("insulin",),
    "hba1c_target": ("a1c", "glycated", "glycosylated"), "hypoglycemia_free": ("hypo", "low"),
    "time_in_range": ("range", "of the time"), "c_peptide": ("peptide", "insulin", "graft function"),
    "death": ("died", "death", "fatal", "deceased"),
    "no_benefit": ("not", "fail", "no ", "unchanged", "none", "differ", "same"),
    "adverse_event": ("adverse", "side", "complication", "pneumonia", "infection", "fever", "ulcer", "sore", "headache",
                      "bleed", "hematoma", "haematoma", "thrombos", "rash", "neutropenia", "cancer", "viremia", "viraemia",
                      "pain", "reaction", "nausea", "event", "hypertension", "anaemia", "anemia", "bruis", "swelling",
                      "abscess", "tumo", "kidney function", "bald", "hair loss", "occurred", "seen in", "observed in",
                      "reported in", "recorded in", "developed in", "sepsis", "diarrh", "fatigue"),
}


OUTCOMES: list[tuple[str, re.Pattern[str]]] = [
    ("medication_free", _rx(
        r"no longer (?:needs?|needed|takes?|took|requires?|required|uses?|used) insulin or (?:any )?(?:other |oral )?(?:[\w-]+ ){0,2}(?:medicines?|medications?|drugs?|tablets?|pills?)",
        r"(?:no|any) (?:diabetes )?medication of any kind", r"off all (?:diabetes )?(?:drugs|medications?|medicines?)",
        r"(?:needed|needs|required|requires|taking|takes) no (?:diabetes )?(?:medication|medicine|drugs)",
        r"medication[- ]free", r"free (?:of|from) all (?:diabetes )?(?:drugs|medications?|medicines?|treatment)",
        r"off (?:every|all|any) (?:\w+ )?(?:diabetes )?(?:drugs?|medications?|medicines?)",
        r"off insulin and (?:all |any |every )?(?:\w+ )?(?:tablets|pills|drugs|medications?|medicines?)", r"no diabetes (?:medication|medicine|drugs?)(?: at all| whatsoever)")),
    ("insulin_independence", _rx(
        r"insulin[- ]independen(?:t|ce)", r"insulin[- ]free", r"free (?:of|from) insulin", r"freedom from insulin",
        r"\b(?:stop(?:ped|s|ping)?|quit(?:s|ting)?|ditch(?:ed|es|ing)?|c[oa]me off|coming off|discontinu\w+|withdr[ae]w\w*)\s+(?:(?:injecting|taking|using|needing|all|their|his|her|daily)\s+){0,3}(?:exogenous |injected |insulin)(?:insulin)?",
        r"\boff (?:all )?(?:exogenous )?insulin\b", r"\bstill off it\b",
        r"without (?:(?:a single|any|daily|injecting|taking|needing|using)\s+)*insulin",
        r"no longer (?:(?:need|needs|needed|use|uses|used|requires?|required|takes?|took|injects?|injected)\s+)(?:\w+\s+){0,2}insulin",
        r"(?:has|have|had) not (?:injected|needed|used|taken|required) (?:any )?insulin",
        r"not needed (?:any )?insulin", r"(?:able|allowed) to stop (?:\w+\s+){0,2}insulin",
        r"(?:need|needs|needed|require[ds]?) no (?:more )?insulin", r"(?:stayed|remained|remain|stay) off insulin",
        r"(?:did|do|does|has|have|had) not (?:need|needed|require|required|use|used|take|taken) (?:any )?(?:exogenous |injected )?insulin",
        r"\b(?:stop\w*|quit\w*|discontinu\w+)\s+(?:\w+\s+){0,2}(?:insulin )?injections\b(?=[^.]*\binsulin\b|)(?<=\w)",
        r"(?:went|gone|go|been)\s+(?:\w+\s+){0,4}without (?:it|injections)\b", r"still need(?:ed|s)? none\b")),
    ("insulin_reduction", _rx(
        r"(?:reduc|lower|cut|decreas|halv|lessen)\w*\s+(?:\w+\s+){0,5}?insulin\s+(?:dose|doses|use|usage|requirements?|needs?|intake|units)",
        r"insulin (?:dose|doses|use|usage|requirements?|needs?)\s+(?:\w+\s+){0,3}?(?:down|fell|fallen|dropped|decreased|declined|reduced|lower)",
        r"reduced or (?:eliminated|stopped)",
        r"(?:reduc|lower|cut|decreas|halv)\w*\s+(?:(?:his|her|their|its|the|daily|total|exogenous|injected|basal|mealtime)\s+){0,3}insulin\b(?! (?:resistance|sensitivity|secretion|production))",
        r"insulin dose (?:was )?(?:down|halved)", r"less insulin", r"fewer insulin",
        r"insulin (?:dose|doses|requirements?|needs?)(?:[^.;]|\.(?=\d)){0,40}below baseline",
        r"used to (?:inject|take|need|use)\w*[^.]{0,40}insulin[^.]{0,60}\bnow\b")),
    ("hba1c_target", _rx(
        r"(?:hba1c|a1c|glycated ha?emoglobin|glycosylated ha?emoglobin)\b(?:[^.;]|\.(?=\d)){0,80}?(?:below|under|less than|lower than|<|≤|<=)\s*(?:the\s+)?(?:7|6\.5)(?:\.0)?\s*(?:%|per ?cent|percent)",
        r"(?:hba1c|a1c|glycated ha?emoglobin)[^;]{0,80}?(?:within|in|inside) the (?:normal|target|non-diabetic) range",
        r"(?:within|in) the normal range(?:[^.;]|\.(?=\d)){0,40}(?:hba1c|a1c|glycated)",
        r"(?:hba1c|a1c|glycated ha?emoglobin)\b(?:[^.;]|\.(?=\d)){0,40}\b(?:target|goal)\b")),
    ("hypoglycemia_free", _rx(
        r"(?:free of|no|without|freedom from|free from|zero)\s+(?:\w+\s+){0,3}?(?:severe |serious )?(?:hypoglyc(?:a)?emi\w*|hypos\b)(?!\s+unaware)",
        r"none of the \w+ (?:had|experienced) (?:a |any )?(?:further |new )?(?:episodes?|events?) of (?:severe )?hypoglyc",
        r"none of (?:the \w+|them|these|those) (?:has |have )?(?:had|experienced) (?:a |any )?(?:further |new )?(?:severe |serious )?(?:hypoglyc\w*|hypos?\b|lows?\b)",
        r"(?:eliminat|abolish|resolv)\w* (?:\w+ ){0,2}(?:severe )?hypoglyc",
        r"hypoglyc\w*(?: \w+){0,3} (?:was|were|had been) (?:abolished|eliminated|resolved|prevented|absent)",
        r"(?:not had|no|without|never had) (?:a single |any |one )?(?:severe |serious )(?:lows?|hypos?)\b")),
    ("time_in_range", _rx(r"time in (?:the )?(?:target |glucose )?range", r"in (?:the )?(?:healthy|normal|target) range(?:[^.;]|\.(?=\d)){0,40}of the time",
                          r"\b\d+(?:\.\d+)? ?(?:%|per ?cent|percent) of the time")),
    ("c_peptide", _rx(
        r"c-?peptide\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:detectable|detected|measurable|present|positive|rose|risen|increased|improved|preserved|restored|doubled|secret\w+|production|produc\w+|higher|greater|maintained|stable|stabili[sz]ed)",
        r"(?:detect\w*|measurable|produc\w*|kept|had|rise|increase|restor\w*|improv\w*|preserv\w*|with)\s+(?:\w+[\s-]+){0,4}?c-?peptide",
        r"(?:produc\w*|mak\w*|secret\w*|releas\w*)\s+(?:(?:their|his|her|its) own |endogenous |measurable |more of (?:his|her|their) own )insulin",
        r"c-?peptide\b(?:[^.;]|\.(?=\d)){0,40}?\b(?:hold|held|holding|remained|stayed|kept) (?:steady|stable)",
        r"(?:producing|making) (?:measurable |endogenous )?insulin\b", r"insulin production", r"graft function",
        r"insulin secretion (?:was )?(?:restored|detected|improved)",
        r"(?:improv|increas|restor|boost|enhanc)\w*\s+(?:\w+\s+){0,3}insulin (?:secretion|production)")),
    ("death", _rx(r"\b(?:have |has |had )?died\b", r"\bdeaths?\b(?! (?:was|were) (?:attributed|related|caused))", r"\bfatal", r"\bdeceased patients?")),
    ("adverse_event", _rx(
        r"adverse (?:events?|reactions?|effects?)", r"side[- ]effects?", r"\bcomplications?\b",
        r"\b(?:developed|had|experienced|suffered|reported|came (?:home |back )?with|ended up with|suffered from)\s+(?:(?:a|an|painful|mild|moderate|serious|severe|transient|short-lived|\w+-related|\w+)[\s,-]+){0,5}?(?:pneumonia|infections?|fevers?|ulcers?|sores|headaches?|bleed\w*|ha?ematoma|thrombos[ie]s|rash\w*|neutropenia|cancers?|viremia|viraemia|pain|reactions?|nausea|events?|hypertension|anaemia|anemia|bruis\w+|swelling|soreness|abscess\w*|sepsis|diarrho?ea|fatigue)",
        r"(?:cancers?|infections?|tumou?rs?|bleeding|fevers?|rash|nausea|pain|headaches?|ha?ematomas?|reactions?)(?:[^.;]|\.(?=\d)){0,60}(?:developed|occurred|was reported|were reported|was seen|were seen|was observed|were observed|were recorded|was recorded) in",
        r"\b(?:occurred|developed|was reported|were reported|was seen|were seen|was observed|were observed) in (?:\w+ )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty[\w-]*|thirty[\w-]*|forty[\w-]*) (?:of the \w+ )?(?:patients|participants|subjects|recipients|children|adults)",
        r"procedur\w*-related events",
        r"\b(?:mild|moderate|severe|transient|serious|short-lived)\s+(?:\w+\s+)?(?:anaemia|anemia|rash|fever|infections?|nausea|bleeding|bruising|headaches?|neutropenia|pneumonia|ulcers?|sepsis)\b",
        r"\bbleeds?\b", r"bleeding", r"events attributed to", r"drop in kidney function", r"bald from chemotherapy", r"hair loss")),
    ("no_benefit", _rx(
        r"(?:did|does|do) not (?:preserve|improve|change|differ|produce enough|restore|increase|reduce|lower|slow|halt|help|protect|prevent|work)",
        r"(?:has|have|had) not (?:changed|improved)", r"fail(?:s|ed)? to (?:preserve|improve|restore|reduce|halt|slow)",
        r"\bno (?:significant |meaningful )?(?:change|difference|improvement|benefit)\b",
        r"(?:was|were|remained|is|are|remains|stayed) (?:\w+ )?(?:unchanged|not (?:significantly )?different)", r"none of the \w+ had (?:detectable |measurable )?c-?peptide",
        r"none of the \w+ (?:\w+ )?(?:produced|made|had|showed|achieved|reached|became|regained|secreted)\b[^.;:]{0,40}(?:insulin|c-?peptide)",
        r"(?:made|produced|make|produce|making|producing) no (?:meaningful |measurable |detectable |significant )?(?:amounts? of )?(?:insulin|c-?peptide)")),
]

# no_benefit needs an efficacy measure in the same sentence ("did not report insulin doses" is no result).
EFFICACY_MEASURE = _rx(r"insulin", r"c-?peptide", r"hba1c", r"a1c", r"glucose", r"beta[- ]cell", r"autoantibod",
                       r"glycated", r"blood sugar")
NOT_NO_BENEFIT = _rx(r"did not (?:report|name|describe|disclose|say|release|publish)", r"no (?:change|difference) in (?:the )?(?:dose|protocol)")
NEGATED_EVENT = _rx(r"\bno (?:serious |severe |major |treatment-related |other )*(?:adverse|side|complication|death|one)",
                    r"\bneither death", r"\bno deaths?\b", r"no one (?:has )?died", r"without (?:any )?(?:serious )?(?:complications|side effects|adverse)",
                    r"well tolerated", r"none (?:died|had serious)", r"no (?:teratomas?|tumou?rs?)", r"\bmost (?:adverse|side|complications)")
NAMED_HARM = _rx(r"pneumonia|infection|fever|ulcer|\bsores?\b|headache|bleed|ha?ematoma|thrombos|rash|neutropenia|cancer|"
                 r"vir(?:a)?emia|\bpain\b|nausea|an(?:a)?emia|bruis|swelling|abscess|sepsis|diarrh|fatigue|kidney function|"
                 r"hair loss|\bbald\b|hypertension|tumou?r|lymphoma|meningitis|hepatitis|leukopenia|stroke|seizure")
HBA1C_CHANGE_ONLY = _rx(r"(?:mean|median|average) (?:hba1c|a1c)[^.;]{0,30}(?:fell|dropped|declined|decreased|improved) from")

HEDGES = _rx(r"\bmay\b", r"\bmight\b", r"\bappear(?:s|ed)? to\b", r"\bsuggest(?:s|ed|ing)?\b", r"\bpossibly\b",
             r"\bseem(?:s|ed)? to\b", r"\bapparently\b", r"\bprobably\b", r"\bpotentially\b")
FORWARD = _rx(r"\bcould\b", r"\bwould\b", r"\bwill\b", r"\bcan\b", r"\bshould\b", r"\bhopes? to\b", r"\bexpect\w*\b",
              r"\bplans? to\b", r"\baims? to\b", r"\bdesigned to\b", r"\bmeant to\b", r"\bintended to\b", r"\bwhether\b",
              r"\bif\b", r"\bgoal\b", r"\bpotential\b", r"\bone day\b", r"\bwould-be\b", r"\bonce\b", r"\bunless\b",
              r"\bprimary end ?point (?:is|was|will be)\b(?! met)", r"\bprimary outcome\b", r"\beligib", r"\binclusion criteri")
ANIMALS = _rx(r"\bmice\b", r"\bmouse\b", r"\brats?\b", r"\brodents?\b", r"\banimals?\b", r"\bprimates?\b", r"\bmonkeys?\b",
              r"\bpigs?\b", r"\bdogs?\b", r"\bmurine\b", r"\bin vitro\b", r"\bzebrafish\b")
ANECDOTE = _rx(r"\bmy (?:husband|wife|son|daughter|brother|sister|mother|father|mum|mom|dad|child|kid|partner|friend|boyfriend|girlfriend|aunt|uncle|cousin|grand\w+)\b")
CONTROL_ARM = _rx(r"\bon placebo\b", r"\bplacebo (?:arm|group)\b", r"\bcontrol (?:arm|group)\b", r"\bin the placebo\b",
                  r"\breceived placebo\b", r"\buntreated\b", r"\bsham\b")
PER_DEVICE = _rx(r"\b(?:units?|devices?|pouches?|infusions?|capsules?|grafts? explanted|biopsies|samples?|cell lines?|implants? (?:examined|removed))\b")
MEASURE_DEFINITION = _rx(r"^\s*(?:\d+\.\s*|primary:\s*|secondary:\s*)?(?:proportion|number|incidence|percentage|change|rate) (?:of|in)\b", r"\[time frame")
RELAPSE = _rx(r"went back on insulin", r"back on insulin", r"resumed insulin", r"returned to insulin", r"relapsed")

HYPE_RE = re.compile(r"(?<![\w-])(cure|cured|breakthrough|revolutionary|miracle|reverse|reversed|reversing|game-changer|landmark|first-ever|unprecedented)(?![\w-])", re.I)

REGISTRY_RE = re.compile(r"\b(NCT\d{8})\b|\b(ChiCTR[-A-Z]*\d{6,})\b|\b(ISRCTN\d{6,})\b|\b(?:EudraCT[^0-9]{0,20})?(\d{4}-\d{6}-\d{2})\b", re.I)
