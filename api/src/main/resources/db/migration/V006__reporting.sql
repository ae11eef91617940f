-- Reporting (task 1f and task 4): reporting regimes, periods, the frozen roster of reports, their
-- submissions and steps, attachments, and the in-app notification inbox. See docs/adr/0008-reporting.md.

-- A reporting regime: configuration with defaults from Decree 09/2019/NĐ-CP (reporting regimes of
-- state administrative agencies), Article 12: the semi-annual data window runs from 15/12 of the
-- previous year to 14/6, the annual one from 15/12 of the previous year to 14/12. Due and opening
-- days are the province's own choice and can be changed here and per period.
create table reporting_regime (
    code                 varchar(20)  primary key check (code in ('semi_annual', 'annual')),
    name                 varchar(200) not null,
    -- the window starts on this day of the year before the report's year
    window_start_month   smallint     not null check (window_start_month between 1 and 12),
    window_start_day     smallint     not null check (window_start_day between 1 and 31),
    -- ... and ends on this day of the report's year
    window_end_month     smallint     not null check (window_end_month between 1 and 12),
    window_end_day       smallint     not null check (window_end_day between 1 and 31),
    -- reports open for drafting on this day of the report's year
    opens_month          smallint     not null check (opens_month between 1 and 12),
    opens_day            smallint     not null check (opens_day between 1 and 31),
    -- units and districts must submit by this day of the report's year
    due_month            smallint     not null check (due_month between 1 and 12),
    due_day              smallint     not null check (due_day between 1 and 31),
    sort_order           integer      not null default 0,
    version              bigint       not null default 0,
    created_at           timestamptz  not null,
    created_by           varchar(200) not null,
    updated_at           timestamptz  not null,
    updated_by           varchar(200) not null
);

insert into reporting_regime (code, name, window_start_month, window_start_day, window_end_month, window_end_day,
                              opens_month, opens_day, due_month, due_day, sort_order,
                              created_at, created_by, updated_at, updated_by)
values ('semi_annual', 'Báo cáo 6 tháng', 12, 15, 6, 14, 6, 1, 6, 16, 1, now(), 'system', now(), 'system'),
       ('annual', 'Báo cáo năm', 12, 15, 12, 14, 12, 1, 12, 16, 2, now(), 'system', now(), 'system');

create table reporting_period (
    id             bigint generated always as identity primary key,
    regime         varchar(20)  not null references reporting_regime (code),
    year           smallint     not null check (year between 2000 and 2100),
    name           varchar(200) not null,
    window_start   date         not null,
    window_end     date         not null,
    opens_on       date         not null,
    due_date       date         not null,
    status         varchar(20)  not null check (status in ('planned', 'open', 'closed')),
    opened_at      timestamptz,
    opened_by      varchar(200),
    closed_at      timestamptz,
    closed_by      varchar(200),
    version        bigint       not null default 0,
    created_at     timestamptz  not null,
    created_by     varchar(200) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(200) not null,
    constraint reporting_period_one_per_regime_year unique (regime, year),
    constraint reporting_period_window_ordered check (window_end >= window_start),
    constraint reporting_period_due_after_window_start check (due_date >= window_start),
    constraint reporting_period_opened_stamp check ((status = 'planned') = (opened_at is null)),
    constraint reporting_period_closed_stamp check ((status = 'closed') = (closed_at is not null))
);
create index reporting_period_status_idx on reporting_period (status);

-- One report per reporter per period: the roster and the report are the same row. The roster is
-- frozen when the period opens (roster_source = 'frozen'); the province may add a reporter
-- ('added', with a reason) or excuse one (excused, with a reason); nothing else changes it.
create table report (
    id                    bigint generated always as identity primary key,
    period_id             bigint        not null references reporting_period (id),
    reporter_kind         varchar(20)   not null check (reporter_kind in ('organization', 'district')),
    organization_id       bigint        references organization (id),
    district_id           bigint        references admin_unit (id),
    roster_source         varchar(20)   not null check (roster_source in ('frozen', 'added')),
    added_reason          varchar(2000),
    excused               boolean       not null default false,
    excuse_reason         varchar(2000),
    excused_at            timestamptz,
    excused_by            varchar(200),
    status                varchar(20)   not null check (status in ('draft', 'submitted', 'returned', 'accepted')),
    -- the narrative: results as free text; difficulties and recommendations as lists of
    -- {theme, districtId, text} items so the province summary can collate them by district and theme
    results               text,
    difficulties          jsonb         not null default '[]'::jsonb,
    recommendations       jsonb         not null default '[]'::jsonb,
    submission_count      integer       not null default 0,
    first_submitted_at    timestamptz,
    last_submitted_at     timestamptz,
    returned_at           timestamptz,
    return_reason         varchar(4000),
    accepted_at           timestamptz,
    accepted_by           varchar(200),
    version               bigint        not null default 0,
    created_at            timestamptz   not null,
    created_by            varchar(200)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(200)  not null,
    constraint report_reporter_matches_kind check (
        (reporter_kind = 'organization' and organization_id is not null and district_id is null)
        or (reporter_kind = 'district' and district_id is not null and organization_id is null)),
    constraint report_added_has_reason check (roster_source <> 'added' or added_reason is not null),
    constraint report_excused_has_reason check (not excused or (excuse_reason is not null and excused_at is not null)),
    constraint report_submitted_stamp check (status = 'draft' or first_submitted_at is not null),
    constraint report_accepted_stamp check ((status = 'accepted') = (accepted_at is not null)),
    constraint report_results_length check (results is null or length(results) <= 20000)
);
create unique index report_one_per_organization on report (period_id, organization_id) where organization_id is not null;
create unique index report_one_per_district on report (period_id, district_id) where district_id is not null;
create index report_period_status_idx on report (period_id, status);
create index report_organization_idx on report (organization_id);
create index report_district_idx on report (district_id);

-- Each submission is a version: the figures and the narrative exactly as submitted.
create table report_version (
    report_id         bigint        not null references report (id),
    number            integer       not null check (number >= 1),
    submitted_at      timestamptz   not null,
    submitted_by      varchar(200)  not null,
    submitted_by_name varchar(200),
    content           jsonb         not null,
    primary key (report_id, number)
);

-- Every step of a report, with who, when and the comment. Append-only like change_log.
create table report_step (
    id            bigint generated always as identity primary key,
    report_id     bigint        not null references report (id),
    action        varchar(20)   not null check (action in
                    ('created', 'added', 'excused', 'reinstated', 'submitted', 'returned', 'accepted')),
    from_status   varchar(20),
    to_status     varchar(20)   not null,
    version_number integer,
    comment       varchar(4000),
    actor         varchar(200)  not null,
    actor_name    varchar(200),
    at            timestamptz   not null
);
create index report_step_report_idx on report_step (report_id, id);

create function refuse_change_to_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', TG_TABLE_NAME;
end;
$$;
create trigger report_step_append_only
    before update or delete on report_step
    for each row execute function refuse_change_to_append_only();
create trigger report_version_append_only
    before update or delete on report_version
    for each row execute function refuse_change_to_append_only();

create table report_attachment (
    id             bigint generated always as identity primary key,
    report_id      bigint        not null references report (id),
    file_name      varchar(255)  not null,
    media_type     varchar(100)  not null,
    size_bytes     bigint        not null check (size_bytes > 0),
    sha256         varchar(64)   not null,
    content        bytea         not null,
    uploaded_at    timestamptz   not null,
    uploaded_by    varchar(200)  not null
);
create index report_attachment_report_idx on report_attachment (report_id);

-- The in-app inbox. A notification is addressed to a party (the province's office, one partner
-- organisation or one district), not to a person: every user acting for that party sees it.
create table notification (
    id               bigint generated always as identity primary key,
    recipient_kind   varchar(20)   not null check (recipient_kind in ('province', 'organization', 'district')),
    organization_id  bigint        references organization (id),
    district_id      bigint        references admin_unit (id),
    kind             varchar(40)   not null,
    title            varchar(500)  not null,
    body             text          not null,
    link             varchar(500),
    -- makes jobs idempotent: one reminder digest per recipient and day
    dedup_key        varchar(200)  unique,
    created_at       timestamptz   not null,
    read_at          timestamptz,
    read_by          varchar(200),
    emailed_to       varchar(500),
    emailed_at       timestamptz,
    constraint notification_recipient_matches_kind check (
        (recipient_kind = 'province' and organization_id is null and district_id is null)
        or (recipient_kind = 'organization' and organization_id is not null and district_id is null)
        or (recipient_kind = 'district' and district_id is not null and organization_id is null))
);
create index notification_organization_idx on notification (organization_id, created_at desc);
create index notification_district_idx on notification (district_id, created_at desc);
create index notification_province_idx on notification (recipient_kind, created_at desc);

-- Where a district's reminders are e-mailed (partner organisations already have email / officer_email).
alter table admin_unit add column email varchar(200);

-- The summary traces every figure back to support records in a date window; these filters make
-- those lists cheap.
create index support_record_agreement_date_idx on support_record (agreement_id, support_date);
