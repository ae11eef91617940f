-- Coverage (issue 5): the last support record and the last monitoring visit of each agreement, and the VND
-- per agreement, are read for every agreement of a period. With these, "last" is one backward step in an
-- index per agreement (lateral join) and sums are index-only scans, instead of reading millions of
-- support-record rows from the heap.
create index support_record_agreement_date_value_idx on support_record (agreement_id, support_date) include (value_vnd);
create index monitoring_visit_agreement_date_idx on monitoring_visit (agreement_id, visit_date);
-- The agreements of a period by recipient and status (partners per commune, participation per organisation).
create index agreement_period_recipient_status_idx on agreement (period_id, recipient_id, status);
