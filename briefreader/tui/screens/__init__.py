"""The reader's screens: one article (``reader``) and a briefing (``briefing``) over what
they share (``panes``); help, the error state and the export dialog."""
