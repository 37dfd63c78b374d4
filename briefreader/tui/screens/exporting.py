"""``e`` in a briefing: ask for a file name, ask before replacing a file, write the briefing
of the articles read as Markdown. :class:`Exporting` is mixed into
:class:`~briefreader.tui.screens.briefing.BriefingScreen` (its ``articles``, ``rows``,
``loaded_count`` and ``facts_shown``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from briefreader.tui.articles import Articles, Row


def _plural(count: int) -> str:
    return f"{count} article{'s' if count != 1 else ''}"


class Exporting:
    """The export of a briefing screen (see the module's docstring)."""

    # What the screen provides.
    articles: Articles
    facts_shown: int

    @property
    def rows(self) -> list[Row]:
        raise NotImplementedError

    @property
    def loaded_count(self) -> int:
        raise NotImplementedError

    def action_export(self) -> None:
        """Ask for a file name and write the briefing of the loaded articles there."""
        from briefreader.defaults import DEFAULT_EXPORT_NAME
        from briefreader.tui.screens.export import ExportScreen

        count = self.articles.read_count
        if not count:
            self.notify(
                "No article is loaded yet.", title="Export", severity="warning", markup=False
            )
            return
        self.app.push_screen(ExportScreen(DEFAULT_EXPORT_NAME, count), self._export_to)

    def _export_to(self, name: str | None) -> None:
        if not name:
            return
        from briefreader.render import resolve

        path = resolve(name)
        if path.is_file():
            from briefreader.tui.screens.export import OverwriteScreen

            self.app.push_screen(
                OverwriteScreen(str(path)), lambda yes: self._replace_or_keep(path, yes)
            )
            return
        self._write_export(path)

    def _replace_or_keep(self, path: Path, replace: bool | None) -> None:
        if replace:
            self._write_export(path)
        else:
            self.notify(f"Kept {path}: nothing written.", title="Export", markup=False)

    def _write_export(self, target: Path) -> None:
        from briefreader.render import ExportFailed, export_file, render_briefing_markdown

        briefing, loaded = self.articles.briefing(self.facts_shown)
        try:
            path = export_file(target, render_briefing_markdown(briefing))
        except ExportFailed as error:
            self.notify(str(error), title="Export failed", severity="error", markup=False)
            return
        waiting = len(self.rows) - self.loaded_count
        note = f" ({waiting} still loading)" if waiting else ""
        self.notify(
            f"Wrote the briefing of {_plural(len(loaded))} to {path}{note}",
            title="Exported",
            markup=False,
        )
