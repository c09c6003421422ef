"""Long texts are parsed in bounded sections and joined into one Doc with the same offsets."""

import pytest

from incidents.extraction.nlp import parse_texts, starts_section, text_sections

PARAGRAPH = "Gunmen attacked a checkpoint on Monday. Two guards were killed and one was hurt.\n\n"
NO_BREAKS = "the convoy moved north and the villagers waited and the rain kept falling " * 80


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("", 100),
        ("Short text.", 100),
        (PARAGRAPH * 40, 500),
        (PARAGRAPH.replace("\n\n", " ") * 40, 500),
        (NO_BREAKS, 500),
        ("x" * 1234, 100),
        ("One line\n" * 300, 250),
    ],
)
def test_sections_are_bounded_and_give_the_text_back(text, limit):
    sections = text_sections(text, limit)

    assert "".join(sections) == text
    assert all(len(section) <= limit for section in sections)


def test_sections_end_at_paragraphs_then_sentences_then_spaces():
    by_paragraph = text_sections(PARAGRAPH * 10, 200)
    by_sentence = text_sections(PARAGRAPH.replace("\n\n", " ") * 10, 200)
    by_space = text_sections(NO_BREAKS, 200)

    assert all(section.endswith("\n\n") for section in by_paragraph)
    assert all(section.endswith("hurt. ") for section in by_sentence[:-1])
    assert all(section.endswith(" ") for section in by_space[:-1])


def test_a_text_of_several_sections_is_one_doc_with_the_texts_offsets():
    text = PARAGRAPH * 60 + NO_BREAKS

    doc = next(parse_texts([text]))

    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t)] == t.text for t in doc)
    sections = text_sections(text)
    starts = [t.idx for t in doc if starts_section(t)]
    assert len(sections) > 2
    assert starts == [sum(map(len, sections[:n])) for n in range(1, len(sections))]


def test_a_text_over_spacys_million_characters_is_parsed():
    text = ("Casualty" + "x" * 991 + " ") * 1300  # long words: few tokens, a quick parse

    doc = next(parse_texts([text]))

    assert len(text) > 1_000_000
    assert doc.text == text
