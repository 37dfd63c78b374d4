"""A deterministic, hand-made brief for the TUI tests (no core needed).

The paragraphs come from ``samples/nk-troops.txt``; every span is found with ``str.find`` so
that each item really stands in the article.
"""

from __future__ import annotations

from briefreader.model import Article, Brief, Caption, Fact, Figure, Quote, Source, Span

PARAGRAPHS: tuple[str, ...] = (
    "Some of the North Korean troops deployed to Russia seem to have been moving to the front "
    "lines with Ukraine, South Korea's spy agency said, Tuesday, fueling speculation that North "
    "Korean troops' direct involvement in the Russia-Ukraine war is imminent.",
    "In return for the military support, Pyongyang is receiving technological support from "
    "Moscow for its satellite project as well as enhancing economic cooperation with Moscow, "
    "the National Intelligence Service (NIS) said.",
    '"North Korea\'s troop deployment in Russia is underway," the NIS was quoted as saying by '
    'the lawmakers. "We are confirming the possibility that some of the troops, including '
    'high-ranking military officers, have been moving to the front lines."',
    "It estimated that at least 3,000 North Korean troops, many of whom are in their late teens "
    "and early 20s, are in Russia's front-line region of Kursk, but it is working with Ukraine "
    "to determine the exact numbers.",
    "The agency also forecast that the North is likely to deploy around 10,900 soldiers in "
    "total by December.",
    "According to the NIS, the Russian military is teaching over 100 military terms in Russian "
    "to North Korean soldiers, but the language barrier between Russian-speaking and "
    "Korean-speaking soldiers poses a challenge.",
    "\"It's difficult to speculate since North Korea has not disclosed the purpose of her "
    "visit, but Choe's agenda may include coordinating specific responses to North Korea's "
    'troop dispatch to Russia," a senior unification ministry official said.',
    "It also assessed that the number of North Korean workers sent to Russia has been "
    'increasing steadily. "It is estimated that about 4,000 North Korean workers have been '
    'dispatched to Russia this year. Their monthly wage is estimated to be around $800," it '
    "said.",
    "The NIS' information was similar to intelligence from Ukraine and the U.S. On Monday, "
    "Ukrainian President Volodymyr Zelenskyy said he expects 12,000 North Korean soldiers in "
    'Russia "soon."',
    "\"We will not sit idly by and watch North Korea's military collusion that threatens our "
    "security. We will track the situation closely and take all necessary measures step by "
    'step," Yoon said.',
)

TITLE = "N. Korean troops in Russia moving toward front lines with Ukraine: spy agency"


def span_of(paragraph: int, text: str) -> Span:
    """Return the span of ``text`` in ``PARAGRAPHS[paragraph]`` (it must be there)."""
    start = PARAGRAPHS[paragraph].index(text)
    return Span(paragraph, start, start + len(text))


def sentence_of(paragraph: int, text: str) -> Span:
    """Return the span of the sentence ``text`` begins, up to the next ". " or the end."""
    span = span_of(paragraph, text)
    body = PARAGRAPHS[paragraph]
    end = body.find(". ", span.start)
    return Span(paragraph, span.start, len(body) if end == -1 else end + 1)


def make_brief(*, quotes: bool = True, site: str | None = "The Korea Times") -> Brief:
    """Return the sample brief; ``quotes=False`` leaves the quotes out (the empty state)."""
    article = Article(
        source=Source("samples/nk-troops.txt", "text", "utf-8"),
        paragraphs=PARAGRAPHS,
        title=TITLE,
        byline="Kwak Yeon-soo",
        date=None,
        site=site,
        captions=(
            Caption(
                "National Intelligence Service (NIS) Director Cho Tae-yong attends a "
                "parliamentary audit session at the spy agency's headquarters in Seoul, Tuesday.",
                "Joint Press Corps",
                -1,
            ),
            Caption(
                "North Korean Foreign Minister Choe Son-hui, center, shakes hands with Russian "
                "Ambassador to North Korea Alexander Matsegora before leaving for Moscow, Monday.",
                "Yonhap",
                7,
            ),
        ),
    )
    facts = (
        Fact(PARAGRAPHS[0], Span(0, 0, len(PARAGRAPHS[0])), 3.0),
        Fact(
            "It estimated that at least 3,000 North Korean troops, many of whom are in their "
            "late teens and early 20s, are in Russia's front-line region of Kursk, but it is "
            "working with Ukraine to determine the exact numbers.",
            Span(3, 0, len(PARAGRAPHS[3])),
            2.5,
        ),
        Fact(PARAGRAPHS[4], Span(4, 0, len(PARAGRAPHS[4])), 2.0),
        Fact(PARAGRAPHS[1], Span(1, 0, len(PARAGRAPHS[1])), 1.5),
    )
    quote_list = (
        Quote(
            "North Korea's troop deployment in Russia is underway,",
            "NIS",
            "full",
            span_of(2, "North Korea's troop deployment in Russia is underway,"),
            sentence_of(2, "\"North Korea's troop deployment"),
        ),
        Quote(
            "We are confirming the possibility that some of the troops, including high-ranking "
            "military officers, have been moving to the front lines.",
            "NIS",
            "full",
            span_of(
                2,
                "We are confirming the possibility that some of the troops, including "
                "high-ranking military officers, have been moving to the front lines.",
            ),
            sentence_of(2, '"We are confirming'),
        ),
        Quote(
            "It's difficult to speculate since North Korea has not disclosed the purpose of "
            "her visit, but Choe's agenda may include coordinating specific responses to North "
            "Korea's troop dispatch to Russia,",
            "a senior unification ministry official",
            "full",
            span_of(
                6,
                "It's difficult to speculate since North Korea has not disclosed the purpose "
                "of her visit, but Choe's agenda may include coordinating specific responses "
                "to North Korea's troop dispatch to Russia,",
            ),
            Span(6, 0, len(PARAGRAPHS[6])),
        ),
        Quote("soon.", None, "fragment", span_of(8, "soon."), None),
        Quote(
            "We will not sit idly by and watch North Korea's military collusion that threatens "
            "our security.",
            "Yoon Suk Yeol",
            "full",
            span_of(
                9,
                "We will not sit idly by and watch North Korea's military collusion that "
                "threatens our security.",
            ),
            sentence_of(9, '"We will not sit idly by'),
        ),
    )
    figures = (
        Figure(
            "3,000",
            3000,
            None,
            "North Korean troops in Kursk",
            "at least",
            PARAGRAPHS[3],
            span_of(3, "3,000"),
            Span(3, 0, len(PARAGRAPHS[3])),
        ),
        Figure(
            "10,900",
            10900,
            None,
            "soldiers to be deployed by December",
            "around",
            PARAGRAPHS[4],
            span_of(4, "10,900"),
            Span(4, 0, len(PARAGRAPHS[4])),
        ),
        Figure(
            "100",
            100,
            None,
            "military terms taught in Russian",
            "over",
            PARAGRAPHS[5],
            span_of(5, "100"),
            None,
        ),
        Figure(
            "$800",
            800,
            "$",
            None,
            "around",
            "Their monthly wage is estimated to be around $800,",
            span_of(7, "$800"),
            sentence_of(7, "Their monthly wage"),
        ),
        Figure(
            "12,000",
            12000,
            None,
            "North Korean soldiers expected in Russia",
            None,
            PARAGRAPHS[8],
            span_of(8, "12,000"),
            None,
        ),
    )
    return Brief(article, facts, quote_list if quotes else (), figures)
