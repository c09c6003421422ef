"""The incident and the source: publication date, title, the attack's date, place,
attack and weapon types, perpetrator groups and claims of responsibility; and what
several reports of one batch settle together.

`attributes` runs the stage; `source` dates the source (dateline, else a lower bound),
`dating` votes the day of the attack, `location` its place, `claims` the claims and
attributions of responsibility, and `cross_document` what reports read together settle.
"""
