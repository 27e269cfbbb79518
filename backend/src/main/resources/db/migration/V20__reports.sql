-- Follow-up reports (issue 4): schedule per sheet type, one sheet per project and period,
-- immutable revisions, review comments, reminders and in-app notifications. docs/reports.md.

-- The Cabinet Office's reporting schedule, one row per sheet type.
create table report_schedule (
    sheet_type           varchar(16) primary key check (sheet_type in ('PROGRESS','OPINION','ISSUE','EXPENSE')),
    cadence              varchar(16) not null check (cadence in ('MONTHLY','YEARLY')),
    -- MONTHLY: day of the month after the period; YEARLY: day of due_month (clamped to the month's length)
    due_day              int         not null check (due_day between 1 and 31),
    due_month            int         check (due_month between 1 and 12),
    -- periods that open before this day get no sheets (the follow-up's start in the system)
    starts_on            date        not null,
    reminder_days_before int         not null default 5 check (reminder_days_before between 0 and 60),
    version              bigint      not null default 0,
    updated_at           timestamptz not null default now(),
    check ((cadence = 'YEARLY') = (due_month is not null))
);
-- Defaults: the follow-up starts with the fiscal year in which the system is installed.
insert into report_schedule (sheet_type, cadence, due_day, due_month, starts_on, reminder_days_before)
select t.sheet_type, t.cadence, t.due_day, t.due_month,
       (date_trunc('year', current_date - interval '3 months') + interval '3 months')::date, 5
from (values ('PROGRESS', 'MONTHLY', 10, null::int),
             ('OPINION',  'MONTHLY', 15, null::int),
             ('ISSUE',    'YEARLY',  30, 6),
             ('EXPENSE',  'YEARLY',  31, 5)) as t(sheet_type, cadence, due_day, due_month);

create table report_sheet (
    id                 bigserial primary key,
    project_id         bigint      not null references project(id) on delete cascade,
    sheet_type         varchar(16) not null check (sheet_type in ('PROGRESS','OPINION','ISSUE','EXPENSE')),
    period_key         varchar(16) not null,  -- 2026-07 (monthly) or FY2026 (yearly)
    period_start       date        not null,
    period_end         date        not null,
    due_date           date        not null,
    status             varchar(16) not null default 'NOT_STARTED'
                       check (status in ('NOT_STARTED','DRAFT','SUBMITTED','RETURNED','RESUBMITTED','ACCEPTED')),
    content            jsonb,
    current_revision   int         not null default 0,
    lateness_reason    text,
    last_submitted_at  timestamptz,
    accepted_at        timestamptz,
    divergent          boolean     not null default false,
    duplicate_funding  boolean     not null default false,
    version            bigint      not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    -- one sheet per project, type and period: generation can run any number of times
    unique (project_id, sheet_type, period_key)
);
create index report_sheet_status_due_idx on report_sheet(status, due_date);
create index report_sheet_type_period_idx on report_sheet(sheet_type, period_key);

-- Each submission freezes the content as it was sent.
create table report_revision (
    id              bigserial primary key,
    sheet_id        bigint       not null references report_sheet(id) on delete cascade,
    number          int          not null check (number > 0),
    content         jsonb        not null,
    submitted_at    timestamptz  not null default now(),
    submitted_by    varchar(100) not null,
    submitted_by_name varchar(200),
    late            boolean      not null default false,
    lateness_reason text,
    unique (sheet_id, number)
);
create function report_revision_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'report_revision rows are immutable';
end;
$$;
create trigger report_revision_no_update before update on report_revision
    for each row execute function report_revision_is_immutable();

-- Returns, acceptances and comments, with comments per section of the sheet.
create table report_review (
    id               bigserial primary key,
    sheet_id         bigint       not null references report_sheet(id) on delete cascade,
    revision_number  int          not null,
    action           varchar(16)  not null check (action in ('RETURN','ACCEPT','COMMENT')),
    author_username  varchar(100) not null,
    author_name      varchar(200),
    author_role      varchar(32),
    comments         jsonb        not null default '[]'::jsonb,
    created_at       timestamptz  not null default now()
);
create index report_review_sheet_idx on report_review(sheet_id, created_at);

-- One row per reminder event sent: the unique key is what guarantees "never twice".
create table report_reminder (
    id          bigserial primary key,
    sheet_id    bigint      not null references report_sheet(id) on delete cascade,
    kind        varchar(16) not null check (kind in ('BEFORE_DUE','OVERDUE')),
    sent_on     date        not null,
    recipients  int         not null default 0,
    mail_error  text,
    created_at  timestamptz not null default now(),
    unique (sheet_id, kind)
);

create table report_notification (
    id          bigserial primary key,
    person_id   bigint      not null references person(id) on delete cascade,
    sheet_id    bigint      references report_sheet(id) on delete cascade,
    kind        varchar(16) not null,
    message     text        not null,
    created_at  timestamptz not null default now(),
    read_at     timestamptz
);
create index report_notification_person_idx on report_notification(person_id, created_at);

-- One row per day the daily job ran (generation + reminders): with an advisory lock, the
-- job runs once per day however many backend instances are up.
create table report_job_run (
    run_on      date primary key,
    started_at  timestamptz not null default now(),
    created     int not null default 0,
    reminders   int not null default 0
);
