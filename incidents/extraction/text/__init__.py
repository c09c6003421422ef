"""From bytes to the article's text: decoding, markup, boilerplate removal, cleaning.

Decides what the article is (and what is page furniture), never what it says; every
cleaned character maps back to the raw text so that quotes keep their offsets.
"""
