-- The two-year continuation after the normal three years of support is approved at most once.
alter table project add column continuation_approved boolean not null default false;
update project set continuation_approved = true
 where support_planned_end > (make_date(selection_fy + 3, 3, 31));
