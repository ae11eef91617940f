-- Synthetic national-scale data for the statistics benchmark (run by run.sh on a scratch database
-- after the migrations). Sizes: 34 provinces, 714 districts, 3,300 communes, 20,000 organisations,
-- :agreements agreements and :records support records over 2012–2025. Deterministic (setseed).
-- Records are not uniform noise: each agreement focuses on a few categories and has a main funding
-- source, as real partners do, which is what lets the yearly aggregate be smaller than the records.
select setseed(0.42);

insert into admin_unit (parent_id, level, code, name, name_search, kind, created_at, created_by, updated_at, updated_by)
select null, 'province', 'BP' || lpad(g::text, 2, '0'), 'Tỉnh Mẫu ' || g, 'tinh mau ' || g, 'province', now(), 'bench', now(), 'bench'
from generate_series(1, 34) g;

insert into admin_unit (parent_id, level, code, name, name_search, kind, terrain, created_at, created_by, updated_at, updated_by)
select p.id, 'district', 'BD' || lpad(g::text, 3, '0'), 'Huyện Mẫu ' || g, 'huyen mau ' || g, 'district',
       case when g % 3 = 0 then 'lowland' else 'mountainous' end, now(), 'bench', now(), 'bench'
from generate_series(1, 714) g
join admin_unit p on p.code = 'BP' || lpad((1 + (g - 1) % 34)::text, 2, '0');

insert into admin_unit (parent_id, level, code, name, name_search, kind, created_at, created_by, updated_at, updated_by)
select d.id, 'commune', 'BC' || lpad(g::text, 4, '0'), 'Xã Mẫu ' || g, 'xa mau ' || g, 'commune', now(), 'bench', now(), 'bench'
from generate_series(1, 3300) g
join admin_unit d on d.code = 'BD' || lpad((1 + (g - 1) % 714)::text, 3, '0');

insert into organization (code, name, name_search, kind, created_at, created_by, updated_at, updated_by)
select 'BO' || lpad(g::text, 5, '0'), 'Đơn vị Mẫu ' || g, 'don vi mau ' || g,
       (array['department', 'agency', 'mass_organization', 'enterprise', 'other'])[1 + g % 5],
       now(), 'bench', now(), 'bench'
from generate_series(1, 20000) g;

-- Agreements: recipient commune g % 3300, partner a bijection of g (so partner, recipient and period never repeat).
create temporary table bench_agreement_source as
select g,
       (select id from organization where code = 'BO' || lpad((1 + (g * 7919) % 20000)::text, 5, '0')) as organization_id,
       (select id from admin_unit where code = 'BC' || lpad((1 + g % 3300)::text, 4, '0')) as recipient_id,
       (array['2012-2015', '2016-2020', '2021-2025'])[1 + g % 3] as period_code
from generate_series(1, :agreements) g;

insert into agreement (organization_id, period_id, recipient_id, district_id, start_date, end_date, status,
                       created_at, created_by, updated_at, updated_by)
select s.organization_id, p.id, s.recipient_id, r.parent_id, make_date(p.start_year, 1, 1), make_date(p.end_year, 12, 31),
       case when p.code = '2021-2025' then 'active' else 'ended' end, now(), 'bench', now(), 'bench'
from bench_agreement_source s
join period p on p.code = s.period_code
join admin_unit r on r.id = s.recipient_id;

create temporary table bench_agreement as
select row_number() over (order by a.id) as n, a.id, p.start_year, p.end_year - p.start_year + 1 as years
from agreement a join period p on p.id = a.period_id where a.created_by = 'bench';

create temporary table bench_category as
select row_number() over (order by id) - 1 as n, id, area from support_category;

-- The records, in one statement: the statement-level trigger folds them into support_stat in one pass.
insert into support_record (agreement_id, support_date, category_id, description, description_search, value_vnd, form,
                            funding_source, enterprise_name, beneficiary_households, beneficiary_people,
                            beneficiary_students, status, confirmed_at, created_at, created_by, updated_at, updated_by)
select a.id,
       make_date(a.start_year + (x.r1 * a.years)::int, 1, 1) + (x.r2 * 364)::int,
       c.id,
       'Hỗ trợ mẫu', 'ho tro mau',
       (1 + (x.r3 * 99)::int) * 1000000 + (x.r4 * 1000)::int,
       case when c.area = 'material' and x.r5 < 0.8 then 'in_kind' when x.r5 < 0.4 then 'in_kind' else 'cash' end,
       case when x.r6 < 0.8 then (array['own_budget', 'staff_contributions', 'mobilised_enterprise', 'other'])[1 + a.n % 4]
            else (array['own_budget', 'staff_contributions', 'mobilised_enterprise', 'other'])[1 + (x.r6 * 100)::int % 4] end,
       'Công ty Mẫu',
       (x.r7 * 50)::int, case when x.r7 < 0.5 then (x.r7 * 200)::int end, case when c.area = 'spiritual' then (x.r7 * 80)::int end,
       case when x.r8 < 0.75 then 'confirmed' else 'recorded' end,
       case when x.r8 < 0.75 then now() end,
       now(), 'bench', now(), 'bench'
from (select g, random() as r0, random() as r1, random() as r2, random() as r3, random() as r4, random() as r5, random() as r6,
             random() as r7, random() as r8, random() as r9
      from generate_series(1, :records) g) x
join bench_agreement a on a.n = 1 + (x.r0 * (:agreements - 1))::int
join bench_category c on c.n = ((a.n * 5) + (x.r9 * 4)::int) % 25;

analyze;
