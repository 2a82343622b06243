"""Document-level fields: closed hype list, registry id formats, places and institutions."""
from __future__ import annotations

from isletwatch.nlp.facts import extract_facts, hype_terms, registry_ids
from isletwatch.nlp.segment import segment


def facts(text: str, title: str = ""):
    return extract_facts(text, title, segment(text, title)).facts


def test_hype_terms_are_the_closed_list_word_for_word():
    text = "A curative, revolutionary therapy: no reversal yet, but a Game-Changer that cured one patient."
    assert hype_terms(text) == ["revolutionary", "game-changer", "cured"]


def test_registry_ids():
    text = "NCT04786262; ChiCTR2100047815; ISRCTN12345678; EudraCT 2019-003781-24; ClinicalTrials.gov NCT0478626"
    assert registry_ids(text) == ["NCT04786262", "ChiCTR2100047815", "ISRCTN12345678", "2019-003781-24"]


def test_places_and_institutions():
    text = ("Islets help\n\nBOSTON, May 2 (Wire) - Researchers at the University of Minnesota in Minneapolis and "
            "doctors at Tianjin First Central Hospital reported in the New England Journal of Medicine that the FDA "
            "had cleared the Edmonton protocol study in Alberta.")
    f = facts(text, "Islets help")
    assert f.locations == ["Minneapolis"]  # no dateline-only city, no place inside a name, no province
    assert f.institutions == ["University of Minnesota", "Tianjin First Central Hospital"]  # no journal, no regulator


def test_products_with_aliases():
    text = "The product, called VX-880 (zimislecel), was infused. A CD47 edit and the CIT-07 trial are not products."
    f = facts(text)
    assert f.products == ["vx-880", "zimislecel"]


def test_the_us_where_the_work_was_not_where_a_therapy_is_approved():
    f = facts("A team treated 12 adults with type 1 diabetes at sites in the U.S. and in Boston. "
              "A similar treatment is not yet approved in Canada, the researchers said.")
    assert f.locations == ["U.S.", "Boston"]


def test_field_names_without_a_generic_head_word():
    f = facts("Researchers at City of Hope and Harvard implanted the Cell Pouch System, while Living Cell Technologies "
              "tested DIABECELL. A cell pouch is a common noun.")
    assert f.institutions == ["City of Hope", "Harvard", "Living Cell Technologies"]
    assert f.products == ["cell pouch", "diabecell"]  # the maker's "System" dropped, as real pages' annotators name it


def test_author_surnames_and_states_are_no_places():
    f = facts("Ito, Taihei; Kurihara, Kei; Palma, Patricia V. B. and Adams, David B.1,2\n\nOSAKA, Oct 8 (Wire) - Doctors at "
              "a centre in New Jersey and in Seattle, Washington, treated 5 adults with type 1 diabetes in Osaka.")
    assert "Kurihara" not in f.locations and "Palma" not in f.locations and "Adams" not in f.locations
    assert "Jersey" not in f.locations and "Seattle" in f.locations


def test_a_word_of_the_pages_language_is_no_town():
    """'Una' (a town in India) and 'Para' open Spanish sentences; the country the Spanish page names is kept as it spells it."""
    text = ("Una nueva terapia con células madre permitió que un paciente con diabetes tipo 1 dejara la insulina. "
            "Para los investigadores del hospital en Canadá, el resultado es un primer paso. "
            "Sus médicos siguen al paciente desde hace un año y el estudio continúa en el hospital.")
    assert facts(text).locations == ["Canadá"]


def test_places_in_chinese_script_are_found_by_name():
    """Chinese has no capitals to find a place by: the table's names are, and a country only where the work was."""
    text = "上海的研究团队为一名2型糖尿病患者移植了干细胞来源的胰岛,患者已停用胰岛素。中国有很多糖尿病人。"
    assert "上海" in facts(text).locations


def test_institutions_in_chinese_script_run_to_their_head_word():
    """A hospital in Chinese is the run of name characters before 医院/大学/中心, cut where a particle ends the phrase."""
    text = "中国人民解放军总医院第一医学中心的研究团队报告,一名1型糖尿病患者在上海长征医院接受了胰岛移植。他在医院休养。"
    names = facts(text).institutions
    assert "中国人民解放军总医院第一医学中心" in names and "上海长征医院" in names
    assert not any(n == "医院" or n.startswith("他") for n in names)


def test_institutions_as_french_and_german_pages_name_them():
    """'CHU de Grenoble' keeps its CHU, 'hôpital' may be lower case, German centres are compounds; an article is no name."""
    assert facts("Le CHU de Grenoble et l'Institut Cochin ont participé à l'étude.").institutions == ["CHU de Grenoble", "Institut Cochin"]
    assert facts("Les médecins de l'hôpital Rangueil ont greffé des îlots.").institutions == ["hôpital Rangueil"]
    assert facts("Die Studie des Westdeutschen Diabetes- und Gesundheitszentrums in Düsseldorf.").institutions == [
        "Westdeutschen Diabetes- und Gesundheitszentrums"]
    assert facts("Das Forschungszentrum hat viele Patienten.").institutions == []


def test_a_nations_diabetics_on_a_german_page_are_no_work_place():
    """Read through the gloss like an English page: a statistic about a country is not where the work was."""
    text = ("In Deutschland gibt es acht Millionen Diabetiker und viele Patienten mit Typ-1-Diabetes. Die Ärzte in "
            "Dresden transplantierten einer Patientin Inselzellen, und die Patientin braucht kein Insulin mehr.")
    assert facts(text).locations == ["Dresden"]
