-- How many principles a source says an organisation has when it names fewer of them (article 000: «أربعة مبادئ»,
-- three named). Null when the source gives no count beyond the list.
alter table organization
    add column principles_stated_count integer check (principles_stated_count > 0);
