-- Support statistics at national scale (issue 5, ADR 0009).
--
-- support_stat holds the support records summed per year and per record-level key: agreement,
-- category, form, funding source and status. Every figure the statistics endpoint returns is a sum of
-- these rows; the dimensions that live on other tables (partner, partner kind, recipient, district,
-- province, period, area) are joined at query time from their small catalogue tables, so no copied
-- column can go stale and only support_record needs triggers. Year is the grain because the
-- endpoint's date filters are whole years (fromYear/toYear).
--
-- Exactness: statement-level triggers with transition tables add the inserted rows, subtract the
-- deleted ones and apply (new - old) for updates, in the same transaction as the change; a key whose
-- record count drops to zero is removed, so the table has exactly the groups the records have.
-- support_stat_drift lists any difference from the raw sums (empty when all is well; tests check it).

create table support_stat (
    agreement_id    bigint      not null,
    year            integer     not null,
    category_id     bigint      not null,
    form            varchar(20) not null,
    funding_source  varchar(30) not null,
    status          varchar(20) not null,
    value_vnd       bigint      not null,
    cash_vnd        bigint      not null,
    in_kind_vnd     bigint      not null,
    confirmed_vnd   bigint      not null,
    records         bigint      not null,
    households      bigint      not null,
    people          bigint      not null,
    students        bigint      not null,
    primary key (agreement_id, year, category_id, form, funding_source, status)
);
-- No CHECK (records >= 0): PostgreSQL checks an upsert's proposed row before it finds the conflict,
-- and a deletion's proposed row carries a negative count. support_stat_drift catches any drift instead.
-- No foreign keys: the rows are derived from support_record, whose own keys already hold, and a
-- foreign-key check on every trigger upsert would only add cost.
create index support_stat_year_idx on support_stat (year);
create index support_stat_category_idx on support_stat (category_id);

comment on table support_stat is
    'Yearly sums of support_record per (agreement, year, category, form, funding source, status); maintained by triggers, see V008 and ADR 0009';

-- Applies a statement's change to support_stat: + the inserted rows (new_rows), - the deleted ones
-- (old_rows), both for an update. One grouped upsert per statement, so a bulk insert costs one pass.
create function support_stat_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into support_stat as t (agreement_id, year, category_id, form, funding_source, status, value_vnd,
                                       cash_vnd, in_kind_vnd, confirmed_vnd, records, households, people, students)
        select agreement_id, year, category_id, form, funding_source, status, sum(value_vnd), sum(cash_vnd),
               sum(in_kind_vnd), sum(confirmed_vnd), sum(records), sum(households), sum(people), sum(students)
        from (select agreement_id, cast(extract(year from support_date) as integer) as year, category_id, form,
                     funding_source, status, value_vnd,
                     case when form = 'cash' then value_vnd else 0 end as cash_vnd,
                     case when form = 'in_kind' then value_vnd else 0 end as in_kind_vnd,
                     case when status = 'confirmed' then value_vnd else 0 end as confirmed_vnd,
                     1 as records, coalesce(beneficiary_households, 0) as households,
                     coalesce(beneficiary_people, 0) as people, coalesce(beneficiary_students, 0) as students
              from new_rows) change
        group by 1, 2, 3, 4, 5, 6
        -- an edit that moves no figure (a description, a note) leaves the table alone
        having sum(records) <> 0 or sum(value_vnd) <> 0 or sum(cash_vnd) <> 0 or sum(confirmed_vnd) <> 0
            or sum(households) <> 0 or sum(people) <> 0 or sum(students) <> 0
        order by 1, 2, 3, 4, 5, 6
        on conflict (agreement_id, year, category_id, form, funding_source, status) do update set
            value_vnd = t.value_vnd + excluded.value_vnd,
            cash_vnd = t.cash_vnd + excluded.cash_vnd,
            in_kind_vnd = t.in_kind_vnd + excluded.in_kind_vnd,
            confirmed_vnd = t.confirmed_vnd + excluded.confirmed_vnd,
            records = t.records + excluded.records,
            households = t.households + excluded.households,
            people = t.people + excluded.people,
            students = t.students + excluded.students;
    elsif tg_op = 'UPDATE' then
        insert into support_stat as t (agreement_id, year, category_id, form, funding_source, status, value_vnd,
                                       cash_vnd, in_kind_vnd, confirmed_vnd, records, households, people, students)
        select agreement_id, year, category_id, form, funding_source, status, sum(value_vnd), sum(cash_vnd),
               sum(in_kind_vnd), sum(confirmed_vnd), sum(records), sum(households), sum(people), sum(students)
        from (select agreement_id, cast(extract(year from support_date) as integer) as year, category_id, form,
                     funding_source, status, value_vnd,
                     case when form = 'cash' then value_vnd else 0 end as cash_vnd,
                     case when form = 'in_kind' then value_vnd else 0 end as in_kind_vnd,
                     case when status = 'confirmed' then value_vnd else 0 end as confirmed_vnd,
                     1 as records, coalesce(beneficiary_households, 0) as households,
                     coalesce(beneficiary_people, 0) as people, coalesce(beneficiary_students, 0) as students
              from new_rows
              union all
              select agreement_id, cast(extract(year from support_date) as integer) as year, category_id, form,
                     funding_source, status, -value_vnd as value_vnd,
                     -(case when form = 'cash' then value_vnd else 0 end) as cash_vnd,
                     -(case when form = 'in_kind' then value_vnd else 0 end) as in_kind_vnd,
                     -(case when status = 'confirmed' then value_vnd else 0 end) as confirmed_vnd,
                     -1 as records, -coalesce(beneficiary_households, 0) as households,
                     -coalesce(beneficiary_people, 0) as people, -coalesce(beneficiary_students, 0) as students
              from old_rows) change
        group by 1, 2, 3, 4, 5, 6
        -- an edit that moves no figure (a description, a note) leaves the table alone
        having sum(records) <> 0 or sum(value_vnd) <> 0 or sum(cash_vnd) <> 0 or sum(confirmed_vnd) <> 0
            or sum(households) <> 0 or sum(people) <> 0 or sum(students) <> 0
        order by 1, 2, 3, 4, 5, 6
        on conflict (agreement_id, year, category_id, form, funding_source, status) do update set
            value_vnd = t.value_vnd + excluded.value_vnd,
            cash_vnd = t.cash_vnd + excluded.cash_vnd,
            in_kind_vnd = t.in_kind_vnd + excluded.in_kind_vnd,
            confirmed_vnd = t.confirmed_vnd + excluded.confirmed_vnd,
            records = t.records + excluded.records,
            households = t.households + excluded.households,
            people = t.people + excluded.people,
            students = t.students + excluded.students;
        -- keys left with no record disappear, so the table has exactly the groups the records have
        delete from support_stat t
        using (select distinct agreement_id, cast(extract(year from support_date) as integer) as year, category_id,
                      form, funding_source, status from old_rows) k
        where t.agreement_id = k.agreement_id and t.year = k.year and t.category_id = k.category_id and t.form = k.form
          and t.funding_source = k.funding_source and t.status = k.status and t.records = 0;
    else
        insert into support_stat as t (agreement_id, year, category_id, form, funding_source, status, value_vnd,
                                       cash_vnd, in_kind_vnd, confirmed_vnd, records, households, people, students)
        select agreement_id, year, category_id, form, funding_source, status, sum(value_vnd), sum(cash_vnd),
               sum(in_kind_vnd), sum(confirmed_vnd), sum(records), sum(households), sum(people), sum(students)
        from (select agreement_id, cast(extract(year from support_date) as integer) as year, category_id, form,
                     funding_source, status, -value_vnd as value_vnd,
                     -(case when form = 'cash' then value_vnd else 0 end) as cash_vnd,
                     -(case when form = 'in_kind' then value_vnd else 0 end) as in_kind_vnd,
                     -(case when status = 'confirmed' then value_vnd else 0 end) as confirmed_vnd,
                     -1 as records, -coalesce(beneficiary_households, 0) as households,
                     -coalesce(beneficiary_people, 0) as people, -coalesce(beneficiary_students, 0) as students
              from old_rows) change
        group by 1, 2, 3, 4, 5, 6
        -- an edit that moves no figure (a description, a note) leaves the table alone
        having sum(records) <> 0 or sum(value_vnd) <> 0 or sum(cash_vnd) <> 0 or sum(confirmed_vnd) <> 0
            or sum(households) <> 0 or sum(people) <> 0 or sum(students) <> 0
        order by 1, 2, 3, 4, 5, 6
        on conflict (agreement_id, year, category_id, form, funding_source, status) do update set
            value_vnd = t.value_vnd + excluded.value_vnd,
            cash_vnd = t.cash_vnd + excluded.cash_vnd,
            in_kind_vnd = t.in_kind_vnd + excluded.in_kind_vnd,
            confirmed_vnd = t.confirmed_vnd + excluded.confirmed_vnd,
            records = t.records + excluded.records,
            households = t.households + excluded.households,
            people = t.people + excluded.people,
            students = t.students + excluded.students;
        -- keys left with no record disappear, so the table has exactly the groups the records have
        delete from support_stat t
        using (select distinct agreement_id, cast(extract(year from support_date) as integer) as year, category_id,
                      form, funding_source, status from old_rows) k
        where t.agreement_id = k.agreement_id and t.year = k.year and t.category_id = k.category_id and t.form = k.form
          and t.funding_source = k.funding_source and t.status = k.status and t.records = 0;
    end if;
    return null;
end;
$$;

create trigger support_stat_on_insert after insert on support_record
    referencing new table as new_rows for each statement execute function support_stat_apply();
create trigger support_stat_on_update after update on support_record
    referencing old table as old_rows new table as new_rows for each statement execute function support_stat_apply();
create trigger support_stat_on_delete after delete on support_record
    referencing old table as old_rows for each statement execute function support_stat_apply();

create function support_stat_truncate() returns trigger language plpgsql as $$
begin
    truncate support_stat;
    return null;
end;
$$;
create trigger support_stat_on_truncate after truncate on support_record
    for each statement execute function support_stat_truncate();

-- Backfill from the records already there.
insert into support_stat (agreement_id, year, category_id, form, funding_source, status, value_vnd, cash_vnd,
                          in_kind_vnd, confirmed_vnd, records, households, people, students)
select agreement_id, cast(extract(year from support_date) as integer), category_id, form, funding_source, status,
       sum(value_vnd),
       sum(case when form = 'cash' then value_vnd else 0 end),
       sum(case when form = 'in_kind' then value_vnd else 0 end),
       sum(case when status = 'confirmed' then value_vnd else 0 end),
       count(*),
       coalesce(sum(beneficiary_households), 0), coalesce(sum(beneficiary_people), 0),
       coalesce(sum(beneficiary_students), 0)
from support_record
group by 1, 2, 3, 4, 5, 6;

-- Every key where support_stat differs from the raw sums of support_record. Empty means exact.
create view support_stat_drift as
with raw as (
    select agreement_id, cast(extract(year from support_date) as integer) as year, category_id, form, funding_source,
           status, sum(value_vnd) as value_vnd,
           sum(case when form = 'cash' then value_vnd else 0 end) as cash_vnd,
           sum(case when form = 'in_kind' then value_vnd else 0 end) as in_kind_vnd,
           sum(case when status = 'confirmed' then value_vnd else 0 end) as confirmed_vnd,
           count(*) as records, coalesce(sum(beneficiary_households), 0) as households,
           coalesce(sum(beneficiary_people), 0) as people, coalesce(sum(beneficiary_students), 0) as students
    from support_record
    group by 1, 2, 3, 4, 5, 6)
select coalesce(r.agreement_id, a.agreement_id) as agreement_id, coalesce(r.year, a.year) as year,
       coalesce(r.category_id, a.category_id) as category_id, coalesce(r.form, a.form) as form,
       coalesce(r.funding_source, a.funding_source) as funding_source, coalesce(r.status, a.status) as status,
       r.value_vnd as raw_value_vnd, a.value_vnd as stat_value_vnd, r.records as raw_records, a.records as stat_records
from raw r
full join support_stat a
  on a.agreement_id = r.agreement_id and a.year = r.year and a.category_id = r.category_id and a.form = r.form
 and a.funding_source = r.funding_source and a.status = r.status
where r.agreement_id is null or a.agreement_id is null
   or (r.value_vnd, r.cash_vnd, r.in_kind_vnd, r.confirmed_vnd, r.records, r.households, r.people, r.students)
      is distinct from
      (a.value_vnd, a.cash_vnd, a.in_kind_vnd, a.confirmed_vnd, a.records, a.households, a.people, a.students);
