-- docker compose only: the roles deploy/base/database-roles.yaml makes in a cluster, with a development password.
-- PostgreSQL runs this on its first start (an empty pgdata volume). Each service's database belongs to its owner role,
-- which migrates; the service runs as its app role, which owns nothing and so cannot switch the audit trail off.
CREATE ROLE wiz_intake_owner LOGIN PASSWORD 'wiz';
CREATE ROLE wiz_intake_app LOGIN PASSWORD 'wiz';
CREATE DATABASE wiz_intake OWNER wiz_intake_owner;
CREATE ROLE wiz_trajecten_owner LOGIN PASSWORD 'wiz';
CREATE ROLE wiz_trajecten_app LOGIN PASSWORD 'wiz';
CREATE DATABASE wiz_trajecten OWNER wiz_trajecten_owner;
CREATE ROLE wiz_werkgevers_owner LOGIN PASSWORD 'wiz';
CREATE ROLE wiz_werkgevers_app LOGIN PASSWORD 'wiz';
CREATE DATABASE wiz_werkgevers OWNER wiz_werkgevers_owner;
CREATE ROLE wiz_subsidies_owner LOGIN PASSWORD 'wiz';
CREATE ROLE wiz_subsidies_app LOGIN PASSWORD 'wiz';
CREATE DATABASE wiz_subsidies OWNER wiz_subsidies_owner;
