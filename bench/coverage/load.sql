-- Coverage at national scale (issue 5): a scratch copy of a migrated database with the demo loaded gets a
-- period BENCH with 300 districts × 33 communes (3,300 especially difficult), 20,000 organisations,
-- 30,000 agreements (10 % proposed), 2,000,000 support records and 100,000 monitoring visits.
--   createdb -T <a test database> kn_cov_bench
--   psql -d kn_cov_bench -f load.sql
--   bench/coverage/run.sh          (BENCH_DB=kn_cov_bench, BENCH_RUNS=2)
-- run.sh times, for three asOf dates, queries.sql — the statements CoverageService issues: the first page of the
-- uncovered communes and of the non-participating organisations (VND from support_stat_year plus part of a
-- year from support_record), the headline's commune and agreement counts, and a check that the lists' VND
-- equals the raw sums — and, to compare, queries-before.sql: the two lists as they were before, summing
-- every support record.
insert into period (code, name, start_year, end_year, created_at, created_by, updated_at, updated_by)
values ('BENCH', 'Bench 2021-2025', 2021, 2025, now(), 'bench', now(), 'bench');
insert into admin_unit (parent_id, level, code, name, name_search, kind, terrain, created_at, created_by, updated_at, updated_by)
select (select id from admin_unit where level = 'province' limit 1), 'district', 'BD' || g, 'Huyện ' || g, 'huyen ' || g, 'district',
       'mountainous', now(), 'b', now(), 'b'
from generate_series(1, 300) g;
insert into admin_unit (parent_id, level, code, name, name_search, kind, created_at, created_by, updated_at, updated_by)
select d.id, 'commune', 'BC' || d.id || '-' || g, 'Xã ' || d.id || '-' || g, 'xa ' || d.id || ' ' || g, 'commune', now(), 'b', now(), 'b'
from admin_unit d, generate_series(1, 33) g where d.code like 'BD%';
insert into admin_unit_flag (admin_unit_id, period_id, especially_difficult)
select u.id, (select id from period where code = 'BENCH'), (u.id % 3 = 0) from admin_unit u where u.code like 'BC%';
insert into organization (code, name, name_search, kind, created_at, created_by, updated_at, updated_by)
select 'BO' || g, 'Đơn vị ' || g, 'don vi ' || g, 'department', now(), 'b', now(), 'b' from generate_series(1, 20000) g;
insert into agreement (organization_id, period_id, recipient_id, district_id, start_date, end_date, status,
                       created_at, created_by, updated_at, updated_by)
select o.id, (select id from period where code = 'BENCH'), c.id, c.parent_id, date '2021-01-01', date '2025-12-31',
       case when g % 10 = 0 then 'proposed' else 'active' end, now(), 'b', now(), 'b'
from generate_series(1, 30000) g
join lateral (select id from organization where code = 'BO' || (1 + g % 20000)) o on true
join lateral (select id, parent_id from admin_unit
              where code = 'BC' || (select min(id) from admin_unit where code like 'BD%') + (g % 300) || '-' || (1 + (g * 7) % 33)) c on true;
insert into support_record (agreement_id, support_date, category_id, description, value_vnd, form, funding_source, status,
                            created_at, created_by, updated_at, updated_by)
select a.id, date '2021-01-01' + ((g * 37) % 1700), (select min(id) from support_category), 'bench', 1000000 + g % 1000,
       'in_kind', 'own_budget', 'recorded', now(), 'b', now(), 'b'
from generate_series(1, 2000000) g
join (select id, row_number() over (order by id) rn from agreement
      where period_id = (select id from period where code = 'BENCH') and status = 'active') a on a.rn = 1 + (g % 27000);
insert into monitoring_visit (agreement_id, visit_date, participants, created_at, created_by, updated_at, updated_by)
select a.id, date '2021-01-01' + ((g * 13) % 1700), 'b', now(), 'b', now(), 'b'
from generate_series(1, 100000) g
join (select id, row_number() over (order by id) rn from agreement
      where period_id = (select id from period where code = 'BENCH') and status = 'active') a on a.rn = 1 + (g % 27000);
vacuum analyze;
