"""Shared lexicons and the readers built on them: numbers, dates, personal names,
places, actors and the GTD vocabularies. They say what a mention *is*; the stages
decide what it means for the incident.
"""
