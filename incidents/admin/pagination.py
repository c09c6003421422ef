"""A changelist paginator that never COUNTs a whole large table.

Counts are exact up to COUNT_CAP (a LIMITed subquery stops early); beyond that PostgreSQL's
planner estimate is used (EXPLAIN, which reads pg_class.reltuples and column statistics),
so page N of a million-row list costs what page N costs, not a full scan.
"""

import json

from django.core.paginator import Paginator
from django.db import connections
from django.utils.functional import cached_property

COUNT_CAP = 10_000


class EstimatedCountPaginator(Paginator):
    @cached_property
    def count(self) -> int:
        queryset = self.object_list
        capped = queryset.order_by()[: COUNT_CAP + 1].count()
        if capped <= COUNT_CAP:
            return capped
        return max(capped, planner_row_estimate(queryset))


def planner_row_estimate(queryset) -> int:
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        return 0
    sql, params = queryset.order_by().query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])
