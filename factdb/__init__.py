"""factdb: who said what in Russian news, and where the reports contradict each other."""

__version__ = "0.1.0"
