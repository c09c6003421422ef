"""Suspects: the people a text says carried out, helped or planned the attack, with
their name variants, age, nationality, role and legal-status events.

`suspects` runs the stage: `evidence` says from the parse why a named person is a
suspect and what role that implies, `ages` reads ages from appositions, `status`
the legal-status events, and `unnamed` the unnamed suspects whose status is stated.
"""
