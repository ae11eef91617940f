-- Free text of support records and monitoring visits must be searchable without diacritics
-- ("gao" finds "Gạo tẻ"), like the names already are. The application writes these columns with
-- SearchText.fold on every insert and update, so the folding rule lives in one place (Java).
-- The default only keeps rows written outside the application valid; none exist yet, because
-- support records and visits are first written by the code that ships with this migration.
alter table support_record add column description_search text not null default '';
alter table monitoring_visit add column search_text text not null default '';

-- Filters of the support-record and action-point lists not covered by V001.
create index support_record_funding_source_idx on support_record (funding_source);
create index support_record_form_idx on support_record (form);
create index action_point_status_idx on action_point (status);
