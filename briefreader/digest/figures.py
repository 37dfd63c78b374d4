"""Figures: the numbers of an article (counts, money, percentages, measures, scores, ages).

One pass over the white-space tokens of each paragraph finds number candidates written in
digits ("3,000", "$1.2 billion", "40%", "4-1", "55-kilometer") or words ("two", "a dozen",
"half a million dollars"); grammar cues then drop the numbers that are not figures: dates
("Oct. 23", "23 October"), years ("in 2024", "2019-20"), times ("10:30 a.m."), numbers inside
names ("Section 230", "COVID-19", "Boeing 737", "G7"), phone and reference numbers, and "one"
used as a pronoun. Each figure gets a qualifier ("at least", "about", ...), a unit when the
article gives one, and the noun phrase it counts. Every step looks at a few neighbouring tokens
only, so the whole pass is linear in the length of the article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefreader.digest.sentences import split_sentences
from briefreader.model import Article, Figure, Span

__all__ = ["find_figures"]


def _words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text`` as a set."""
    return frozenset(text.split())


# --- word lists -----------------------------------------------------------------------------------

_UNITS_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
_SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9}
_SHORT_SCALES["tn"] = 1e12
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_FRACTIONS.update({"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10})

_CURRENCY_SIGNS = {
    "$": "$",
    "us$": "$",
    "a$": "A$",
    "c$": "C$",
    "hk$": "HK$",
    "nz$": "NZ$",
    "s$": "S$",
    "r$": "R$",
    "€": "€",
    "£": "£",
    "¥": "¥",
    "₹": "₹",
    "₩": "₩",
    "usd": "$",
    "eur": "€",
    "gbp": "£",
}
_CURRENCY_WORDS = {
    "dollar": "$",
    "dollars": "$",
    "euro": "€",
    "euros": "€",
    "pound": "£",
    "pounds": "£",
    "sterling": "£",
    "yen": "¥",
    "yuan": "yuan",
    "renminbi": "yuan",
    "rupee": "rupees",
    "rupees": "rupees",
    "won": "won",
    "francs": "francs",
    "rubles": "rubles",
    "roubles": "rubles",
    "pesos": "pesos",
    "reais": "reais",
}
# Unit words after a number (or in a hyphen compound: "55-kilometer") and their short form.
_UNITS = {
    "km": "km",
    "kilometer": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometres": "km",
    "mile": "miles",
    "miles": "miles",
    "meter": "m",
    "meters": "m",
    "metre": "m",
    "metres": "m",
    "cm": "cm",
    "centimeters": "cm",
    "centimetres": "cm",
    "mm": "mm",
    "millimeters": "mm",
    "millimetres": "mm",
    "foot": "feet",
    "feet": "feet",
    "ft": "feet",
    "inch": "inches",
    "inches": "inches",
    "yard": "yards",
    "yards": "yards",
    "kg": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "kilos": "kg",
    "gram": "g",
    "grams": "g",
    "tons": "tons",
    "ton": "tons",
    "tonnes": "tonnes",
    "tonne": "tonnes",
    "lb": "lb",
    "lbs": "lb",
    "ounces": "ounces",
    "liters": "liters",
    "litres": "liters",
    "liter": "liters",
    "litre": "liters",
    "gallons": "gallons",
    "barrels": "barrels",
    "acres": "acres",
    "hectares": "hectares",
    "degrees": "degrees",
    "mph": "mph",
    "km/h": "km/h",
    "kph": "km/h",
    "knots": "knots",
    "year": "years",
    "years": "years",
    "month": "months",
    "months": "months",
    "week": "weeks",
    "weeks": "weeks",
    "day": "days",
    "days": "days",
    "hour": "hours",
    "hours": "hours",
    "minute": "minutes",
    "minutes": "minutes",
    "second": "seconds",
    "seconds": "seconds",
    "decade": "decades",
    "decades": "decades",
    "century": "centuries",
    "centuries": "centuries",
    "gb": "GB",
    "mb": "MB",
    "tb": "TB",
    "mw": "MW",
    "gw": "GW",
    "kwh": "kWh",
    "mwh": "MWh",
    "gwh": "GWh",
    "sq": "sq",
    "square": "square",
}
_ATTACHED_UNITS = {"km", "kg", "cm", "mm", "m", "mph", "ft", "lb", "lbs", "gb", "mb", "tb"}
_ATTACHED_UNITS |= {"mw", "gw", "kwh", "mwh", "gwh", "kph", "g"}
_MONTHS = _words(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
)
_QUALIFIERS_3 = {
    ("no", "more", "than"),
    ("no", "fewer", "than"),
    ("no", "less", "than"),
    ("as", "many", "as"),
    ("as", "much", "as"),
    ("as", "few", "as"),
    ("as", "little", "as"),
    ("in", "excess", "of"),
    ("a", "total", "of"),
}
_QUALIFIERS_2 = {
    ("at", "least"),
    ("at", "most"),
    ("more", "than"),
    ("less", "than"),
    ("fewer", "than"),
    ("up", "to"),
    ("close", "to"),
    ("just", "over"),
    ("just", "under"),
    ("well", "over"),
    ("upwards", "of"),
    ("upward", "of"),
    ("an", "estimated"),
    ("nearly", "all"),
}
_QUALIFIERS_1 = _words(
    """
    about around roughly approximately approx. nearly almost some over under estimated circa
    ca. ~ barely
    """
)
_QUALIFIERS_2.discard(("nearly", "all"))
_QUALIFIERS_3.discard(("a", "total", "of"))

# Words that end a noun phrase (or may not stand in one).
_STOP = _words(
    """
    the a an this that these those its their his her our my your whose of in on at by for
    with from to into onto over under about after before during since between against
    through per than as across near around toward towards within without amid among along
    upon via like unlike despite beyond behind below above and or but nor so yet while
    whereas which who whom that where when whether if because although though unless until
    is are was were be been being have has had do does did will would could should may might
    can must shall said says say told according reported announced added he she it they we
    you i him them us me also already still just only now then not no very more most each
    all both soon later even ever again too here there today yesterday tomorrow this next
    last ago earlier including such than yes down up out off back away monday tuesday
    wednesday thursday friday saturday sunday
    """
)
# Heads of compound prepositions: "in front of 15,522" says nothing of what 15,522 counts.
_NOT_HEADS = _words(
    """
    front top ahead because instead spite terms part behalf account
    """
)
_DETERMINERS = _words(
    """
    the a an these those this that their its his her our my your
    """
)
_POSSESSIVES = frozenset(["their", "its", "his", "her", "our", "my", "your"])
# Verbs that link a subject to its number: "Their wage is ... $800", "Sales rose 12 percent".
_LINKS = _words(
    """
    is are was were be been being cost costs rose rise rises fell fall falls grew grow grows
    increased increase increases decreased decreases dropped drops declined declines climbed
    jumped jumps surged surges reached reaches totaled totalled totals stood stands hit hits
    topped tops amounted amounts numbered numbers exceeded exceeds doubled tripled
    """
)
# Verb-chain words skipped between a linking verb and its number ("is estimated to be at").
_CHAIN = _words(
    """
    estimated expected believed thought projected forecast valued put set said reported now
    currently still already just to be been being at by has have had will would could should
    may might likely around about nearly almost roughly some more than less
    """
)
_REFERENCE_WORDS = _words(
    """
    no. no nos. # page pages p. pp. article chapter section vol. volume room flight route
    highway episode season phase stage round figure table rule clause paragraph verse gate
    platform channel exit precinct level grade category item line lane row box suite apt.
    unit number
    """
)
_CALL_WORDS = _words(
    """
    call called calls calling dial dialed dialled dialing dialling
    """
)
_CLOCK_WORDS = _words(
    """
    a.m. p.m. am pm a.m p.m gmt utc et est edt pst pdt bst cet o'clock
    """
)
_SPORT_WORDS = _words(
    """
    win wins won victory victories defeat defeated defeats beat beats beating lost lose
    loses loss losses lead leads led draw drew tie tied score scored scores final match game
    """
)

# --- token patterns -------------------------------------------------------------------------------

_CUR = r"(?:US\$|A\$|C\$|HK\$|NZ\$|S\$|R\$|[$€£¥₹₩]|USD|EUR|GBP)"
_DIG = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_SC = r"(?:bn|bln|mn|mln|tn|k|m|b)"
_NUM_TOKEN = re.compile(
    rf"(?P<cur>{_CUR})?(?P<n>{_DIG})(?:(?P<sc>{_SC})|(?P<unit>[a-zA-Z]{{1,3}}))?(?P<pct>%)?"
)
_PAIR_TOKEN = re.compile(
    rf"(?P<cur>{_CUR})?(?P<n>{_DIG})(?P<sc1>{_SC})?(?P<pct1>%)?[-–](?P<cur2>{_CUR})?"
    rf"(?P<n2>{_DIG})(?P<sc>{_SC})?(?P<pct>%)?"
)
_COMPOUND_TOKEN = re.compile(r"(?P<n>\d+(?:\.\d+)?|[A-Za-z]+)-(?P<rest>[A-Za-z]+(?:-[A-Za-z]+)*)")
_WORD_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")
_LEAD_PUNCT = "\"'“‘«([{¿¡*"
_TRAIL_PUNCT = "\"'”’»)]},.;:!?*…"
_URLISH = re.compile(r"https?:|www\.|\.com\b|\.org\b|@|/\S|^#\w|\\")


@dataclass(slots=True)
class _Tok:
    """A white-space token of a paragraph: its core (punctuation stripped) and offsets."""

    text: str  # the core
    low: str
    start: int  # of the core
    end: int
    raw_start: int
    raw_end: int
    trail: str  # punctuation stripped from the end
    lead: str  # punctuation stripped from the start


@dataclass(slots=True)
class _Found:
    """A figure being built: token range, value offsets and what is known about it."""

    i: int  # first token
    j: int  # last token (inclusive)
    start: int
    end: int
    number: float | None
    unit: str | None = None
    kind: str = "count"  # count, money, percent, score, age, measure
    subject: str | None = None
    qualifier: str | None = None


_NON_SPACE = re.compile(r"\S+")
_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    append = out.append
    for m in _NON_SPACE.finditer(text):
        raw = m.group()
        offset = m.start()
        a, b = 0, len(raw)
        while a < b and raw[a] in _LEAD_PUNCT:
            a += 1
        while b > a and raw[b - 1] in _TRAIL_PUNCT:
            b -= 1
        core = raw[a:b]
        # Keep the period of abbreviations such as "U.S." or "a.m." in the core.
        if b < len(raw) and raw[b] == "." and _DOTTED_ABBREVIATION.fullmatch(core):
            b += 1
            core = raw[a:b]
        # text, low, start, end, raw_start, raw_end, trail, lead (positional: it is hot)
        append(_Tok(core, core.lower(), offset + a, offset + b, offset, m.end(), raw[b:], raw[:a]))
    return out


def _to_float(s: str) -> float:
    return float(s.replace(",", ""))


def _word_value(word: str) -> int | None:
    """Value of a single number word ("seven", "forty-two"), else None."""
    w = word.lower()
    if w in _UNITS_WORDS:
        return _UNITS_WORDS[w]
    if w in _TENS_WORDS:
        return _TENS_WORDS[w]
    if "-" in w:
        a, _, b = w.partition("-")
        if a in _TENS_WORDS and b in _UNITS_WORDS and 0 < _UNITS_WORDS[b] < 10:
            return _TENS_WORDS[a] + _UNITS_WORDS[b]
    return None


class _Paragraph:
    """Scanner state for one paragraph."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokens(text)
        self.sents = split_sentences(text)
        self.sent_starts = [s for s, _ in self.sents]
        # Index of the first token of each sentence, to tell sentence-initial capitals.
        self.initial: set[int] = set()
        k = 0
        for s, _ in self.sents:
            while k < len(self.toks) and self.toks[k].raw_end <= s:
                k += 1
            if k < len(self.toks):
                self.initial.add(k)

    # -- helpers ---------------------------------------------------------------------------------

    def sentence_of(self, pos: int) -> tuple[int, int]:
        if not self.sents:
            return (0, len(self.text))
        k = max(0, bisect.bisect_right(self.sent_starts, pos) - 1)
        return self.sents[k]

    def tok(self, i: int) -> _Tok | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def joined(self, i: int) -> bool:
        """True when token ``i`` runs on into token ``i + 1`` (no punctuation between)."""
        t, n = self.tok(i), self.tok(i + 1)
        if t is None or n is None:
            return False
        if t.trail or n.lead:
            return False
        return self.sentence_of(t.start) == self.sentence_of(n.start)

    def prev_joined(self, i: int) -> _Tok | None:
        """Token before ``i`` if nothing but a space separates them."""
        return self.tok(i - 1) if i > 0 and self.joined(i - 1) else None

    def next_joined(self, i: int) -> _Tok | None:
        return self.tok(i + 1) if self.joined(i) else None

    def is_initial(self, i: int) -> bool:
        """Token ``i`` opens a sentence, a quotation or a bracket."""
        t = self.toks[i]
        if i in self.initial or t.lead:
            return True
        p = self.tok(i - 1)
        return p is None or p.trail.endswith((":", "—", "–")) or p.text in {"—", "–", "-"}

    def is_name_word(self, i: int) -> bool:
        """Token ``i`` is a capitalised word that is not simply opening a sentence."""
        t = self.tok(i)
        if t is None or not t.text or not any(c.isupper() for c in t.text):
            return False
        if t.low in _QUALIFIERS_1 or t.low in _MONTHS or t.low.rstrip(".") in _MONTHS:
            return False
        if not t.text[0].isalpha():
            return False
        return not (t.text[0].isupper() and self.is_initial(i) and t.text[1:].islower())


# --- candidate finding ----------------------------------------------------------------------------


def _is_month(tok: _Tok | None) -> bool:
    return tok is not None and tok.low.rstrip(".") in _MONTHS and tok.text[0].isupper()


def _scan(p: _Paragraph) -> list[_Found]:
    found: list[_Found] = []
    toks = p.toks
    n = len(toks)
    i = 0
    while i < n:
        f = _candidate(p, i)
        if f is None:
            i += 1
            continue
        found.append(f)
        i = f.j + 1
    return found


def _digit_candidate(p: _Paragraph, i: int) -> _Found | None:
    t = p.toks[i]
    core = t.text
    if _URLISH.search(t.text) or t.lead.endswith(("#", "@")):
        return None
    m = _NUM_TOKEN.fullmatch(core)
    if m:
        num = _to_float(m.group("n"))
        cur = m.group("cur")
        sc = m.group("sc")
        unit_att = m.group("unit")
        f = _Found(i, i, t.start, t.end, num)
        if unit_att:
            if unit_att.lower() in _ATTACHED_UNITS and not cur:
                f.unit = _UNITS.get(unit_att.lower(), unit_att)
                f.kind = "measure"
                f.end = t.start + m.end("n")
            else:
                return None  # "10th", "777x", "1990s"
        if sc:
            if not cur and sc.lower() in {"m", "b", "k"}:
                return None
            f.number = num * _SHORT_SCALES[sc.lower()]
        if cur:
            f.unit = _CURRENCY_SIGNS[cur.lower()]
            f.kind = "money"
        if m.group("pct"):
            f.unit, f.kind = "percent", "percent"
        return f
    m = _PAIR_TOKEN.fullmatch(core)
    if m:
        return _pair_candidate(p, i, m)
    m = _COMPOUND_TOKEN.fullmatch(core)
    if m and m.group("n")[0].isdigit():
        return _compound_candidate(p, i, m, _to_float(m.group("n")))
    return None


def _pair_candidate(p: _Paragraph, i: int, m: re.Match[str]) -> _Found | None:
    t = p.toks[i]
    a, b = m.group("n"), m.group("n2")
    x, y = _to_float(a), _to_float(b)
    cur = m.group("cur") or m.group("cur2")
    sc = m.group("sc") or m.group("sc1")
    pct = m.group("pct") or m.group("pct1")
    plain = not (cur or sc or pct) and "," not in a + b and "." not in a + b
    if plain and len(a) == 4 and 1800 <= x <= 2100 and len(b) in (2, 4):
        return None  # "2019-20", "1914-1918"
    if plain and len(a) in (3, 4) and len(b) == 4:
        return None  # phone-like "555-1234"
    f = _Found(i, i, t.start, t.end, x)
    if plain and x >= y:
        s0, s1 = p.sentence_of(t.start)
        words = set(re.findall(r"[a-z]+", p.text[s0:s1].lower()))
        if x <= 30 or (x <= 200 and words & _SPORT_WORDS):
            f.kind = "score"  # "4-1", "102-98 win"
            return f
        return None
    prev = p.prev_joined(i)
    if plain and prev is not None and p.is_name_word(i - 1):
        return None  # "Boeing 787-9"
    nxt = p.next_joined(i)
    if plain and nxt is not None and nxt.text[:1].isupper() and x >= 100:
        return None  # "787-9 Dreamliner"
    if not (y > x or cur or sc or pct):
        return None
    mult = _SHORT_SCALES[sc.lower()] if sc else 1.0
    if sc and not cur and sc.lower() in {"m", "b", "k"}:
        return None
    f.number = x * mult
    f.kind = "range"
    if cur:
        f.unit, f.kind = _CURRENCY_SIGNS[cur.lower()], "money"
    if pct:
        f.unit, f.kind = "percent", "percent"
    return f


def _compound_candidate(p: _Paragraph, i: int, m: re.Match[str], num: float) -> _Found | None:
    """A hyphen compound "55-kilometer", "8-year-old", "two-goal", "two-thirds"."""
    t = p.toks[i]
    rest = m.group("rest").lower()
    parts = rest.split("-")
    head = parts[0]
    if head in _STOP or not head.isalpha():
        return None  # "two-on-one"
    if head in _FRACTIONS and len(parts) == 1:
        f = _Found(i, i, t.start, t.end, num / _FRACTIONS[head])
        return f
    value_end = t.start + m.end("n")
    f = _Found(i, i, t.start, value_end, num)
    if head in _UNITS:
        f.unit = _UNITS[head]
        f.kind = "measure"
        if head in {"year", "month", "week", "day"} and parts[-1] == "old":
            f.kind = "age"
    elif head in _CURRENCY_WORDS or head in _SCALES:
        return None
    f.subject = None
    f.end = value_end
    # Remember the compound word: it names what is counted ("two-goal lead" -> goal lead).
    f.kind = f.kind if f.kind != "count" else "compound"
    return f


def _word_candidate(p: _Paragraph, i: int) -> _Found | None:
    """Number words: "two", "a dozen", "twenty-five", "three hundred", "half a million"."""
    toks = p.toks
    t = toks[i]
    low = t.low
    j = i
    value: float | None = None
    if low in {"a", "an", "half"}:
        # "a dozen", "a hundred", "a million", "half a million", "half a dozen".
        k = i
        factor = 1.0
        if low == "half":
            nx = p.next_joined(i)
            if nx is None or nx.low not in {"a", "an"}:
                return None
            factor, k = 0.5, i + 1
        nx = p.next_joined(k)
        if nx is None or not (nx.low == "dozen" or nx.low in _SCALES):
            return None
        value = factor * (12 if nx.low == "dozen" else _SCALES[nx.low])
        j = k + 1
    else:
        m = _COMPOUND_TOKEN.fullmatch(t.text)
        wv = _word_value(t.text)
        if wv is None and m and _word_value(m.group("n")) is not None:
            if t.text[0].isupper() and not p.is_initial(i):
                return None
            return _compound_candidate(p, i, m, float(_word_value(m.group("n")) or 0))
        if wv is None:
            return None
        if t.text[0].isupper() and not p.is_initial(i):
            return None  # "Big Three", "Formula One"
        if t.text[1:] and not t.text[1:].islower():
            return None  # "ONE"
        value = float(wv)
        # "twenty five"
        nx = p.next_joined(j)
        if wv >= 20 and wv % 10 == 0 and nx is not None and nx.low in _UNITS_WORDS:
            uv = _UNITS_WORDS[nx.low]
            if 0 < uv < 10:
                value += uv
                j += 1
    # scale words: "three hundred thousand", "a dozen"
    while True:
        nx = p.next_joined(j)
        if nx is None:
            break
        if nx.low in _SCALES:
            value *= _SCALES[nx.low]
            j += 1
        elif nx.low == "dozen" and value < 100:
            value *= 12
            j += 1
        else:
            break
    f = _Found(i, j, t.start, toks[j].end, value)
    f.kind = "word"
    return f


def _candidate(p: _Paragraph, i: int) -> _Found | None:
    t = p.toks[i]
    if not t.text:
        return None
    ch = t.text[0]
    if ch.isdigit() or ch in "$€£¥₹₩." or t.text[:3].upper() in {"USD", "EUR", "GBP"}:
        if ch == "." and not t.text[1:2].isdigit():
            return None
        if ch.isalpha() and not re.match(r"(?:USD|EUR|GBP)\d", t.text):
            return None
        f = _digit_candidate(p, i)
        if f is None:
            return None
        return _extend(p, f, digits=True)
    if ch.isalpha():
        f = _word_candidate(p, i)
        if f is None:
            return None
        return _extend(p, f, digits=False)
    return None


def _extend(p: _Paragraph, f: _Found, digits: bool) -> _Found | None:
    """Take in the words after a number (scale, percent, currency, range, ratio, unit)."""
    if f.kind in {"score", "compound", "age", "measure"} and f.j == f.i and "-" in p.toks[f.i].text:
        pass
    else:
        # Scale: "1.5 million", "$1.2 billion".
        nx = p.next_joined(f.j)
        if digits and nx is not None and nx.low in _SCALES and f.number is not None:
            scale = _SCALES[nx.low]
            if not (nx.low == "hundred" and f.number >= 100):
                f.number *= scale
                f.j += 1
                f.end = nx.end
        # Currency words: "20 euros", "half a million dollars".
        nx = p.next_joined(f.j)
        if nx is not None and nx.low in _CURRENCY_WORDS and f.kind not in {"money", "percent"}:
            if nx.low != "won" or f.j > f.i:
                f.unit, f.kind = _CURRENCY_WORDS[nx.low], "money"
                f.j += 1
                f.end = nx.end
        # Percent: "12 percent", "3 per cent", "2 percentage points".
        nx = p.next_joined(f.j)
        if nx is not None and f.kind != "money":
            if nx.low in {"percent", "pct", "%"}:
                f.unit, f.kind = "percent", "percent"
                f.j += 1
                f.end = nx.end
            elif nx.low == "per" and (n2 := p.next_joined(f.j + 1)) and n2.low == "cent":
                f.unit, f.kind = "percent", "percent"
                f.j += 2
                f.end = n2.end
            elif nx.low == "percentage" and (n2 := p.next_joined(f.j + 1)):
                if n2.low in {"point", "points"}:
                    f.unit, f.kind = "percentage points", "percent"
                    f.j += 2
                    f.end = n2.end
        # Ranges: "242 to 330", "between 10 and 20", "$40-50 billion" (handled in the token).
        nx = p.next_joined(f.j)
        prev = p.prev_joined(f.i)
        if nx is not None and nx.low in {"to", "and", "-", "–"} and f.kind in {"count", "word"}:
            ok = nx.low != "and" or (prev is not None and prev.low == "between")
            if nx.low == "to" and prev is not None and prev.low in {"from", "by"}:
                ok = False
            n2 = p.next_joined(f.j + 1)
            if ok and n2 is not None:
                m2 = re.fullmatch(_DIG, n2.text)
                v2 = _to_float(n2.text) if m2 else _word_value(n2.text)
                if v2 is not None and f.number is not None and v2 > f.number:
                    if bool(m2) == digits:
                        f.j += 2
                        f.end = n2.end
                        f.kind = "range"
        # Ratios: "eight out of ten", "one in five".
        nx = p.next_joined(f.j)
        if nx is not None and nx.low in {"out", "in"} and f.number:
            k = f.j + 1
            if nx.low == "out":
                n1 = p.next_joined(k)
                if n1 is None or n1.low != "of":
                    n1 = None
                k += 1
            else:
                n1 = nx
            n2 = p.next_joined(k) if n1 is not None else None
            if n2 is not None:
                m2 = re.fullmatch(_DIG, n2.text)
                v2 = _to_float(n2.text) if m2 else _word_value(n2.text)
                if v2 and v2 > f.number and (nx.low == "out" or not m2 or digits):
                    f.number = f.number / v2
                    f.kind = "ratio"
                    f.j = k + 1
                    f.end = n2.end
    return f


# --- filters --------------------------------------------------------------------------------------


def _keep(p: _Paragraph, f: _Found) -> bool:
    """Apply the grammar cues that tell a figure from a date, year, name or pronoun."""
    toks = p.toks
    t = toks[f.i]
    last = toks[f.j]
    prev = p.prev_joined(f.i)
    nxt = p.next_joined(f.j)
    plain = (
        f.kind in {"count", "range", "score", "compound", "measure", "age"}
        and f.i == f.j
        and t.text[:1].isdigit()
    )
    core = t.text
    bare_int = re.fullmatch(r"\d+", core.split("-")[0]) is not None and "," not in core
    # Dates: "Oct. 23", "23 October", "Oct. 23 and 24", "May 18, 2019".
    if plain and f.number is not None and f.number <= 31 and bare_int:
        if _is_month(p.tok(f.i - 1)) and not toks[f.i - 1].trail.strip("."):
            return False
        if nxt is not None and _is_month(nxt):
            return False
        if prev is not None and prev.low in {"and", "to", "-", "–", "or"}:
            before = p.tok(f.i - 2)
            if before is not None and re.fullmatch(r"\d{1,2}", before.text):
                if _is_month(p.tok(f.i - 3)):
                    return False
    # Times: "10:30 a.m.", "3 p.m.".
    if nxt is not None and nxt.low in _CLOCK_WORDS and f.kind in {"count", "word", "range"}:
        return False
    # Years: "in 2024", "the 2024 Nordic Council", "November 18, 2019".
    if (
        plain
        and f.kind in {"count", "compound"}
        and re.fullmatch(r"\d{4}", core.split("-")[0])
        and 1800 <= (f.number or 0) <= 2100
    ):
        if not (nxt is not None and nxt.low in _UNITS and f.kind == "count"):
            if _qualifier(p, f) is None:
                return False
    # Numbers inside names: "Section 230", "Windows 10", "iPhone 11", "Top 10".
    if plain and bare_int and f.kind != "score" and prev is not None and p.is_name_word(f.i - 1):
        return False
    if plain and prev is not None and prev.text.endswith(("'s", "’s")) and "-" in core:
        return False
    # References and phone numbers: "No. 5", "page 12", "called 911".
    if plain and prev is not None and (prev.low in _REFERENCE_WORDS or prev.low in _CALL_WORDS):
        return False
    if plain and p.tok(f.i - 1) is not None and p.toks[f.i - 1].text in {"No.", "#"}:
        return False
    if t.lead.endswith(("#", "No.")):
        return False
    # List markers: a paragraph or sentence that opens with "1." or "2)".
    if plain and bare_int and t.trail[:1] in {".", ")"} and p.is_initial(f.i):
        s0, _ = p.sentence_of(t.start)
        if t.start == s0 or t.start == 0:
            return False
    # Word numbers: "one" is mostly a pronoun or article ("one day", "no one", "one of the").
    if f.kind == "word" and f.i == f.j and f.number == 1:
        q = _qualifier(p, f)
        # "for one year" is a figure, "One day the river flooded" is not.
        after = {"for", "in", "within", "after", "than", "only"}
        unit_next = nxt is not None and nxt.low in _UNITS and prev is not None and prev.low in after
        if not (q in {"at least", "more than", "only", "just"} or unit_next):
            return False
    if f.kind == "compound" and t.low.startswith(("one-", "a-")):
        return False
    # A number word right before a capitalised name is a name itself ("Two Sisters") unless it
    # opens the sentence; digit numbers keep ("3,000 North Korean troops").
    if last.low in {"hundred", "thousand"} and f.kind == "word" and f.i == f.j:
        return False
    return True


def _qualifier(p: _Paragraph, f: _Found) -> str | None:
    """The hedge before a number: "at least", "about", "more than", ..."""
    words: list[str] = []
    k = f.i - 1
    while len(words) < 3 and k >= 0 and p.joined(k):
        words.insert(0, p.toks[k].low)
        k -= 1
    if len(words) >= 3 and tuple(words[-3:]) in _QUALIFIERS_3:
        return " ".join(words[-3:])
    if len(words) >= 2 and tuple(words[-2:]) in _QUALIFIERS_2:
        return " ".join(words[-2:])
    if words and words[-1] in _QUALIFIERS_1:
        return words[-1]
    return None


# --- subjects -------------------------------------------------------------------------------------

_NP_WORD = re.compile(r"[A-Za-z][\w'’.&-]*|\d[\w.,-]*")


def _np_word(tok: _Tok) -> bool:
    if not _NP_WORD.fullmatch(tok.text):
        return False
    if tok.low in _STOP and tok.text != "US":
        return False
    return not tok.low.endswith(("'s", "’s")) or tok.text[0].isupper()


def _np_right(p: _Paragraph, k: int, max_words: int = 5) -> str | None:
    """The noun phrase starting at token ``k`` ("North Korean troops", "military terms")."""
    toks = p.toks
    if k >= len(toks):
        return None
    t = toks[k]
    # "123 of the planes", "three of those companies", "30 of Boeing's jets".
    if t.low == "of":
        if not p.joined(k):
            return None
        k += 1
        d = toks[k]
        if d.low in _DETERMINERS or d.low.endswith(("'s", "’s")) and d.text[0].isupper():
            k += 1
        elif d.text[0].isupper() and p.joined(k) and toks[k + 1].low in {"'s", "’s"}:
            k += 2
        else:
            return None
    elif t.low in {"in", "worth"}:
        return None
    words: list[_Tok] = []
    i = k
    while i < len(toks) and len(words) < max_words:
        w = toks[i]
        if w.lead and words:
            break
        if not _np_word(w) or (not words and _word_value(w.text) is not None):
            break
        if w.text[0].islower() and w.low.endswith(("ed", "ing")) and len(w.low) > 3:
            nxt = p.next_joined(i)
            if words or nxt is None or not _np_word(nxt):
                break
        words.append(w)
        if w.trail or (i + 1 < len(toks) and toks[i + 1].lead):
            break
        i += 1
    popped_number = False
    while words and (words[-1].text[0].isdigit() or words[-1].low in _POSSESSIVES):
        popped_number = popped_number or words[-1].text[0].isdigit()
        words.pop()
    if popped_number and len(words) > 1:
        words.pop()  # "964,000 people age 12": "age" belongs to the next number
    if not words:
        return None
    return p.text[words[0].start : words[-1].end]


def _np_left(p: _Paragraph, k: int, sent_start: int) -> str | None:
    """The noun phrase ending at token ``k`` (walking left, at most five words)."""
    words: list[_Tok] = []
    i = k
    while i >= 0 and len(words) < 5:
        w = p.toks[i]
        if w.start < sent_start:
            break
        if w.trail and words:
            break
        if not _np_word(w):
            break
        if w.text[0].islower() and w.low.endswith(("ed", "ing")) and len(w.low) > 3:
            break
        words.insert(0, w)
        if w.lead:
            break
        i -= 1
    if not words:
        return None
    # "the budget request" -> keep a leading possessive for later resolution.
    if i >= 0 and p.toks[i].low in _POSSESSIVES and p.toks[i].start >= sent_start:
        words.insert(0, p.toks[i])
    return p.text[words[0].start : words[-1].end]


def _subject_left(p: _Paragraph, f: _Found) -> str | None:
    """For "X of $5", "X is ... $800", "expand X by 30%": the noun phrase the number is of."""
    s0, _ = p.sentence_of(p.toks[f.i].start)
    k = f.i - 1
    # skip the qualifier
    q = _qualifier(p, f)
    if q:
        k -= len(q.split())
    if k < 0 or p.toks[k].start < s0 or p.toks[k].trail:
        return None
    w = p.toks[k]
    preps = {"of", "for", "by"} if f.kind in {"money", "percent"} else {"of"}
    if w.low in preps and not w.trail:
        np = _np_left(p, k - 1, s0)
        if np and np.split()[-1].lower() not in _NOT_HEADS:
            return np
    # Walk over a verb chain to a linking verb: "Their monthly wage is estimated to be around".
    steps = 0
    while k >= 0 and steps < 7 and p.toks[k].start >= s0:
        w = p.toks[k]
        if w.trail and steps:
            return None
        if w.low in _LINKS:
            j = k - 1
            while j >= 0 and p.toks[j].low in _CHAIN and p.toks[j].start >= s0:
                j -= 1
            if j >= 0 and p.toks[j].low in _LINKS:
                k = j
                continue
            return _np_left(p, j, s0) if j >= 0 else None
        if w.low not in _CHAIN:
            break
        k -= 1
        steps += 1
    if f.kind in {"money", "percent"}:
        return _clause_subject(p, f, s0)
    return None


def _clause_subject(p: _Paragraph, f: _Found, s0: int) -> str | None:
    """The noun phrase opening the clause of a number ("The campaign, ..., cost $449,000")."""
    k = f.i - 1
    while k >= 0 and p.toks[k].start >= s0:
        t = p.toks[k]
        if t.low in {"and", "but", "while", "so"} and k > 0 and p.toks[k - 1].trail == ",":
            break
        if t.trail == ";":
            break
        k -= 1
    k += 1
    if k >= f.i:
        return None
    if p.toks[k].low in _DETERMINERS:
        k += 1
    if k >= f.i:
        return None
    np = _np_right(p, k, max_words=4)
    if np is None or _word_value(np.split()[0]) is not None:
        return None
    return np


def _find_subject(p: _Paragraph, f: _Found) -> str | None:
    t = p.toks[f.i]
    if f.kind == "age" or (f.kind == "measure" and "-" in t.text):
        m = _COMPOUND_TOKEN.fullmatch(t.text)
        np = _np_right(p, f.j + 1) if p.joined(f.j) else None
        if f.kind == "age":
            return f"age of {np}" if np else None
        return np
    if f.kind == "compound":
        m = _COMPOUND_TOKEN.fullmatch(t.text)
        rest = m.group("rest") if m else ""
        np = _np_right(p, f.j + 1) if p.joined(f.j) else None
        if rest.lower() in _FRACTIONS:
            return np
        return f"{rest} {np}" if np else rest
    # Age in apposition: "Parise, 35, had scored", "Webb, 51".
    prev = p.tok(f.i - 1)
    if (
        f.kind == "count"
        and prev is not None
        and prev.trail == ","
        and prev.text[:1].isupper()
        and p.toks[f.i].trail in {",", ".", ")"}
        and f.number is not None
        and 1 <= f.number <= 120
        and float(f.number).is_integer()
    ):
        f.kind, f.unit = "age", "years"
        return f"age of {prev.text}"
    if prev is not None and prev.low in {"age", "aged", "ages"} and p.joined(f.i - 1):
        f.unit = "years"
        return "age"
    if p.joined(f.j) and p.toks[f.j + 1].low == "times" and f.unit is None:
        f.unit = "times"
        return None
    nxt_i = f.j + 1
    if p.joined(f.j) and nxt_i < len(p.toks):
        nx = p.toks[nxt_i]
        if nx.low in _UNITS and f.unit is None:
            f.unit = _UNITS[nx.low]
            f.kind = "measure"
            if p.joined(nxt_i):
                np = _np_right(p, nxt_i + 1)
                if np is not None and p.toks[nxt_i + 1].low == "of":
                    return np
            return None
        if f.kind in {"money", "percent"}:
            if nx.low == "of" or (nx.low in {"in", "worth"} and f.kind == "money"):
                k = nxt_i + 1
                if nx.low == "worth" and p.joined(nxt_i):
                    if p.toks[k].low != "of":
                        return _subject_left(p, f)
                    k += 1
                if k < len(p.toks) and p.joined(k - 1):
                    if p.toks[k].low in _DETERMINERS:
                        k += 1
                    np = _np_right(p, k)
                    if np:
                        return np
            np = _np_right(p, nxt_i)
            if np:
                return np
            return _subject_left(p, f)
        np = _np_right(p, nxt_i)
        if np:
            return np
    if f.kind in {"money", "percent"}:
        return _subject_left(p, f)
    return _subject_left(p, f)


def _resolve(subject: str | None, previous: Sequence[_Found]) -> str | None:
    """Resolve a possessive ("Their monthly wage") against the figures just before."""
    if not subject:
        return subject
    first, _, rest = subject.partition(" ")
    if first.lower() in _POSSESSIVES and rest:
        if first.lower() == "their":
            for g in reversed(previous[-3:]):
                if g.subject and g.kind in {"count", "word", "range"}:
                    return f"{rest} of {g.subject}"
        return rest
    if first.lower() in {"the", "a", "an"} and rest:
        return rest
    return subject


# --- public API -----------------------------------------------------------------------------------


def find_figures(article: Article) -> list[Figure]:
    """Find the figures of ``article``, in article order.

    Counts, money, percentages, measures, scores, ages and durations, written in digits or
    words. Each :class:`~briefreader.model.Figure` carries the number as written (``value``,
    with currency sign and scale word: "$1.2 billion"), its ``number``, its ``unit`` when the
    article gives one, its ``qualifier`` ("at least", "about", ...), what it counts
    (``subject``, or ``None``), the sentence it stands in and spans into the paragraph.
    Dates, years, times of day, numbers inside names, references, phone numbers and "one" as
    a pronoun are left out.
    """
    figures: list[Figure] = []
    for index, text in enumerate(article.paragraphs):
        if not text or not any(map(str.isdigit, text)) and not _has_number_word(text):
            continue
        if _is_table_row(text):
            continue
        p = _Paragraph(text)
        kept: list[_Found] = []
        for f in _scan(p):
            if not _keep(p, f):
                continue
            f.qualifier = _qualifier(p, f)
            f.subject = _find_subject(p, f)
            if f.subject is None and f.kind in {"count", "word", "range"} and f.unit is None:
                for g in reversed(kept[-2:]):
                    if g.kind in {"count", "word", "range"} and g.subject and g.unit is None:
                        f.subject = g.subject  # "... 3,000 soldiers ... soon have 12,000"
                        break
            f.subject = _resolve(f.subject, kept)
            kept.append(f)
        for f in kept:
            s0, s1 = p.sentence_of(f.start)
            figures.append(
                Figure(
                    value=text[f.start : f.end],
                    number=f.number,
                    unit=f.unit,
                    subject=f.subject,
                    qualifier=f.qualifier,
                    context=text[s0:s1],
                    span=Span(index, f.start, f.end),
                    sentence=Span(index, s0, s1),
                )
            )
    return figures


_BARE_NUMBER = re.compile(r"\d[\d.,]*")


def _is_table_row(text: str) -> bool:
    """A line of a table flattened into text ("1 Kyle Busch 5040 5 1 17 27"): three bare
    numbers or more (no unit, sign or range) making up a third of its words or more, and no
    sentence end. Its numbers are cells whose meaning is in a header the text lost, not
    figures of the story (a line of statistics such as "18-24: 34%, 25-34: 29%" stays)."""
    stripped = text.rstrip()
    if stripped.endswith((".", "!", "?", "…", '"', "”", "’")):
        return False
    tokens = stripped.split()
    numbers = sum(1 for token in tokens if _BARE_NUMBER.fullmatch(token))
    return numbers >= 3 and 3 * numbers >= len(tokens)


_NUMBER_WORD = re.compile(
    r"\b(?:" + "|".join([*_UNITS_WORDS, *_TENS_WORDS, "dozen", "hundred", "million"]) + r")\b",
    re.IGNORECASE,
)


def _has_number_word(text: str) -> bool:
    return _NUMBER_WORD.search(text) is not None
