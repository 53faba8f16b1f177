-- How far a recommendation has gone, in percent, reported with each status change. A status change that leaves it
-- out keeps the one before (implemented is 100 by definition); evidence entries report none (null). Before this,
-- progress was not reported: entries and recommendations keep null (unknown), except what the status itself says
-- (adopted is 0, implemented 100).
alter table recommendation add column progress integer check (progress between 0 and 100);
alter table recommendation_timeline add column progress integer check (progress between 0 and 100);
update recommendation_timeline set progress = case status when 'adopted' then 0 else 100 end
    where kind = 'status_change' and status in ('adopted', 'implemented');
update recommendation set progress = case status when 'adopted' then 0 else 100 end
    where status in ('adopted', 'implemented');
