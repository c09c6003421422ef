"""The column headers of the dataset releases, in the order their files give them.

An export writes every column of its release, mapped or not, so that a file read from a
release comes back with the same header. Columns a layout maps are listed in its module.
"""

# GTD, June 2019 release (globalterrorismdb_0919dist): 135 columns.
GTD_0919 = (
    "eventid", "iyear", "imonth", "iday", "approxdate", "extended", "resolution", "country",
    "country_txt", "region", "region_txt", "provstate", "city", "latitude", "longitude",
    "specificity", "vicinity", "location", "summary", "crit1", "crit2", "crit3", "doubtterr",
    "alternative", "alternative_txt", "multiple", "success", "suicide", "attacktype1",
    "attacktype1_txt", "attacktype2", "attacktype2_txt", "attacktype3", "attacktype3_txt",
    "targtype1", "targtype1_txt", "targsubtype1", "targsubtype1_txt", "corp1", "target1",
    "natlty1", "natlty1_txt", "targtype2", "targtype2_txt", "targsubtype2", "targsubtype2_txt",
    "corp2", "target2", "natlty2", "natlty2_txt", "targtype3", "targtype3_txt", "targsubtype3",
    "targsubtype3_txt", "corp3", "target3", "natlty3", "natlty3_txt", "gname", "gsubname",
    "gname2", "gsubname2", "gname3", "gsubname3", "motive", "guncertain1", "guncertain2",
    "guncertain3", "individual", "nperps", "nperpcap", "claimed", "claimmode", "claimmode_txt",
    "claim2", "claimmode2", "claimmode2_txt", "claim3", "claimmode3", "claimmode3_txt",
    "compclaim", "weaptype1", "weaptype1_txt", "weapsubtype1", "weapsubtype1_txt", "weaptype2",
    "weaptype2_txt", "weapsubtype2", "weapsubtype2_txt", "weaptype3", "weaptype3_txt",
    "weapsubtype3", "weapsubtype3_txt", "weaptype4", "weaptype4_txt", "weapsubtype4",
    "weapsubtype4_txt", "weapdetail", "nkill", "nkillus", "nkillter", "nwound", "nwoundus",
    "nwoundte", "property", "propextent", "propextent_txt", "propvalue", "propcomment",
    "ishostkid", "nhostkid", "nhostkidus", "nhours", "ndays", "divert", "kidhijcountry", "ransom",
    "ransomamt", "ransomamtus", "ransompaid", "ransompaidus", "ransomnote", "hostkidoutcome",
    "hostkidoutcome_txt", "nreleased", "addnotes", "scite1", "scite2", "scite3", "dbsource",
    "INT_LOG", "INT_IDEO", "INT_MISC", "INT_ANY", "related",
)  # fmt: skip
# UCDP Georeferenced Event Dataset, version 23.1 (GEDEvent_v23_1.csv): 49 columns.
GED_231 = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name",
    "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b",
    "number_of_sources", "source_article", "source_office", "source_date", "source_headline",
    "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
    "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
    "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
    "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
)  # fmt: skip
