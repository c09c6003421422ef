"""Read queries shared by the API and the admin: querysets, search, evidence, timeline data.

Selectors return data (querysets, plain rows); how a page shows it is the admin's or the
API's business, so nothing here builds URLs or chart shapes.
"""
