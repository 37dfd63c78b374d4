"""A briefing: the digests of several articles merged into one view, and its Markdown export.

:func:`build_briefing` takes the :class:`~briefreader.model.Brief` of each article and returns a
:class:`Briefing`:

- **facts**: the top facts of all articles without repeats. A sentence from one article that
  says what a sentence from another already says (content-word overlap on stemmed words) is
  shown once, with every source named. Only candidate facts (each brief's ranked facts) are
  compared, through an inverted word index, so the work stays close to linear.
- **speakers**: every quote grouped by who said it. Speaker names are normalised so
  "Zelenskyy", "President Zelenskyy" and "Ukrainian President Volodymyr Zelenskyy" share one
  group, headed by the fullest form; quotes without a known speaker form their own group.
- **figures**: numbers grouped by what they count (the same head noun and similar words in
  the subject), so numbers that disagree stand side by side, each with its source.

Every item keeps the index of its article in ``Briefing.briefs`` and its
:class:`~briefreader.model.Span`, so a reader can open the article at the sentence.
:func:`render_briefing_markdown` writes the whole briefing as one Markdown document.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefreader.model import Article, Brief, Fact, Figure, Quote, Span

__all__ = [
    "DEFAULT_FACTS",
    "Briefing",
    "BriefingFact",
    "BriefingFigure",
    "BriefingQuote",
    "FailedSource",
    "FigureGroup",
    "Ref",
    "SpeakerGroup",
    "build_briefing",
    "render_briefing_markdown",
    "source_label",
]

#: How many facts a briefing keeps unless told otherwise.
DEFAULT_FACTS = 20
#: Heading of the group of quotes whose speaker is unknown.
UNKNOWN_SPEAKER = "Unknown speaker"

# Two facts are the same news when their content words overlap this much.
_FACT_OVERLAP = 0.7  # |A ∩ B| / min(|A|, |B|)
_FACT_JACCARD = 0.4  # |A ∩ B| / |A ∪ B|
# Two figure subjects count the same thing when they share the head noun and this much.
_SUBJECT_JACCARD = 0.5


# --- the data -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ref:
    """Where an item stands: the index of its article in ``Briefing.briefs`` and its span."""

    article: int
    span: Span


@dataclass(frozen=True)
class BriefingFact:
    """A key fact, as written in its first source, with every article that states it.

    ``refs[0]`` is where ``text`` comes from; further refs are near-duplicates elsewhere.
    """

    text: str
    refs: tuple[Ref, ...]
    score: float = 0.0

    @property
    def articles(self) -> tuple[int, ...]:
        """The indices of the articles that state this fact, first source first."""
        return tuple(dict.fromkeys(ref.article for ref in self.refs))


@dataclass(frozen=True)
class BriefingQuote:
    """A quote of one article (``quote``), with the index of that article."""

    quote: Quote
    article: int

    @property
    def ref(self) -> Ref:
        """Where the quoted words stand."""
        return Ref(self.article, self.quote.span)


@dataclass(frozen=True)
class SpeakerGroup:
    """The quotes of one speaker across articles.

    ``speaker`` is the fullest form of the name met (``None`` for quotes whose speaker is
    unknown); ``aliases`` every form met, fullest first.
    """

    speaker: str | None
    aliases: tuple[str, ...]
    quotes: tuple[BriefingQuote, ...]

    @property
    def heading(self) -> str:
        """The speaker, or "Unknown speaker"."""
        return self.speaker or UNKNOWN_SPEAKER

    @property
    def articles(self) -> tuple[int, ...]:
        """The indices of the articles quoting this speaker."""
        return tuple(dict.fromkeys(q.article for q in self.quotes))


@dataclass(frozen=True)
class BriefingFigure:
    """A figure of one article, with the index of that article.

    ``claimant`` is who gives the number when the article attributes it (the speaker of a
    quote in the same sentence), else ``None``: the article itself is the source.
    """

    figure: Figure
    article: int
    claimant: str | None = None

    @property
    def ref(self) -> Ref:
        """Where the number stands."""
        return Ref(self.article, self.figure.span)

    @property
    def label(self) -> str:
        """The value with its qualifier: "at least 3,000"."""
        figure = self.figure
        return f"{figure.qualifier} {figure.value}" if figure.qualifier else figure.value


@dataclass(frozen=True)
class FigureGroup:
    """Figures that count the same thing, from one or more articles.

    ``subject`` is the most specific subject met in the group (``None`` for the group of
    figures whose subject is unknown).
    """

    subject: str | None
    figures: tuple[BriefingFigure, ...]

    @property
    def articles(self) -> tuple[int, ...]:
        """The indices of the articles that give a figure of this group."""
        return tuple(dict.fromkeys(f.article for f in self.figures))


@dataclass(frozen=True)
class FailedSource:
    """A source that could not be read, with the one-line reason."""

    path: str
    reason: str


@dataclass(frozen=True)
class Briefing:
    """Several articles merged: facts without repeats, quotes by speaker, figures by subject."""

    briefs: tuple[Brief, ...]
    facts: tuple[BriefingFact, ...]
    speakers: tuple[SpeakerGroup, ...]
    figures: tuple[FigureGroup, ...]
    failed: tuple[FailedSource, ...] = ()

    def article(self, ref: Ref) -> Article:
        """The article a reference points into."""
        return self.briefs[ref.article].article


# --- words ----------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d[\d,.]*\d|\d")


def _fold(text: str) -> str:
    """Lower case without accents: "Zelenskyy" → "zelenskyy", "Éric" → "eric"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``, folded, as a set."""
    return frozenset(_fold(word) for word in text.split())


_STOPWORDS = _words(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its itself just
    me more most my no nor not now of off on once only or other our out over own same she should
    so some such than that the their them then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you your
    said says say told according may might must shall one new mr mrs ms dr like get got make
    made many much last first still even well back way
    """
)
# Number words: they say nothing about what a sentence is about.
_NUMBERS = _words(
    """
    two three four five six seven eight nine ten eleven twelve dozen dozens twenty thirty forty
    fifty hundred hundreds thousand thousands million millions billion billions trillion half
    """
)
# Words that name the same kind of thing in figure subjects.
_SYNONYMS = {
    "soldier": "troop",
    "force": "troop",
    "personnel": "troop",
    "serviceman": "troop",
    "servicemen": "troop",
    "people": "person",
    "individual": "person",
    "dollar": "$",
    "usd": "$",
    "percentage": "percent",
    "pct": "percent",
    "%": "percent",
    "laborer": "worker",
    "labourer": "worker",
    "kilometre": "kilometer",
    "km": "kilometer",
}


def _stem(word: str) -> str:
    """A light English stemmer: plurals and possessives only (enough to match sentences)."""
    w = _fold(word).replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "xes", "zes", "ches", "shes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _content(text: str) -> list[str]:
    """The stemmed content words of ``text`` (no stop words, no one- or two-letter words)."""
    out = []
    for match in _WORD.finditer(text):
        word = match.group()
        low = _fold(word)
        if low in _STOPWORDS or (len(low) < 3 and not low[0].isdigit()):
            continue
        out.append(_stem(word))
    return out


# --- facts ----------------------------------------------------------------------------------------


@dataclass
class _FactCluster:
    text: str
    words: set[str]
    refs: list[Ref]
    best_rank: int
    score: float
    order: int


def _same_fact(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    common = len(a & b)
    return common / min(len(a), len(b)) >= _FACT_OVERLAP and common / len(a | b) >= _FACT_JACCARD


def _merge_facts(briefs: Sequence[Brief], limit: int) -> tuple[BriefingFact, ...]:
    # Candidates in round-robin order: every article's first fact, then every second fact...
    candidates: list[tuple[int, int, Fact]] = [
        (rank, index, fact)
        for index, brief in enumerate(briefs)
        for rank, fact in enumerate(brief.facts)
    ]
    candidates.sort(key=lambda item: (item[0], item[1]))
    clusters: list[_FactCluster] = []
    by_word: dict[str, list[int]] = defaultdict(list)
    for rank, index, fact in candidates:
        words = set(_content(fact.text))
        ref = Ref(index, fact.span)
        # Only clusters sharing a word can be duplicates: look those up, not every cluster.
        shared: dict[int, int] = defaultdict(int)
        for word in words:
            for cluster_id in by_word.get(word, ()):
                shared[cluster_id] += 1
        match = None
        for cluster_id, _count in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0])):
            if _same_fact(words, clusters[cluster_id].words):
                match = cluster_id
                break
        if match is not None:
            cluster = clusters[match]
            cluster.refs.append(ref)
            continue
        cluster_id = len(clusters)
        clusters.append(
            _FactCluster(fact.text, words, [ref], rank, fact.score, order=len(clusters))
        )
        for word in words:
            by_word[word].append(cluster_id)

    def weight(cluster: _FactCluster) -> tuple[float, int, int]:
        sources = len({ref.article for ref in cluster.refs})
        # A fact that several outlets report ranks as if it stood higher in each of them.
        return (cluster.best_rank / sources, -sources, cluster.order)

    ranked = sorted(clusters, key=weight)[: max(0, limit)]
    return tuple(
        BriefingFact(text=c.text, refs=tuple(c.refs), score=c.score)
        for c in sorted(ranked, key=weight)
    )


# --- speakers -------------------------------------------------------------------------------------

_TITLE_WORDS = _words(
    """
    President Vice Prime Minister Ministers Secretary Chancellor King Queen Pope Prince Princess
    Sheikh Emir General Gen. Lt. Col. Colonel Maj. Major Capt. Captain Cmdr. Commander Adm.
    Admiral Sgt. Sergeant Sen. Senator Rep. Representative Gov. Governor Mayor Dr. Mr. Mrs. Ms.
    Miss Prof. Professor Chief Director Ambassador Judge Justice Spokesman Spokeswoman
    Spokesperson Commissioner Chairman Chairwoman Chair CEO CFO COO Deputy Foreign Defense
    Defence Interior Finance Premier Speaker Leader Officer Coach Captain Acting Former Ex
    Attorney Lawyer Analyst Minister-President St. Saint Sir Dame Lord Lady Rev. Father
    """
)
_CONNECTORS = frozenset({"of", "for", "and", "de", "on"})
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")


@dataclass
class _Speaker:
    form: str  # as written
    name: tuple[str, ...]  # folded name tokens ("volodymyr", "zelensky")
    keys: frozenset[str]  # name tokens plus acronyms


def _name_token(token: str) -> str:
    folded = _fold(token).strip(".,;:'’\"")
    if folded.endswith(("'s", "’s")):
        folded = folded[:-2]
    # Transliterations differ in doubled letters: "Zelenskyy" and "Zelensky".
    return re.sub(r"(.)\1+", r"\1", folded)


def _is_capitalised(token: str) -> bool:
    return bool(token) and (token[0].isupper() or token[0].isdigit())


def _parse_speaker(form: str) -> _Speaker:
    """Split a speaker as written into its name tokens: titles and descriptions dropped.

    "Ukrainian President Volodymyr Zelenskyy" → ("volodymyr", "zelensky");
    "the National Intelligence Service (NIS)" → ("national", "intelligence", "service") with
    the acronym "nis"; "a senior official" → () (a description, not a name).
    """
    text = _LEADING.sub("", form.strip())
    acronyms = {_name_token(a) for a in _PAREN.findall(text) if a.strip()}
    text = _PAREN.sub(" ", text).strip()
    tokens = text.split()
    # The name is the run of capitalised words at the end, after the last title or
    # lower-case word: "Pentagon spokesperson Sabrina Singh" → "Sabrina Singh".
    name: list[str] = []
    for position in range(len(tokens) - 1, -1, -1):
        token = tokens[position]
        if token in _CONNECTORS and name and position and _is_capitalised(tokens[position - 1]):
            name.append(token)  # "Ministry of Defense"
            continue
        if not _is_capitalised(token):
            break
        if name and (_fold(token) in _TITLE_WORDS or token.endswith(("'s", "’s"))):
            break  # "President" in "President Zelenskyy", "Russia's" in "Russia's Putin"
        name.append(token)
    name.reverse()
    if not name and tokens and all(_is_capitalised(t) for t in tokens):
        # Only titles ("the President"): keep them, they are all we know.
        name = tokens
    folded = tuple(t for t in (_name_token(t) for t in name) if t and t not in _CONNECTORS)
    keys = set(folded) | acronyms
    initials = "".join(t[0] for t in folded if t not in _CONNECTORS)
    if len(initials) >= 2:
        keys.add(initials)
    return _Speaker(form=form, name=folded, keys=frozenset(keys))


def _fullness(form: str) -> tuple[int, int]:
    return (len(form.split()), len(form))


def _group_quotes(briefs: Sequence[Brief]) -> tuple[SpeakerGroup, ...]:
    items = [
        BriefingQuote(quote, index) for index, brief in enumerate(briefs) for quote in brief.quotes
    ]
    forms: dict[str, _Speaker] = {}
    described: dict[tuple[int, str], list[BriefingQuote]] = defaultdict(list)
    unknown: list[BriefingQuote] = []
    for item in items:
        speaker = item.quote.speaker
        if not speaker or not speaker.strip():
            unknown.append(item)
        elif speaker not in forms:
            forms[speaker] = _parse_speaker(speaker)
    # Names: the fullest first, so shorter forms ("Zelenskyy") join the full one.
    groups: list[dict] = []  # {"keys": set, "forms": [str], "articles": set}
    by_key: dict[str, list[int]] = defaultdict(list)
    group_of: dict[str, int] = {}
    articles_of: dict[str, set[int]] = defaultdict(set)
    for item in items:
        if item.quote.speaker:
            articles_of[item.quote.speaker].add(item.article)
    for form in sorted(forms, key=lambda f: (-len(forms[f].name), -_fullness(f)[1], f)):
        parsed = forms[form]
        if not parsed.name:
            continue  # a description: grouped per article below
        needed = set(parsed.name)
        candidates = {g for token in needed for g in by_key.get(token, ())}
        matches = [g for g in sorted(candidates) if needed <= groups[g]["keys"]]
        if not matches and len(parsed.name) == 1:
            # "NIS" for "National Intelligence Service"
            matches = [g for g in sorted(candidates) if parsed.name[0] in groups[g]["acronyms"]]
        if len(matches) > 1:
            # An ambiguous short form ("Kim"): prefer the group met in the same article.
            same = [g for g in matches if groups[g]["articles"] & articles_of[form]]
            matches = same if len(same) == 1 else []
        if matches:
            chosen = matches[0]
            groups[chosen]["forms"].append(form)
            groups[chosen]["articles"] |= articles_of[form]
        else:
            chosen = len(groups)
            groups.append(
                {
                    "keys": set(parsed.name),
                    "acronyms": set(parsed.keys - set(parsed.name)),
                    "forms": [form],
                    "articles": set(articles_of[form]),
                }
            )
            for token in parsed.keys:
                by_key[token].append(chosen)
        group_of[form] = chosen
    members: list[list[BriefingQuote]] = [[] for _ in groups]
    for item in items:
        speaker = item.quote.speaker
        if not speaker or not speaker.strip():
            continue
        if speaker in group_of:
            members[group_of[speaker]].append(item)
        else:
            described[(item.article, _fold(_LEADING.sub("", speaker.strip())))].append(item)
    result: list[tuple[tuple[int, int, int], SpeakerGroup]] = []
    for group, quotes in zip(groups, members):
        group_forms = sorted(group["forms"], key=lambda f: (-_fullness(f)[0], -len(f), f))
        # The heading: the fullest form that is a name, not a title alone.
        result.append(
            (_order(quotes), SpeakerGroup(group_forms[0], tuple(group_forms), tuple(quotes)))
        )
    for quotes in described.values():
        group_forms = sorted({q.quote.speaker or "" for q in quotes}, key=lambda f: (-len(f), f))
        result.append(
            (_order(quotes), SpeakerGroup(group_forms[0], tuple(group_forms), tuple(quotes)))
        )
    result.sort(key=lambda item: item[0])
    out = [group for _, group in result]
    if unknown:
        out.append(SpeakerGroup(None, (), tuple(unknown)))
    return tuple(out)


def _order(quotes: Sequence[BriefingQuote]) -> tuple[int, int, int]:
    """Groups quoted by more articles first, then by more quotes, then by first appearance."""
    articles = {q.article for q in quotes}
    first = min((q.article, q.quote.span.paragraph) for q in quotes)
    return (-len(articles), -len(quotes), first[0] * 100000 + first[1])


# --- figures --------------------------------------------------------------------------------------


def _subject_words(subject: str) -> list[str]:
    words = [_SYNONYMS.get(w, w) for w in _content(subject)]
    return [w for w in words if not w[0].isdigit()]


def _subject_weight(subject: str) -> tuple[bool, int, int]:
    """Rank subjects for a heading: no leading number, then more words, then longer."""
    return (not subject[:1].isdigit(), len(_subject_words(subject)), len(subject))


def _claimant(figure: Figure, quotes: Sequence[Quote]) -> str | None:
    """The speaker of a quote around the figure or in its sentence, if any."""
    span = figure.span
    sentence = figure.sentence
    for quote in quotes:
        if not quote.speaker or quote.span.paragraph != span.paragraph:
            continue
        if quote.span.start <= span.start and span.end <= quote.span.end:
            return quote.speaker
        if sentence is not None and quote.sentence is not None:
            if quote.sentence.start <= sentence.start < quote.sentence.end or (
                sentence.start <= quote.sentence.start < sentence.end
            ):
                return quote.speaker
    return None


@dataclass
class _FigureCluster:
    head: str
    words: set[str]
    unit: str | None
    subjects: list[str]
    figures: list[BriefingFigure]
    contexts: list[set[str]]
    order: int


def _group_figures(briefs: Sequence[Brief]) -> tuple[FigureGroup, ...]:
    clusters: list[_FigureCluster] = []
    by_head: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    no_subject: list[BriefingFigure] = []
    for index, brief in enumerate(briefs):
        for figure in brief.figures:
            item = BriefingFigure(figure, index, _claimant(figure, brief.quotes))
            words = _subject_words(figure.subject or "")
            if not words:
                no_subject.append(item)
                continue
            head = words[-1]
            unit = _SYNONYMS.get(_fold(figure.unit), _fold(figure.unit)) if figure.unit else None
            key = (head, unit)
            word_set = set(words)
            context = {
                w for w in _content(figure.context) if not w[0].isdigit() and w not in _NUMBERS
            } - word_set
            best, best_score = None, 0.0
            for cluster_id in by_head.get(key, ()):
                cluster = clusters[cluster_id]
                score = len(word_set & cluster.words) / len(word_set | cluster.words)
                if score < _SUBJECT_JACCARD or score <= best_score:
                    continue
                # The same subject words in sentences about something else ("people" killed
                # here, "people" polled there) are not the same count: the sentences must
                # share words too, more of them when the subject is one generic word.
                share = 0.3 if min(len(word_set), len(cluster.words)) <= 1 else 0.1
                if any(
                    len(context & other)
                    >= max(2 if share > 0.1 else 1, share * min(len(context), len(other)))
                    for other in cluster.contexts
                ):
                    best, best_score = cluster_id, score
            if best is None:
                best = len(clusters)
                clusters.append(_FigureCluster(head, word_set, unit, [], [], [], order=best))
                by_head[key].append(best)
            cluster = clusters[best]
            cluster.contexts.append(context)
            # The same number for the same thing twice in one article: keep the first.
            if any(
                f.article == index
                and f.figure.number == figure.number
                and f.figure.unit == figure.unit
                and figure.number is not None
                for f in cluster.figures
            ):
                continue
            cluster.figures.append(item)
            cluster.subjects.append(figure.subject or "")

    def order(cluster: _FigureCluster) -> tuple[int, int, int]:
        return (-len({f.article for f in cluster.figures}), -len(cluster.figures), cluster.order)

    groups = [
        FigureGroup(
            # The most specific subject (most content words, then longest) heads the group.
            max(c.subjects, key=_subject_weight),
            tuple(c.figures),
        )
        for c in sorted(clusters, key=order)
    ]
    if no_subject:
        groups.append(FigureGroup(None, tuple(no_subject)))
    return tuple(groups)


# --- the briefing ---------------------------------------------------------------------------------


def build_briefing(
    briefs: Sequence[Brief],
    *,
    max_facts: int = DEFAULT_FACTS,
    failed: Sequence[FailedSource] = (),
) -> Briefing:
    """Merge the briefs of several articles into one :class:`Briefing`.

    ``max_facts`` caps the facts kept (after merging near-duplicates); ``failed`` lists the
    sources that could not be read, so a reader or the export can name them.
    """
    briefs = tuple(briefs)
    return Briefing(
        briefs=briefs,
        facts=_merge_facts(briefs, max_facts),
        speakers=_group_quotes(briefs),
        figures=_group_figures(briefs),
        failed=tuple(failed),
    )


def source_label(article: Article) -> str:
    """A short name for an article in lists: its site, else its title, else its file name."""
    if article.site:
        return article.site
    if article.title:
        title = article.title
        return title if len(title) <= 60 else title[:57].rstrip() + "…"
    path = article.source.url or article.source.path
    if path == "-":
        return "standard input"
    return os.path.basename(path.rstrip("/")) or path


# --- Markdown -------------------------------------------------------------------------------------


def _md(text: str) -> str:
    """Escape the characters Markdown would read as markup inside running text."""
    text = " ".join(text.split())
    text = re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)
    return text


def _cite(numbers: Sequence[int]) -> str:
    return "".join(f"[{n + 1}]" for n in dict.fromkeys(numbers))


def render_briefing_markdown(briefing: Briefing) -> str:
    """The briefing as one Markdown document.

    Sections: "Sources" (numbered, each with title, site, date and path or URL), "Key facts"
    (each with the numbers of the sources that state it), "Quotes by speaker" (a heading per
    speaker), "Figures by subject" (a heading per subject, each value with its source).
    """
    briefs = briefing.briefs
    lines = [f"# Briefing: {len(briefs)} article{'s' if len(briefs) != 1 else ''}", ""]

    lines += ["## Sources", ""]
    for number, brief in enumerate(briefs, 1):
        article = brief.article
        title = _md(article.title or "Untitled article")
        where = article.source.url or article.source.path
        details = [part for part in (article.site, article.date) if part]
        line = f"{number}. **{title}**"
        if details:
            line += " · " + " · ".join(_md(d) for d in details)
        line += f" · `{where.replace('`', '')}`" if where else ""
        lines.append(line)
    if not briefs:
        lines.append("*None could be read.*")
    if briefing.failed:
        lines += ["", "Could not be read:", ""]
        lines += [f"- `{f.path.replace('`', '')}`: {_md(f.reason)}" for f in briefing.failed]
    lines.append("")

    lines += ["## Key facts", ""]
    for fact in briefing.facts:
        lines.append(f"- {_md(fact.text)} {_cite(fact.articles)}")
    if not briefing.facts:
        lines.append("*None found.*")
    lines.append("")

    lines += ["## Quotes by speaker", ""]
    for group in briefing.speakers:
        lines += [f"### {_md(group.heading)}", ""]
        for item in group.quotes:
            said = ""
            if item.quote.speaker and item.quote.speaker != group.speaker:
                said = f" ({_md(item.quote.speaker)})"
            lines.append(f"- “{_md(item.quote.text)}” {_cite([item.article])}{said}")
        lines.append("")
    if not briefing.speakers:
        lines += ["*None found.*", ""]

    lines += ["## Figures by subject", ""]
    for figure_group in briefing.figures:
        lines += [f"### {_md(figure_group.subject or 'Other figures')}", ""]
        for entry in figure_group.figures:
            label = _md(entry.label)
            if figure_group.subject is None or (
                entry.figure.subject and entry.figure.subject != figure_group.subject
            ):
                label += f" ({_md(entry.figure.subject or '')})" if entry.figure.subject else ""
            who = f", {_md(entry.claimant)}" if entry.claimant else ""
            lines.append(
                f"- **{label}** {_cite([entry.article])}{who}: {_md(entry.figure.context)}"
            )
        lines.append("")
    if not briefing.figures:
        lines += ["*None found.*", ""]
    return "\n".join(lines).rstrip() + "\n"
