-- Needs of the receiving communes (task 2 of notice 135/TB-UBND): districts post what their communes
-- ask for, partners pledge to them, and each pledge becomes an item of the partner's annual programme.

create table commune_need (
    id             bigint generated always as identity primary key,
    commune_id     bigint        not null references admin_unit (id),
    -- the commune's district, copied so that district scope and filters need no join through the hierarchy
    district_id    bigint        not null references admin_unit (id),
    category_id    bigint        not null references support_category (id),
    title          varchar(300)  not null,
    description    varchar(4000),
    -- folded title and description for search without diacritics (SearchText.fold)
    text_search    varchar(4400) not null,
    estimated_vnd  bigint        not null check (estimated_vnd >= 0),
    priority       varchar(10)   not null check (priority in ('high', 'medium', 'low')),
    priority_rank  smallint      generated always as (case priority when 'high' then 1 when 'medium' then 2 else 3 end) stored,
    target_year    integer       not null check (target_year between 1990 and 2100),
    -- open and pledged are derived from the active pledges; met and cancelled are set by the district or province
    status         varchar(20)   not null check (status in ('open', 'pledged', 'met', 'cancelled')),
    status_note    varchar(2000),
    closed_at      timestamptz,
    closed_by      varchar(200),
    version        bigint        not null default 0,
    created_at     timestamptz   not null,
    created_by     varchar(200)  not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(200)  not null,
    constraint commune_need_closed_stamp check ((status in ('met', 'cancelled')) = (closed_at is not null))
);
create index commune_need_commune_idx on commune_need (commune_id);
create index commune_need_district_idx on commune_need (district_id);
create index commune_need_category_idx on commune_need (category_id);
create index commune_need_status_idx on commune_need (status);
create index commune_need_priority_idx on commune_need (priority_rank);
create index commune_need_year_idx on commune_need (target_year);

create table need_pledge (
    id                 bigint generated always as identity primary key,
    need_id            bigint        not null references commune_need (id),
    organization_id    bigint        not null references organization (id),
    agreement_id       bigint        not null references agreement (id),
    -- the item of the agreement's annual programme this pledge became; cleared when the pledge is withdrawn
    -- (the item is removed then). No cascade: removing a pledged item through the plans is refused.
    plan_item_id       bigint        references plan_item (id),
    pledged_vnd        bigint        not null check (pledged_vnd > 0),
    year               integer       not null check (year between 1990 and 2100),
    description        varchar(2000),
    status             varchar(20)   not null check (status in ('active', 'withdrawn')),
    withdrawn_at       timestamptz,
    withdrawn_by       varchar(200),
    withdrawal_reason  varchar(2000),
    version            bigint        not null default 0,
    created_at         timestamptz   not null,
    created_by         varchar(200)  not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(200)  not null,
    constraint need_pledge_active_has_item check (status <> 'active' or plan_item_id is not null),
    constraint need_pledge_withdrawn_stamp check ((status = 'withdrawn') = (withdrawn_at is not null))
);
create unique index need_pledge_one_active_per_partner on need_pledge (need_id, organization_id) where status = 'active';
create unique index need_pledge_plan_item_once on need_pledge (plan_item_id) where plan_item_id is not null;
create index need_pledge_need_idx on need_pledge (need_id);
create index need_pledge_organization_idx on need_pledge (organization_id);
create index need_pledge_agreement_idx on need_pledge (agreement_id);
