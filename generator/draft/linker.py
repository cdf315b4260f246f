"""What an article mentions: registry names found in its text (matches.py, under the case
rules of case_rules.py), longest first, then acronyms the text defines, then surnames of people
already named in full (and lone surnames: surnames.py in Russian, english_surnames.py),
with every doubtful name decided by context.py or left out, and names found only in a
credit or byline left out (credits.py)."""

from __future__ import annotations

import re
from functools import cached_property

from ..dates import PartialDate
from .context import choose
from .contractions import contracts_own_name
from .credits import leave_out_credited
from .digest import a_listed_name
from .eponyms import eponym_head
from .english_fullnames import ANOTHER_FULL_NAME, given_name_of_another_before, word_of_another_full_name
from .english_surnames import link_english_surnames
from .couples import link_couples
from .family import relatives
from .bodies import another_countrys_than_the_story, owner_named, with_owners_spelled_before
from .case_rules import a_case_form
from .gazetteer import Form, Gazetteer, Target
from .apposition import owned_or_own_name
from .homes import BARE, countries_in_spellings, country_either_way, owners_registered_body, tied_countries, \
    with_bare_state_bodies
from .initialled import link_initialled_names
from .institutions import calendar_word, institution_continuing
from .longer import NamedInFull, NameRuns, sentence_initial, words_of_its_own_name
from .lexicon import is_english_word
from .linking import Doubt, Linking, Mention
from .matches import Match, longest_first, raw_matches
from .misreadings import misread
from .morph import is_dictionary_place, is_given_name, ordinal_in_figures, reads_as_surname
from .namesakes import primary_meaning
from .nested_names import link_nested_names
from .onename import link_one_names
from .ordinary import is_ordinary_word
from .quotednames import country_or_its_namesake
from .otherwise import acronyms_defined_otherwise, bare_only, place_alias, products_named_after, read_otherwise
from .shortforms import CLUB_WORD, SHORT_FORMS, ShortForms
from .sourcecue import bare_body_at_a_source
from .sportspages import namesakes_of_the_sport
from .surnames import another_given_name_before, lone_surnames
from .tables import ResultCells
from .teamnames import link_team_short_names
from .text import Token, capitalized, is_acronym, line_of, script_of

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_QUOTED_NAME = re.compile(r"\s?[«„\"“]\w")
_DEFINED_ACRONYM = re.compile(r"\s*\(\s*([^\W\d_][\w.&-]{1,9})\s*[,)]")
# A Russian ordinal in figures right before a name ("1-й", "3-го", "22-я"): a numbered one of
# the kind, not the registered body. Whether the ending after the hyphen is an ordinal's is
# pymorphy3's reading (morph.ordinal_in_figures), not a list of endings.
_FIGURES_BEFORE = re.compile(r"(?<!\w)(\d{1,3}-\w{1,3})\s+$")
# needs_evidence's reason for a name whose word the text also writes in lower case
ORDINARY_HERE = "also an ordinary word in this text"


class _Linker:
    def __init__(self, text: str, tokens: list[Token], gazetteer: Gazetteer, published: PartialDate | None):
        self.text, self.tokens, self.gazetteer, self.published = text, tokens, gazetteer, published
        self.lower_words = {t.key for t in tokens if t.text.islower()}
        self.russian = bool(_CYRILLIC.search(text))
        self.linking = Linking()
        self.runs = NameRuns(text, tokens, gazetteer.place_keys, self.russian)
        self.named_in_full = NamedInFull()  # longer names a registered one ended: their short forms after
        self.open_doubts: dict[int, Doubt] = {}  # token index -> a doubt a later rule may still resolve
        self.short_forms: ShortForms | None = None  # organizations' one-word short forms, read in resolve()
        self.cells = ResultCells(text, tokens, gazetteer)  # a results table's teams (tables.py)
        # "an artificial pancreas (AP)": registered acronyms the text defines as something else (otherwise.py)
        self.defined_otherwise = acronyms_defined_otherwise(text, tokens, gazetteer)

    @cached_property
    def text_keys(self) -> set[str]:
        return {t.key for t in self.tokens}

    def words_around(self, start: int, end: int) -> tuple[list[str], list[str]]:
        before = [t.text.lower() for t in self.tokens[max(0, start - 3):start]]
        after = [t.text.lower() for t in self.tokens[end:end + 2]]
        return before, after

    def add(self, target: Target, start: int, end: int, how: str) -> None:
        first, last = self.tokens[start], self.tokens[end - 1]
        self.linking.mentions.append(Mention(target, first.start, last.end, self.text[first.start:last.end],
                                             line_of(self.text, first.start), how))
        self.linking.covered.update(range(start, end))

    def doubt(self, start: int, end: int, reason: str, final: bool = True) -> None:
        first, last = self.tokens[start], self.tokens[end - 1]
        doubt = Doubt(self.text[first.start:last.end], line_of(self.text, first.start), reason)
        self.linking.doubts.append(doubt)
        if final:
            self.linking.covered.update(range(start, end))
        else:
            self.open_doubts[start] = doubt

    def close_doubts(self) -> None:
        """A surname or given name the registry lists, left open by resolve(), that a later rule
        (a lone Russian surname, a surname after the full name, a relative's given name) found
        is no doubt after all."""
        for start, doubt in self.open_doubts.items():
            if start in self.linking.covered:
                self.linking.doubts.remove(doubt)
            self.linking.covered.add(start)

    def needs_evidence(self, match: Match, form: Form) -> str:
        """Why a single candidate still needs support from the text ('' when it does not)."""
        if place_alias(form, self.tokens[match.start:match.end], self.text, self.gazetteer, self.text_keys) \
                and not self.cells.league_team(match.start, match.end, form.target):  # tables.py
            return "also a place name"  # "England" for a national team, "Washington" for the government
        if self.cells.team(match.start, match.end, form.target):  # "Leicester 0 Arsenal 2": a table's team
            return ""
        if form.partial and not (form.partial in SHORT_FORMS and self.short_forms
                                 and not self.short_forms.reason(match.start)):
            return form.partial  # "Schalke" or a city's club among others' short forms read on (shortforms.py)
        if form.target.kind == "organization" and self.russian and self.ordinal_before(match.start):
            return "a numbered unit of it"  # "1-й армии США" is the First Army, "1-го Украинского фронта" one front
        if match.end - match.start != 1 or form.acronym:
            return ""
        token = self.tokens[match.start]
        if calendar_word(token.text):
            return "also a day's or a month's name"
        if form.target.kind == "person" and not self.russian \
                and word_of_another_full_name(self.text, self.tokens, match.start):
            return "a person's one-word name"  # "Ronaldo Gonzalez" is not Ronaldo; the doubt will name the longer name
        if form.target.kind == "person" and self.russian and self.after_a_given_name(match.start):
            return "a person's one-word name"  # "Ивана Жданова" is not a person registered as "Жданова" alone
        if form.target.kind == "person" and is_given_name(token.text):
            return "a given name alone"  # as written: a person registered as "Луке" is found as "Лука"
        if form.target.kind == "organization" and self.russian and self.given_name_of_a_person(match.start):
            return "a person's given name before a surname"  # "Алиса Гребенщикова" is a woman, not the band
        if form.target.kind != "country" and token.key in self.gazetteer.place_keys:
            return "also a place name"
        # The same word in lower case elsewhere in the text says it is an ordinary word here.
        if (token.key in self.lower_words or token.text.lower() in self.lower_words) and (
                form.target.kind != "country" or any(t.text.islower() and t.key == token.key
                                                     and a_case_form(form.surface, t.text) for t in self.tokens)):
            return ORDINARY_HERE  # a country's: only its own case form ("данный" is no "дании")
        if sentence_initial(self.tokens, match.start, self.text) and (
                is_ordinary_word(token.text, script_of(token.text))
                # jusText's Russian list holds frequent place names ("россия", "франция"): the dictionary's
                # place is a proper name even first in a sentence
                and not (form.target.kind == "country" and is_dictionary_place(token.text))
                or form.target.kind == "organization" and not self.russian and is_english_word(token.text)) \
                and not a_listed_name(self.text, self.tokens, match.start, match.end, self.gazetteer):
            return "an ordinary word, capitalised as a sentence's first"
        if form.target.kind == "organization" and is_dictionary_place(token.text) \
                and not contracts_own_name(form.surface, form.target):  # "Евросоюз" is Geox to pymorphy3
            return "also a place name"  # "в Ленинграде" is the city, not the band
        return ""

    def countries_either_way(self, pending: list[tuple[Match, list[Target]]]) -> set[Target]:
        """Countries named by undecided names whose other readings are their own bodies ("Germany", a
        registered alias of its national team): either reading names the country, so the homes of
        other names' namesakes are weighed against it too (homes.country_either_way). Not where the
        country's own reading needs support ("Chad" first in a sentence, as an ordinary word)."""
        countries = set()
        for match, targets in pending:
            country = country_either_way(match.forms, targets, self.gazetteer)
            if country is not None and not any(self.needs_evidence(match, f) for f in match.forms
                                               if f.target == country):
                countries.add(country)
        return countries

    def capitalised_over_lower(self, match: Match, reason: str) -> bool:
        """A Russian body's one-word name capitalised inside a sentence, the same word in lower case
        elsewhere in the text ("Конгресс" and "конгресс"): Russian capitalises such a word only as the
        name, so the country the body is tied to, named in the text, supports it as it does a bare
        body's name; the lower-case word is the description, not another sense."""
        return self.russian and reason == ORDINARY_HERE and match.end - match.start == 1 \
            and not sentence_initial(self.tokens, match.start, self.text)

    def ordinal_before(self, i: int) -> bool:
        """An ordinal in figures ("1-й", "45-го") right before token i: "1-й армии США" is the
        First Army, "1-го Украинского фронта" one front, not the registered body."""
        start = self.tokens[i].start
        figures = _FIGURES_BEFORE.search(self.text, max(0, start - 8), start)
        return figures is not None and ordinal_in_figures(figures.group(1))

    def after_a_given_name(self, i: int) -> bool:
        """A Russian given name right before the word, in the same case or not: the word is the
        surname of that full name, whom a registry listing the word alone cannot say is its own."""
        return self._given_name_then_word(i - 1) and not is_given_name(self.tokens[i].text)

    def given_name_of_a_person(self, i: int) -> bool:
        """A word the dictionary reads as a given name right before one it reads as a surname:
        together a person's full name, whatever is registered under the first word alone."""
        return self._given_name_then_word(i) and reads_as_surname(self.tokens[i + 1].text)

    def _given_name_then_word(self, i: int) -> bool:
        """Token i is a given name and a single space parts it from token i + 1 (both of the rules above)."""
        return 0 <= i < len(self.tokens) - 1 and self.text[self.tokens[i].end:self.tokens[i + 1].start] == " " \
            and is_given_name(self.tokens[i].text)

    def longer_name(self, match: Match) -> str:
        organizations = all(f.target.kind == "organization" for f in match.forms)
        return self.runs.longer_name(match.start, match.end, organizations) \
            or (organizations and eponym_head(self.text, self.tokens, match.start, match.end)) or (
            organizations and not any(f.acronym for f in match.forms)
            and institution_continuing(self.text, self.tokens, match.start, match.end,
                                       self.runs.title_case_line)) or ""

    def kind_label(self, match: Match) -> bool:
        """An acronym right before a quoted name says what kind of thing the name is
        (ФК «Спартак», СК «Олимпийский», ООО «Ромашка»); it names nothing itself."""
        if match.end - match.start != 1 or not all(f.acronym for f in match.forms):
            return False
        after = self.text[self.tokens[match.start].end:self.tokens[match.start].end + 3]
        return bool(_QUOTED_NAME.match(after))

    def read_otherwise(self, match: Match) -> str:
        longer = not self.russian and given_name_of_another_before(self.text, self.tokens, match.start, match.end,
                                                                    match.forms)
        if longer:
            return f"{ANOTHER_FULL_NAME}, '{longer}'"
        return read_otherwise(self.text, self.tokens, match.start, match.end, match.forms, self.defined_otherwise) \
            or misread(self.text, self.tokens, match.start, match.end, match.forms, self.gazetteer,
                       self.short_forms is not None and not self.short_forms.reason(match.start))

    def resolve(self, matches: list[Match]) -> None:
        self.short_forms = ShortForms(self.text, self.tokens, self.gazetteer,
                                      [(m.start, m.end, m.forms) for m in matches], self.lower_words,
                                      self.russian)
        found: set[Target] = set()
        pending = []
        products = products_named_after(self.text, self.tokens, [(m.start, m.end, m.forms) for m in matches])
        firsts = self.runs.first_words([(m.start, m.end, m.forms) for m in matches  # "English" Premier League
                                        if all(f.target.kind == "organization" for f in m.forms)])
        for match in matches:
            longer = self.longer_name(match) or firsts.get((match.start, match.end), "")
            if not longer and match.end - match.start == 1 and all(f.partial in SHORT_FORMS for f in match.forms):
                longer = self.runs.opening(match.start)  # a short form opening a longer name is its first word
            if not longer and bare_only(match.forms):
                longer = self.runs.continued(match.start, match.end)  # "Southern" of "Southern Co" in "Southern California"
            if longer and words_of_its_own_name(longer, self.tokens, match.start, match.end, match.forms):
                longer = ""  # "International Red Cross": more words of the registered body's own name
            if longer:
                self.named_in_full.note(self.tokens, match.start, match.end, longer, self.text)
                self.doubt(match.start, match.end, f"part of the longer name '{longer}', not registered")
                continue
            longer = self.named_in_full.longer_of(self.tokens, match.start, match.end)
            if longer:
                self.doubt(match.start, match.end, f"the longer name '{longer}' before it, shortened")
                continue
            if self.kind_label(match):
                self.doubt(match.start, match.end, "the kind of the quoted name after it (СК «Олимпийский»)")
                continue
            why_not = self.read_otherwise(match)
            if why_not:
                self.doubt(match.start, match.end, why_not)
                continue
            targets = list(dict.fromkeys(f.target for f in match.forms))
            if products and all(t in products for t in targets):
                self.doubt(match.start, match.end, f"the text names a product after it ('{products[targets[0]]}'): "
                                                   "the name alone is likely the product's, shortened")
                continue
            written = self.text[self.tokens[match.start].start:self.tokens[match.end - 1].end]
            # "the Supreme Court of India", "Germany's Foreign Ministry": that country's institution
            targets, owner = owned_or_own_name(targets, self.text, self.tokens[match.start].start,
                                               self.tokens[match.end - 1].end, self.gazetteer)
            if owner:
                if not targets:  # "российское Министерство иностранных дел": "... России" (homes.py)
                    match.forms = owners_registered_body(written, owner, self.gazetteer)
                    targets = [f.target for f in match.forms]
                if not targets:
                    self.doubt(match.start, match.end, f"'{written}' of {', '.join(sorted(c.name for c in owner))}, "
                               "another country's than any registered")
                    continue
                match.forms = [f for f in match.forms if f.target in targets]
            match.forms.sort(key=lambda f: f.surface != written)
            form = match.forms[0]
            if len(targets) == 1 and (match.note or not self.needs_evidence(match, form)):
                found.add(targets[0])
                self.add(targets[0], match.start, match.end, f"{form.origin} '{form.surface}'"
                         + (f": {match.note}" if match.note else ""))
            else:
                pending.append((match, targets))
        either_way = self.countries_either_way(pending)
        for match, targets in pending:
            form = match.forms[0]
            before, after = self.words_around(match.start, match.end)
            reason = next((r for r in (self.needs_evidence(match, f) for f in match.forms) if r), "")
            # One word of a person's name needs the full name, or ties to what the text names:
            # a "Mr" or a "said" beside a surname shared by many people is not enough; nor is a
            # word such as "university" beside a club's city ("the University in Frankfurt").
            threshold = 2 if reason.startswith(("one word of a person", "a title", "a given name", CLUB_WORD)) else 1
            other_name = word_of_another_full_name(self.text, self.tokens, match.start) \
                if reason.startswith(("one word of a person", "a given name", "a person's one-word")) and not self.russian \
                and all(t.kind == "person" for t in targets) else ""
            if other_name:
                self.doubt(match.start, match.end, f"{reason}; {ANOTHER_FULL_NAME}, '{other_name}'")
                continue
            # A registered organization named exactly like a country (not like its people:
            # "American") is the state as an actor: the name means both, so both are referenced.
            registered = [t for t in targets if t.kind != "country"]
            countries = [t for t in targets if t.kind == "country"]
            span = self.tokens[match.start].start, self.tokens[match.end - 1].end  # its characters
            named_like_country = all(f.origin != "demonym" for f in match.forms if f.target.kind == "country")
            # Only an organization registered under the country's name itself: one that lists
            # it as an alias ("South Korea" for the national football team) is a short form.
            by_own_name = any(f.target in registered and f.origin.startswith("name") for f in match.forms)
            if len(registered) == 1 and len(countries) == 1 and named_like_country and by_own_name \
                    and reason in ("", "also a place name") \
                    and registered[0].kind == "organization":
                for target in country_or_its_namesake(self.text, *span, self.russian, countries[0], registered[0]):  # «Россия»
                    form = next(f for f in match.forms if f.target == target)
                    self.add(target, match.start, match.end, f"{form.origin} '{form.surface}'; the country's name "
                             "is also a registered organization's")
                continue
            targets, prefer = namesakes_of_the_sport(targets, self.text, *span)  # sportspages.py
            targets = self.cells.without_the_country(match.start, match.end, targets)  # "Guingamp 2 Monaco 1"
            if not targets:
                self.doubt(match.start, match.end, "a football club's city on a results page about another sport")
                continue
            # Otherwise an organization's own name beats another's alias ("Госдума" named so vs an alias);
            # not a person's: one's full name registered as another's alias is a namesake, which
            # only the text can decide.
            by_name = {f.target for f in match.forms if f.origin.startswith("name") and f.target.kind != "person"}
            if prefer is None and len(by_name) == 1 and len(targets) > 1:
                prefer = next(iter(by_name))
            prefer = prefer or primary_meaning(targets, self.text_keys)
            homes = {t: tied_countries(t, self.gazetteer) for t in targets if t.kind == "organization"} \
                if len(targets) > 1 or form.partial == BARE else None
            if len(targets) == 1 and targets[0].kind == "organization" and self.capitalised_over_lower(match, reason):
                homes = {targets[0]: countries_in_spellings(targets[0], self.gazetteer)}
            chosen, why = choose(targets, found, self.published, before, after, need_evidence=bool(reason),
                                 threshold=threshold, prefer=prefer, homes=homes, countries=either_way)
            if chosen is not None and another_countrys_than_the_story(chosen, why, self.text, self.gazetteer, homes):
                chosen, why = None, f"{why}, but the story is filed from another country"
            if chosen is None:  # whose body, from the owner the text names or the story's country (bodies.py)
                chosen, why = owner_named(targets, found, self.text, self.gazetteer, homes, why)
            if chosen is not None and (cited := bare_body_at_a_source(match.forms, chosen, self.text, self.tokens,
                                                                      match.start, match.end)):
                chosen, why = None, cited  # "Как передает ВВС": not the air force (sourcecue.py)
            if chosen is None:
                # A registered surname alias of one person, or a registered given name, is still open to
                # the rules after (surnames.py, family.py): registering "Пушкина" or "Юлия" must not lose
                # "имени Пушкина" or "его дочь Юлия", found without them.
                still_open = reason.startswith(("one word of a person", "a given name"))
                self.doubt(match.start, match.end, f"{reason}; {why}" if reason else why, final=not still_open)
                continue
            form = next(f for f in match.forms if f.target == chosen)
            note = f"{form.origin} '{form.surface}'" + (f"; {reason}, but {why or 'the text supports it'}"
                                                        if reason else f"; {why}" if why else "")
            self.add(chosen, match.start, match.end, note)

    def defined_acronyms(self) -> None:
        """'Collective Security Treaty Organization (CSTO)': the text's own short name."""
        local: dict[str, tuple[Target, str]] = {}
        for mention in list(self.linking.mentions):
            # Two characters or more: one letter in brackets is a label ("OFFICE BUILDING ( C )").
            following = _DEFINED_ACRONYM.match(self.text, mention.end)  # not a slice: one per mention was quadratic
            if following and is_acronym(following.group(1)):
                local.setdefault(following.group(1), (mention.target, mention.words))
        if not local:
            return
        for i, token in enumerate(self.tokens):
            if i in self.linking.covered or token.text not in local:
                continue
            target, words = local[token.text]
            if token.text in self.defined_otherwise:
                continue  # the text defines these letters twice: neither reading is sure
            self.add(target, i, i + 1, f"acronym the text defines after '{words}'")

    def surnames(self) -> None:
        """'Novikov', 'Mr Novikov', 'Новикову' after the full name in the same text."""
        people = [t for t in self.linking.targets("person") if t in self.gazetteer.surnames]
        if not people:
            return
        by_key: dict[str, list[tuple[Target, Form]]] = {}
        for person in people:
            for key, form in self.gazetteer.surnames[person].items():
                by_key.setdefault(key, []).append((person, form))
        first_seen = {p: self.linking.first(p).start for p in people}
        for i, token in enumerate(self.tokens):
            if i in self.linking.covered or token.key not in by_key or not capitalized(token.text):
                continue
            owners = [(p, f) for p, f in by_key[token.key] if first_seen[p] < token.start]
            other = self.russian and owners and another_given_name_before(self.text, self.tokens, i, owners[0][0])
            if other:  # "Мейв Кеннеди" after "Джона Кеннеди" (surnames.py)
                self.doubt(i, i + 1, f"surname of {owners[0][0].id}; {ANOTHER_FULL_NAME}, '{other}'")
            elif len({p for p, _ in owners}) == 1:
                person, form = owners[0]
                self.add(person, i, i + 1, form.origin)
            elif owners:
                self.doubt(i, i + 1, "surname of " + " and ".join(sorted({p.id for p, _ in owners})))

    def lone_surnames(self) -> None:
        found = set(self.linking.targets("person"))
        for i, person, form, why in lone_surnames(self.text, self.tokens, self.gazetteer, self.linking.covered, found,
                                                  self.lower_words):
            self.add(person, i, i + 1, f"{form.origin}, {why or 'the only registered person of that name'}, named as one")

    def relatives(self) -> None:
        found = self.linking.targets("person")
        for i, person, relative in relatives(self.text, self.tokens, self.gazetteer, self.linking.covered, found,
                                             self.lower_words, sentence_initial):
            self.add(person, i, i + 1, f"given name, beside '{relative}' of the same surname")


def link(text: str, tokens: list[Token], gazetteer: Gazetteer, published: PartialDate | None = None) -> Linking:
    linker = _Linker(text, tokens, gazetteer, published)
    chosen, nested = longest_first(raw_matches(tokens, text, gazetteer))
    chosen = with_owners_spelled_before(with_bare_state_bodies(chosen, tokens, text, gazetteer),
                                        tokens, text, gazetteer)  # bodies.py: "UN Security Council"
    linker.resolve(chosen)
    link_nested_names(linker, nested)
    linker.defined_acronyms()
    link_initialled_names(linker)
    linker.surnames()
    linker.lone_surnames()
    link_one_names(linker)
    link_english_surnames(linker)
    link_team_short_names(linker)
    link_couples(linker)  # couples.py: "Сергей и Юлия Скрипали"
    linker.relatives()
    linker.close_doubts()
    leave_out_credited(linker)
    linker.linking.mentions.sort(key=lambda m: m.start)
    return linker.linking
