"""The terminal reader: a Textual app over a :class:`~briefreader.model.Brief`.

Only this package imports Textual. Start it with :func:`briefreader.tui.app.create_app`.
"""
