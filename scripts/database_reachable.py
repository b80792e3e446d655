"""Exit 0 when the PostgreSQL server at the given URL accepts connections, 1 otherwise.

`make test` uses it to decide whether to run the suite a second time on PostgreSQL. It
connects to the server's `postgres` database, since the test database is made by the tests.
"""

import sys

import psycopg

try:
    psycopg.connect(sys.argv[1], dbname="postgres", connect_timeout=3).close()
except psycopg.Error:
    sys.exit(1)
