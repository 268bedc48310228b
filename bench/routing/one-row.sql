-- pgbench: one transaction writing one row, the ceiling the routing rate is compared with.
\set aid random(1, 100000 * :scale)
update pgbench_accounts set abalance = abalance + 1 where aid = :aid;
