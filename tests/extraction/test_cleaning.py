"""Cleaning: boilerplate out, structure recognised, offsets back to the raw text."""

from __future__ import annotations

import pytest

from incidents.extraction.text.cleaning import clean, to_raw_offset

ARTICLE = "Gunmen killed 22 people at a concert on Monday night, police said."


def assert_maps_back(raw: str, cleaned) -> None:
    for clean_start, raw_start, length in cleaned.offset_map:
        assert (
            cleaned.text[clean_start : clean_start + length] == raw[raw_start : raw_start + length]
        )


@pytest.mark.parametrize(
    "furniture",
    [
        "Copyright © 2017 Example News Ltd. All rights reserved.",
        "Subscribe To The Daily Newsletter For More",
        "Sign up for our newsletter",
        "We use cookies to improve your experience. Read our cookie policy.",
        "Please consider disabling your ad blocker. Thank you!",
        "You could join our community and help us. Become a Patron!",
        "A police officer stands guard outside the arena. (Oli Scarff/AFP via Getty Images)",
        "The arena after the blast. Photo: Example Agency",
        "3 min read",
        "Show More",
        "Article image",
        "Avatar",
        "To suggest a correction or clarification, write to us here",
        "Jump to content",
        "Type to search",
        "Skip to main content",
        "Share on Facebook | Share on X | Email",
        "Menu Search",
    ],
)
def test_it_removes_page_furniture(furniture):
    raw = f"{ARTICLE}\n\n{furniture}\n\nThe band was unhurt."
    assert clean(raw).text == f"{ARTICLE}\n\nThe band was unhurt."


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia intervened by providing support to President Assad.",
        "Survivors were given tea and cookies by neighbours.",
        "The photo showed the gunmen in the lobby.",
    ],
)
def test_it_keeps_article_sentences_that_share_words_with_furniture(sentence):
    assert clean(f"{ARTICLE}\n\n{sentence}").text == f"{ARTICLE}\n\n{sentence}"


def test_navigation_and_share_text_is_never_the_title():
    raw = f"Jump to content\nType to search\n\nShare\n\nGunmen Kill 22 At Concert\n\n{ARTICLE}"

    cleaned = clean(raw)

    assert cleaned.title == "Gunmen Kill 22 At Concert"
    assert cleaned.text.startswith("Gunmen Kill 22 At Concert")


def test_it_drops_everything_after_an_end_of_article_marker_past_the_middle():
    second = ARTICLE.replace("22", "23")
    raw = f"{ARTICLE}\n\n{second}\n\nRead also:\n\nProtests continue in Kyiv for a fourth day."
    cleaned = clean(raw)
    assert "Protests" not in cleaned.text
    assert cleaned.text.endswith("police said.")


def test_it_keeps_the_first_of_repeated_headlines_and_paragraphs():
    raw = f"Attack On Arena\n\n{ARTICLE}\n\nAttack On Arena\n\n{ARTICLE}\n\nThe band was unhurt."
    cleaned = clean(raw)
    assert cleaned.text == f"Attack On Arena\n\n{ARTICLE}\n\nThe band was unhurt."
    assert cleaned.title == "Attack On Arena"


def test_it_cuts_machine_generated_sentences():
    junk = "Sorry, I am an AI and I am not able to provide the exact quote. Try the website."
    raw = f"{ARTICLE}\n\n{junk}"
    assert clean(raw).text == ARTICLE


def test_it_removes_author_bios_with_their_byline():
    raw = (
        f"{ARTICLE}\n\nJane Doe\n\nSenior Reporter\n\n"
        "Jane Doe is a senior reporter at the Example Post. Before joining, she worked in Leeds."
    )
    assert clean(raw).text == ARTICLE


def test_it_removes_a_teaser_of_another_article_with_its_headline():
    teaser = "Concert shooting: dozens hurt\nPolice said that at least 20 people were wounde…"
    raw = f"{ARTICLE}\n{teaser}\n\nEnd."
    assert clean(raw).text == f"{ARTICLE}\n\nEnd."


def test_it_maps_every_cleaned_offset_back_to_the_raw_text():
    raw = f"Copyright © 2017 News\n\n  {ARTICLE}  \n\nRead more\n"
    cleaned = clean(raw)
    start = cleaned.text.index("22")
    assert raw[to_raw_offset(cleaned, start) : to_raw_offset(cleaned, start) + 2] == "22"
    assert_maps_back(raw, cleaned)


def test_it_recognises_wiki_title_sections_and_infobox():
    raw = (
        "= Manchester Arena bombing =\n\nInfobox\n"
        "- Date: 22 May 2017\n- Fatalities: 22\n- Injuries: 1,017\n\n"
        "A suicide bombing killed 22 people.\n\n== Background ==\nEarlier attacks.\n\n"
        "=== Threats ===\nWarnings.\n\n== See also ==\n- 2005 London bombings\n"
    )
    cleaned = clean(raw)
    assert cleaned.title == "Manchester Arena bombing"
    assert cleaned.infobox == {"Date": "22 May 2017", "Fatalities": "22", "Injuries": "1,017"}
    assert "- Fatalities: 22" in cleaned.text  # infobox facts keep quotes and offsets
    assert [(s.title, s.level) for s in cleaned.sections] == [
        ("", 0),
        ("Background", 2),
        ("Threats", 3),
    ]
    assert "London bombings" not in cleaned.text
    background = cleaned.sections[1]
    assert cleaned.text[background.start : background.end].startswith(
        "Background\n\nEarlier attacks."
    )
    assert_maps_back(raw, cleaned)


def test_it_strips_markdown_to_its_text():
    raw = (
        "# Arena attack\n\nA **suicide bomber** killed [22 people](https://x.org) at the _arena_.\n"
    )
    cleaned = clean(raw, fmt="markdown")
    assert cleaned.text == "Arena attack\n\nA suicide bomber killed 22 people at the arena."
    assert [s.title for s in cleaned.sections] == ["Arena attack"]
    assert_maps_back(raw, cleaned)


def test_it_reads_html_through_trafilatura():
    body = " ".join([ARTICLE] * 3)
    html = (
        "<html><head><title>Arena attack</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Arena attack</h1><p>{body}</p><p>The band was unhurt.</p></article>"
        "<footer>Copyright © 2017 Example News</footer></body></html>"
    )
    cleaned = clean(html, fmt="html")
    assert ARTICLE in cleaned.text
    assert "Copyright" not in cleaned.text
    assert "<p>" not in cleaned.text


def test_it_joins_hard_wrapped_lines_of_a_paragraph():
    raw = "Gunmen killed 22 people at a concert\non Monday night, police said."
    assert clean(raw).text == "Gunmen killed 22 people at a concert on Monday night, police said."
