"""Pure-Python extraction: document text in, candidate facts out. No Django here."""
