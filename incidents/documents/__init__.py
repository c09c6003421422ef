"""Documents as they arrive (files, standard input, a form) and the one way they are read.

Pure Python like the extraction it calls: no Django, so commands, the admin, the ingest
service and the benchmarks share it without a database.
"""
