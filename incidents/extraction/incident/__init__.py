"""The incident and the source: publication date, title, the attack's date, place,
attack and weapon types, perpetrator groups and claims of responsibility; and what
several reports of one batch settle together.
"""
