"""The settings file: where it lives, its defaults, and one-line errors for broken files."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefreader import errors
from briefreader.config import (
    DEFAULT_CONFIG_TEXT,
    Config,
    config_dir,
    config_path,
    first_few,
    load_config,
    write_default_config,
)
from briefreader.render import format_quote


def test_platform_folders():
    env = {"HOME": "/home/ana"}
    assert config_dir("linux", env) == Path("/home/ana/.config/briefreader")
    assert config_dir("linux", {**env, "XDG_CONFIG_HOME": "/x/cfg"}) == Path("/x/cfg/briefreader")
    # A relative XDG_CONFIG_HOME is ignored, as the spec says.
    assert config_dir("linux", {**env, "XDG_CONFIG_HOME": "rel"}) == Path(
        "/home/ana/.config/briefreader"
    )
    assert config_dir("darwin", env) == Path("/home/ana/Library/Application Support/briefreader")
    assert config_dir("win32", {**env, "APPDATA": "C:/Users/ana/AppData/Roaming"}) == Path(
        "C:/Users/ana/AppData/Roaming/briefreader"
    )
    assert config_path("linux", env) == Path("/home/ana/.config/briefreader/config.toml")
    assert config_path("linux", {**env, "BRIEFREADER_CONFIG": "/t/c.toml"}) == Path("/t/c.toml")


def test_missing_file_gives_defaults(tmp_path):
    config = load_config(tmp_path / "none.toml")
    assert config == Config()
    assert config.path is None
    assert config.facts_shown == 12


def test_default_file_round_trips(tmp_path):
    path = write_default_config(tmp_path / "sub" / "config.toml")
    assert path.read_text(encoding="utf-8") == DEFAULT_CONFIG_TEXT
    config = load_config(path)
    assert config.path == path
    assert (config.theme, config.quote_template, config.facts_shown) == (
        Config().theme,
        Config().quote_template,
        Config().facts_shown,
    )
    assert dict(config.keys) == {}


def test_init_refuses_to_overwrite(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('theme = "nord"\n', encoding="utf-8")
    with pytest.raises(errors.ConfigError, match="--force"):
        write_default_config(path)
    assert path.read_text(encoding="utf-8") == 'theme = "nord"\n'
    write_default_config(path, force=True)
    assert path.read_text(encoding="utf-8") == DEFAULT_CONFIG_TEXT


def test_values_are_read(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(
        'theme = "nord"\nfacts_shown = 5\nquote_template = "{speaker}: {text}"\n'
        '[keys]\nquit = "ctrl+q"\nbriefing = "B"\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.theme == "nord"
    assert config.facts_shown == 5
    assert config.quote_template == "{speaker}: {text}"
    assert dict(config.keys) == {"quit": "ctrl+q", "briefing": "B"}


def test_broken_toml_names_file_and_line(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('theme = "nord"\nfacts_shown = \n', encoding="utf-8")
    with pytest.raises(errors.ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert "\n" not in message
    assert str(path) in message
    assert "line 2" in message
    assert caught.value.exit_code == 13


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("facts_shown = 0\n", "facts_shown"),
        ('facts_shown = "ten"\n', "facts_shown"),
        ("theme = 3\n", "theme"),
        ('colour = "red"\n', "unknown setting 'colour'"),
        ('keys = "q"\n', "[keys]"),
        ("[keys]\nquit = 1\n", "keys.quit"),
        ('quote_template = "{who}"\n', "{who}"),
        ('quote_template = "{text"\n', "quote_template"),
    ],
)
def test_bad_values_name_the_setting(tmp_path, text, words):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(errors.ConfigError) as caught:
        load_config(path)
    assert words in str(caught.value)
    assert str(path) in str(caught.value)


def test_not_utf8(tmp_path):
    path = tmp_path / "config.toml"
    path.write_bytes(b'theme = "\xff"\n')
    with pytest.raises(errors.ConfigError, match="UTF-8"):
        load_config(path)


def test_format_quote():
    template = Config().quote_template
    assert (
        format_quote(template, text="Hi", speaker="Ann", title="T", site="S")
        == '"Hi" — Ann\n(T, S)'
    )
    assert format_quote(template, text="Hi", speaker=None) == '"Hi" — unknown speaker'
    assert format_quote("{speaker} ({date}): {text}", text="Hi", speaker="A", date="") == (
        "A (): Hi"
    )


def test_many_unknown_settings_name_only_the_first_few(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("".join(f"setting_{n} = 1\n" for n in range(40_000)), encoding="utf-8")
    with pytest.raises(errors.ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert "'setting_0', 'setting_1', 'setting_2' and 39,997 more" in message
    assert len(message) < 300


def test_a_settings_file_too_large_to_be_settings_is_refused(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('theme = "nord"\n' + "# padding\n" * 200_000, encoding="utf-8")
    with pytest.raises(errors.ConfigError, match="too large for a settings file"):
        load_config(path)


@pytest.mark.parametrize(
    "template", ["{text:>5000}", "{speaker:.99999}", "{text:" + "9" * 5000 + "}"]
)
def test_a_quote_template_padded_too_wide_is_refused(tmp_path, template):
    path = tmp_path / "config.toml"
    path.write_text(f"quote_template = '{template}'\n", encoding="utf-8")
    with pytest.raises(errors.ConfigError, match="quote_template pads"):
        load_config(path)


def test_first_few():
    assert first_few(["a"]) == "a"
    assert first_few(["a", "b", "c"], repr) == "'a', 'b', 'c'"
    assert first_few([str(n) for n in range(1234)]) == "0, 1, 2 and 1,231 more"


# Keeping a theme picked in the reader (issue 16 item 14)


def test_save_theme_replaces_the_theme_line_and_keeps_the_rest(tmp_path):
    from briefreader.config import save_theme

    path = tmp_path / "config.toml"
    path.write_text(
        '# mine\ntheme = "nord"  # the old one\nfacts_shown = 5\n\n[keys]\nquit = "x"\n',
        encoding="utf-8",
    )
    save_theme("gruvbox", path)
    assert path.read_text(encoding="utf-8") == (
        '# mine\ntheme = "gruvbox"\nfacts_shown = 5\n\n[keys]\nquit = "x"\n'
    )
    config = load_config(path)
    assert (config.theme, config.facts_shown, dict(config.keys)) == ("gruvbox", 5, {"quit": "x"})


def test_save_theme_adds_the_line_before_the_tables(tmp_path):
    from briefreader.config import save_theme

    path = tmp_path / "config.toml"
    path.write_text('[keys]\ntheme = "q"\n', encoding="utf-8")  # an action named theme
    save_theme("nord", path)
    config = load_config(path)
    assert config.theme == "nord" and dict(config.keys) == {"theme": "q"}


def test_save_theme_creates_the_commented_file(tmp_path):
    from briefreader.config import save_theme

    path = tmp_path / "new" / "config.toml"
    save_theme("dracula", path)
    text = path.read_text(encoding="utf-8")
    assert 'theme = "dracula"' in text and "# Key overrides" in text
    assert load_config(path).theme == "dracula"


def test_save_theme_never_replaces_a_broken_file(tmp_path):
    from briefreader.config import save_theme

    path = tmp_path / "config.toml"
    path.write_text('theme = "nord\n', encoding="utf-8")
    with pytest.raises(errors.ConfigError):
        save_theme("dracula", path)
    assert path.read_text(encoding="utf-8") == 'theme = "nord\n'


def test_the_default_template_passes_the_checks():
    from briefreader.config import check_template

    check_template(Config().quote_template, "config.toml")  # raises if not
    with pytest.raises(errors.ConfigError):
        check_template("{who}", "config.toml")
