#!/bin/bash
# Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d), as POSTGRES_USER.
# Each service gets its own login role, owner of its own database and of nothing else, never a superuser:
# Flyway creates its tables (and the trusted extension pg_trgm) at service start-up. The passwords come from
# the compose file (LIAISON_<SERVICE>_DB_PASSWORD, overridable in .env). deployment-checks holds this file
# against LiaisonTopology: one line per service database.
set -euo pipefail

service_database() { # DATABASE ROLE PASSWORD
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    --set=db="$1" --set=role="$2" --set=password="$3" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"role";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
SQL
}

service_database orgs orgs "$ORGS_DB_PASSWORD"
service_database meetings meetings "$MEETINGS_DB_PASSWORD"
service_database recommendations recommendations "$RECOMMENDATIONS_DB_PASSWORD"
service_database dashboard dashboard "$DASHBOARD_DB_PASSWORD"
