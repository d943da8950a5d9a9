"""Whether a name found in a text means something other than the skill: a place or a person,
a quoted title, a verb, a job title, a company, an acronym spelled out otherwise, a model
number, a body of people, a currency, a field of study, another kind of thing ("the Ionic
order"), one of two people... Each rule lives in its own module; this is their one list,
read in order for every candidate the catalog's names find. Pure: no Flask, no database."""

from __future__ import annotations

from collections.abc import Mapping

from smatrx.imports.kinds_of_things import another_kind_of_thing
from smatrx.imports.mentions import Candidate, CatalogTerm
from smatrx.imports.named_people import named_place_or_person
from smatrx.imports.proper_names import (
    a_legal_form_after_a_name,
    a_name_made_of_its_words,
    one_of_two_people,
)
from smatrx.imports.text_clues import TextClues, in_a_quoted_title, spelled_out_otherwise
from smatrx.imports.traps import (
    a_job_title,
    a_likeness,
    in_a_company_name,
    not_the_persons_verb,
)
from smatrx.imports.vocabulary import CAPITALS_ONLY
from smatrx.imports.word_senses import (
    a_body_of_people,
    a_currency,
    a_domain_served,
    a_field_of_study,
    a_games_entity_system,
    a_model_number,
    a_persons_quality,
    a_spanish_verb,
    a_unit_after_a_number,
    a_verb_and_its_object,
    figures_not_the_field,
    machines_communicating,
    regression_among_tests,
)


def another_sense(
    text: str, cand: Candidate, by_key: Mapping[str, CatalogTerm], clues: TextClues
) -> bool:
    """Whether the name at `cand` means something other than the skill it names."""
    return (
        named_place_or_person(text, cand)
        # (a name of everyday words only: "Akka" in «Akka Streams» is still Akka)
        or (
            cand.ambiguous
            and (
                in_a_quoted_title(text, cand, clues.titles) or cand.text.casefold() in clues.models
            )
        )
        or not_the_persons_verb(text, cand)
        or a_likeness(text, cand)
        or a_job_title(text, cand)
        or (
            (cand.ambiguous or cand.text[:1].isupper())
            and in_a_company_name(text, cand, legal_forms=cand.ambiguous)
        )
        or spelled_out_otherwise(cand, clues.redefined)
        or (cand.text.casefold() in CAPITALS_ONLY and not cand.text.isupper())
        or a_model_number(text, cand)
        or a_games_entity_system(text, cand)
        or a_body_of_people(text, cand)
        or machines_communicating(text, cand)
        or a_persons_quality(text, cand)
        or a_domain_served(text, cand)
        or a_verb_and_its_object(text, cand)
        or a_currency(text, cand)
        or a_unit_after_a_number(text, cand)
        or a_spanish_verb(text, cand)
        or a_field_of_study(text, cand)
        or figures_not_the_field(text, cand)
        or regression_among_tests(text, cand.start, cand.end)
        or another_kind_of_thing(text, cand)
        or a_legal_form_after_a_name(text, cand, by_key)
        or a_name_made_of_its_words(text, cand, by_key)
        or one_of_two_people(text, cand, by_key)
    )
