"""Statements: who said what about the incident (the speaker from the parse), of which
kind (claim, denial, accusation, condemnation, warning, condolence, official statement).

`statements` runs the stage; `verbs` picks the verbs that report speech, `speakers`
finds the speaker of a speech verb in the parse (with `offices`: which roles and bodies
speak, and whose words are no statements), `authors` the author of a first-person
document (statements, remarks, transcripts), `quotations` the speaker of a quotation that
runs on or names its speaker after it, and `kinds` the kind from the verb and what the
clause says.
"""
