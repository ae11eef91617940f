#!/usr/bin/env bash
# Times the coverage lists on the bench database loaded by load.sql (see its header), for three asOf
# dates, with the statements CoverageService issues (queries.sql) and, to compare, those it issued
# before reading support_stat_year (queries-before.sql). Times are printed in file order: communes list,
# organisations list, then (queries.sql only) headline communes and headline agreement counts.
# BENCH_DB (kn_cov_bench), BENCH_RUNS (2).
set -euo pipefail
db=${BENCH_DB:-kn_cov_bench}
runs=${BENCH_RUNS:-2}
here=$(cd "$(dirname "$0")" && pwd)
period=$(psql -d "$db" -tAc "select id from period where code = 'BENCH'")
# asOf, then the SupportWindow CoverageService derives from it (asOf before today):
#   30/06/2025 day 181 of 365 -> whole years to 2024 + records 01/01–30/06/2025
#   30/09/2024 day 274 of 366 -> whole years to 2024 - records 01/10–31/12/2024
#   31/12/2024                -> whole years to 2024, no records
while read -r asof full from to sign; do
    for run in $(seq "$runs"); do
        echo "== as of $asof, run $run: support_stat_year (queries.sql)"
        psql -d "$db" -q -v ON_ERROR_STOP=1 -v P="$period" -v ASOF="$asof" -v FULL="$full" -v FROM="$from" -v TO="$to" \
            -v SIGN="$sign" -f "$here/queries.sql" | grep -E '^Time|differing|^ *[0-9]+ \| *[0-9]+ *$'
        echo "== as of $asof, run $run: raw support_record (queries-before.sql)"
        psql -d "$db" -q -v ON_ERROR_STOP=1 -v P="$period" -v ASOF="$asof" -f "$here/queries-before.sql" | grep -E '^Time'
    done
done <<LIST
2025-06-30 2024 2025-01-01 2025-06-30 +
2024-09-30 2024 2024-10-01 2024-12-31 -
2024-12-31 2024 2025-01-01 2024-12-31 +
LIST
