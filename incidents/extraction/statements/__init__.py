"""Statements: who said what about the incident (the speaker from the parse), of which
kind (claim, denial, accusation, condemnation, warning, condolence, official statement).
"""
