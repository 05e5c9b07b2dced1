"""Domain errors; the CLI turns them into `Error: ...` and exit status 1."""


class FactdbError(Exception):
    """Base of every error factdb reports to a user."""


class InputError(FactdbError):
    """A file or stream could not be read as an article; the message names it and why."""


class QueryError(FactdbError):
    """A search query or filter that cannot be run."""
