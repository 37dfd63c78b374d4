"""The verbs that report speech, and the verbs of cognition that report a claim.

Each verb is listed with the forms that are unambiguous as verbs in news text.
"""

from __future__ import annotations

from briefreader.lexicon import words


def _forms(*entries: str) -> frozenset[str]:
    """Expand "say:said:says" style entries into a set of word forms."""
    out: set[str] = set()
    for entry in entries:
        out.update(entry.split(":"))
    return frozenset(out)


#: Verbs that report speech.
SPEECH_VERBS = _forms(
    "acknowledged:acknowledges", "added:adds", "admitted:admits", "affirmed", "agreed",
    "alleged", "announced:announces", "answered", "argued:argues", "asked:asks", "asserted",
    "blasted", "boasted", "called", "cautioned", "charged", "chimed", "claimed", "commented",
    "complained:complains", "conceded:concedes", "concluded", "confirmed:confirms", "contended",
    "continued:continues", "countered", "cried", "declared:declares", "demanded",
    "denied:denies", "described:describes", "disclosed", "elaborated", "emailed",
    "emphasized:emphasised:emphasizes:emphasises", "exclaimed", "explained:explains",
    "insisted:insists", "joked:jokes", "lamented", "laughed", "maintained",
    "marveled:marvelled", "mentioned", "messaged", "mused", "noted", "observed", "pledged",
    "posted", "predicted:predicts", "proclaimed", "promised", "quipped:quips",
    "recalled:recalls", "recounted", "reiterated", "remarked", "remembered", "reminisced",
    "replied:replies", "reported", "responded", "retorted", "revealed", "said:says:say",
    "screamed", "shouted:shouts", "sighed", "snapped", "spoke:speaks", "stated",
    "stressed:stresses", "suggested:suggests", "testified", "texted", "thundered", "told:tells",
    "tweeted", "urged:urges", "vowed", "warned:warns", "whispered", "wondered", "wrote:writes",
    "yelled",
)  # fmt: skip
#: Cognition and report verbs: attribute a claim, weaker than speech verbs for a quote.
WEAK_VERBS = _forms(
    "accused", "assessed", "believes:believe:believed", "condemned", "criticized:criticised",
    "estimated:estimates", "expects:expected", "forecast", "hailed", "introduced", "praised",
    "rejected", "thinks:think:thought", "weighed", "welcomed",
)  # fmt: skip
#: Participles continue the sentence's subject: "..., adding: "...".
PARTICIPLES = words(
    """adding arguing asking calling declaring describing explaining insisting noting posting
    replying responding saying speaking stating telling tweeting warning writing"""
)
#: Verbs after which the next noun phrase is the speaker ("," said Rep. Lee).
INVERTING = _forms(
    "acknowledged", "added:adds", "admitted", "announced", "answered", "argued:argues",
    "asked:asks", "cautioned", "commented", "concluded", "confirmed", "continued:continues",
    "countered", "declared:declares", "explained:explains", "insisted:insists", "joked",
    "noted", "observed", "posted", "quipped", "recalled:recalls", "remarked", "replied:replies",
    "responded", "said:says", "stated", "tweeted", "warned:warns", "wrote:writes",
)  # fmt: skip
#: Verbs whose object is the listener, not the speaker ("X told reporters").
TELL_VERBS = words("telling tells told")
