-- Timeliness compares the first submission's Vietnamese calendar day with the due date; keeping that
-- day as a generated column lets the report list filter on on_time / late inside the query.
alter table report add column first_submitted_on date
    generated always as ((first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date) stored;
