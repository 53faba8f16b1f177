-- Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d),
-- as POSTGRES_USER, who therefore owns these databases.
-- Each service owns its own database; Flyway creates the tables at service start-up.
CREATE DATABASE orgs;
CREATE DATABASE meetings;
CREATE DATABASE recommendations;
CREATE DATABASE dashboard;
