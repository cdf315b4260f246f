"""People in news and sports pages, the classes AIDA CoNLL-YAGO's errors showed
(english_surnames.py): a royal's realm is no surname, and initials that are not the
registered person's say another bearer of the surname is meant. Synthetic registries:
the people are made up; the places are real, since the rules ask the map about them."""

from __future__ import annotations

from .conftest import people_found

PEOPLE = """
    zorbo-quillstrand:
      name: Zorbo Quillstrand
    mabel-thistlewick:
      name: Mabel Thistlewick
    alaric-iv-of-zorbland:
      name: Alaric IV of Zorbland
    ottilie-princess-of-vexmoor:
      name: Ottilie, Princess of Vexmoor
"""


def test_a_royals_realm_is_no_surname(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    # "Alexander III of Scotland" made every "Scotland" a king; "Caroline, Princess of Hanover" every "Hanover".
    assert found("The team flew to Zorbland on Monday and lost there.") == {}
    assert found("Peter Zorbson ( Zorbland ) beat Carl Vexley 15-8") == {}
    assert found("The firm opened an office in Vexmoor last week.") == {}
    # A surname of an ordinary registered name is still found alone.
    assert found("The talks ended late. Quillstrand said the deal was close.") == {"Quillstrand": "zorbo-quillstrand"}


def test_initials_of_another_given_name_are_another_bearer(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    # A results list names people by initial and surname: "N. Quillstrand" is not Zorbo Quillstrand.
    assert found("Zorbland scored 226 in their innings ( N. Quillstrand 65 ).") == {}
    assert found("1977 - E.F. ( Fritz ) Quillstrand, author of a best seller, died.") == {}
    # The registered person's own initial is no objection.
    assert found("Zorbland scored 226 in their innings ( Z. Quillstrand 65 ).") == {"Quillstrand": "zorbo-quillstrand"}
    assert found("Thistlewick 5-43, M. Thistlewick took four wickets.") == {"Thistlewick": "mabel-thistlewick"}


def test_a_scorecards_letters_are_no_other_languages_words(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    # "c" (caught) and "b" (bowled) are stop words of Turkish and Polish; a letter alone says no language.
    rows = "".join(f"{initial}. Vexley{n} c Plothar b Dorrimax {n}\n" for n, initial in enumerate("KTRMS"))
    text = f"Scoreboard of the match:\n{rows}Best of the day was Quillstrand, who hit 50.\n"
    assert found(text) == {"Quillstrand": "zorbo-quillstrand"}


def test_a_royal_named_by_title_and_given_name(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    assert found("King Alaric left for a week-long visit abroad.") == {"Alaric": "alaric-iv-of-zorbland"}
    assert found("Crowds cheered Princess Ottilie at the opening.") == {"Ottilie": "ottilie-princess-of-vexmoor"}
    # The registered title only: she is no queen in the registry.
    assert found("Crowds cheered Queen Ottilie at the opening.") == {}
    # No title, or the first word of another's full name.
    assert found("Alaric left for a visit abroad.") == {}
    assert found("King Alaric Zorbington opened the games.") == {}


def test_a_royal_title_that_fits_two_registered_royals_is_left_to_the_reader(tmp_path):
    found = people_found(tmp_path, PEOPLE + "    alaric-ii-of-vexmoor:\n      name: Alaric II of Vexmoor\n")
    assert found("King Alaric left for a week-long visit abroad.") == {}


def test_a_ranked_lists_lone_surname_says_nothing_of_who(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    # "6. Johansson 17" in motocross standings is not the registered tennis player: the entry gives no context.
    standings = "Overall standings after the race:\n1. Vexley 36\n2. Quillstrand 34\n3. Dorrimax 30\n"
    assert found(standings) == {}
    assert found("Results of the stage:\n4. Quillstrand 4 seconds\n5. Vexley 1 minute 21 seconds\n") == {}
    # In a sentence the surname is still found.
    assert found("The stage went to Vexley; Quillstrand was second, 4 seconds behind.") == {"Quillstrand": "zorbo-quillstrand"}


CRICKETERS = """
    dorian-marsh:
      name: Dorian Marsh
    rufus-crane:
      name: Rufus Crane
"""


def test_a_scorecards_dismissal_names_its_fielder_and_bowler(tmp_path):
    found = people_found(tmp_path, CRICKETERS)
    # "marsh" and "crane" are English words: alone in a sentence they are not people.
    assert found("The ground lies beside a marsh. Crane arrived late.") == {}
    # A dismissal says both are players: caught by one, bowled by the other.
    card = "Zorbland first innings\nK. Vexley c Marsh b Crane 46\nT. Dorrimax lbw b Crane 12\n"
    assert found(card) == {"Marsh": "dorian-marsh", "Crane": "rufus-crane"}
    # A lone "b" or "c" elsewhere is no dismissal.
    assert found("Section c Marsh Lane was closed after the storm.") == {}


def test_a_firms_possessive_name_is_no_surname_in_that_text(tmp_path):
    found = people_found(tmp_path, PEOPLE)
    text = "Investors in Quillstrand's of London will appeal. A court gave Quillstrand's a reprieve."
    assert found(text) == {}
    assert found("A court gave Quillstrand's lawyers a reprieve.") == {"Quillstrand": "zorbo-quillstrand"}


def test_a_dismissal_reads_another_persons_given_name_as_a_surname(tmp_path):
    found = people_found(tmp_path, "    kellan-vorst:\n      name: Kellan Vorst\n"
                                   "    vorst-quellby:\n      name: Vorst Quellby\n")
    # "Vorst" is also a registered given name: alone in a sentence it names neither.
    assert found("The ground was wet. Vorst arrived late.") == {}
    assert found("Zorbland first innings\nT. Dorrimax c Vorst b Plothar 12\n") == {"Vorst": "kellan-vorst"}
