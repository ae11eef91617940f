-- Core schema of Kết Nghĩa. Money is whole VND in bigint; every rule the API enforces on
-- single rows is also a constraint here, so no other writer can break it.

-- Audit columns shared by all editable tables:
--   version     optimistic lock, exposed as the ETag
--   created_*   / updated_*: who (token subject and display name) and when

create table period (
    id              bigint generated always as identity primary key,
    code            varchar(20)  not null unique,
    name            varchar(200) not null,
    start_year      integer      not null check (start_year between 1990 and 2100),
    end_year        integer      not null check (end_year between 1990 and 2100),
    legal_basis     varchar(2000),
    version         bigint       not null default 0,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    constraint period_years_ordered check (end_year >= start_year)
);

create table admin_unit (
    id              bigint generated always as identity primary key,
    parent_id       bigint references admin_unit (id),
    level           varchar(20)  not null check (level in ('province', 'district', 'commune')),
    code            varchar(20)  not null unique,
    name            varchar(200) not null,
    name_search     varchar(200) not null,
    -- district: 'city' | 'town' | 'district'; commune: 'commune' | 'ward' | 'township'
    kind            varchar(20)  not null,
    terrain         varchar(20)  check (terrain in ('mountainous', 'lowland')),
    abolished_on    date,
    version         bigint       not null default 0,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    constraint admin_unit_parent_by_level check (
        (level = 'province' and parent_id is null) or (level <> 'province' and parent_id is not null)),
    constraint admin_unit_terrain_for_districts check (level = 'district' or terrain is null)
);
create index admin_unit_parent_idx on admin_unit (parent_id);
create index admin_unit_level_idx on admin_unit (level);
create index admin_unit_name_search_idx on admin_unit (name_search varchar_pattern_ops);

-- Flags change with each programme period (a commune may leave the especially-difficult list).
create table admin_unit_flag (
    admin_unit_id        bigint  not null references admin_unit (id) on delete cascade,
    period_id            bigint  not null references period (id),
    especially_difficult boolean not null default false,
    ethnic_minority_area boolean not null default false,
    border               boolean not null default false,
    primary key (admin_unit_id, period_id)
);
create index admin_unit_flag_period_idx on admin_unit_flag (period_id);

create table organization (
    id                   bigint generated always as identity primary key,
    code                 varchar(30)  not null unique,
    name                 varchar(300) not null,
    name_search          varchar(300) not null,
    kind                 varchar(30)  not null check (kind in
                           ('department', 'agency', 'mass_organization', 'enterprise', 'lowland_district', 'other')),
    -- a lowland district acting as partner points at its own administrative unit
    admin_unit_id        bigint references admin_unit (id),
    address              varchar(500),
    phone                varchar(50),
    email                varchar(200),
    officer_name         varchar(200),
    officer_title        varchar(200),
    officer_phone        varchar(50),
    officer_email        varchar(200),
    active               boolean      not null default true,
    version              bigint       not null default 0,
    created_at           timestamptz  not null,
    created_by           varchar(200) not null,
    updated_at           timestamptz  not null,
    updated_by           varchar(200) not null,
    constraint organization_district_link check ((kind = 'lowland_district') = (admin_unit_id is not null))
);
create index organization_kind_idx on organization (kind);
create index organization_name_search_idx on organization (name_search varchar_pattern_ops);

create table support_category (
    id              bigint generated always as identity primary key,
    area            varchar(20)  not null check (area in ('spiritual', 'material', 'production')),
    code            varchar(40)  not null unique,
    name            varchar(300) not null,
    description     varchar(2000),
    sort_order      integer      not null default 0,
    active          boolean      not null default true,
    version         bigint       not null default 0,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null
);
create index support_category_area_idx on support_category (area, sort_order);

create table agreement (
    id                   bigint generated always as identity primary key,
    organization_id      bigint       not null references organization (id),
    period_id            bigint       not null references period (id),
    -- the commune helped, or the mountainous district for a district-to-district twinning
    recipient_id         bigint       not null references admin_unit (id),
    -- the receiving district (the recipient itself or the commune's district); scope queries use it
    district_id          bigint       not null references admin_unit (id),
    start_date           date         not null,
    end_date             date,
    status               varchar(20)  not null check (status in ('proposed', 'active', 'suspended', 'ended')),
    document_number      varchar(100),
    signed_on            date,
    focal_officer_name   varchar(200),
    focal_officer_title  varchar(200),
    focal_officer_phone  varchar(50),
    focal_officer_email  varchar(200),
    notes                varchar(4000),
    version              bigint       not null default 0,
    created_at           timestamptz  not null,
    created_by           varchar(200) not null,
    updated_at           timestamptz  not null,
    updated_by           varchar(200) not null,
    constraint agreement_dates_ordered check (end_date is null or end_date >= start_date)
);
create unique index agreement_one_active_per_partner_recipient_period
    on agreement (organization_id, recipient_id, period_id) where status = 'active';
create index agreement_organization_idx on agreement (organization_id);
create index agreement_period_idx on agreement (period_id);
create index agreement_recipient_idx on agreement (recipient_id);
create index agreement_district_idx on agreement (district_id);
create index agreement_status_idx on agreement (status);
create index agreement_start_date_idx on agreement (start_date);

create table plan (
    id              bigint generated always as identity primary key,
    agreement_id    bigint       not null references agreement (id),
    kind            varchar(20)  not null check (kind in ('period', 'annual')),
    year            integer,
    title           varchar(300) not null,
    notes           varchar(4000),
    status          varchar(20)  not null check (status in ('draft', 'agreed')),
    agreed_at       timestamptz,
    agreed_by       varchar(200),
    agreement_note  varchar(2000),
    version         bigint       not null default 0,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    constraint plan_year_by_kind check ((kind = 'period' and year is null) or (kind = 'annual' and year is not null)),
    constraint plan_agreed_stamp check ((status = 'agreed') = (agreed_at is not null))
);
create unique index plan_one_period_plan on plan (agreement_id) where kind = 'period';
create unique index plan_one_annual_per_year on plan (agreement_id, year) where kind = 'annual';
create index plan_status_idx on plan (status);

create table plan_item (
    id              bigint generated always as identity primary key,
    plan_id         bigint        not null references plan (id) on delete cascade,
    category_id     bigint        not null references support_category (id),
    description     varchar(2000) not null,
    target_quantity numeric(16, 3) check (target_quantity >= 0),
    unit_of_measure varchar(50),
    planned_vnd     bigint        not null default 0 check (planned_vnd >= 0),
    start_date      date,
    end_date        date,
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    created_by      varchar(200)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(200)  not null,
    constraint plan_item_dates_ordered check (end_date is null or start_date is null or end_date >= start_date)
);
create index plan_item_plan_idx on plan_item (plan_id);
create index plan_item_category_idx on plan_item (category_id);

create table support_record (
    id                     bigint generated always as identity primary key,
    agreement_id           bigint        not null references agreement (id),
    support_date           date          not null,
    category_id            bigint        not null references support_category (id),
    description            varchar(2000) not null,
    quantity               numeric(16, 3) check (quantity >= 0),
    unit_of_measure        varchar(50),
    value_vnd              bigint        not null check (value_vnd >= 0),
    form                   varchar(20)   not null check (form in ('cash', 'in_kind')),
    funding_source         varchar(30)   not null check (funding_source in
                             ('own_budget', 'staff_contributions', 'mobilised_enterprise', 'other')),
    enterprise_name        varchar(300),
    beneficiary_households integer       check (beneficiary_households >= 0),
    beneficiary_people     integer       check (beneficiary_people >= 0),
    beneficiary_students   integer       check (beneficiary_students >= 0),
    plan_item_id           bigint        references plan_item (id),
    status                 varchar(20)   not null check (status in ('recorded', 'confirmed')),
    confirmed_at           timestamptz,
    confirmed_by           varchar(200),
    confirmation_note      varchar(2000),
    version                bigint        not null default 0,
    created_at             timestamptz   not null,
    created_by             varchar(200)  not null,
    updated_at             timestamptz   not null,
    updated_by             varchar(200)  not null,
    constraint support_record_enterprise_named check (
        funding_source <> 'mobilised_enterprise' or enterprise_name is not null),
    constraint support_record_confirmed_stamp check ((status = 'confirmed') = (confirmed_at is not null))
);
create index support_record_agreement_idx on support_record (agreement_id);
create index support_record_date_idx on support_record (support_date);
create index support_record_category_idx on support_record (category_id);
create index support_record_status_idx on support_record (status);
create index support_record_plan_item_idx on support_record (plan_item_id);

create table monitoring_visit (
    id              bigint generated always as identity primary key,
    agreement_id    bigint        not null references agreement (id),
    visit_date      date          not null,
    participants    varchar(2000) not null,
    findings        varchar(8000),
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    created_by      varchar(200)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(200)  not null
);
create index monitoring_visit_agreement_idx on monitoring_visit (agreement_id);
create index monitoring_visit_date_idx on monitoring_visit (visit_date);

create table action_point (
    id              bigint generated always as identity primary key,
    visit_id        bigint        not null references monitoring_visit (id) on delete cascade,
    description     varchar(2000) not null,
    owner           varchar(200)  not null,
    due_date        date,
    status          varchar(20)   not null check (status in ('open', 'in_progress', 'done', 'cancelled')),
    completed_on    date,
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    created_by      varchar(200)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(200)  not null
);
create index action_point_visit_idx on action_point (visit_id);
create index action_point_open_due_idx on action_point (due_date) where status in ('open', 'in_progress');

-- Append-only history of every change. The trigger makes "append-only" a database fact.
create table change_log (
    id              bigint generated always as identity primary key,
    entity_type     varchar(40)  not null,
    entity_id       bigint       not null,
    action          varchar(40)  not null,
    changed_at      timestamptz  not null,
    changed_by      varchar(200) not null,
    changed_by_name varchar(200),
    note            varchar(2000),
    before_state    jsonb,
    after_state     jsonb
);
create index change_log_entity_idx on change_log (entity_type, entity_id, id);

create function change_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'change_log is append-only';
end;
$$;
create trigger change_log_no_update_or_delete
    before update or delete on change_log
    for each row execute function change_log_is_append_only();
create trigger change_log_no_truncate
    before truncate on change_log
    for each statement execute function change_log_is_append_only();
