"""Pass 3: the speaker of each quote, in article order so that pronouns look back.

For each quote, the speech verbs of its own sentence decide first (:mod:`.phrases`); failing
them, the quote it interrupts speaks on, then the neighbouring sentences of the paragraph, then
the speaker of the previous paragraph when the paragraph opens with the quote (a speaker who goes
on talking). Every speaker found is resolved (:mod:`.resolution`) and recorded in the entity
table, so that a later "he said" or "the agency said" can stand for it.
"""

from __future__ import annotations

import re

from briefreader.digest.quotes.entities import STRIDE, Entities, is_org_name
from briefreader.digest.quotes.frames import (
    bound_speaker,
    clause_subject,
    inverted_lead,
    name_then_verb,
    possessor_lead,
    quote_in_other_clause,
    signature,
    verbless_speaker,
)
from briefreader.digest.quotes.marks import (
    FULL_QUOTE_WORDS,
    MARK_RE,
    Raw,
    opens_paragraph,
    strip_quotes,
    word_count,
)
from briefreader.digest.quotes.more_words import MORE_PARTICIPLES
from briefreader.digest.quotes.nouns import is_cap, looks_like_speaker, np_after, np_before
from briefreader.digest.quotes.phrases import (
    VERB_RE,
    Hit,
    active_verb,
    colon_speaker,
    has_other_subject,
    sentence_subject,
    verb_hits,
)
from briefreader.digest.quotes.resolution import how_found, own_subject, resolve
from briefreader.digest.quotes.salience import quote_words
from briefreader.digest.quotes.words import CLOSERS, PRONOUNS
from briefreader.digest.sentences import sentence_at, split_sentences
from briefreader.lexicon.marks import WHITESPACE
from briefreader.lexicon.speech import INVERTING, PARTICIPLES
from briefreader.model import SpeakerFound

Spans = list[tuple[int, int]]

# The next sentence names the speaker ("That is what X said.") only with a speech verb this
# near its start; further on, the verb reports something else.
_NEXT_SENTENCE_VERB_CHARS = 60
# A sentence after a quote that closes its own sentence ('"Why?" Lee asked.') reports it when
# its speech verb stands this near its start (past a name and a title: the adjacent frame).
_SPLIT_OFF_VERB_CHARS = 40
# ... and when it is this short: a longer one says something of its own ("Lee said he would").
_SPLIT_OFF_WORDS = 10
# Where a second clause joins the first: ", while", ", and", ", but", ", whereas" or ";".
_CLAUSE_JOIN = re.compile(r"(?:,\s*(?:while|and|but|whereas)|;)\s+")
# A sentence opening with a subordinate clause ("When Lee said she would debate, he ..."): the
# speech verb's subject there is not the subject of the sentence.
_SUBORDINATE_OPENING = re.compile(
    r"^\W*(?:(?:but|and|yet|so)\s+)?(?:when|after|before|if|because|although|though|while|as|"
    r"since|once|until|unless|whenever)\b",
    re.IGNORECASE,
)
# A relative clause or a colon in a lead-in: the quote need not be its subject's words.
_RELATIVE_OR_COLON = re.compile(r",\s+(?:which|who|whose|where)\b|:\s*$")
# A quote ending on one of these is a sentence of speech (not a heading or a pull quote).
_SENTENCE_ENDS = ".!?\u2026"
# A transcript's speaker label opening the quote ("LEE: Did you ...?"): a surname in capitals.
_TRANSCRIPT_LABEL = re.compile(r"^([A-Z][A-Z'\u2019\-]+)\s*:\s")


def attribute(
    paras: tuple[str, ...], per_para: list[list[Raw]], sentences: list[Spans], ents: Entities
) -> None:
    """Set the speaker of every quote of ``per_para`` that the article names."""
    for p, para in enumerate(paras):
        for q in per_para[p]:
            if _TRANSCRIPT_LABEL.match(para[q.start : q.end]):
                q.chain_prev = None  # a transcript's new line is a new speaker's
                q.labelled = True
    for p, para in enumerate(paras):
        _attribute_paragraph(p, para, per_para[p], sentences[p], ents)
        _attribute_from_neighbours(p, para, sentences[p], paras, per_para, ents)
    # Multi-paragraph quotes: an attribution at the end applies to the earlier parts too.
    for q in reversed([q for quotes in per_para for q in quotes]):
        if q.chain_prev is not None and q.chain_prev.speaker is None and q.speaker:
            q.chain_prev.speaker = q.speaker
            q.chain_prev.found = "continuation"


def _attribute_paragraph(
    p: int, para: str, quotes: list[Raw], sents: Spans, ents: Entities
) -> None:
    """Attribute the quotes of one paragraph from their own sentences, sentence by sentence."""
    qi = 0
    prev_speaker_in_para: str | None = None
    for si, (s0, s1) in enumerate(sents):
        in_sent: list[Raw] = []
        while qi < len(quotes) and quotes[qi].open_mark < s1:
            in_sent.append(quotes[qi])
            qi += 1
        if in_sent:
            ents.sentence_start = p * STRIDE + s0
            ents.sentence_id = ents.first_sentence[p] + si
            for k in range(len(in_sent)):
                _attribute_in_sentence(p, para, sents, (s0, s1), in_sent, k, ents)
            _share_with_earlier(para, in_sent)
            prev_speaker_in_para = _carry_speakers(in_sent, prev_speaker_in_para)
        _note_sentence_speaker(ents, p, para, s0, s1)


def _attribute_in_sentence(
    p: int,
    para: str,
    sents: Spans,
    sentence: tuple[int, int],
    in_sent: list[Raw],
    k: int,
    ents: Entities,
) -> None:
    """The speaker of quote ``in_sent[k]`` from the frame its sentence gives it."""
    q = in_sent[k]
    s0, s1 = sentence
    lo = max(s0, in_sent[k - 1].close_mark + 1) if k else s0
    e = sentence_at(sents, max(q.close_mark, q.start))
    end_sent = sents[e][1]
    hi = in_sent[k + 1].open_mark if k + 1 < len(in_sent) else max(end_sent, s1)
    hi = max(hi, q.close_mark + 1)
    if k + 1 == len(in_sent) and q.closed and not para[q.close_mark + 1 : hi].strip(WHITESPACE):
        hi = _split_off_attribution(para, q, sents, e, hi)
    before = para[lo : q.open_mark]
    after = para[q.close_mark + 1 : hi] if q.closed else ""
    hits = verb_hits(before, after)
    q.frame_has_verb = bool(hits)
    pos = p * STRIDE + q.open_mark
    interrupted = (in_sent[k - 1].speaker, in_sent[k - 1].found) if k else (None, None)
    ents.quote_words = quote_words(para[q.start : q.end])
    q.speaker, q.found = _frame_speaker(
        q, hits, (before, after), interrupted, para[s0 : q.open_mark], pos, ents
    )
    ents.quote_words = frozenset()
    if q.speaker is not None:
        ents.note_speaker(pos, q.speaker, is_org_name(q.speaker))


def _split_off_attribution(para: str, q: Raw, sents: Spans, e: int, hi: int) -> int:
    """'"Is it fair?" Lee asked.': a question or an exclamation closes its sentence, so the
    frame that reports it is the next sentence; the end of the frame goes on to the end of
    that sentence when it has no quote of its own and opens with its speaker and verb
    ("Lee pressed.", "Lee said on Twitter.", "said Lee."). Else ``hi`` as it was."""
    last = para[q.start : q.end].rstrip(CLOSERS + "'\u2019")[-1:]
    if e + 1 >= len(sents) or last not in ("?", "!"):
        return hi
    a, b = sents[e + 1]
    nxt = para[a:b]
    if MARK_RE.search(nxt) or not nxt[:1].isalpha() or len(nxt.split()) > _SPLIT_OFF_WORDS:
        return hi
    m = VERB_RE.search(nxt)
    if m and m.start() < _SPLIT_OFF_VERB_CHARS and (nxt[:1].isupper() or m.start() == 0):
        return b
    return b if name_then_verb(" " + nxt) else hi


def _share_with_earlier(para: str, in_sent: list[Raw]) -> None:
    """'Taxes are "A" and "B," X said': a quote with no frame of its own, followed in its
    sentence by one that names its speaker, with no other subject between them, is the same
    speaker's."""
    for k in range(len(in_sent) - 2, -1, -1):
        q, nxt = in_sent[k], in_sent[k + 1]
        if q.speaker is not None or q.frame_has_verb or not q.closed:
            continue
        if nxt.speaker is None or nxt.found != "named":
            continue
        if not has_other_subject(para[q.close_mark + 1 : nxt.open_mark]):
            q.speaker, q.found = nxt.speaker, "named"


def _frame_speaker(
    q: Raw,
    hits: list[Hit],
    frame: tuple[str, str],
    interrupted: tuple[str | None, SpeakerFound | None],
    lead: str,
    pos: int,
    ents: Entities,
) -> tuple[str | None, SpeakerFound | None]:
    """Who speaks ``q`` and how that was found: its best verb's subject, the speaker of the
    quote it interrupts, the subject of its sentence (after a participle), or a name before a
    colon. ``frame`` is the text of the sentence before and after the quote."""
    before, after = frame
    real = [h for h in hits if not h.participle]
    if real:
        h = real[0]
        if h.listener:
            q.listeners.add(h.listener)
        own = _own_subject(h, lead, pos, ents)
        return (own, "pronoun") if own else _resolved(h.np, pos, ents, q.listeners)
    if interrupted[0] and not has_other_subject(before):
        return interrupted
    if hits:
        # Only participles ("..., adding: "...""): they go on with the sentence's subject,
        # the subject of a speech verb or the name that opens the clause ("X bristled, saying").
        subj = sentence_subject(lead) or clause_subject(lead)
        return _resolved(subj, pos, ents, q.listeners) if subj else (None, None)
    named = possessor_lead(before) or colon_speaker(before) or verbless_speaker(before, after)
    if named is None:
        named = _embedding_subject(lead, ents)
    return _resolved(named, pos, ents, q.listeners) if named else (None, None)


def _own_subject(h: Hit, lead: str, pos: int, ents: Entities) -> str | None:
    """ "X backed the plan, saying she believed "..."": the person who opens the sentence, for
    "he" or "she" before the quote, or after it when the sentence opens before the quote (see
    :func:`.resolution.own_subject`)."""
    kind = PRONOUNS.get(h.np.lower())
    if kind != "m" and kind != "f":
        return None
    if not h.before:
        # 'X weighed in, telling a paper, "...," he said': the person opening the sentence.
        return own_subject(pos, ents, kind) if lead.strip(WHITESPACE) else None
    found = list(re.finditer(rf"\b{h.np}\b", lead))
    if not found:
        return None
    return own_subject(pos - len(lead) + found[-1].start(), ents, kind)


def _embedding_subject(lead: str, ents: Entities) -> str | None:
    """'X blamed the court's "..."', 'X worried that the net was "..."': with no speech verb,
    the person who opens the clause the quote stands in, when the article makes that name a
    person (a place, a law or a document opening the clause does not speak)."""
    breaks = list(_CLAUSE_JOIN.finditer(lead))
    last = lead[breaks[-1].end() :] if breaks else lead
    # The quote stands in the last clause: "X signed an order, while Y proposed we "..."" is
    # Y's (or nobody's, when that clause's subject is no name), never X's; a clause opening
    # in lower case shares the first one's subject ("X used to back Y, but now said").
    clause = last if last[:1].isupper() else lead
    subj = clause_subject(clause)
    if subj is None or quote_in_other_clause(clause, subj):
        return None
    if PRONOUNS.get(subj.lower()) in ("m", "f"):
        # "He warned that the plan was "..."": whom "he" stands for, if clear; not through a
        # relative clause or a colon ("She shared X, which has this statement: "..."").
        return None if _RELATIVE_OR_COLON.search(lead) else subj
    key = subj.split()[-1]
    return subj if key in ents.person_keys or ents.gender_of(subj) else None


def _resolved(
    np: str, pos: int, ents: Entities, listeners: set[str]
) -> tuple[str | None, SpeakerFound | None]:
    """The name noun phrase ``np`` stands for, and how it names it."""
    bounded = bound_speaker(np)
    if bounded is None:
        return None, None
    np = bounded
    name = resolve(np, pos, ents, listeners)
    return (name, how_found(np)) if name else (None, None)


def _carry_speakers(in_sent: list[Raw], prev_speaker: str | None) -> str | None:
    """Quotes of a sentence with no attribution of their own take the quote they continue
    (across paragraphs) or the paragraph's previous speaker; the latest speaker is returned."""
    for q in in_sent:
        if q.speaker is None and q.chain_prev is not None and q.chain_prev.speaker:
            q.speaker, q.found = q.chain_prev.speaker, "continuation"
        if q.speaker is None and prev_speaker and not q.frame_has_verb:
            q.speaker, q.found = prev_speaker, "continuation"
        if q.speaker:
            prev_speaker = q.speaker
    return prev_speaker


def _note_sentence_speaker(ents: Entities, p: int, para: str, s0: int, s1: int) -> None:
    """Record the subject of a speech verb in a sentence as a speaker (for "it said")."""
    if p in ents.headings:
        return
    text = para[s0:s1]
    if MARK_RE.search(text):
        text = MARK_RE.split(text)[0]
    m = active_verb(text)
    if not m or m.group() in PARTICIPLES | MORE_PARTICIPLES or m.group().lower() == "according to":
        return
    np = _inverted_speaker(text, m) or np_before(text[: m.start()])
    if not np or not looks_like_speaker(np):
        return
    pos = p * STRIDE + s0 + m.start()
    if np.lower() in PRONOUNS:
        return
    name = resolve(np, pos, ents, set())
    if name:
        ents.note_speaker(pos, name, is_org_name(name))


def _inverted_speaker(text: str, m: re.Match[str]) -> str | None:
    """ "The plan stalls in committee, said Ann Bell, a lobbyist.": a paraphrase closed by an
    inverted speech verb after a comma names its speaker after the verb (a name in capitals),
    not before it."""
    if m.group().lower() not in INVERTING or not text[: m.start()].rstrip(WHITESPACE).endswith(","):
        return None
    np = np_after(text[m.end() :])
    return np if np and is_cap(np.split()[0]) and is_cap(np.split()[-1]) else None


# --- neighbours -------------------------------------------------------------------------------


def _attribute_from_neighbours(
    p: int,
    para: str,
    sents: Spans,
    paras: tuple[str, ...],
    per_para: list[list[Raw]],
    ents: Entities,
) -> None:
    """Quotes still without a speaker: neighbouring sentences, then the previous paragraph."""
    quotes = per_para[p]
    if not quotes or p in ents.headings:
        return
    for q in quotes:
        if q.speaker is not None or q.frame_has_verb:
            continue
        subj = _previous_sentence_subject(para, sents, q) or _next_sentence_subject(para, sents, q)
        if subj is None and q is quotes[-1] and p + 1 < len(paras):
            subj = _signed_by(paras, p + 1, ents)
        subj = subj or _transcript_label(para[q.start : q.end], ents)
        if subj:
            ents.quote_words = quote_words(para[q.start : q.end])
            q.speaker, q.found = _resolved(subj, p * STRIDE + q.open_mark, ents, q.listeners)
            ents.quote_words = frozenset()
    # A paragraph that opens with a quote (or is nothing but quotes) continues the speaker of
    # the previous paragraph: the news convention for a speaker who goes on talking.
    if p == 0 or p - 1 in ents.headings:
        return
    first = quotes[0]
    if not opens_paragraph(para, first) or first.speaker is not None or first.frame_has_verb:
        return
    only_quotes = not MARK_RE.sub("", strip_quotes(para, quotes)).strip(WHITESPACE + ".,;:")
    speaker = _previous_paragraph_speaker(p, paras, per_para, only_quotes, ents)
    if not speaker:
        return
    for q in quotes if only_quotes else [first]:
        # A quote with no sentence end is a heading or a pull quote, not speech.
        ends = para[q.start : q.end].rstrip(CLOSERS + "'\u2019")[-1:]
        if q.speaker is None and ends in _SENTENCE_ENDS and not q.labelled:
            q.speaker, q.found = speaker, "continuation"


def _transcript_label(text: str, ents: Entities) -> str | None:
    """ "LEE: Did you ...?": the label of a transcript line, when it is the surname of a person
    the article names ("VIDEO:" or "UPDATE:" name nobody)."""
    m = _TRANSCRIPT_LABEL.match(text)
    if m is None:
        return None
    name = m.group(1).capitalize()
    return name if name in ents.person_keys else None


def _signed_by(paras: tuple[str, ...], s: int, ents: Entities) -> str | None:
    """'"..."' then a paragraph ``paras[s]`` "- Ann Bell.": the name that signs the quote;
    without a dash, only a name the article makes a person's (a line "Pause." or "X." signs
    nothing), and not a heading over a paragraph that introduces that person ("Ann Bell."
    then "Ann Bell, a nurse, was ...")."""
    signed = signature(paras[s])
    if signed is None:
        return None
    name, dashed = signed
    if dashed:
        return name
    heading = s + 1 < len(paras) and paras[s + 1].startswith(name + ",")
    return name if name.split()[-1] in ents.person_keys and not heading else None


def _previous_sentence_subject(para: str, sents: Spans, q: Raw) -> str | None:
    """The subject of the sentence before the quote's, if it has no quote of its own: of its
    speech verb, or the name opening it when it speaks through a participle only ("X backed
    away from the group by saying she would help.")."""
    s = sentence_at(sents, q.open_mark)
    if s > 0:
        a, b = sents[s - 1]
        prev = para[a:b]
        if not MARK_RE.search(prev) and not _SUBORDINATE_OPENING.match(prev):
            verb = active_verb(prev)
            participle = verb is not None and verb.group() in PARTICIPLES | MORE_PARTICIPLES
            return sentence_subject(prev) or (clause_subject(prev) if participle else None)
    return None


def _next_sentence_subject(para: str, sents: Spans, q: Raw) -> str | None:
    """ "... That is what X said.": the subject of the sentence after the quote's, when that
    sentence has no quote and opens with a speech verb."""
    e = sentence_at(sents, max(q.start, q.end - 1))
    if e + 1 < len(sents):
        a, b = sents[e + 1]
        nxt = para[a:b]
        if not MARK_RE.search(nxt):
            m = VERB_RE.search(nxt)
            if m and m.start() < _NEXT_SENTENCE_VERB_CHARS:
                return sentence_subject(nxt)
    return None


def _previous_paragraph_speaker(
    p: int,
    paras: tuple[str, ...],
    per_para: list[list[Raw]],
    only_quotes: bool,
    ents: Entities,
) -> str | None:
    """Who speaks on into paragraph ``p``: the speaker of the last full quote before it, or the
    subject of a paragraph that introduces speech ("X told reporters:")."""
    prev_quotes = per_para[p - 1]
    prev_para = paras[p - 1]
    prev_text = prev_para.rstrip(WHITESPACE)
    prev_full = [
        q for q in prev_quotes if word_count(prev_para[q.start : q.end]) >= FULL_QUOTE_WORDS
    ]
    if prev_full and prev_full[-1].speaker:
        last = prev_full[-1]
        if _someone_else_after(prev_para, last, prev_quotes):
            return None  # '"...," X said. Y disagreed.' then "...": not surely X
        return last.speaker
    if not prev_full and prev_quotes and only_quotes:
        # 'X said the plan was "a start."' then a paragraph of X's own words.
        last = prev_quotes[-1]
        if last.speaker and last.found == "named":
            return None if _someone_else_after(prev_para, last, prev_quotes) else last.speaker
    if not prev_quotes and (prev_text.endswith(":") or only_quotes):
        # "X told reporters:" or a paragraph reporting what X said, then X's own words.
        subj = None
        sents = split_sentences(prev_text)
        if sents:
            # The last sentence only: an earlier subject may not be the one who goes on.
            a, b = sents[-1]
            lead = prev_text[a:b]
            subj = sentence_subject(lead) or _known_speaker_acting(lead, ents)
            if subj is None and lead.endswith(":"):
                # "Stated Bell:", "Gov. Bell released the following statement:".
                subj = inverted_lead(lead) or _last_clause_person(lead[:-1], ents)
        if subj:
            return resolve(subj, p * STRIDE, ents, set())
    return None


def _last_clause_person(text: str, ents: Entities) -> str | None:
    """The person who opens the last clause of ``text`` ("When Bell died, Gov. Ruiz released
    the following statement" → "Gov. Ruiz"), when the article makes that name a person."""
    for i in [m.start() for m in re.finditer(",", text)][::-1] + [-1]:
        subj = _embedding_subject(text[i + 1 :], ents)
        if subj:
            return subj
    return None


def _known_speaker_acting(sentence: str, ents: Entities) -> str | None:
    """ "X then turned to the housing plan." before a paragraph of quotes: the subject of the
    sentence, when X has already spoken in the article (so the quotes are X's going on)."""
    subj = clause_subject(sentence)
    if subj is None:
        return None
    key = subj.split()[-1]
    spoken = {t for _, name, org in ents.speakers if not org for t in name.split()}
    return subj if key in spoken else None


def _someone_else_after(para: str, last: Raw, quotes: list[Raw]) -> bool:
    """Does a sentence after quote ``last`` (and after every quote of ``para``) bring in another
    person as its subject ("...," X said. Y disagreed.)?"""
    if quotes[-1] is not last or last.speaker is None:
        return False
    sents = split_sentences(para)
    start = sentence_at(sents, last.close_mark)
    key = last.speaker.split()[-1]
    for a, b in sents[start + 1 :]:
        subj = sentence_subject(para[a:b]) or clause_subject(para[a:b])
        if subj and subj.lower() not in PRONOUNS and subj.split()[-1] != key:
            return True
    return False
