"""Casualty figures: which numbers count the killed, injured, missing, hostages,
detained, rescued or perpetrators of this incident, with qualifier, subgroup,
attribution and date, from prose, infoboxes and tables.
"""
