"""`python -m factdb.db [OUT]`: build a fresh database through the migrations and
print (or write) its schema: how schema.sql is kept equal to what they build."""

import sys
import tempfile
from pathlib import Path

from factdb.db import open_db, schema_sql

with tempfile.TemporaryDirectory() as tmp:
    sql = schema_sql(open_db(Path(tmp) / "schema.db"))
if len(sys.argv) > 1:
    Path(sys.argv[1]).write_text(sql, encoding="utf-8")
else:
    sys.stdout.write(sql)
