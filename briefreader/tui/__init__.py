"""The terminal reader: a Textual app over :class:`~briefreader.model.Brief` objects.

Only this package imports Textual. ``briefreader open`` (and every test) builds the app with
:func:`briefreader.tui.app.create_app`; from there the flow is:

- ``app.py``: the App and its one factory; the App applies the settings and pushes a screen.
- ``loading.py``: thread workers read the briefs (the loaders come from ``sources.py``) and
  post messages (``messages.py``); ``articles.py`` keeps a briefing's rows and their order.
- ``screens/``: ``reader.py`` (one article) and ``briefing.py`` (several) over what they
  share (``panes.py``: the panes, search, going to a sentence); help, error and export.
- ``widgets/``: one pane per module; each digest pane, and the briefing view, copies its
  own items (``copying.py``, ``clipboard.py``; the texts they copy come from
  :mod:`briefreader.render.citations`).
"""
