-- Good practices (task 1d of notice 135/TB-UBND: units share experience and ways of working).
-- A practice belongs to the partner organisation that wrote it up. The optional agreement must be
-- that organisation's own and tells where the practice happened (its commune and district), so the
-- place is not kept twice.
create table good_practice (
    id              bigint generated always as identity primary key,
    organization_id bigint        not null references organization (id),
    agreement_id    bigint        references agreement (id),
    title           varchar(300)  not null,
    what_was_done   varchar(8000) not null,
    results         varchar(8000) not null,
    area            varchar(20)   check (area in ('spiritual', 'material', 'production')),
    year            integer       not null check (year between 2000 and 2100),
    status          varchar(20)   not null check (status in ('draft', 'published')),
    published_at    timestamptz,
    -- Folded title, text, results and tags (SearchText.fold, written by the application) for
    -- diacritics-free search, like the other lists.
    search_text     text          not null default '',
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    created_by      varchar(200)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(200)  not null,
    constraint good_practice_published_at check ((status = 'published') = (published_at is not null))
);
create index good_practice_organization_idx on good_practice (organization_id);
create index good_practice_agreement_idx on good_practice (agreement_id);
create index good_practice_status_published_idx on good_practice (status, published_at desc);
create index good_practice_year_idx on good_practice (year);
create index good_practice_search_text_trgm on good_practice using gin (search_text gin_trgm_ops);

-- Tags, normalised by the application (trimmed, single spaces, lower case, diacritics kept for
-- display). A table rather than an array: the tag filter and the tag cloud are plain joins and
-- group-bys, served by the index on tag.
create table good_practice_tag (
    practice_id bigint      not null references good_practice (id) on delete cascade,
    tag         varchar(40) not null check (tag = lower(tag) and tag = btrim(tag) and tag <> ''),
    primary key (practice_id, tag)
);
create index good_practice_tag_tag_idx on good_practice_tag (tag, practice_id);

-- Photos and documents of a practice, kept in the database like report attachments. The first
-- image (lowest id) is the cover shown in lists.
create table good_practice_file (
    id           bigint generated always as identity primary key,
    practice_id  bigint        not null references good_practice (id) on delete cascade,
    file_name    varchar(255)  not null,
    media_type   varchar(100)  not null,
    size_bytes   bigint        not null check (size_bytes > 0),
    sha256       varchar(64)   not null,
    content      bytea         not null,
    uploaded_at  timestamptz   not null,
    uploaded_by  varchar(200)  not null
);
create index good_practice_file_practice_idx on good_practice_file (practice_id, id);
