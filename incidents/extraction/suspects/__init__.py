"""Suspects: the people a text says carried out, helped or planned the attack, with
their name variants, age, nationality, role and legal-status events.
"""
