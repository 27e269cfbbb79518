-- A change to a part of a record (a project's sub-project or assignment) also shows in the
-- history of the enclosing record.
alter table audit_entry add column scope_type varchar(64);
alter table audit_entry add column scope_id bigint;
create index audit_entry_scope_idx on audit_entry(scope_type, scope_id, occurred_at);

-- The audit trail is append-only, also for anyone with direct database access through the app's role.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
