"""Every default in one place, in a module that imports nothing (the reader's start-up reads it).

The CLI, the settings (:mod:`briefreader.config`), the digest, the briefing and the reader take
their defaults from here, so a default is changed once and means the same everywhere.
"""

from __future__ import annotations

#: Largest input accepted by default (bytes). Override with ``--max-size``.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
#: The ``--max-size`` values accepted (bytes): a limit must let a page of one byte through;
#: the whole page is held in memory (tens of bytes per input byte while it is digested), so
#: no machine digests a page over 16 GiB: a larger value is a typo or "no limit".
MAX_SIZE_BOUNDS = (1, 16 * 1024**3)
#: Seconds to wait for a server when reading a URL. Override with ``--timeout``.
DEFAULT_TIMEOUT = 20
#: The ``--timeout`` values accepted (seconds): under a second a sound server can miss it;
#: over a day nobody waits (and huge values overflow the system's timers).
TIMEOUT_BOUNDS = (1, 24 * 60 * 60)

#: Colour theme of the reader (any Textual theme name). Setting: ``theme``.
DEFAULT_THEME = "textual-dark"
#: What ``y`` copies for a quote (fields in :data:`briefreader.render.TEMPLATE_FIELDS`).
#: Setting: ``quote_template``.
DEFAULT_QUOTE_TEMPLATE = '"{text}" — {speaker}{source}'
#: Key facts kept per article (the digest ranks this many), listed by the reader and kept in
#: a briefing (``digest --briefing`` and the reader's export alike). Setting: ``facts_shown``.
DEFAULT_FACTS_SHOWN = 12

#: The key facts of each article that story grouping reads (its threshold was chosen on
#: this many): a briefing ranks at least this many, whatever ``facts_shown`` shows.
STORY_FACTS_READ = 12

#: The file name the reader's export dialog offers (in the current directory).
DEFAULT_EXPORT_NAME = "briefing.md"
