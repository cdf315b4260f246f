"""English people, round 15, read on AIDA's testa (draft/scorecards.py, english_surnames.py,
english_fullnames.py). The registry is synthetic: made-up people ("Kel Stauntorb"); the texts are
made up too (real countries and cities are fine)."""

from __future__ import annotations

from .conftest import people_found

TEAM = (
    "vexo-quelmannt:\n  name: Vexo Quelmannt\n"
    "arno-brixleyt:\n  name: Arno Brixleyt\n"
    "teo-dunmarsht:\n  name: Teo Dunmarsht\n"
    "kel-stauntorb:\n  name: Kel Stauntorb\n"
    "dan-irwellby:\n  name: Dan Irwellby\n"
)
LINE_UP_STORY = (
    "Soccer - Quelmannt names team to play Malta.\n"
    "DUBLIN 1996-08-30\n"
    "Irish manager Vexo Quelmannt on Friday named the team to play Malta.\n"
    "Arno Brixleyt was selected in defence, and Teo Dunmarsht joins the attack.\n"
    "The team is as follows:\n"
    "{line}\n"
)


def test_a_line_up_of_surnames_is_a_list_not_a_headline(tmp_path):
    # Every word of the line is capitalised, like a headline's, but it lists surnames parted by
    # commas, and two of them are players the story named in full: the others are people too.
    found = people_found(tmp_path, TEAM)
    words = found(LINE_UP_STORY.format(line="Gorrin, Brixleyt, Stauntorb, Dunmarsht, Irwellby, Hartow."))
    assert words["Stauntorb"] == "kel-stauntorb" and words["Irwellby"] == "dan-irwellby"
    # A label before a colon, an "and" before the last entry, a substitute in brackets.
    words = found(LINE_UP_STORY.format(line="Ireland: Gorrin, Brixleyt, Stauntorb ( Pelko 75th ), Dunmarsht and Irwellby."))
    assert words["Stauntorb"] == "kel-stauntorb" and words["Irwellby"] == "dan-irwellby"


def test_a_title_case_line_that_is_no_line_up_still_says_nothing(tmp_path):
    found = people_found(tmp_path, TEAM)
    # Fewer than two entries are people the story named: a headline's capitals.
    lone = "Soccer - Quelmannt names team.\nDUBLIN 1996-08-30\nVexo Quelmannt named a team.\n{line}\n"
    assert "Stauntorb" not in found(lone.format(line="Gorrin, Hartow, Stauntorb, Pelko, Irwellby."))
    # An entry of two words is no surname's ("Stauntorb Back"): a headline.
    assert "Stauntorb" not in found(LINE_UP_STORY.format(line="Brixleyt, Dunmarsht, Stauntorb Back, Irwellby Out."))
    # Three entries are too few for a line-up.
    assert "Stauntorb" not in found(LINE_UP_STORY.format(line="Brixleyt, Dunmarsht, Stauntorb."))


SCORER = "curtis-quillbyr:\n  name: Curtis Quillbyr\n"
SCORECARD = (
    "CRICKET - ZORBIA V QUELVIA SCOREBOARD.\n"
    "COLOMBO 1996-08-30\n"
    "{batsman} c Vexmore b Jayarin 3\n"
    "S. Jayarin c Healmore b Quillbyr 44\n"
    "A. Ranmoor lbw b Quillbyr 0\n"
)


def test_a_surname_after_another_bearers_initials_names_that_bearer_throughout(tmp_path):
    # "D. Quillbyr" is not Curtis Quillbyr: the scorecard's "b Quillbyr" further on is the same
    # unregistered D. Quillbyr, as a word names one person throughout a text.
    found = people_found(tmp_path, SCORER)
    assert "Quillbyr" not in found(SCORECARD.format(batsman="D. Quillbyr"))
    # The registered bearer's own initial, or none, leaves the dismissals his.
    assert found(SCORECARD.format(batsman="C. Quillbyr"))["Quillbyr"] == "curtis-quillbyr"
    assert found(SCORECARD.format(batsman="M. Vexmore"))["Quillbyr"] == "curtis-quillbyr"


def test_initials_in_brackets_are_the_given_names_of_another_bearer(tmp_path):
    found = people_found(tmp_path, "charles-zorbtaylor:\n  name: Charles Zorbtaylor\n")
    assert "Zorbtaylor" not in found("1990 - British historian Alan John Percivale ( A.J.P. ) Zorbtaylor died.")
    assert found("1990 - British historian ( C.J. ) Zorbtaylor died.")["Zorbtaylor"] == "charles-zorbtaylor"


BROTHER = "julio-dely-zorbvaldes:\n  name: Julio Dely Zorbvaldes\n"


def test_a_name_without_its_first_given_name_after_another_given_name_is_another_person(tmp_path):
    # "Dely Zorbvaldes" stands for Julio Dely Zorbvaldes where nothing else stands for "Julio";
    # after "Jorge Luis" it ends his brother's full name.
    found = people_found(tmp_path, BROTHER)
    assert "Dely Zorbvaldes" not in found("Panama - Jorge Luis Dely Zorbvaldes ( 50th )")
    assert found("Panama won 1-0, Dely Zorbvaldes scoring in the 50th minute.")["Dely Zorbvaldes"] == \
        "julio-dely-zorbvaldes"
    assert found("Striker Dely Zorbvaldes scored in the 50th minute.") == {"Dely Zorbvaldes": "julio-dely-zorbvaldes"}
