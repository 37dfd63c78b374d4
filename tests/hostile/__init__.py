"""Hostile pages (issue 11): what a stranger's page can do to the terminal, the files and the
process. The shared builders and checks are in :mod:`tests.hostile.pages`."""
