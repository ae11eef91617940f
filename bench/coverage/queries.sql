-- The statements CoverageService issues, for one asOf (run.sh sets the variables): P the period, ASOF, and the
-- SupportWindow CoverageService derives from asOf: whole years up to FULL from support_stat_year, then SIGN (+ or -)
-- the records dated FROM..TO from support_record (the part of asOf's year the whole years leave out or take in
-- too much). The last check compares every commune's and organisation's VND with the raw sum over
-- support_record and must print 0 0.
\timing on
-- communes list, province scope, uncovered especially-difficult, first page
select *, count(*) over () from (
with ag as (select a.id, a.recipient_id, a.organization_id, a.status from agreement a where a.period_id = :P),
 partners as (select recipient_id, count(distinct organization_id) n from ag where status = 'active' group by recipient_id),
 helped as (select distinct recipient_id from ag),
 supported as (select recipient_id, max(last_date) last_date, sum(vnd) vnd from (
   select ag.recipient_id, cast(null as date) last_date, y.value_vnd vnd from ag join support_stat_year y on y.agreement_id = ag.id where y.year <= :FULL
   union all select ag.recipient_id, (select max(s.support_date) from support_record s where s.agreement_id = ag.id and s.support_date <= date :'ASOF'),
     :SIGN coalesce((select sum(s.value_vnd) from support_record s where s.agreement_id = ag.id and s.support_date between date :'FROM' and date :'TO'), 0) from ag
   ) per_agreement group by recipient_id),
 visited as (select ag.recipient_id, max(v.visit_date) last_date from ag join monitoring_visit v on v.agreement_id = ag.id where v.visit_date <= date :'ASOF' group by ag.recipient_id)
select u.id, u.code, u.name, u.name_search, d.name_search district_name_search, d.id district_id, d.code district_code, d.name district_name,
 coalesce(f.especially_difficult, false) especially_difficult, coalesce(f.ethnic_minority_area, false) ethnic_minority_area,
 coalesce(p.n, 0) partner_count, (dp.n is not null) district_twinning, sup.last_date last_support_date, vis.last_date last_visit_date,
 coalesce(f.border, false) border, coalesce(sup.vnd, 0) received_vnd, (date :'ASOF' - vis.last_date) days_since_visit
from admin_unit u join admin_unit d on d.id = u.parent_id
left join admin_unit_flag f on f.admin_unit_id = u.id and f.period_id = :P
left join partners p on p.recipient_id = u.id left join partners dp on dp.recipient_id = d.id left join helped h on h.recipient_id = u.id
left join supported sup on sup.recipient_id = u.id left join visited vis on vis.recipient_id = u.id
where u.level = 'commune' and (coalesce(f.especially_difficult, false) or h.recipient_id is not null)
 and coalesce(f.especially_difficult, false) = true and p.n is null
) commune_rows order by district_name_search, district_id, name_search, id limit 20 offset 0;
-- organisations list, non-participating, first page
select *, count(*) over () from (with ag as (select a.id, a.organization_id, a.status from agreement a where a.period_id = :P),
 counted as (select organization_id, count(*) filter (where status = 'active') active_agreements, count(*) filter (where status = 'proposed') proposed_agreements from ag group by organization_id),
 supported as (select organization_id, max(last_date) last_date, sum(vnd) vnd from (
   select ag.organization_id, cast(null as date) last_date, y.value_vnd vnd from ag join support_stat_year y on y.agreement_id = ag.id where y.year <= :FULL
   union all select ag.organization_id, (select max(s.support_date) from support_record s where s.agreement_id = ag.id and s.support_date <= date :'ASOF'),
     :SIGN coalesce((select sum(s.value_vnd) from support_record s where s.agreement_id = ag.id and s.support_date between date :'FROM' and date :'TO'), 0) from ag
   ) per_agreement group by organization_id)
 select o.id, o.code, o.name, o.name_search, o.kind, coalesce(c.active_agreements, 0) active_agreements,
 coalesce(c.proposed_agreements, 0) proposed_agreements, sup.last_date last_support_date, coalesce(sup.vnd, 0) given_vnd
 from organization o left join counted c on c.organization_id = o.id left join supported sup on sup.organization_id = o.id
 where o.active and coalesce(c.active_agreements, 0) = 0) organization_rows
 order by name_search, id limit 20 offset 0;
-- headline communes (no activity columns)
select count(*) from (
with ag as (select a.id, a.recipient_id, a.organization_id, a.status from agreement a where a.period_id = :P),
 partners as (select recipient_id, count(distinct organization_id) n from ag where status = 'active' group by recipient_id),
 helped as (select distinct recipient_id from ag)
select u.id, coalesce(p.n, 0) partner_count, (dp.n is not null) district_twinning
from admin_unit u join admin_unit d on d.id = u.parent_id
left join admin_unit_flag f on f.admin_unit_id = u.id and f.period_id = :P
left join partners p on p.recipient_id = u.id left join partners dp on dp.recipient_id = d.id left join helped h on h.recipient_id = u.id
where u.level = 'commune' and (coalesce(f.especially_difficult, false) or h.recipient_id is not null) and coalesce(f.especially_difficult, false) = true) x;
-- agreements counts (headline) over all active agreements
select count(*), count(*) filter (where no_recent_support), count(*) filter (where no_agreed_plan), count(*) filter (where no_report) from (
select a.id,
 (a.start_date <= cast(date :'ASOF' - interval '6 months' as date) and (sup.last_date is null or sup.last_date <= cast(date :'ASOF' - interval '6 months' as date))) no_recent_support,
 (plan.id is null) no_agreed_plan,
 (rep.id is not null and not rep.excused and rep.first_submitted_at is null) no_report, vis.last_date
from agreement a join organization o on o.id = a.organization_id join admin_unit r on r.id = a.recipient_id join admin_unit d on d.id = a.district_id
left join lateral (select max(s.support_date) last_date from support_record s where s.agreement_id = a.id and s.support_date <= date :'ASOF') sup on true
left join lateral (select max(v.visit_date) last_date from monitoring_visit v where v.agreement_id = a.id and v.visit_date <= date :'ASOF') vis on true
left join plan on plan.agreement_id = a.id and plan.kind = 'annual' and plan.status = 'agreed' and plan.year = 2025
left join lateral (select x.id, x.excused, x.first_submitted_at, x.status, rp.id period_id, rp.name, rp.due_date from report x join reporting_period rp on rp.id = x.period_id
   where x.organization_id = a.organization_id and rp.status <> 'planned' and rp.due_date <= date :'ASOF' order by rp.due_date desc, rp.id desc limit 1) rep on true
where a.status = 'active' and a.period_id = :P) agreement_rows;
\timing off
-- exactness: per commune and per organisation, the VND above against sum(value_vnd) over support_record up to asOf
with ag as (select a.id, a.recipient_id, a.organization_id from agreement a where a.period_id = :P),
 yearly as (select y.agreement_id, sum(y.value_vnd) vnd from ag join support_stat_year y on y.agreement_id = ag.id where y.year <= :FULL group by y.agreement_id),
 partial as (select s.agreement_id, sum(s.value_vnd) vnd from ag join support_record s on s.agreement_id = ag.id where s.support_date between date :'FROM' and date :'TO' group by s.agreement_id),
 per_agreement as (select ag.id, ag.recipient_id, ag.organization_id, coalesce(yearly.vnd, 0) :SIGN coalesce(partial.vnd, 0) vnd
   from ag left join yearly on yearly.agreement_id = ag.id left join partial on partial.agreement_id = ag.id),
 raw as (select ag.id, coalesce(sum(s.value_vnd), 0) vnd from ag left join support_record s on s.agreement_id = ag.id and s.support_date <= date :'ASOF' group by ag.id)
select (select count(*) from (select recipient_id, sum(p.vnd) a, sum(r.vnd) b from per_agreement p join raw r using (id) group by recipient_id) x where a <> b) communes_differing,
       (select count(*) from (select organization_id, sum(p.vnd) a, sum(r.vnd) b from per_agreement p join raw r using (id) group by organization_id) x where a <> b) organizations_differing;
