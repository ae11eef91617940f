-- The two coverage lists as CoverageService issued them before they read support_stat_year: the VND
-- received / given summed over every support record of the period up to asOf. Kept to compare (run.sh).
\timing on
-- communes list, province scope, uncovered especially-difficult, first page
select *, count(*) over () from (
with ag as (select a.id, a.recipient_id, a.organization_id, a.status from agreement a where a.period_id = :P),
 partners as (select recipient_id, count(distinct organization_id) n from ag where status = 'active' group by recipient_id),
 helped as (select distinct recipient_id from ag),
 supported as (select ag.recipient_id, max(s.support_date) last_date, sum(s.value_vnd) vnd from ag join support_record s on s.agreement_id = ag.id where s.support_date <= date :'ASOF' group by ag.recipient_id),
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
 supported as (select ag.organization_id, max(s.support_date) last_date, sum(s.value_vnd) vnd from ag join support_record s on s.agreement_id = ag.id where s.support_date <= date :'ASOF' group by ag.organization_id)
 select o.id, o.name_search, coalesce(c.active_agreements, 0) active_agreements, sup.last_date, coalesce(sup.vnd, 0) given_vnd
 from organization o left join counted c on c.organization_id = o.id left join supported sup on sup.organization_id = o.id where o.active and coalesce(c.active_agreements, 0) = 0) organization_rows
 order by name_search, id limit 20;
