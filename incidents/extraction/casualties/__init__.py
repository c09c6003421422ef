"""Casualty figures: which numbers count the killed, injured, missing, hostages,
detained, rescued or perpetrators of this incident, with qualifier, subgroup,
attribution and date, from prose, infoboxes and tables.

`figures` runs the stage; `patterns` reads the words around a count and `roles` its
place in the clause; `implicit` counts people written without a numeral; `tables`
reads infoboxes, label lines and tables; `context` and `other_events` decide whether
a figure is this incident's, who gives it and as of when; `words` holds the
vocabularies.
"""
