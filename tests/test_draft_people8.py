"""People named otherwise than the registry writes them (draft/personforms.py) and on a cricket
scorecard (draft/scorecards.py, english_surnames.py), round 8. Synthetic registries: every person
is made up; "Thistle" is a real English word, since the rule asks the dictionary about it."""

from __future__ import annotations

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.personforms import family_name_first, spellings_of
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import people_found

PEOPLE = """
    zorbo-vexdahl-quillstrand:
      name: Zorbo Vexdahl Quillstrand
    zorbe-tayvex-brindlecomb:
      name: Zorbé Tayvex Brindlecoğb
    mabel-quillan:
      name: Mabel Quillan
    ottla-mabel-marrowind:
      name: Ottla Mabel Marrowind
    hazim-al-zorbawi:
      name: Hazim al-Zorbawi
    qiao-zhenmin:
      name: Qiao Zhenmin
    kwon-dae-zul:
      name: Kwon Dae-zul
    pell-thistle:
      name: Pell Thistle
    vexa-grumbold:
      name: Vexa Grumbold
    arlo-zindermatt:
      name: Arlo Zindermatt
"""


def test_a_name_of_three_words_by_its_middle_name_and_surname(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    assert found("On Monday Vexdahl Quillstrand signed the deal.") == {
        "Vexdahl Quillstrand": "zorbo-vexdahl-quillstrand"}
    # Accented letters: the given name and the surname, and the middle name and the surname.
    assert found("On Monday Zorbe Brindlecogb signed the deal.") == {"Zorbe Brindlecogb": "zorbe-tayvex-brindlecomb"}
    assert found("On Monday Tayvex Brindlecoğb signed the deal.") == {
        "Tayvex Brindlecoğb": "zorbe-tayvex-brindlecomb"}
    # A middle word that is another registered person's given name is no name by itself.
    assert found("On Monday Mabel Marrowind signed the deal.") == {}


def test_spellings_of_a_registered_name():
    assert spellings_of("Zorbo Vexdahl Quillstrand") == {
        "Zorbo Quillstrand": "without its middle name", "Vexdahl Quillstrand": "without its first given name"}
    assert spellings_of("Zorbo Vexdahl Quillstrand", frozenset({"vexdahl"})) == {
        "Zorbo Quillstrand": "without its middle name"}
    assert spellings_of("Zorbo W. Quillstrand") == {}  # an initial: gazetteer's own rule
    assert spellings_of("Zorbo de Quillstrand") == {}  # a particle is no middle name
    assert spellings_of("Зорбо Вексович Квиллстранд") == {}  # Russian: a patronymic, read elsewhere


def test_an_arabic_name_without_the_article_of_its_family_name(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    assert found("On Monday Hazim Zorbawi signed the deal.") == {"Hazim Zorbawi": "hazim-al-zorbawi"}
    assert found("On Monday Hazim al-Zorbawi signed the deal.") == {"Hazim al-Zorbawi": "hazim-al-zorbawi"}


def test_a_chinese_or_korean_family_name_written_first(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    assert found("Qiao Zhenmin arrived on Monday. Later Qiao said the talks went well.") == {
        "Qiao Zhenmin": "qiao-zhenmin", "Qiao": "qiao-zhenmin"}
    assert found("Kwon Dae-zul arrived on Monday. Later Kwon said the talks went well.") == {
        "Kwon Dae-zul": "kwon-dae-zul", "Kwon": "kwon-dae-zul"}
    # Alone, with no full name before it, the family name is not enough.
    assert found("Later Qiao said the talks went well.") == {}


def test_which_names_write_the_family_name_first():
    assert family_name_first("Qiao Zhenmin") == "Qiao"
    assert family_name_first("Kwon Dae-zul") == "Kwon"
    assert family_name_first("Li Peng") == "Li"
    assert family_name_first("Vexa Grumbold") == ""
    assert family_name_first("Mabel Quillan") == ""
    assert family_name_first("Zorbo Vexdahl Quillstrand") == ""


SCORECARD = """CRICKET - ZORBLAND V VEXLAND SCOREBOARD.
Zorbland first innings
A. Anyone c Nobody b Someone 12
Total 240
Vexland first innings
B. Someone not out 25
Bowling: Thistle 14.3-4-45-1, Grumbold 3-0-15-0, Zindermatt
8-0-33-0
Result: Vexland won by 9 wickets
"""


def test_a_bowling_analysis_names_its_bowlers(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    # "Thistle" is a dictionary word and the line reads as a title-case headline; the figures say a bowler.
    assert found(SCORECARD) == {"Thistle": "pell-thistle", "Grumbold": "vexa-grumbold",
                                "Zindermatt": "arlo-zindermatt"}
    assert found(SCORECARD.replace(" 14.3-4-45-1, Grumbold 3-0-15-0, Zindermatt\n8-0-33-0", " Thistle, Grumbold")) == {}


def test_a_stumping_is_no_particle_of_a_name(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    text = "Zorbland first innings\nA. Anyone st Zindermatt b Someone 12\nC. Other c Zindermatt b Someone 3\n"
    assert found(text) == {"Zindermatt": "arlo-zindermatt"}


SUFFIXED = """
    zorb-quillan-jr:
      name: Zorb Quillan Jr.
    vexo-brindle-sr:
      name: Vexo Brindle Sr.
    vexo-brindle-jr:
      name: Vexo Brindle Jr.
    p-v-zorbanath-rao:
      name: P. V. Zorbanath Quillrao
    anwar-zorbos-vexali:
      name: Anwar Zorbos-Vexali
"""


def test_a_generational_suffix_initials_and_a_double_barrelled_surname(tmp_path):
    found = people_found(tmp_path, SUFFIXED)
    assert found("On Monday Zorb Quillan signed the deal.") == {"Zorb Quillan": "zorb-quillan-jr"}
    assert found("On Monday Quillan signed the deal.") == {"Quillan": "zorb-quillan-jr"}
    # Father and son: "Vexo Brindle" without the suffix is either, so neither.
    assert found("On Monday Vexo Brindle signed the deal.") == {}
    assert found("On Monday Zorbanath Quillrao signed the deal.") == {"Zorbanath Quillrao": "p-v-zorbanath-rao"}
    assert found("On Monday Zorbos-Vexali signed the deal.") == {"Zorbos-Vexali": "anwar-zorbos-vexali"}


def test_spellings_without_suffix_or_initials():
    assert spellings_of("Zorb Quillan Jr.") == {"Zorb Quillan": "without its generational suffix"}
    assert spellings_of("Zorb Vex Quillan, Jr.")["Zorb Vex Quillan"] == "without its generational suffix"
    assert spellings_of("H. Zorb Quillan") == {"Zorb Quillan": "without its initials"}
    assert spellings_of("Anwar Zorbos-Vexali") == {"Zorbos-Vexali": "by its double-barrelled surname alone"}
    assert spellings_of("Kwon Dae-zul") == {}  # a Korean given name, not a double-barrelled surname


INITIALLED = """
    z-quillarajan:
      name: Z. Quillarajan
    r-zorbavid:
      name: R. Zorbavid
      aliases:
      - Rahul Zorbavid
"""


def test_a_person_registered_with_initials_named_by_a_full_given_name(tmp_path):
    found = people_found(tmp_path, INITIALLED)
    assert found("Governor Zindabar Quillarajan spoke on Monday. Quillarajan said the deficit was sustainable.") == {
        "Zindabar Quillarajan": "z-quillarajan", "Quillarajan": "z-quillarajan"}
    assert found("On Monday Vindabar Quillarajan spoke.") == {}  # another initial
    assert found("On Monday President Quillarajan spoke.")["Quillarajan"] == "z-quillarajan"  # a title, no given name
    assert "Rajesh Zorbavid" not in found("On Monday Rajesh Zorbavid spoke.")  # the registry gives another given name


def test_titles_of_news_from_elsewhere(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    # A title is no word of a longer name, and says that the word after it is a person's.
    assert found("The session opened when Speaker Thistle rose.") == {"Thistle": "pell-thistle"}
    assert found("The session opened when Sheik Grumbold rose.") == {"Grumbold": "vexa-grumbold"}
    assert found("The session opened when Herr Grumbold rose.") == {"Grumbold": "vexa-grumbold"}
    assert found("The session opened when Tarsk Grumbold rose.") == {}  # another person's full name


def test_an_arabic_article_transliterated_otherwise(tmp_path):
    found = people_found(tmp_path, PEOPLE.replace("Hazim al-Zorbawi", "Hazim el-Zorbawi"))
    assert found("On Monday Hazim al-Zorbawi signed the deal.") == {"Hazim al-Zorbawi": "hazim-al-zorbawi"}


def test_a_possessive_place_is_not_the_person(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    assert found("On Monday the tide reached Grumbold's Island and the bay.") == {}
    assert found("On Monday Grumbold's office said the bay was closed.") == {"Grumbold": "vexa-grumbold"}


def _people_with_articles(root, articles: dict[str, int]):
    """Two registered bearers of "Quillford" and `articles[id]` synthetic article records naming each."""
    import yaml

    content = root / "content"
    (content / "people").mkdir(parents=True)
    (content / "people" / "synthetic.yml").write_text(yaml.safe_dump({
        "zorb-quillford": {"name": "Zorb Quillford"}, "vexa-quillford": {"name": "Vexa Quillford"}}), encoding="utf-8")
    (content / "sources").mkdir()
    (content / "sources" / "synthetic.yml").write_text(yaml.safe_dump({"synthetic-wire": {"name": "Synthetic Wire"}}),
                                                       encoding="utf-8")
    (content / "articles").mkdir()
    for ident, count in articles.items():
        for number in range(count):
            (content / "articles" / f"synthetic-{ident}-{number}.yml").write_text(yaml.safe_dump({
                "title": f"Synthetic record {number} about {ident}", "source": "synthetic-wire",
                "published": "2020-01-01", "summary": "A synthetic record made by the test.", "people": [ident]}),
                encoding="utf-8")
    gazetteer = build_gazetteer(read_model(content))
    text = "The talks went on late. Quillford told reporters the deal was close."
    return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}


def test_a_surname_several_bear_is_the_one_the_team_s_articles_name_far_more_often(tmp_path):
    assert _people_with_articles(tmp_path / "a", {"zorb-quillford": 4, "vexa-quillford": 1}) == {
        "Quillford": "zorb-quillford"}
    assert _people_with_articles(tmp_path / "b", {"zorb-quillford": 3, "vexa-quillford": 1}) == {}  # not 4 to 1
    assert _people_with_articles(tmp_path / "c", {}) == {}
