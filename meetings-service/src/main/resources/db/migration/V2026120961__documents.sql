-- Documents of meetings (working papers, final statements, minutes, letters): their metadata, their links to meetings
-- and recommendations, and, for an uploaded file, its bytes in this database (README, "Documents: where the bytes
-- live"). A document is written once and never changed.
create table document (
    id                 uuid primary key,
    version            bigint      not null,
    title              text        not null,
    kind               text        not null,
    language           text,
    document_date      date,
    -- Either a stored file (file_name .. sha256, with its chunks) or a link (url).
    file_name          text,
    media_type         text,
    size_bytes         bigint,
    sha256             text,
    url                text,
    -- The text read from a PDF, DOCX or text file, folded as the meetings' search folds (ArabicNames.searchKey), for
    -- the search rows of its meetings (MeetingSearchIndex); empty for images and links.
    search_text        text        not null default '',
    created_by_office  uuid,
    created_at         timestamptz not null,
    constraint document_file_or_url check ((url is null) = (file_name is not null and media_type is not null
        and size_bytes is not null and sha256 is not null))
);

create table document_meeting (
    document_id uuid not null references document (id),
    meeting_id  uuid not null references meeting (id),
    position    int  not null,
    primary key (document_id, meeting_id)
);
-- A meeting's documents, for its search row.
create index document_meeting_meeting on document_meeting (meeting_id);

create table document_recommendation (
    document_id       uuid not null references document (id),
    recommendation_id uuid not null,
    position          int  not null,
    primary key (document_id, recommendation_id)
);

-- A file's bytes in fixed-size pieces (DocumentChunks), so that neither an upload nor a download holds more than one
-- piece in memory: a single bytea value is read whole by the JDBC driver.
create table document_chunk (
    document_id uuid  not null references document (id),
    seq         int   not null,
    bytes       bytea not null,
    primary key (document_id, seq)
);
-- PDFs, DOCX and images are compressed already: storing them out of line without another try at compressing costs
-- less CPU for the same space.
alter table document_chunk alter column bytes set storage external;
