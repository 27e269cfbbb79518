-- Programme registry: organisations, people, projects and how they are supported.

create table organisation (
    id          bigserial primary key,
    code        varchar(64)  not null unique,  -- 全国地方公共団体コード for local governments, a short slug otherwise
    kind        varchar(32)  not null check (kind in ('CABINET_OFFICE','MINISTRY','PREFECTURE','MUNICIPALITY','COMPANY','OTHER')),
    name_ja     varchar(200) not null,
    name_en     varchar(200) not null,
    parent_id   bigint references organisation(id),
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);
create index organisation_kind_idx on organisation(kind);
create index organisation_parent_idx on organisation(parent_id);

create table person (
    id               bigserial primary key,
    keycloak_subject varchar(64) unique,
    username         varchar(100) unique,
    name             varchar(200) not null,
    organisation_id  bigint not null references organisation(id),
    title            varchar(200),
    email            varchar(320),
    version          bigint      not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create index person_organisation_idx on person(organisation_id);

create table project (
    id                      bigserial primary key,
    selection_fy            int          not null check (selection_fy between 2018 and 2100),
    number                  int          not null check (number > 0),
    title                   varchar(300) not null,
    summary                 text,
    status                  varchar(32)  not null check (status in ('SELECTED','SUPPORTING','SUPPORT_ENDED')),
    implementation_stage    varchar(32)  not null default 'NONE' check (implementation_stage in ('NONE','PARTIAL','FULL')),
    and_other_technologies  boolean      not null default false,
    support_start           date         not null,
    support_planned_end     date         not null,
    version                 bigint       not null default 0,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now(),
    unique (selection_fy, number)
);

create table project_applicant (
    project_id      bigint not null references project(id) on delete cascade,
    organisation_id bigint not null references organisation(id),
    position        int    not null,
    primary key (project_id, organisation_id)
);
create index project_applicant_org_idx on project_applicant(organisation_id);

create table project_technology (
    project_id  bigint      not null references project(id) on delete cascade,
    technology  varchar(32) not null check (technology in ('AI','IOT','AUTONOMOUS_DRIVING','DRONE','ROBOT','CASHLESS','BLOCKCHAIN','VR_AR','FIVE_G','OTHER')),
    position    int         not null,
    primary key (project_id, technology)
);
create index project_technology_tech_idx on project_technology(technology);

create table sub_project (
    id           bigserial primary key,
    project_id   bigint       not null references project(id) on delete cascade,
    label        varchar(8)   not null,  -- a, b, c ...
    title        varchar(300) not null,
    scheme       varchar(32)  not null check (scheme in ('GRANT','SUBSIDY','COMMISSION','SPECIAL_ZONE','REGULATORY_EXCEPTION','OTHER')),
    scheme_name  varchar(300),
    period_start date,
    period_end   date,
    version      bigint      not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    unique (project_id, label)
);

create table sub_project_ministry (
    sub_project_id  bigint not null references sub_project(id) on delete cascade,
    organisation_id bigint not null references organisation(id),
    primary key (sub_project_id, organisation_id)
);
create index sub_project_ministry_org_idx on sub_project_ministry(organisation_id);

-- Who is attached to a project in which function; history is kept through start/end dates.
create table project_assignment (
    id              bigserial primary key,
    project_id      bigint      not null references project(id) on delete cascade,
    kind            varchar(32) not null check (kind in ('SUPPORT_OFFICER','HOME_MINISTRY_CONTACT','SECRETARIAT_CONTACT','MEMBER')),
    organisation_id bigint      not null references organisation(id),
    person_id       bigint references person(id),
    start_date      date        not null,
    end_date        date,
    version         bigint      not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (end_date is null or end_date >= start_date)
);
create index project_assignment_project_idx on project_assignment(project_id, kind);
create index project_assignment_person_idx on project_assignment(person_id);
create index project_assignment_org_idx on project_assignment(organisation_id);
-- exactly one active on-site support officer per project
create unique index project_assignment_one_active_officer
    on project_assignment(project_id) where kind = 'SUPPORT_OFFICER' and end_date is null;

-- Append-only change history, written by every write path (API, import, seed load).
create table audit_entry (
    id              bigserial primary key,
    occurred_at     timestamptz  not null default now(),
    actor_username  varchar(100) not null,
    actor_subject   varchar(64),
    actor_org_code  varchar(64),
    actor_roles     varchar(300),
    service_account boolean      not null default false,
    action          varchar(32)  not null,
    record_type     varchar(64)  not null,
    record_id       bigint,
    changes         jsonb        not null default '{}'::jsonb
);
create index audit_entry_record_idx on audit_entry(record_type, record_id, occurred_at);
