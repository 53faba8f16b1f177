-- Agenda items carry what came of them (OParl's AgendaItem: number, title, result, decisions). Each stored agenda
-- line becomes an item with that title and nothing else: the sources numbered none of them and gave no results.
-- (Groups of participants not named one by one need no rewrite: their count became optional and their
-- organisation kind is new, so every stored group reads as it is.)
update meeting
set agenda = (select coalesce(jsonb_agg(jsonb_build_object('number', null, 'title', line, 'result', null,
                                                           'decisions', '[]'::jsonb) order by position), '[]'::jsonb)
              from jsonb_array_elements_text(agenda) with ordinality as item(line, position))
where exists (select 1 from jsonb_array_elements(agenda) as element where jsonb_typeof(element) = 'string');

-- Agenda results and decisions, group descriptions and participants' notes are searched now too: every search row
-- is marked stale, so that SearchIndexStartup rewrites them at the next start, in batches.
update meeting_search set key_version = 0;
