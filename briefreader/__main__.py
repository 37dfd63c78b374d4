"""``python -m briefreader``."""

from briefreader.cli import main

main()
