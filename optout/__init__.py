"""optout: remove a person's records from data brokers, and keep them removed."""

__version__ = "0.1.0"
