"""The linking rules, each on a small synthetic registry (names are visibly made up,
except the countries, which resolve against ISO 3166)."""

from __future__ import annotations

import shutil

import yaml

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.morph import inflections
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import SAMPLE, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        synthetic-state:
          name: Synthetic State
          aliases: [SS, IS]
          kind: armed-group
        treaty-org:
          name: Organization for Synthetic Co-operation
          aliases: [OSC, ОСС, Организация синтетического сотрудничества]
          members: [Kazakhstan]
        rover-club:
          name: Dushanbe
          kind: other
        alpha-bloc:
          name: Alpha Bloc Union
    """,
    "people/p.yml": """
        ivan-synthov:
          name: Andrei Synthov
          aliases: [Андрей Синтов]
          positions:
            - {title: Head, organization: treaty-org, since: 2010, until: 2020}
        olga-synthov:
          name: Olga Synthov
        zed-example:
          name: Zed Examplovich
    """,
}


def _targets(tmp_path, text: str) -> dict[str, str]:
    root = tmp_path / "c"
    if not root.exists():
        write_corpus(root, REGISTRY)
    gazetteer = build_gazetteer(read_model(root))
    linking = link(text, tokenize(text), gazetteer)
    return {m.words: m.target.id for m in linking.mentions}, linking


def test_short_capital_aliases_match_only_in_capitals(tmp_path):
    found, _ = _targets(tmp_path, "This is what it is. The SS met, and IS replied.")
    assert found == {"SS": "synthetic-state", "IS": "synthetic-state"}


def test_case_accents_hyphens_and_possessives(tmp_path):
    found, _ = _targets(tmp_path, "The ORGANIZATION FOR SYNTHETIC COOPERATION's envoy and the Organization for "
                                  "Synthetic Co‑operation met. Synthétic State fighters left.")
    assert set(found.values()) == {"treaty-org", "synthetic-state"}


def test_russian_inflections_and_transliteration(tmp_path):
    found, _ = _targets(tmp_path, "Награду вручили Организации синтетического сотрудничества. "
                                  "Позже Andrey Synthov уехал.")
    assert found == {"Организации синтетического сотрудничества": "treaty-org", "Andrey Synthov": "ivan-synthov"}
    # Surnames need the dictionary: the bundled registry's real names.
    gazetteer = build_gazetteer(read_model(SAMPLE))
    text = "Андрею Новикову передали письмо ОДКБ. Новиков ответил Организации Договора о коллективной безопасности."
    found = {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}
    assert found == {"Андрею Новикову": "andrei-novikov", "ОДКБ": "csto", "Новиков": "andrei-novikov",
                     "Организации Договора о коллективной безопасности": "csto"}
    text = "Письмо подписал А. Новиков. Представитель Содружеству Независимых Государств не ответил."
    found = {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}
    assert found == {"А. Новиков": "andrei-novikov", "Содружеству Независимых Государств": "cis"}


def test_given_name_alone_is_not_a_person(tmp_path):
    root = tmp_path / "ru"
    write_corpus(root, {"people/p.yml": "evgeny:\n  name: Евгений\n"})
    gazetteer = build_gazetteer(read_model(root))
    text = "Вчера Евгений пришёл домой."
    linking = link(text, tokenize(text), gazetteer)
    assert linking.mentions == [] and "given name" in linking.doubts[0].reason


def test_surname_counts_only_with_the_full_name_and_only_when_one_person_fits(tmp_path):
    # Alone, in English, a surname no dictionary or other name claims is the one person (english_surnames.py).
    alone, _ = _targets(tmp_path, "Mr Examplovich spoke.")
    assert alone == {"Examplovich": "zed-example"}
    after, _ = _targets(tmp_path, "Zed Examplovich arrived. Later Mr Examplovich spoke.")
    assert after == {"Zed Examplovich": "zed-example", "Examplovich": "zed-example"}
    both, linking = _targets(tmp_path, "Andrei Synthov and Olga Synthov came. Synthov spoke.")
    assert "Synthov" not in both and any("surname of" in d.reason for d in linking.doubts)


def test_acronym_the_text_defines(tmp_path):
    found, _ = _targets(tmp_path, "The Alpha Bloc Union (ABU) met. Then ABU left.")
    assert found == {"Alpha Bloc Union": "alpha-bloc", "ABU": "alpha-bloc"}


def test_name_that_is_also_a_place_needs_support(tmp_path):
    found, linking = _targets(tmp_path, "Talks were held in Dushanbe on Friday.")
    assert found == {} and "place" in linking.doubts[0].reason
    supported, _ = _targets(tmp_path, "The football club Dushanbe won.")
    assert supported == {"Dushanbe": "rover-club"}


def test_word_boundaries_in_every_script(tmp_path):
    found, _ = _targets(tmp_path, "ISIS and THIS and ОССА are not names; ОСС is.")
    assert found == {"ОСС": "treaty-org"}
    root = tmp_path / "cjk"
    write_corpus(root, {"organizations/o.yml": "beta:\n  name: 北约\n  aliases: [الناتو]\n"})
    gazetteer = build_gazetteer(read_model(root))
    for text, expected in (("今天北约开会。", {"北约"}), ("قال الناتو اليوم", {"الناتو"}), ("قال الناتوي", set())):
        assert {m.words for m in link(text, tokenize(text), gazetteer).mentions} == expected


def test_suggestions_paste_into_the_registry(tmp_path):
    from datetime import date

    from generator.draft.run import draft_files

    root = tmp_path / "c"
    write_corpus(root, REGISTRY)
    article = tmp_path / "note.txt"
    article.write_text("Synthetic headline for suggestions\n\nMINSK, May 2, 2020. /Wire/. The Gamma Synthetic "
                       "Committee (GSC) met Alpha Bloc Union officials, and President Quux Nonesuch spoke.\n",
                       encoding="utf-8")
    draft_files(read_model(root), [article], tmp_path / "out", today=date(2026, 1, 1))
    entries = yaml.safe_load((tmp_path / "out" / "note.new.yml").read_text(encoding="utf-8"))
    assert entries["gamma-synthetic-committee"] == {"name": "Gamma Synthetic Committee", "aliases": ["GSC"]}
    assert "quux-nonesuch" in entries
    text = (tmp_path / "out" / "note.new.yml").read_text(encoding="utf-8")
    assert "# into organizations/" in text and "# into people/" in text
    shutil.copy(tmp_path / "out" / "note.new.yml", root / "organizations" / "new.yml")
    assert read_model(root).counts()["organization"] == 6


AMBIGUOUS = {
    "organizations/o.yml": """
        alpha-league:
          name: Alpha League
          aliases: [ALG]
          members: [Kazakhstan]
        beta-league:
          name: Beta League
          aliases: [ALG]
          members: [France]
        gamma-fund:
          name: Gamma Fund
    """,
    "people/p.yml": """
        ivan-synthov-senior:
          name: Ivan Synthov
          positions: [{title: Chair, organization: gamma-fund, since: 2001, until: 2009}]
        ivan-synthov-junior:
          name: Ivan Synthov
          positions: [{title: Chair, organization: gamma-fund, since: 2015}]
    """,
    "sources/s.yml": "wire:\n  name: Synthetic Wire\n",
    "articles/a.yml": """
        title: Synthetic article
        source: wire
        published: 2020-01-01
        summary: Synthetic.
        organizations: [beta-league, gamma-fund]
    """,
    "articles/b.yml": """
        title: Another synthetic article
        source: wire
        published: 2020-01-02
        summary: Synthetic.
        organizations: [beta-league, gamma-fund]
    """,
}


def _link_in(tmp_path, text: str, published=None):
    from generator.dates import PartialDate

    root = tmp_path / "amb"
    if not root.exists():
        write_corpus(root, AMBIGUOUS)
    gazetteer = build_gazetteer(read_model(root))
    linking = link(text, tokenize(text), gazetteer, PartialDate(*published) if published else None)
    return {m.words: m.target.id for m in linking.mentions}, linking


def test_shared_alias_decided_by_members_named_in_the_text(tmp_path):
    found, _ = _link_in(tmp_path, "Kazakhstan asked the ALG for help.")
    assert found["ALG"] == "alpha-league"


def test_shared_alias_decided_by_the_corpus_articles(tmp_path):
    found, _ = _link_in(tmp_path, "The Gamma Fund wrote to the ALG.")
    assert found["ALG"] == "beta-league"  # the corpus's two articles name Beta League with Gamma Fund


def test_shared_alias_without_evidence_is_left_out(tmp_path):
    found, linking = _link_in(tmp_path, "The ALG met on Monday.")
    assert "ALG" not in found
    assert "alpha-league" in linking.doubts[0].reason and "beta-league" in linking.doubts[0].reason


def test_namesakes_decided_by_positions_on_the_article_date(tmp_path):
    found, _ = _link_in(tmp_path, "Ivan Synthov spoke.", published=(2020, 3, 1))
    assert found["Ivan Synthov"] == "ivan-synthov-junior"
    found, _ = _link_in(tmp_path, "Ivan Synthov spoke.", published=(2005, 3, 1))
    assert found["Ivan Synthov"] == "ivan-synthov-senior"


def test_country_name_registered_as_an_organization_references_both(tmp_path):
    root = tmp_path / "state"
    write_corpus(root, {"organizations/o.yml": "synthetic-republic-government:\n  name: Armenia\n  kind: other\n"})
    gazetteer = build_gazetteer(read_model(root))
    text = "Officials of Armenia met."
    found = {(m.target.kind, m.target.id) for m in link(text, tokenize(text), gazetteer).mentions}
    assert found == {("country", "AM"), ("organization", "synthetic-republic-government")}


def test_country_name_an_organization_lists_as_an_alias_is_the_country(tmp_path):
    root = tmp_path / "team"
    write_corpus(root, {"organizations/o.yml": "synthetic-national-team:\n  name: South Africa synthetic eleven\n"
                                               "  aliases: [South Africa]\n"})
    gazetteer = build_gazetteer(read_model(root))
    text = "Officials of South Africa met."
    found = {(m.target.kind, m.target.id) for m in link(text, tokenize(text), gazetteer).mentions}
    assert found == {("country", "ZA")}


def test_registered_name_ending_a_longer_english_name_is_another_entity(tmp_path):
    found, linking = _targets(tmp_path, "Officials wrote to the Northern Alpha Bloc Union on Monday. "
                                        "Alpha Bloc Union members replied.")
    assert list(found.items()) == [("Alpha Bloc Union", "alpha-bloc")]  # the second sentence only
    assert "Northern Alpha Bloc Union" in linking.doubts[0].reason


def test_capitalised_word_before_a_name_in_a_headline_or_a_russian_chain_is_not_a_longer_name(tmp_path):
    found, _ = _targets(tmp_path, "Envoys Meet Alpha Bloc Union Leaders\nThe meeting was short.")
    assert found == {"Alpha Bloc Union": "alpha-bloc"}
    found, _ = _targets(tmp_path, "Вчера Совет Организации синтетического сотрудничества собрался.")
    assert set(found.values()) == {"treaty-org"}


def test_initials_match_only_as_initials(tmp_path):
    root = tmp_path / "initials"
    write_corpus(root, {"people/p.yml": "synth-person:\n  name: Ирина Синтова\n"})
    gazetteer = build_gazetteer(read_model(root))
    for text, expected in (("Вчера пришли Пётр и Синтовой не было.", set()),
                           ("Вчера пришла И. Синтова.", {"synth-person"})):
        assert {m.target.id for m in link(text, tokenize(text), gazetteer).mentions} == expected, text
    # "И" opening a sentence is the conjunction, not her initial: no mention spans it. (The surname
    # alone is still her lone surname, as in "Синтова молчала.": surnames.py, names_no_one.)
    text = "И Синтова молчала."
    assert all(text[m.start:m.end] == "Синтова" for m in link(text, tokenize(text), gazetteer).mentions)


def test_person_named_like_another_persons_alias_is_decided_by_the_text_or_left_out(tmp_path):
    root = tmp_path / "namesakes"
    write_corpus(root, {"people/p.yml": "synth-a:\n  name: Ivan Synthetic\n"
                                        "synth-b:\n  name: Ivan Petrovich Synthetic\n  aliases: [Ivan Synthetic]\n"})
    gazetteer = build_gazetteer(read_model(root))
    text = "Yesterday Ivan Synthetic spoke."
    linking = link(text, tokenize(text), gazetteer)
    assert linking.mentions == [] and "synth-a" in linking.doubts[0].reason and "synth-b" in linking.doubts[0].reason
    text = "Ivan Petrovich Synthetic arrived. Later Ivan Synthetic spoke."
    assert {m.target.id for m in link(text, tokenize(text), gazetteer).mentions} == {"synth-b"}


def test_acronym_before_a_quoted_name_is_its_kind_not_an_entity(tmp_path):
    found, linking = _targets(tmp_path, "Матч прошёл на арене SS «Синтетик». The SS met.")
    assert list(found.items()) == [("SS", "synthetic-state")]
    assert "quoted name" in linking.doubts[0].reason


def test_russian_name_whose_noun_reads_first_in_another_case_still_inflects(tmp_path):
    root = tmp_path / "throne"
    write_corpus(root, {"organizations/o.yml": "northern-throne:\n  name: Северный Престол\n  kind: other\n"})
    gazetteer = build_gazetteer(read_model(root))
    text = "Об этом сообщили в пресс-службе Северного Престола."
    assert {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions} == {
        "Северного Престола": "northern-throne"}


def test_inflected_russian_acronym_and_capital_words_of_a_name(tmp_path):
    root = tmp_path / "acr"
    write_corpus(root, {"organizations/o.yml": """
        synth-ministry:
          name: Синтетическое ведомство дел
          aliases: [СВД]
        svd-word:
          name: Свд
        synth-channel:
          name: Синтетика К
    """})
    gazetteer = build_gazetteer(read_model(root))
    text = "Глава СВДа прибыл вчера. Письмо передали СВД. Синтетики к вечеру не было."
    found = {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}
    # "СВДа" is the acronym in the genitive, not the word "Свд"; "Синтетики к" lacks the capital К.
    assert found == {"СВДа": "synth-ministry", "СВД": "synth-ministry"}
    text = "Сюжет показал канал Синтетика К."
    assert {m.target.id for m in link(text, tokenize(text), gazetteer).mentions} == {"synth-channel"}


def test_russian_one_word_name_the_dictionary_knows_as_a_place_needs_support(tmp_path):
    root = tmp_path / "geo"
    write_corpus(root, {"organizations/o.yml": """
        synthetic-band:
          name: Тверь
        synthetic-firm:
          name: Синтпром
    """})
    gazetteer = build_gazetteer(read_model(root))
    text = "Концерт прошёл в Твери. Акции Синтпрома выросли."
    linking = link(text, tokenize(text), gazetteer)
    assert {m.words: m.target.id for m in linking.mentions} == {"Синтпрома": "synthetic-firm"}
    assert [d.words for d in linking.doubts] == ["Твери"] and "place" in linking.doubts[0].reason


def test_transliteration_doubled_letters_and_the_arabic_son_of(tmp_path):
    root = tmp_path / "translit"
    write_corpus(root, {"organizations/o.yml": """
        synth-book:
          name: Книга рекордов Синтесса
    """, "people/p.yml": """
        synth-emir:
          name: Тамим бин Синтад Аль Примери
        synth-ben:
          name: Ben Synthwick
    """})
    gazetteer = build_gazetteer(read_model(root))
    text = "Тамим бен Синтад Аль Примери попал в Книгу рекордов Синтеса. Bin Synthwick did not."
    found = {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}
    # The capitalised given name Ben is not the particle: "Bin Synthwick" is nobody registered.
    assert found == {"Тамим бен Синтад Аль Примери": "synth-emir", "Книгу рекордов Синтеса": "synth-book"}


def test_name_written_in_the_other_script_matches_by_its_sound(tmp_path):
    root = tmp_path / "scripts"
    write_corpus(root, {"organizations/o.yml": """
        synth-weekly:
          name: Синтбриксон
        synth-band:
          name: Bryce
        synth-front:
          name: Afrosynth
    """})
    gazetteer = build_gazetteer(read_model(root))
    text = "Журнал Syntbrixon написал, что Брайс и Фросинт не приедут."
    found = {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}
    # Three consonants are too few to trust (Брайс), and Afrosynth's first vowel is part of it.
    assert found == {"Syntbrixon": "synth-weekly"}


def test_names_an_organization_name_implies(tmp_path):
    root = tmp_path / "bare"
    write_corpus(root, {"organizations/o.yml": """
        synth-agency:
          name: Синтетическое ведомство Примерной Республики
        synth-corp:
          name: Synthcorp, Inc.
        synth-order:
          name: Орден синтетиков (Западной ветви)
        synth-herald:
          name: The Synthetic Herald
        synth-hill:
          name: The Synthhill
        synth-office:
          name: United Kingdom Synthetic Office
    """})
    gazetteer = build_gazetteer(read_model(root))
    text = ("Синтетическому ведомству ПР ответил Орден синтетиков. Synthcorp and Synthetic Herald "
            "agreed; Synthhill did not.")
    found = {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}
    # A one-word name is not left alone by dropping its article: The Synthhill is not Synthhill.
    assert found == {"Синтетическому ведомству ПР": "synth-agency", "Орден синтетиков": "synth-order",
                     "Synthcorp": "synth-corp", "Synthetic Herald": "synth-herald"}
    text = "The U.K. Synthetic Office and the UK Synthetic Office are one."
    found = {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions if m.target.kind != "country"}
    assert found == {"U.K. Synthetic Office": "synth-office", "UK Synthetic Office": "synth-office"}


def test_latin_name_inside_a_longer_latin_name_in_russian_text(tmp_path):
    root = tmp_path / "latin"
    write_corpus(root, {"organizations/o.yml": "synth-mag:\n  name: Synthmag\n"})
    gazetteer = build_gazetteer(read_model(root))
    text = "Интервью вышло в Synthmag Germany. Позже журнал Synthmag ответил."
    linking = link(text, tokenize(text), gazetteer)
    assert [(m.words, m.line) for m in linking.mentions] == [("Synthmag", 1)]
    assert linking.mentions[0].start == text.rindex("Synthmag")
    assert "Synthmag Germany" in linking.doubts[0].reason


def test_russian_lone_surname_of_one_registered_person_with_no_namesake_in_the_text(tmp_path):
    people = "andrei-syntiukov:\n  name: Андрей Синтюков\n"
    write_corpus(tmp_path / "one", {"people/p.yml": people})
    write_corpus(tmp_path / "two", {"people/p.yml": people + "oleg-syntiukov:\n  name: Олег Синтюков\n"})
    one, two = (build_gazetteer(read_model(tmp_path / name)) for name in ("one", "two"))

    def found(text, gazetteer=one):
        return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}

    assert found("Вчера вручили премию имени Синтюкова.") == {"Синтюкова": "andrei-syntiukov"}
    assert found("Вчера вручили премию имени Синтюкова.", two) == {}  # two registered people bear it
    assert found("Пришла Мария Синтюкова. Позже вручили премию имени Синтюкова.") == {}  # a namesake
    assert found("Дело против Синтюкова завели после жалобы семьи Синтюковых.") == {}  # a family
    assert found("Премию вручили Рейсс-Синтюкову.") == {}  # a double surname


def test_suggested_names_start_and_end_with_a_capitalised_word(tmp_path):
    from generator.draft.suggest import suggest

    text = ("After Quux Nonesuch left, Secretary of State Zorb Examplia spoke. Secretary of State said no. "
            "В Синтграде открылся Синтетический Фонд Примеров.")
    tokens = tokenize(text)
    root = tmp_path / "empty"
    write_corpus(root, {"organizations/o.yml": "unrelated-org:\n  name: Unrelated Synthetic Org\n"})
    names = {s.name: s.folder for s in suggest(text, tokens, link(text, tokens, build_gazetteer(read_model(root))),
                                               set())}
    # Before this rule: "After Quux Nonesuch", "of State Zorb Examplia", "В Синтграде".
    assert names == {"Quux Nonesuch": None, "Zorb Examplia": "people", "Синтетический Фонд Примеров": None}


def test_ministry_written_with_its_object_first(tmp_path):
    root = tmp_path / "head"
    write_corpus(root, {"organizations/o.yml": """
        synth-department:
          name: United Kingdom Department of Synthetics
        synth-ministry:
          name: Ministry of Synthesis
    """})
    gazetteer = build_gazetteer(read_model(root))
    text = "The UK Synthetics Department and the Synthesis Ministry met; the Ministry of Synthesis spoke."
    found = {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions if m.target.kind != "country"}
    assert found == {"UK Synthetics Department": "synth-department", "Synthesis Ministry": "synth-ministry",
                     "Ministry of Synthesis": "synth-ministry"}


def test_one_word_name_that_is_an_ordinary_word_is_not_read_from_a_sentences_capital(tmp_path):
    root = tmp_path / "ordinary"
    write_corpus(root, {"organizations/o.yml": "synth-weekly:\n  name: People\n  kind: media\n"})
    gazetteer = build_gazetteer(read_model(root))
    text = "The synthetic flag contest opened.\nPeople were invited to send designs."
    linking = link(text, tokenize(text), gazetteer)
    assert linking.mentions == [] and "sentence's first" in linking.doubts[0].reason
    # Named mid-sentence too, the magazine is in the text, and the sentence's first word may be it.
    text += " A reader told People so."
    linking = link(text, tokenize(text), gazetteer)
    assert [m.words for m in linking.mentions] == ["People", "People"]


def test_english_name_without_its_middle_name_or_initial(tmp_path):
    root = tmp_path / "middle"
    write_corpus(root, {"people/p.yml": "synth-q:\n  name: Zorblat Xavier Quinn\nsynth-s:\n  name: Andrew J. Synthkins\n"
                                        "synth-t:\n  name: Hamad bin Synthar\n"})
    gazetteer = build_gazetteer(read_model(root))
    text = "Zorblat Quinn met Andrew Synthkins. Hamad Synthar was away."
    linking = link(text, tokenize(text), gazetteer)
    # A particle ("bin") is not a middle name: "Hamad Synthar" may be someone else.
    assert {m.words: m.target.id for m in linking.mentions} == {"Zorblat Quinn": "synth-q",
                                                                "Andrew Synthkins": "synth-s"}


def test_a_countrys_institution_by_its_short_form_in_a_text_about_another_country(tmp_path):
    from generator.draft.homeland import leave_out_foreign_institutions

    root = tmp_path / "homeland"
    write_corpus(root, {"organizations/o.yml": """
        synth-court:
          name: Supreme Synthetic Court of Armenia
          aliases: [Supreme Synthetic Court]
        synth-ministry:
          name: Министерство синтетических дел Российской Федерации
          aliases: [МСД]
        synth-front:
          name: Synthetic Front of Armenia and Elsewhere
          aliases: [SFAE]
    """})
    gazetteer = build_gazetteer(read_model(root))

    def found(text: str) -> tuple[list[str], list[str]]:
        linking = link(text, tokenize(text), gazetteer)
        leave_out_foreign_institutions(linking, gazetteer)
        return [m.target.id for m in linking.mentions if m.target.kind != "country"], \
            [d.reason for d in linking.doubts]

    ids, doubts = found("In Brazil, the Supreme Synthetic Court ruled on Monday.")
    assert ids == [] and "Armenia" in doubts[0]
    assert found("In Armenia, the Supreme Synthetic Court ruled on Monday.")[0] == ["synth-court"]
    assert found("The Supreme Synthetic Court ruled on Monday.")[0] == ["synth-court"]  # no country: no clue
    assert found("An Armenian said the Supreme Synthetic Court ruled.")[0] == ["synth-court"]
    assert found("МСД Катара сообщило об этом во вторник.")[0] == []
    assert found("МСД России сообщило об этом во вторник.")[0] == ["synth-ministry"]
    # A country inside the name, not owning it: the group is no state's body.
    assert found("In Brazil, SFAE members met.")[0] == ["synth-front"]


def test_person_full_name_spelt_with_other_vowels_in_the_same_script(tmp_path):
    root = tmp_path / "variants"
    write_corpus(root, {"people/p.yml": "synth-a:\n  name: Антониу Синтерриш\n"
                                        "synth-b:\n  name: Хамад бин Синтифа Аль Зани\n"
                                        "synth-c:\n  name: Ivan Orlov\n"})
    gazetteer = build_gazetteer(read_model(root))
    text = ("Вчера Антониу Синтеррешу и шейху Хамаду бен Синтифе Аль Зани написали.\n"
            "Ivana Orlova came. Антониу Синтер ушёл.")
    linking = link(text, tokenize(text), gazetteer)
    assert [(m.words, m.target.id) for m in linking.mentions] == [
        ("Антониу Синтеррешу", "synth-a"), ("Хамаду бен Синтифе Аль Зани", "synth-b")]
    assert "spelt differently" in linking.mentions[0].how
    # Short names ("Ivana Orlova") and other consonants ("Синтер") are other people.


def test_arabic_name_without_the_family_name(tmp_path):
    root = tmp_path / "family"
    write_corpus(root, {"people/p.yml": "synth-m:\n  name: Мухаммед ибн Синтан Аль Зауд\n"
                                        "synth-h:\n  name: Hamad bin Synthan Al Zani\n"})
    gazetteer = build_gazetteer(read_model(root))
    text = "Наследный принц Мухаммед ибн Синтан приехал. Hamad bin Synthan came. Мухаммед ибн Зуфар остался."
    linking = link(text, tokenize(text), gazetteer)
    assert [(m.words, m.target.id) for m in linking.mentions] == [
        ("Мухаммед ибн Синтан", "synth-m"), ("Hamad bin Synthan", "synth-h")]


def test_one_word_english_name_between_capitalised_words_is_inside_a_longer_name(tmp_path):
    root = tmp_path / "between"
    write_corpus(root, {"organizations/o.yml": "synth-weekly:\n  name: Synthfolk\n"})
    gazetteer = build_gazetteer(read_model(root))
    text = ("In the synthetic poll, Ann Roe of the New Synthfolk Party won a seat, and the candidate of "
            "the New Synthfolk's Party lost hers.\n"
            "Voters read Synthfolk daily. Synthfolk Editors Meet Voters")  # the last line: a headline
    linking = link(text, tokenize(text), gazetteer)
    assert [m.line for m in linking.mentions] == [2, 2]
    assert [d.reason for d in linking.doubts] == ["part of the longer name 'New Synthfolk Party', not registered",
                                                  "part of the longer name 'New Synthfolk's Party', not registered"]


def test_state_institution_without_its_state_status(tmp_path):
    root = tmp_path / "state"
    write_corpus(root, {"organizations/o.yml": "synth-gallery:\n  name: Государственная Синтетическая галерея\n"
                                               "synth-museum:\n  name: State Synthmitage Museum\n"
                                               "synth-duma:\n  name: Государственная Синтдума\n"})
    gazetteer = build_gazetteer(read_model(root))
    text = "Картину вернули в Синтетическую галерею, а не в Синтдуму. The Synthmitage Museum agreed."
    linking = link(text, tokenize(text), gazetteer)
    # One word left ("Синтдума") is too little to be the name.
    assert [(m.words, m.target.id) for m in linking.mentions] == [
        ("Синтетическую галерею", "synth-gallery"), ("Synthmitage Museum", "synth-museum")]


def test_acronym_opening_another_registered_english_name_is_that_brand_not_its_owner(tmp_path):
    root = tmp_path / "brand"
    write_corpus(root, {"organizations/o.yml": "synth-net:\n  name: Synthetic Broadcasting Network\n  aliases: [SBN]\n"
                                               "synth-news:\n  name: SBN Newsdesk\n"
                                               "synth-bloc:\n  name: Council of the SBN\n"})
    gazetteer = build_gazetteer(read_model(root))
    text = "According to SBN Newsdesk, the Council of the SBN met."
    linking = link(text, tokenize(text), gazetteer)
    # At the end of the longer name ("of the SBN") the acronym still names its owner.
    assert [(m.words, m.target.id) for m in linking.mentions] == [
        ("SBN Newsdesk", "synth-news"), ("Council of the SBN", "synth-bloc"), ("SBN", "synth-net")]


def test_names_sharing_one_plural_head_word(tmp_path):
    root = tmp_path / "heads"
    write_corpus(root, {"organizations/o.yml": """
        zorb-state:
          name: Zorbland Department of State
          aliases: [State Department]
        zorb-vigil:
          name: Zorbland Department of Vigil Security
          aliases: [Department of Vigil Security]
        zorb-coin:
          name: Coin Ministry
        state-fair:
          name: State
    """})
    gazetteer = build_gazetteer(read_model(root))

    def found(text: str) -> dict[str, str]:
        return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}

    assert found("Talks between the State and Vigil Security Departments ended.") == {
        "State": "zorb-state", "Vigil Security Departments": "zorb-vigil"}
    # A list of three, the head word in lower case; members the registry lacks are not found.
    assert found("The Quux, Coin and Fizz ministries met.") == {"Coin": "zorb-coin"}
    # A list is on one line: a heading above is not its first member.
    assert found("Talks with the State\nand Vigil Security Departments ended.").get("State") != "zorb-state"
    # One name in the plural is not a list: nothing is read into it.
    assert "Vigil Security Departments" not in found("The Vigil Security Departments of two states met.")


def test_given_name_alone_beside_a_relative_named_in_full(tmp_path):
    root = tmp_path / "family"
    write_corpus(root, {"people/p.yml": """
        quorn-zibble:
          name: Quorn Zibble
        mirta-zibble:
          name: Mirta Zibble
        mirta-flonk:
          name: Mirta Flonk
        boris-sintyuk:
          name: Борис Синтюк
        olga-sintyuk:
          name: Ольга Синтюк
    """})
    gazetteer = build_gazetteer(read_model(root))

    def found(text: str) -> dict[str, str]:
        return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}

    assert found("Quorn Zibble and his daughter Mirta arrived.") == {"Quorn Zibble": "quorn-zibble",
                                                                     "Mirta": "mirta-zibble"}
    assert found("Приехали Борис Синтюк и его дочь Ольга. Ольгу встретили.") == {
        "Борис Синтюк": "boris-sintyuk", "Ольга": "olga-sintyuk", "Ольгу": "olga-sintyuk"}
    # No relative named in full, or the given name opens another name: nothing.
    assert found("Mirta arrived.") == {}
    assert found("Quorn Zibble met Mirta Quax.") == {"Quorn Zibble": "quorn-zibble"}


def test_registered_surname_alias_is_still_found_as_a_lone_surname(tmp_path):
    # The same person as above, with the lone surname also registered as an alias (a registry
    # made from annotations lists every form the annotators marked): found all the same.
    write_corpus(tmp_path / "alias", {"people/p.yml": "andrei-syntiukov:\n  name: Андрей Синтюков\n"
                                                      "  aliases: [Синтюкова]\n"})
    gazetteer = build_gazetteer(read_model(tmp_path / "alias"))
    text = "Вчера вручили премию имени Синтюкова."
    linking = link(text, tokenize(text), gazetteer)
    assert {m.words: m.target.id for m in linking.mentions} == {"Синтюкова": "andrei-syntiukov"}
    assert linking.doubts == []
    text = "Пришла Мария Синтюкова. Позже вручили премию имени Синтюкова."
    linking = link(text, tokenize(text), gazetteer)
    assert linking.mentions == [] and {d.words for d in linking.doubts} >= {"Синтюкова"}


def test_registered_given_name_is_still_read_beside_a_relative(tmp_path):
    # A registry made from annotations files a daughter under her given name, her full name an alias.
    write_corpus(tmp_path / "given", {"people/p.yml": """
        quorn-zibble:
          name: Quorn Zibble
        mirta-zibble:
          name: Mirta
          aliases: [Mirta Zibble]
        mirta-flonk:
          name: Mirta Flonk
    """})
    gazetteer = build_gazetteer(read_model(tmp_path / "given"))
    text = "Quorn Zibble and his daughter Mirta arrived."
    linking = link(text, tokenize(text), gazetteer)
    assert {m.words: m.target.id for m in linking.mentions} == {"Quorn Zibble": "quorn-zibble",
                                                                "Mirta": "mirta-zibble"}
    assert linking.doubts == []
    text = "Mirta arrived."  # no relative named: still one word of her name alone, a doubt
    linking = link(text, tokenize(text), gazetteer)
    assert linking.mentions == [] and [d.words for d in linking.doubts] == ["Mirta"]


def test_person_registered_under_one_word_of_a_full_name_alias_needs_the_full_name(tmp_path):
    # A registry made from annotations may file a person under a lone surname, the full name an alias.
    write_corpus(tmp_path / "one", {"people/p.yml": "mira-synthova:\n  name: Synthova\n"
                                                    "  aliases: [Mira Synthova]\n"})
    gazetteer = build_gazetteer(read_model(tmp_path / "one"))

    def found(text: str) -> dict[str, str]:
        return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}

    # A surname alone, as if it were an alias: in English, found when nothing else claims it (english_surnames.py).
    assert found("Later Synthova spoke.") == {"Synthova": "mira-synthova"}
    assert found("Tiffany Synthova came. Later Synthova spoke.") == {}
    assert found("Mira Synthova came. Later Synthova spoke.") == {"Mira Synthova": "mira-synthova",
                                                                  "Synthova": "mira-synthova"}


def test_name_heard_in_the_other_script_is_a_run_of_capitalised_words(tmp_path):
    write_corpus(tmp_path / "sound", {"organizations/o.yml": "dyo-etagu:\n  name: Dyo Etagu\n"})
    gazetteer = build_gazetteer(read_model(tmp_path / "sound"))

    def found(text: str) -> dict[str, str]:
        return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}

    assert found("Вчера выступили Дио Этагу.") == {"Дио Этагу": "dyo-etagu"}
    # A word in lower case ends the run: a number after it does not carry a name on.
    assert found("До этого 15 октября был концерт.") == {}


def test_acronym_written_with_full_stops(tmp_path):
    write_corpus(tmp_path / "dots", {"organizations/o.yml": """
        zorbic-union:
          name: Zorbic Union Nations
          aliases: [ZUN]
        quax-bureau:
          name: Quax Bureau of Inquiry
          aliases: [Q.B.I.]
    """})
    gazetteer = build_gazetteer(read_model(tmp_path / "dots"))

    def found(text: str) -> dict[str, str]:
        return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}

    assert found("The Z.U.N.'s envoy met the QBI chief.") == {"Z.U.N": "zorbic-union", "QBI": "quax-bureau"}
    # Initials with spaces, or lower-case letters, are not the acronym.
    assert found("Z. U. N. Smith and z.u.n. wrote.") == {}


def test_full_name_alias_spelt_otherwise_is_the_name_and_a_title_alias_is_weak(tmp_path):
    write_corpus(tmp_path / "spelt", {"people/p.yml": """
        moamar-zadhafi:
          name: Muamar Zaddafi
          aliases: [Moammar Zadhafi, Grand Leader]
    """})
    gazetteer = build_gazetteer(read_model(tmp_path / "spelt"))

    def found(text: str) -> dict[str, str]:
        return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}

    # Another transliteration of the full name shares no word with it, yet names him alone.
    assert found("Crowds cheered Moammar Zadhafi on Monday.") == {"Moammar Zadhafi": "moamar-zadhafi"}
    # A title made of English words is weak alone, as before.
    assert found("Crowds cheered the Grand Leader on Monday.") == {}


def test_namesake_institutions_are_decided_by_the_country_their_name_gives(tmp_path):
    write_corpus(tmp_path / "courts", {"organizations/o.yml": """
        court-pe:
          name: Supreme Court of Peru
          aliases: [Supreme Court, Верховный суд]
        court-fr:
          name: Supreme Court of France
          aliases: [Supreme Court, Верховный суд]
    """})
    gazetteer = build_gazetteer(read_model(tmp_path / "courts"))

    def found(text: str) -> dict[str, str]:
        return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}

    assert found("Voters in Peru waited. The Supreme Court ruled on Monday.") == {
        "Peru": "PE", "Supreme Court": "court-pe"}
    assert found("The Supreme Court ruled on Monday.") == {}  # nothing says whose


def test_an_institution_the_text_gives_another_owner_is_not_the_registered_one(tmp_path):
    write_corpus(tmp_path / "owner", {"organizations/o.yml": """
        court-pe:
          name: Supreme Court of Peru
          aliases: [Supreme Court, Верховный суд]
    """})
    gazetteer = build_gazetteer(read_model(tmp_path / "owner"))

    def linked(text: str):
        linking = link(text, tokenize(text), gazetteer)
        return {m.words: m.target.id for m in linking.mentions}, [d.reason for d in linking.doubts]

    found, doubts = linked("In Peru, the Supreme Court of Chile was praised.")
    assert found == {"Peru": "PE", "Chile": "CL"}
    assert doubts == ["'Supreme Court' of Chile, another country's than any registered"]
    assert linked("In Peru, the Supreme Court of the country was praised.")[0] == {
        "Peru": "PE", "Supreme Court": "court-pe"}
    assert linked("В Перу Верховный суд Чили похвалили.")[0] == {"Перу": "PE", "Чили": "CL"}


def test_one_word_name_is_found_only_as_spelt_while_a_full_name_may_be_transliterated(tmp_path):
    write_corpus(tmp_path / "spelt1", {"organizations/o.yml": "zony:\n  name: Zony\n",
                                       "people/p.yml": "andrei-quorn:\n  name: Andrei Quornov\n"})
    gazetteer = build_gazetteer(read_model(tmp_path / "spelt1"))

    def found(text: str) -> dict[str, str]:
        return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}

    assert found("Zony's profits rose.") == {"Zony": "zony"}
    assert found("Taher El-Zonni spoke.") == {}  # doubled letters and y/i folded: not the company
    assert found("Andrey Quornov spoke.") == {"Andrey Quornov": "andrei-quorn"}


def test_an_indeclinable_russian_name_is_not_inflected_as_the_word_it_is_spelt_like():
    # "Того" (Togo) is also the genitive of the pronoun "тот": inflected as the pronoun it gave
    # "Том" and "То", which the cross-script keys read in English as "Tom" and "To".
    assert inflections("Того") == {"Того"}
    assert "Новикову" in inflections("Новиков")
    gazetteer = build_gazetteer(read_model(SAMPLE))
    text = "To the surprise of many, Tom Smith spoke in Togo."
    found = [(m.words, m.target.id) for m in link(text, tokenize(text), gazetteer).mentions]
    assert found == [("Togo", "TG")]
