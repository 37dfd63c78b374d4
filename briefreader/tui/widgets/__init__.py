"""The reader's widgets, one per module."""
