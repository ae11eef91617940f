-- Diacritics-free search is "every folded word occurs somewhere in the folded text", i.e.
-- LIKE '%word%'. A btree cannot serve an infix LIKE; trigram GIN indexes can, which keeps search
-- fast at national scale (thousands of communes, tens of thousands of organisations, millions of
-- support records). pg_trgm ships with PostgreSQL and is a trusted extension since PostgreSQL 13,
-- so the database owner may create it.
create extension if not exists pg_trgm;

create index admin_unit_name_search_trgm on admin_unit using gin (name_search gin_trgm_ops);
create index organization_name_search_trgm on organization using gin (name_search gin_trgm_ops);
create index support_category_name_search_trgm on support_category using gin (name_search gin_trgm_ops);
create index support_record_description_search_trgm on support_record using gin (description_search gin_trgm_ops);
create index monitoring_visit_search_text_trgm on monitoring_visit using gin (search_text gin_trgm_ops);

-- The agreement list filters "running on or after a date" on end_date.
create index agreement_end_date_idx on agreement (end_date);
