"""Regular expressions for the shapes of a dump's lines, shared by the passes."""

from __future__ import annotations

import re

from briefreader.extract.text.words import IMAGE_WORDS

#: A list bullet, a dash item or a short numbered item ("3. Sports").
BULLET = re.compile(r"^\s*(?:[•□☆○◦▪▫‣∙·●■►▶▸»«*+]|-(?=\s)|\d{1,3}[.)](?=\s+\S{0,40}$))\s*")
#: An image marker line: "[photo-id]" or a lone "Photo".
IMAGE_MARKER = re.compile(rf"^\[[^\]]{{1,60}}\]$|^(?:{'|'.join(IMAGE_WORDS)})s?$", re.I)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
URL = re.compile(r"https?://\S+|www\.\S+")
#: A clock time or a year.
TIME = re.compile(r"\b\d{1,2}:\d\d\b|\b(?:19|20)\d\d\b")
#: A line ending like a sentence (or a clause, a quotation, an introduction).
SENTENCE_END = re.compile(r"[.!?…:;\"”’»)]$")
