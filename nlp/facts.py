"""Document-level fields: registry ids, products, hype words, institutions, locations.

These are per document, not per claim, so they are read from the whole text
(hype words even from comments and "Related" links, as DEV_NOTES asks) while
institutions and locations come only from the article itself: a place in a
menu, an advertisement or a reader's comment is not where the work was.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from isletwatch.model import DocFacts

from .gazetteer import CASED_PRODUCTS, CJK_PLACES, KNOWN_COMPANIES, KO_PLACES, RU_PLACES, KNOWN_PRODUCTS, US_STATES_AND_PROVINCES, fold, places
from .gloss import GLOSSED_LANGUAGES, UNSPACED, detect_language, gloss
from .gloss_tables import STOPWORDS
from .patterns import ANECDOTE, HYPE_RE, REGISTRY_RE
from .segment import ASIDE, BODY, BOILER, COMMENT, DECK, HEADLINE, NOISE, TABLE, Segment

_CAP = r"(?:[A-Z][\w'’.&-]*|of|for|and|de|del|di|la|le|da|do|dos|für|&)"
INSTITUTION_HEAD = (r"University|Universit\w+|Hospitals?|Institutes?|College|Infirmary|Polyclinic|Academy of Sciences|Centre|Center|Clinic|"
                    r"Therapeutics|Biotherapeutics|Pharmaceuticals|Biosciences|Biotechnology|Biotech|Biologics|Bio|Cell Systems|Pvt\.? Ltd\.?|Inc\.?|"
                    r"Incorporated|Co\., Ltd\.?|Ltd\.?|GmbH|AG|Medicine|Medical School|School of Medicine|Foundation Trust|"
                    r"Health System|Medical Center|Medical Centre|Research Institute|Laboratories|Labs|Ziekenhuis|Klinikum|"
                    r"Regenerative Medicine|Medical College|Genomics|Sciences")
INSTITUTION_RE = re.compile(
    rf"(?:(?:Hospital|Clínica|Clinica|Centro|Instituto)\s+(?:Universitari[oa]|Universitaire|Clínic|General|Regional)(?:\s+(?:de|del|la|[A-Z][\w'’.-]*)){{1,4}})|"
    rf"(?:(?:[A-Z][\w'’&.-]*\s+)(?:(?:{_CAP})\s+){{0,5}}(?:{INSTITUTION_HEAD})\b(?:,? (?:Co\., Ltd\.?|Inc\.?|Incorporated|Ltd\.?))?"
    rf"(?:\s+(?:of|for|at|de)\s+(?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|of|and|for)){{0,4}})?)"
    rf"|(?:(?:University|Universit\w+|Hospital|Institute|Academy|College|Centre|Center)\s+(?:of|for|de|at)\s+[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|at|for|de)){{0,5}})"
    rf"|(?:(?:Hospital|[Hh]ôpital|[Hh]opital|Ospedale|Clinique|Klinikum|Policlinico|Institut|Instituto)\s+(?:(?:de|del|di|la|le|d')\s*)?[A-Z][\w'’.-]*(?:\s+(?:de|del|[A-Z][\w'’.-]*)){{0,3}})"
    rf"|(?:the\s+([A-Z]{{3,}})\s+research\s+institute)"
    # "Universidad del Valle de Aburrá", "Università del Lario", "Universitas Nusantara Jaya", "Istituto Clinico Adda"
    rf"|(?:(?:Universidad|Universidade|Universitas|Università|Université|Universitat|Universität|Istituto|Instytut)\s+(?:(?:de la|de|del|della|di|du|des|do|da)\s+)?"
    rf"[A-Z][\w'’.-]*(?:\s+(?:(?:de|del|di|da|la)\s+)?[A-Z][\w'’.-]*){{0,3}})"
    rf"|(?:\b(?:CHU|CHRU|UZ|AZ|Klinikums?|Hospital Universitario|Universitätsklinik(?:um|ums)?)\s+(?:(?:de|d')\s*)?[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+){{0,3}})"  # "CHU Garonne", "CHU de Grenoble"
    # German compounds: "Westdeutsches Diabetes- und Gesundheitszentrum", "Deutsches Diabetes-Zentrum", "Helios Klinikum"
    rf"|(?:\b(?!(?:Das|Der|Die|Dem|Den|Des|Ein|Eine|Einem|Einer|Im|Am|Vom|Zum|Zur|Beim)\b)[A-Z][\w-]+\s+(?:[A-Z][\w]*-\s+und\s+)?[A-Z][\w-]*"
    rf"(?:zentrum|zentrums|Zentrum|Zentrums|klinikum|klinikums|krankenhaus|krankenhauses)\b(?:\s+[A-Z][\w-]+)?)"
)
NOT_INSTITUTION = re.compile(
    r"journal|association|society|administration|agency|\bfda\b|\bema\b|registry|department|division|program|programme|"
    r"congress|federation|nasdaq|\bwire\b|newswire|press|times|news|council|ministry|commission|foundation$|"
    r"^the |committee|network|alliance|consortium|trial|study|protocol|collaborative|elsevier|springer|"
    r"nature|lancet|cell reports|bmc|diabetes care|new england|research council|^clinical |^section of|^office of|for type|therapy for|"
    r"professor|lecturer|\bfellow\b|^director|traditional chinese medicine|national institutes of health",
    re.I,
)
FUNDER_BEFORE = re.compile(r"\b(?:funded|supported|financed|paid for|underwritten)\s+(?:in part\s+|partly\s+|jointly\s+)?by\s+"
                           r"(?:[^.;]{0,80}?(?:,|and)\s+)?(?:the\s+)?$|\b(?:grants?|funding|support)\s+(?:from|by)\s+(?:[^.;]{0,80}?(?:,|and)\s+)?(?:the\s+)?$", re.I)
_TRIM_TAIL = re.compile(r"(?:\s+(?:of|for|and|at|the|de|&))+$|[\s,.'’]+$")
_TRIM_HEAD = re.compile(r"^(?:The|A|An|In|At|By|From|With|About|Surgeons at|Doctors at|Researchers at|Scientists at|"
                        r"Das|Der|Die|Dem|Den|Le|La|Les|L'|El|Los|Las|Il|Lo|Gli|De|Het)\s+")
CODE1_RE = re.compile(r"(?<![\w-])([A-Z]{3,5}-\d[A-Za-z]?)(?![\w-])")  # "SGN-2": a code only when it recurs
CODE_RE = re.compile(r"(?<![\w-])([A-Z]{2,5}-[A-Z]?\d{2,4}[A-Za-z]?|[A-Z]{2,5}\d{3}[A-Za-z]?|[A-Z]{2,4}-Direct|[A-Z]{2,4}-Encap)(?![\w-])")
NOT_PRODUCT_CODE = re.compile(r"^(?:NCT|CD|IL|HLA|COVID|SARS|GLP|SGLT|DPP|HNF|PDX|NKX|TNF|ISO|ICD|EU|US|UK|HbA|MODY|PMC|DOI|ADA|CIT)", re.I)
INN_RE = re.compile(r"\b[a-z]{3,}(?:lecel|leucel|temcel|dencel|gacel|tocel)\b", re.I)
NAMED_RE = re.compile(r"(?:called|named|dubbed|known as|calls the product|under the name|formerly|brand name)\s+['\"“]?"
                      r"([A-Z][\w-]*\d[\w-]*|[a-z]{4,}cel|[A-Z][a-z]{3,}(?:\s+[A-Z][a-z]+){0,2})")
TRIAL_AFTER = re.compile(r"^\W{0,3}(?:\w+\s+){0,3}?(?:trial|study|studies|cohort|programme|program)\b", re.I)
BYLINE_DATELINE = re.compile(r"^\s*(?:by|posted by)\b[^|]*\|\s*", re.I)
ADVERT = re.compile(r"\bads?\b|\badvertisement|\bsponsored\b|\bbook now\b|\bshop now\b", re.I)
DATELINE_RE = re.compile(r"^([A-Z][A-Z .'-]{2,}[A-Z])(?:,|\s+\(|\s*-|\s*--)")
COMMENTATOR = re.compile(r"\bwho (?:was|is|were|are) not involved\b|\bnot involved in (?:the|this)\b|\basked not to be (?:named|identified)\b|"
                         r"\bwho (?:was|is) not part of\b|\bwho reviewed\b", re.I)
LOC_CONTEXT_BEFORE = re.compile(r"(?:\bin|\bat|\bfrom|\bnear|based in|headquartered in|of|,|;|:|\|)\s*$", re.I)


KNOWN_PRODUCT_RE = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(re.escape(p) for p in sorted(KNOWN_PRODUCTS, key=len, reverse=True)))
CASED_PRODUCT_RE = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(re.escape(p) for p in sorted(CASED_PRODUCTS, key=len, reverse=True)))
KNOWN_COMPANY_RE = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(re.escape(c) for c in sorted(KNOWN_COMPANIES, key=len, reverse=True)))


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str


@dataclass
class FactsResult:
    facts: DocFacts
    products: list[Mention] = field(default_factory=list)  # primary names in text order, for claims
    aliases: dict[str, str] = field(default_factory=dict)
    place_mentions: list[Mention] = field(default_factory=list)

    def veto_places(self, vetoed: list[Mention]) -> None:
        """Drop place mentions the NER reads as a person; a name stays if another mention survives."""
        keep = [m for m in self.place_mentions if m not in vetoed]
        self.place_mentions = keep
        self.facts.locations = _unique([m.name for m in keep])


GENERIC_NAME_WORDS = frozenset("regenerative medicine medical cell cells therapy therapeutics university hospital school of the "
                               "and for center centre institute research biotechnology biotech sciences science clinic college "
                               "gene genetic stem health academy laboratories labs bio diabetes islet transplant "
                               "universitätsklinikum klinikum universitaire universitario universitaria".split())


def _only_generic(name: str) -> bool:
    """'Regenerative Medicine' (a section title) names no institution; 'Luyang Medical College' does."""
    return all(w.lower().strip(".,") in GENERIC_NAME_WORDS for w in name.split())


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


ORG_WORDS = frozenset("journal university hospital institute college center centre clinic medical school association "
                      "society therapeutics pharmaceuticals biosciences biotechnology protocol regimen method criteria "
                      "classification program programme times post daily herald declaration".split())


def _unique(values: list[str]) -> list[str]:
    seen, out = set(), []
    for v in values:
        k = v.lower()
        if k not in seen:
            seen.add(k)
            out.append(v)
    return out


def hype_terms(text: str) -> list[str]:
    return _unique([m.group(1).lower() for m in HYPE_RE.finditer(text)])


def registry_ids(text: str) -> list[str]:
    out = []
    for m in REGISTRY_RE.finditer(text):
        nct, chictr, isrctn, eudract = m.groups()
        if nct:
            out.append(nct.upper())
        elif chictr:
            out.append("ChiCTR" + chictr[6:].upper())
        elif isrctn:
            out.append(isrctn.upper())
        elif eudract:
            out.append(eudract)
    return _unique(out)


def find_products(text: str, segments: list[Segment]) -> tuple[list[Mention], dict[str, str]]:
    """Product mentions (lower-case names) and alias → primary name ('pec-direct' → 'vc-02')."""
    mentions: list[Mention] = []
    lower = text.lower()
    for m in KNOWN_PRODUCT_RE.finditer(lower):
        mentions.append(Mention(m.start(), m.end(), m.group(0)))
    for m in CASED_PRODUCT_RE.finditer(text):
        mentions.append(Mention(m.start(), m.end(), m.group(0).lower()))
    for rx in (CODE_RE, INN_RE):
        for m in rx.finditer(text):
            code = m.group(1) if m.groups() else m.group(0)
            if rx is CODE_RE and (NOT_PRODUCT_CODE.match(code) or REGISTRY_RE.fullmatch(code)
                                  or TRIAL_AFTER.match(text[m.end():m.end() + 40])):
                continue
            mentions.append(Mention(m.start(), m.end(), code.lower()))
    for m in CODE1_RE.finditer(text):
        code = m.group(1)
        if text.count(code) >= 2 and not NOT_PRODUCT_CODE.match(code) and not TRIAL_AFTER.match(text[m.end():m.end() + 40]):
            mentions.append(Mention(m.start(), m.end(), code.lower()))
    for m in NAMED_RE.finditer(text):
        name = m.group(1)
        if name.lower() in ("the", "this", "it") or re.search(r"trial|study|protocol", name, re.I):
            continue
        mentions.append(Mention(m.start(1), m.end(1), name.lower()))
    allowed = [s for s in segments if s.kind in (BODY, HEADLINE, DECK, TABLE, NOISE, COMMENT, BOILER, ASIDE)]
    trials = {mn.name for mn in mentions if mn.name not in KNOWN_PRODUCTS and re.search(
        rf"(?<![\w-]){re.escape(mn.name)}(?![\w-])\W{{0,3}}(?:\w+\s+){{0,2}}?(?:trial|study|cohort)\b", text, re.I)}
    mentions = [mn for mn in mentions if any(s.start <= mn.start < s.end for s in allowed)
                and mn.name not in trials]  # "the LUMEN-1 study" makes every "LUMEN-1" a trial name (DEV_NOTES)
    mentions.sort(key=lambda mn: (mn.start, -mn.end))
    kept: list[Mention] = []
    for mn in mentions:
        if kept and mn.start < kept[-1].end:
            continue
        kept.append(mn)
    aliases: dict[str, str] = {}
    for a, b in zip(kept, kept[1:]):
        between = text[a.end:b.start]
        if a.name != b.name and re.fullmatch(r"\s*(?:\(|,?\s*(?:also )?(?:known as|formerly|or)\s+|\(formerly\s+|\(also known as\s+)\s*", between):
            aliases.setdefault(b.name, aliases.get(a.name, a.name))
    return kept, aliases


_HEAD_END = re.compile(rf"(?:{INSTITUTION_HEAD})$")


def _split_conjoined(name: str) -> list[tuple[int, str]]:
    """'Sana Biotechnology and CRISPR Therapeutics' is two institutions; 'Department of X and Y' stays one."""
    m = re.search(r"\s+and\s+(?=[A-Z])", name)
    if m and (_HEAD_END.search(name[:m.start()]) or KNOWN_COMPANY_RE.fullmatch(name[:m.start()])) \
            and _HEAD_END.search(name):
        return [(0, name[:m.start()]), (m.end(), name[m.end():])]
    return [(0, name)]


# A hospital, university or institute in Chinese or Japanese script: no capitals mark the name, so it is the run of
# name characters before the head word ("上海长征医院", "中国人民解放军总医院第一医学中心", "京都大学病院"), cut at the
# particles and verbs that end a phrase ("在", "的", "由", "与", "は", "が").
_CJK_NAME_CHAR = r"[\u4e00-\u9fff\u30a0-\u30ff]"
_CJK_STOP = "的在由与和及于是了为对从向将被把让使其这该此也并但而或以所还就已曾她他们据称说。、，,はがをにでとのもへや"
CJK_INSTITUTION_RE = re.compile(
    rf"(?:(?![{_CJK_STOP}]){_CJK_NAME_CHAR}){{2,16}}(?:附属医院|附屬醫院|医院|醫院|大学|大學|研究所|研究院|医学中心|醫學中心|研究センター|センター|病院)"
    rf"(?:第[一二三四五六七八九十]+(?:医学中心|附属医院|人民医院))?")


# Korean hospitals and universities: a name glued to its head word ("서울성모병원"), or a foreign name a space before
# it ("노스웨스턴 대학", "교토 대학병원"), then only a particle; "병원장" (its director) and "대학병원" alone are no names.
_KO_PARTICLE_NEXT = r"(?=(?:은|는|이|가|의|에|에서|과|와|도|을|를|측|팀|연구팀|의료진|교수)?(?:[^가-힣]|$))"
_KO_GENERIC = frozenset("대학 종합 전문 일반 동물 요양 한방 개인 지역 국립 우리 해당 같은 다른 여러 국내 해외 각급 명문 이번 미국 일본 중국 "
                        "한국 영국 독일 외국 지방 소아 치과 재활 정신".split())
KO_INSTITUTION_RE = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣]{2,10}?)(?:대학교병원|대학병원|병원|의료원|대학교|의과대학|연구소)" + _KO_PARTICLE_NEXT + "|"
    r"(?<![가-힣])(?P<foreign>[가-힣]{2,8})\s(?:대학교병원|대학병원|대학교|대학)" + _KO_PARTICLE_NEXT)
# Russian: an adjective-led centre ("Эндокринологический научный центр") or a head word and its capitalised name
# ("Университета Альберты", any case)
CYR_INSTITUTION_RE = re.compile(
    r"(?<![\w-])[А-ЯЁ][а-яё]+(?:ий|ый|ой)\s+(?:[а-яё]+(?:ий|ый|ой)\s+)?(?:центр|институт|университет|клиника|больница)(?![\w-])|"
    r"(?<![\w-])(?:Университет|Институт|Клиник|Больниц|Медицинск\w+\s+центр|Научн\w+\s+центр)\w*(?:\s+(?:им\.\s*)?[А-ЯЁ][\w.-]+){1,3}")


def _ko_institutions(seg_text: str) -> list[tuple[int, int]]:
    out = []
    for m in KO_INSTITUTION_RE.finditer(seg_text):
        name = m.group("name") or m.group("foreign")
        if name not in _KO_GENERIC and not (m.group("foreign") and name[-1] in "은는을를의에도로과와서") \
                and not any(name.endswith(g) for g in ("에서", "으로", "에는", "부터")):  # "병원장은 대학병원": a word and a particle
            out.append((m.start(), m.end()))
    return out


def institutions(text: str, segments: list[Segment]) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for seg in segments:
        if seg.kind in (NOISE, COMMENT) or (seg.kind == HEADLINE and _title_case(seg.text)):
            continue
        for m in INSTITUTION_RE.finditer(seg.text):
            name = m.group(1) if m.group(1) else m.group(0)
            start = seg.start + (m.start(1) if m.group(1) else m.start())
            head = _TRIM_HEAD.match(name)
            if head:
                name, start = name[head.end():], start + head.end()
            based = re.match(r".*?\S+-(?:based|headquartered)\s+", name)
            if based:  # "San Diego-based ViaCyte": the place is not part of the name
                name, start = name[based.end():], start + based.end()
            shout = re.match(r"(?!CHU\b|CHRU\b)[A-Z]{3,}\s+(?=\S+\s+\S)", name)
            if shout:  # "SOURCE Qiyuan Regenerative Medicine"
                name, start = name[shout.end():], start + shout.end()
            name = _TRIM_TAIL.sub("", name)
            name = re.sub(r"'s$|’s$", "", name)
            if FUNDER_BEFORE.search(seg.text[max(0, start - seg.start - 90):start - seg.start]) or \
                    re.match(r"[-–—](?:sponsored|funded|supported|backed)\b", seg.text[start - seg.start + len(name):][:12]):
                continue  # "funded by the National Institutes of Health": a funder is not where the work was done
            for part_start, part in _split_conjoined(name):
                if len(part) < 4 or NOT_INSTITUTION.search(part) or _only_generic(part):
                    continue
                found.append((start + part_start, start + part_start + len(part), part))
        for m in KNOWN_COMPANY_RE.finditer(seg.text):
            found.append((seg.start + m.start(), seg.start + m.end(), m.group(0)))
        for m in CJK_INSTITUTION_RE.finditer(seg.text):
            found.append((seg.start + m.start(), seg.start + m.end(), m.group(0)))
        for a, b in _ko_institutions(seg.text):
            found.append((seg.start + a, seg.start + b, seg.text[a:b]))
        for m in CYR_INSTITUTION_RE.finditer(seg.text):
            found.append((seg.start + m.start(), seg.start + m.end(), m.group(0)))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    kept: list[tuple[int, int, str]] = []
    for item in found:
        if kept and item[0] < kept[-1][1]:
            continue
        kept.append(item)
    return kept


# Words that open sentences in the glossed languages and that the gazetteer also knows as towns
# ("Una" in India, "Para" in Suriname, "Dabei" in China): on a page in that language they are words.
_MORE_FUNCTION_WORDS = {
    "es": "una como sus para segun desde hasta entre sin sobre tras durante aunque ademas asi tambien donde",
    "pt": "uma para como segundo desde ate entre sem sobre apos durante embora assim tambem onde",
    "it": "una come per secondo dopo durante senza mentre anche dove cosi",
    "fr": "une pour comme selon depuis apres pendant sans aussi ainsi donc",
    "de": "dabei damit dann dort hier jedoch bereits seit nach laut wahrend ohne auch also",
}
FUNCTION_WORDS: dict[str, frozenset[str]] = {  # every language detect_language tells, English aside
    lang: words | frozenset(_MORE_FUNCTION_WORDS.get(lang, "").split()) for lang, words in STOPWORDS.items() if lang != "en"}


def locations(text: str, segments: list[Segment], inst_spans: list[tuple[int, int, str]],
              lang: str | None = None) -> list[Mention]:
    """Accepted place mentions (a name may occur several times); the NER may still veto some."""
    gaz = places()
    lang = lang or detect_language(text)
    words_of_page = FUNCTION_WORDS.get(lang, frozenset())
    cands: list[tuple[int, int, str, bool]] = []  # start, end, name, is_dateline
    for seg in segments:
        byline = seg.kind == NOISE and BYLINE_DATELINE.match(seg.text)
        if seg.kind in (NOISE, COMMENT) and not byline or ADVERT.search(seg.text) or COMMENTATOR.search(seg.text) \
                or ANECDOTE.search(seg.text):
            continue  # an advertiser's or an outside commentator's town is not where the work was
        for m in re.finditer(r"(?<![\w-])[A-Z][\w'’.]*(?:[ -](?:[A-Z][\w'’.]*|(?:de|do|da|la|upon|on|am)\b))*", seg.text):
            if byline and m.start() < byline.end():
                continue  # the writer's name
            words = m.group(0).rstrip(".,'’").split(" ")
            if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", words[-1]) and m.group(0).rstrip(",'’").endswith("."):
                words[-1] += "."  # "the U.S." keeps its last full stop: the name is "U.S.", not "U.S"
            following = text[seg.start + m.end():seg.start + m.end() + 30]
            if any(w.lower().strip(".,") in ORG_WORDS for w in words) or re.match(r"[ -]*(?:protocol|regimen|method|criteria|journal)\b", following, re.I) \
                    or re.match(r"[\w\s]{0,25}(?:Administration|Agency|Ministry|Department)", following):
                continue  # a place inside a name: "Uppsala University Hospital", "Edmonton protocol"
            if fold(" ".join(words)) in US_STATES_AND_PROVINCES:
                continue  # "New Jersey" is a state, not the island of Jersey
            # try the longest sub-sequence of capitalised words that names a place
            for i in range(len(words)):
                for j in range(len(words), i, -1):
                    name = " ".join(words[i:j])
                    key = fold(name)
                    hit = gaz.get(key) or (gaz.get(fold(name.title())) if name.isupper() else None)
                    if not hit:
                        continue
                    start = seg.start + m.start() + len(" ".join(words[:i])) + (1 if i else 0)
                    end = start + len(name)
                    kind, pop = hit
                    before = text[max(0, start - 25):start]
                    if re.search(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s*$|\(\s*$", before):
                        break  # "Dr. Amara Nwosu", "ANCHOR (Rohini ...": a person
                    dateline = bool(byline) or bool(name.isupper() and len(name) > 3 and DATELINE_RE.match(text[start:start + len(name) + 4])
                                    and (start == seg.start or text[seg.start:start].strip() in ("", "|")))
                    ok = kind == "country" or pop >= 50_000 or LOC_CONTEXT_BEFORE.search(before) or re.match(r",\s*[A-Z]", text[end:end + 3])
                    if name.isupper() and not dateline and len(name) > 2 and kind != "country":
                        ok = False  # shouted words in headlines are rarely places
                    if kind == "city" and j - i == 1 and len(words) - j >= 1 and i == 0 and " " not in name:
                        ok = False  # "Sofia Lind", "Anand R. Mehta": a first name, not a city
                    if kind == "city" and _author_name(text, start, end, gaz):
                        ok = False  # author lists: "Ito, Taihei; Kurihara, Kei", "Palma, Patricia V. B. and", "C Messina, A Nocco"
                    if kind == "city" and i > 0 and re.fullmatch(r"[A-Z][a-z]+|[A-Z]\.", words[i - 1]) and words[i - 1].lower() not in PLACE_QUALIFIERS:
                        ok = False  # "Peter Marks", "Maria C. Oliveira", "Carl Gustav Carus Dresden": a surname or a name's end
                    if kind == "city" and pop < 100_000 and re.search(r"\b(?:19|20)\d\d,\s*$", before):
                        ok = False  # "In 2019, Vera made a decision": a person opening the sentence
                    if " " not in name and fold(name) in words_of_page:
                        break  # "Una nueva terapia", "Dabei wurden": a word of the page's language, not a town
                    if ok and kind == "country" and not _work_place(seg.text, start - seg.start, end - seg.start, lang):
                        ok = False  # "China is the country with the most diabetics", "US advertising companies"
                    if ok and re.match(r"-based\s+(?:the\s+)?(?:Centers? for|Food and|National|Agency|Ministry|Department|Office)\b", text[end:end + 30]):
                        ok = False  # "the Atlanta-based Centers for Disease Control": an agency's seat, not where the work was
                    if ok and re.match(r":\s+[A-Z]", text[end:end + 4]) and text[seg.start:start].strip() in ("", "|"):
                        dateline = True  # "London: A revolutionary new treatment ...": a dateline
                    if ok:
                        cands.append((start, end, name, dateline))
                    break
                else:
                    continue
                break
    if lang in UNSPACED or lang == "ru":
        cands += _cjk_places(segments, lang)
    out: list[Mention] = []
    # a place name used elsewhere as someone's first name ("Rohini Deshpande") is a person here too
    first_names = _first_names(text, gaz)
    cands = [c for c in cands if fold(c[2]) not in first_names]
    plain_names = {fold(c[2]) for c in cands if not c[3]}
    # "Sana Biotechnology" makes "Sana" a company name, not Yemen's capital; "Uppsala University" does not.
    org_first_words = {fold(n.split()[0]) for _, _, n in inst_spans
                       if re.match(r"\S+ (?:\S+ ){0,3}(?:Biotechnology|Therapeutics|Pharmaceuticals|Biosciences|Bio|Biotech|Inc|Genomics|"
                                   r"Biologics|Ltd|Co)\b", n)}  # "Meridian Hypoimmune Therapeutics": Meridian is the company
    for start, end, name, dateline in sorted(cands):
        if any(s <= start < e for s, e, _ in inst_spans):
            continue  # "Tianjin First Central Hospital" alone gives no location
        if fold(name) in US_STATES_AND_PROVINCES or fold(name) in org_first_words and not re.search(
                r"\b(?:in|at|from|near|based in|headquartered in|outside)\s+$", text[max(0, start - 20):start]):
            continue  # "Meridian" alone is the company; "headquartered in Hangzhou" is still the city
        if dateline:
            seg_cities = [c for c in cands if c[3] and abs(c[0] - start) < 60 and gaz.get(fold(c[2]), ("", 0))[0] == "city"]
            kind = gaz.get(fold(name), gaz.get(fold(name.title()), ("", 0)))[0]
            confirmed = fold(name) in plain_names or fold(name.title()) in plain_names or (
                kind == "country" and any(fold(c[2].title()) in plain_names for c in seg_cities)) or any(
                re.search(rf"\b{re.escape(fold(name.title()))}\b", fold(inst)) for _, _, inst in inst_spans)  # "ASTANA -" + "Astana ... Center"
            if not confirmed:
                continue  # a dateline city counts only where the work was: named again in the story
            name = name.title() if name.isupper() else name
        out.append(Mention(start, end, name))
    return out


# A country is where the work or the patient was (DEV_NOTES) when its sentence speaks of the work; a statistic
# about a nation's diabetics or a regulator's or an advertiser's nationality is no such place.
WORK_CUE = re.compile(r"\b(?:researchers?|scientists?|doctors?|surgeons?|physicians?|team|hospitals?|universit\w*|institutes?|clinics?|"
                      r"cent(?:er|re)s?|trials?|stud(?:y|ies)|patients?|participants?|transplant\w*|treated|treatment|performed|conducted|"
                      r"developed|compan(?:y|ies)|firm|biotech\w*|based|headquartered|enrolled|received|therapy|procedure|cells?)\b", re.I)
STATISTIC = re.compile(r"\b(?:population|prevalence|incidence|largest|leading cause|cases? of diabetes|people (?:with|living with) diabetes|"
                       r"diabetics|million|billion|is believed to have|per capita|burden)\b", re.I)
NATIONALITY = re.compile(r"^\s*(?:[a-z]|(?:Food|FDA|Federal|Government|National|Endocrinology|Patent|Securities|Senate|Congress|"
                         r"Department|Centers?|Dollars?|market|dollars?)\b)")


WORK_DONE = re.compile(r"\b(?:researchers?|scientists?|doctors?|team|trial|study|transplant\w*|treated)\b", re.I)


PLACE_QUALIFIERS = frozenset("greater downtown central north south east west northern southern eastern western new old upper lower "
                             "metropolitan metro rural urban suburban inner outer the a an this these those our their its in at from "
                             "of and for with by one two three four five six seven eight nine ten eleven twelve several many both "
                             "some all most".split())


AUTHOR_AFTER = re.compile(r",\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)(?P<given>[A-Z][a-z][\w'-]*)(?:\s+[A-Z]\.)*(?:\s*;|\s+and\s+[A-Z]|\d)")


def _author_name(text: str, start: int, end: int, gaz: dict[str, tuple[str, int]]) -> bool:
    """A surname in an author list: "Kurihara, Kei;" (a given name that is no place follows) or "C Messina," (initials before)."""
    m = AUTHOR_AFTER.match(text, end)
    given = fold(m.group("given")) if m else ""
    if m and gaz.get(given, ("", 0))[0] != "country" and given not in US_STATES_AND_PROVINCES:
        return True  # not "Boston, Massachusetts;" nor "Toulouse, France;" ("Adams, David B." stays a person)
    return bool(re.search(r"(?:^|[,;]\s*)[A-Z]{1,2}\.?\s+$", text[max(0, start - 6):start]))


_CJK_PLACE = re.compile("|".join(sorted(map(re.escape, CJK_PLACES), key=len, reverse=True)))
_KO_PLACE = re.compile("|".join(sorted(map(re.escape, KO_PLACES), key=len, reverse=True)))
_RU_PLACE = re.compile("|".join(rf"(?<![\w-])(?P<{kind}{i}>{stem})(?![\w-])" for i, (stem, kind) in enumerate(RU_PLACES)))
# "미국의 저명한 학술지": an American journal, "미국 식품의약국": the US regulator; neither is where the work was
_KO_NOT_WORK = re.compile(r"(?:의)?\s*(?:[가-힣]+\s+){0,2}?(?:학술지|저널|잡지|신문|언론|매체|방송|통신사?|식품의약국|정부)")


def _place_kind(m: re.Match[str], lang: str) -> str:
    if lang == "ru":
        return re.sub(r"\d+", "", m.lastgroup or "")
    return (KO_PLACES if lang == "ko" else CJK_PLACES)[m.group(0)]


def _cjk_places(segments: list[Segment], lang: str) -> list[tuple[int, int, str, bool]]:
    """Places in a Chinese, Japanese, Korean or Russian page, found by name (those scripts have no capitals the
    English finder goes by); a country counts where its sentence speaks of the work, as for any page."""
    out = []
    finder = _KO_PLACE if lang == "ko" else _RU_PLACE if lang == "ru" else _CJK_PLACE
    for seg in segments:
        if seg.kind in (NOISE, COMMENT) or ADVERT.search(seg.text):
            continue
        for m in finder.finditer(seg.text):
            if _place_kind(m, lang) == "country" and (not _work_place(seg.text, m.start(), m.end(), lang)
                                                       or lang == "ko" and _KO_NOT_WORK.match(seg.text, m.end())):
                continue
            out.append((seg.start + m.start(), seg.start + m.end(), m.group(0), False))
    return out


def _work_place(sentence: str, start: int, end: int, lang: str = "en") -> bool:
    if lang in GLOSSED_LANGUAGES:  # the cues below are English: read them from the sentence's gloss
        english = gloss(sentence, lang).text
        if STATISTIC.search(english) and not WORK_DONE.search(english):
            return False  # "In Deutschland gibt es acht Millionen Diabetiker und viele Patienten": a nation's diabetics, not the work's place
        return len(sentence) < 40 or bool(WORK_CUE.search(english))
    if NATIONALITY.match(sentence[end:end + 20]) and sentence[start:end] in ("US", "U.S.", "USA", "U.S.A.", "UK", "U.K.") \
            and not re.search(r"\b(?:in|across|throughout|outside)\s+the\s*$", sentence[:start]) \
            and not re.match(r"\s*(?:sites?|cent(?:er|re)s?|clinics?|hospitals?|trials?|stud(?:y|ies)|phase)\b", sentence[end:], re.I):
        return False  # "US online advertising companies", "the U.S. Federal Government"; not "in the U.S. treated", "U.S. sites"
    if re.search(r"\b(?:approv\w*|licen[cs]ed|authori[sz]ed|available|legal)\b(?:\s+\w+){0,3}\s+(?:in|by)\s+(?:the\s+)?$", sentence[:start], re.I):
        return False  # "not yet approved in the United States": where a therapy may be sold, not where the work was
    if len(sentence.split()) < 10 or re.search(r"[A-Za-z],\s*$", sentence[:start][-3:]) or re.match(r"\s*[:|]", sentence[end:]):
        return True  # a label, a list or an address ("Toulouse, France", "Belgium: ...", "| Singapore |")
    if STATISTIC.search(sentence) and not WORK_DONE.search(sentence):
        return False  # "China is the country with the largest diabetic population"
    return bool(WORK_CUE.search(sentence))


def _as_written(raw: str | None, text: str, start: int, end: int, name: str) -> str:
    """The name as the original text spells it (curly apostrophes and all), where the cleaned text has it."""
    return raw[start:end] if raw is not None and len(raw) == len(text) and text[start:end] == name else name


_NAME = r"[A-Z][^\W\d_]+"


def _first_names(text: str, gaz: dict[str, tuple[str, int]]) -> set[str]:
    """Town names used as someone's first name here: "Rohini Deshpande)", or "Sofía Herrera" where "Herrera"
    recurs as a surname ("Daniel Herrera said"). "Edmonton Protocol," names a protocol, not a person."""
    out: set[str] = set()
    for m in re.finditer(rf"\b({_NAME}) ({_NAME})\b", text):
        first, last = m.group(1), m.group(2)
        if gaz.get(fold(first), ("", 0))[0] != "city" or last.lower() in ORG_WORDS or gaz.get(fold(last)) or first.isupper():
            continue  # "KRAKÓW OBSERVER |" is a masthead, not a person
        followed = re.match(r"\s*[),:|]", text[m.end():m.end() + 3])
        surname_elsewhere = any(not text[:o.start()].endswith(first + " ")
                                for o in re.finditer(rf"\b{re.escape(last)}\b(?= (?:said|says|told|added|was|is)\b)", text))
        if followed or surname_elsewhere:
            out.add(fold(first))
    return out


def extract_facts(text: str, title: str, segments: list[Segment], raw: str | None = None,
                  lang: str | None = None) -> FactsResult:
    """Document fields from the cleaned text; names are given as the original `raw` text writes them.
    `lang`: the page's language as the extractor told it for the whole document (detected here when not given)."""
    products, aliases = find_products(text, segments)
    inst = [(s, e, _as_written(raw, text, s, e, n)) for s, e, n in institutions(text, segments)]
    place_mentions = [Mention(m.start, m.end, _as_written(raw, text, m.start, m.end, m.name))
                      for m in locations(text, segments, inst, lang)]
    locs = _unique([m.name for m in place_mentions])
    hype = hype_terms(text if title and title in text else f"{title}\n{text}")
    names = _unique([name for _, _, name in inst])
    corporate = re.compile(r"\s+(?:Pharmaceuticals|Therapeutics|Biotechnology|Biosciences|Inc\.?|Incorporated|Co\., Ltd\.?|Ltd\.?|AG|GmbH)\b.*$")
    longer = {corporate.sub("", n).lower() for n in names if corporate.search(n)}
    names = [n for n in names if corporate.search(n) or n.lower() not in longer]  # "Vertex" beside "Vertex Pharmaceuticals"
    facts = DocFacts(registry_ids=registry_ids(text), locations=locs,
                     institutions=names,
                     products=_unique([p.name for p in products]), hype_terms=hype)
    return FactsResult(facts, products, aliases, place_mentions)
