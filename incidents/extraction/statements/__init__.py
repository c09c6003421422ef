"""Statements: who said what about the incident (the speaker from the parse), of which
kind (claim, denial, accusation, condemnation, warning, condolence, official statement).

`statements` runs the stage; `speakers` finds the speaker of a speech verb in the parse,
`authors` the author of a first-person document (statements, remarks, transcripts),
and `kinds` the kind from the verb and what the clause says.
"""
