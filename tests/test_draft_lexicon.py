"""The dictionaries that tell a one-word name from a word or a place (generator/draft/lexicon.py)."""

from generator.draft.lexicon import is_city, is_english_word


def test_a_word_the_dictionary_writes_in_lower_case_is_an_english_word_in_any_case():
    assert is_english_word("senate") and is_english_word("Senate") and is_english_word("ARMY")


def test_a_name_the_dictionary_writes_capitalised_or_not_at_all_is_not_a_word():
    assert not is_english_word("Clinton")  # listed, but only as a proper noun
    assert not is_english_word("Schalke")


def test_cities_by_their_own_name_accents_aside_and_by_size():
    assert is_city("Freiburg") and is_city("Valencia") and is_city("Düsseldorf") and is_city("Dusseldorf")
    assert not is_city("Schalke")
    assert is_city("Wolfsburg", min_population=100_000) and not is_city("Wolfsburg", min_population=1_000_000)


def test_a_city_goes_by_its_name_without_its_qualifier():
    assert is_city("Frankfurt am Main") and is_city("Frankfurt") and is_city("Halle")
    assert not is_city("Main")
