#!/bin/bash
# Run once by the mysql image on an empty data volume (/docker-entrypoint-initdb.d): one schema
# and one user per subgraph, each user granted its own schema only, and a backup user.
set -euo pipefail

sql() { mysql --protocol=socket -uroot -p"${MYSQL_ROOT_PASSWORD}" "$@"; }

for service in catalogue execution finance; do
  variable="${service^^}_DB_PASSWORD"
  password="${!variable:?${variable} is not set}"
  sql <<SQL
CREATE DATABASE IF NOT EXISTS \`sigma_${service}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${service}'@'%' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON \`sigma_${service}\`.* TO '${service}'@'%';
SQL
done

# mysqldump --single-transaction of the three schemas, and binary logs for point-in-time recovery.
sql <<SQL
CREATE USER IF NOT EXISTS 'backup'@'%' IDENTIFIED BY '${BACKUP_DB_PASSWORD:?BACKUP_DB_PASSWORD is not set}';
GRANT SELECT, SHOW VIEW, TRIGGER, EVENT, LOCK TABLES, RELOAD, PROCESS, REPLICATION CLIENT ON *.* TO 'backup'@'%';
SQL
