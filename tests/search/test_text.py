"""Turning what someone typed into search terms, and marking the matches in a snippet."""

import pytest

from search.text import Highlighter, query_terms


@pytest.mark.parametrize(
    "typed,terms",
    [
        ("How do I book a blood test?", ["book", "blood", "test"]),
        ('"minor injuries', ["minor", "injuries"]),
        ("A&E  a&e", ["e"]),
        ("night-time (x OR y)", ["night", "time", "x", "y"]),
        ("The Who", ["the", "who"]),
        ("?!*", []),
    ],
    ids=["common words left out", "a lone quote", "repeats", "punctuation", "only common words", "no words"],
)
def test_query_terms(typed, terms):
    assert query_terms(typed) == terms


def test_matches_and_their_other_forms_are_marked():
    highlighter = Highlighter(query_terms("consulting hospitals"))

    snippet = highlighter.snippet(["We consulted people about the hospital and its consultation."])

    assert snippet == (
        "We <mark>consulted</mark> people about the <mark>hospital</mark> and its <mark>consultation</mark>."
    )


def test_the_snippet_comes_from_the_text_with_most_matches_and_is_cut_around_them():
    highlighter = Highlighter(["parking", "permit"])
    long_text = " ".join(["word"] * 40) + " Blue badge parking permit holders park free. " + " ".join(["more"] * 40)

    snippet = highlighter.snippet(["Parking is limited.", long_text])

    assert snippet.startswith("… word word")
    assert "<mark>parking</mark> <mark>permit</mark> holders <mark>park</mark> free." in snippet
    assert snippet.endswith(" …")
    assert len(snippet.split()) < 40


def test_without_a_match_the_snippet_is_the_start_of_the_first_text():
    assert Highlighter(["title"]).snippet(["", "First words of the summary.", "Body."]) == "First words of the summary."
