"""Reference-dataset layouts (GTD, UCDP GED): files <-> plain records, without the database.

Only the vocabularies (Django choices) are shared with the models; nothing here queries.
"""
