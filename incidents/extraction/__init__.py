"""Pure-Python extraction: document text in, candidate facts out. No Django here.

The stages, in the order `pipeline` runs them:

1. `text`: decode bytes, then clean the document (markup, boilerplate, infobox and
   sections) into the article's text with a map back to the raw offsets.
2. `nlp` parses the cleaned text once; `document.ParsedDocument` is what every later
   stage reads, and `scope` says which sentences speak of the incident itself.
3. `incident`: the source's own data (title, publication date) and the incident's
   attributes (date, place, attack types, perpetrator groups and claims).
4. `casualties`, `statements`, `suspects`: the facts, each tied to its quote.
5. `incident.cross_document` settles what reports read together can settle.

`lexicons` holds the shared vocabularies and the readers of numbers, dates, personal
names, places and actors that every stage uses. `results` is the contract: the frozen
dataclasses the stages return and the database layer reads.
"""
