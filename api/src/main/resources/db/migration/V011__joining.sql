-- Joining the programme (notice 135/TB-UBND, task 3): the province invites organisations that do
-- not take part in a period; an organisation registers, proposing the communes it wants to help; the
-- province approves (creating proposed agreements) or declines with a reason.

create table invitation (
    id                   bigint generated always as identity primary key,
    period_id            bigint        not null references period (id),
    organization_id      bigint        not null references organization (id),
    sent_on              date          not null,
    reply_by             date          not null,
    message              varchar(4000),
    -- the number of the letter (công văn), without the symbol, once the clerk has numbered it
    document_number      varchar(20),
    -- 'expired' is not stored: a sent invitation past reply_by without a registration is expired
    status               varchar(20)   not null check (status in ('sent', 'registered', 'cancelled')),
    cancel_reason        varchar(2000),
    version              bigint        not null default 0,
    created_at           timestamptz   not null,
    created_by           varchar(200)  not null,
    updated_at           timestamptz   not null,
    updated_by           varchar(200)  not null,
    constraint invitation_reply_after_sending check (reply_by >= sent_on)
);
create index invitation_period_idx on invitation (period_id);
create index invitation_organization_idx on invitation (organization_id);
create index invitation_status_idx on invitation (status, reply_by);

create table registration (
    id                   bigint generated always as identity primary key,
    period_id            bigint        not null references period (id),
    organization_id      bigint        not null references organization (id),
    invitation_id        bigint        references invitation (id),
    -- comma-separated support areas, in the catalogue's order
    support_areas        varchar(100)  not null
        check (support_areas ~ '^(spiritual|material|production)(,(spiritual|material|production)){0,2}$'),
    commitment           varchar(4000) not null,
    proposed_start_date  date          not null,
    contact_name         varchar(200)  not null,
    contact_title        varchar(200),
    contact_phone        varchar(50),
    contact_email        varchar(200),
    status               varchar(20)   not null check (status in ('submitted', 'approved', 'declined', 'withdrawn')),
    decision_reason      varchar(2000),
    decided_at           timestamptz,
    decided_by           varchar(200),
    version              bigint        not null default 0,
    created_at           timestamptz   not null,
    created_by           varchar(200)  not null,
    updated_at           timestamptz   not null,
    updated_by           varchar(200)  not null,
    constraint registration_decline_has_reason check (status <> 'declined' or decision_reason is not null)
);
-- one registration waiting for a decision per organisation and period
create unique index registration_one_submitted on registration (organization_id, period_id) where status = 'submitted';
create index registration_period_idx on registration (period_id);
create index registration_status_idx on registration (status);
create index registration_invitation_idx on registration (invitation_id);

-- The communes (or mountainous districts) a registration proposes, in the order given; an approved
-- one points at the agreement its approval created.
create table registration_commune (
    registration_id      bigint   not null references registration (id) on delete cascade,
    position             smallint not null check (position between 0 and 4),
    commune_id           bigint   not null references admin_unit (id),
    agreement_id         bigint   references agreement (id),
    primary key (registration_id, position),
    -- deferred: reordering the list rewrites rows position by position
    constraint registration_commune_once unique (registration_id, commune_id) deferrable initially deferred
);
create index registration_commune_commune_idx on registration_commune (commune_id);
create index registration_commune_agreement_idx on registration_commune (agreement_id);
