#!/usr/bin/env bash
# Statistics benchmark: a scratch database with national-scale synthetic data, then the dashboard
# queries of GET /api/v1/stats/support timed on the yearly aggregate (support_stat, what the API
# reads) and on support_record directly. Rerunnable; results go to stdout as a Markdown table.
#
#   bench/stats/run.sh [records] [agreements]      defaults: 3000000 records, 10000 agreements
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD if needed,
# BENCH_DB (kn_bench_stats, dropped and recreated), BENCH_SKIP_LOAD=1 to reuse a loaded database,
# BENCH_RUNS (3, the best run is reported).
set -euo pipefail
cd "$(dirname "$0")"
RECORDS="${1:-3000000}"
AGREEMENTS="${2:-10000}"
DB="${BENCH_DB:-kn_bench_stats}"
RUNS="${BENCH_RUNS:-3}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
MIGRATIONS=../../api/src/main/resources/db/migration
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
seconds() { date +%s.%N; }
elapsed() { printf '%.1f' "$(echo "$(seconds) - $1" | bc)"; }

if [[ "${BENCH_SKIP_LOAD:-0}" != 1 ]]; then
  psql -X -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
  for f in $(ls "$MIGRATIONS"/V*.sql | sort -V); do psql_db -f "$f" > /dev/null; done
  echo "Loading $RECORDS records over $AGREEMENTS agreements..." >&2
  start=$(seconds)
  psql_db -v records="$RECORDS" -v agreements="$AGREEMENTS" -f generate.sql
  echo "- load (records inserted in one statement, aggregate maintained by the trigger): $(elapsed "$start") s" >&2
fi

# Sizes
psql_db -At -F ' | ' -c "select 'support_record rows', count(*) from support_record" \
  -c "select 'support_stat rows', count(*) from support_stat" \
  -c "select 'support_record size', pg_size_pretty(pg_total_relation_size('support_record'))" \
  -c "select 'support_stat size', pg_size_pretty(pg_total_relation_size('support_stat'))" \
  -c "select 'agreements', count(*) from agreement" -c "select 'communes', count(*) from admin_unit where level = 'commune'"

RAW="(select sr.agreement_id, cast(extract(year from sr.support_date) as integer) as year, sr.category_id, sr.form,
  sr.funding_source, sr.status, sr.value_vnd, case when sr.form = 'cash' then sr.value_vnd else 0 end as cash_vnd,
  case when sr.form = 'in_kind' then sr.value_vnd else 0 end as in_kind_vnd,
  case when sr.status = 'confirmed' then sr.value_vnd else 0 end as confirmed_vnd, 1 as records,
  coalesce(sr.beneficiary_households, 0) as households, coalesce(sr.beneficiary_people, 0) as people,
  coalesce(sr.beneficiary_students, 0) as students from support_record sr)"
JOINS="left join agreement a on a.id = s.agreement_id left join organization o on o.id = a.organization_id
  left join support_category c on c.id = s.category_id left join admin_unit r on r.id = a.recipient_id
  left join admin_unit d on d.id = a.district_id left join admin_unit pv on pv.id = d.parent_id"
SUMS="sum(s.value_vnd), sum(s.cash_vnd), sum(s.in_kind_vnd), sum(s.records), sum(s.households), sum(s.people),
  sum(s.students), sum(s.confirmed_vnd)"
# The same statement StatsService builds: dimension columns, sums, joins, filters, group by.
declare -A COLS=(
  [none]="" [year]="cast(s.year as varchar)" [area]="c.area" [category]="c.id, c.code, c.name"
  [province]="pv.id, pv.code, pv.name" [district]="d.id, d.code, d.name" [commune]="r.id, r.code, r.name"
  [organization]="o.id, o.code, o.name" [partnerKind]="o.kind" [fundingSource]="s.funding_source" [form]="s.form"
  [status]="s.status" [district,year]="d.id, d.code, d.name, cast(s.year as varchar)"
  [organization,area]="o.id, o.code, o.name, c.area")
DISTRICT_ID=$(psql_db -At -c "select id from admin_unit where code = 'BD100'")
ORG_ID=$(psql_db -At -c "select organization_id from agreement where created_by = 'bench' order by id limit 1")
declare -A FILTERS=(
  [all]="true"
  [years 2021–2023]="s.year between 2021 and 2023"
  [district scope]="a.district_id = $DISTRICT_ID"
  [unit scope]="a.organization_id = $ORG_ID"
  [material, enterprises, 2020+]="c.area = 'material' and o.kind = 'enterprise' and s.year >= 2020")

best_ms() { # $1 = statement; prints the best execution time of $RUNS runs, in ms
  local best=""
  for _ in $(seq "$RUNS"); do
    t=$(psql_db -At -c "explain (analyze, timing off) $1" | sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p')
    if [[ -z "$best" ]] || (( $(echo "$t < $best" | bc) )); then best=$t; fi
  done
  printf '%.0f' "$best"
}

echo
echo "| groupBy | filter | aggregate (ms) | raw support_record (ms) |"
echo "|---|---|---:|---:|"
for filter in "all" "years 2021–2023" "district scope" "unit scope" "material, enterprises, 2020+"; do
  for dim in none year area category province district commune organization partnerKind fundingSource form status \
             district,year organization,area; do
    if [[ "$filter" != all && "$dim" != none && "$dim" != year && "$dim" != district && "$dim" != organization \
          && "$dim" != area && "$dim" != district,year ]]; then continue; fi
    cols="${COLS[$dim]}"
    select="${cols:+$cols, }$SUMS"
    group="${cols:+group by $cols}"
    where="where ${FILTERS[$filter]}"
    agg=$(best_ms "select $select from support_stat s $JOINS $where $group")
    raw=$(best_ms "select $select from $RAW s $JOINS $where $group")
    echo "| $dim | $filter | $agg | $raw |"
  done
done

# Trigger cost: the same writes with the aggregate's triggers enabled and disabled (scratch database only).
echo
echo "| write (triggers on vs off) | on (ms) | off (ms) |"
echo "|---|---:|---:|"
write_ms() { # $1 = statements, run in one transaction and rolled back
  psql_db -At -c "begin" -c "\\timing on" -c "$1" -c "rollback" 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | sed -n 1p
}
SINGLE="do \$\$ declare a bigint; begin select id into a from agreement where created_by = 'bench' order by id limit 1;
  for i in 1..2000 loop insert into support_record (agreement_id, support_date, category_id, description, value_vnd, form,
  funding_source, status, created_at, created_by, updated_at, updated_by) values (a, date '2022-01-01' + (i % 365),
  1 + i % 25, 'x', 1000 * i, 'cash', 'other', 'recorded', now(), 'bench', now(), 'bench'); end loop; end \$\$"
BULK="insert into support_record (agreement_id, support_date, category_id, description, value_vnd, form, funding_source,
  enterprise_name, status, created_at, created_by, updated_at, updated_by) select agreement_id, support_date, category_id,
  description, value_vnd, form, funding_source, enterprise_name, 'recorded', now(), 'bench', now(), 'bench' from support_record where id <= 100000"
UPDATE="update support_record set value_vnd = value_vnd + 1, support_date = support_date + 200 where id % 30 = 0 and id <= 300000"
DELETE="delete from support_record where id % 30 = 1 and id <= 300000"
for w in "2,000 single-row inserts|$SINGLE" "one 100,000-row insert|$BULK" "one 10,000-row update (value, date)|$UPDATE" \
         "one 10,000-row delete|$DELETE"; do
  name="${w%%|*}"; sql="${w#*|}"
  on=$(write_ms "$sql")
  off=$(write_ms "alter table support_record disable trigger support_stat_on_insert;
    alter table support_record disable trigger support_stat_on_update; alter table support_record disable trigger support_stat_on_delete;
    $sql")
  echo "| $name | ${on%.*} | ${off%.*} |"
done
psql_db -At -c "select 'drift rows after the benchmark', count(*) from support_stat_drift"
