"""Train the scorer that picks whom "he" or "she" stands for, on PolNeAR's train split.

PolNeAR's train split names no referents for its pronouns, so the training cases are made from
its named attributions: wherever briefreader finds a quote said by a person named again (a
name already mentioned earlier in the article), the name is read as if the writer had written
"he" or "she" (the gender the article gives that person, "he" when it gives none). The
candidates are those :func:`briefreader.digest.quotes.salience.candidates` gathers at that
point, and the right one is the person named; when that person is not among them,
the right answer is "none". The model is a conditional logit over the candidates plus a
"none" option (its score is the bias), fitted by gradient descent with an L2 penalty; the
weights are written to ``briefreader/digest/quotes/pronoun_weights.py``.

    python tools/train_pronouns.py DIR              (DIR: a PolNeAR checkout, its bare git
                                                     directory or a folder holding train/text;
                                                     reads the train split only)
    python tools/train_pronouns.py DIR --cv         (5 folds by article: accuracy and wrong
                                                     share of the held-out cases per threshold)
    python tools/train_pronouns.py DIR --out FILE   (write the weights elsewhere)
    python tools/train_pronouns.py DIR --labelled FILE
                                                    (the shipped weights: also train on the
                                                     real pronouns of the tune part of the
                                                     train articles labelled by hand, FILE
                                                     kept outside the project; see below)
    python tools/train_pronouns.py DIR --labelled FILE --choose
                                                    (held-out figures per weight of those)
    python tools/train_pronouns.py DIR --labels FILE
                                                    (calibrate the abstain threshold on real
                                                     pronouns read by hand, see below)

The synthetic cases are harder than real pronouns (a name given again is often given because
the pronoun would be unclear), so the threshold is not chosen on them: ``--labels`` reads a
JSON list of real "he said"/"she said" quotes of the train split, each
``{"article", "text", "source", "speaker"}`` (the quote's words, PolNeAR's source span, and
the last word of the name of the person meant, or null when nobody named is meant), gathers
the candidates at each, and prints, with the weights of the other folds, the held-out share
right and wrong per threshold and the threshold chosen on the other folds for each fold
(PRONOUN_CONFIDENCE in salience.py is set from it). Such a file is kept outside the project:
it quotes the articles.

The real pronouns of the train articles labelled by hand the way the dev split is (``--labelled``:
a JSON object, article name -> its quotes with ``speaker``, ``aliases`` and ``how``) join the
synthetic cases, each counting :data:`REAL_WEIGHT` times; only the tune part of those articles is
read (:func:`split_part`, a fixed hash of the name), the check part is held out to confirm on.
While they are gathered, each pronoun of a labelled quote resolves to its labelled speaker.

Only the train split is read: the dev split is for reporting and the test split is never read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from briefreader.digest.quotes import attribution, find_quotes, resolution, salience
from briefreader.digest.quotes.entities import STRIDE, Entities, name_tokens
from briefreader.digest.quotes.resolution import how_found
from briefreader.digest.quotes.salience import FEATURES, candidates
from briefreader.digest.quotes.words import TITLE_ABBREV
from briefreader.sources.load import document_from_bytes

#: The L2 penalty on the weights (per case), the step size and the number of full steps.
L2 = 0.01
STEP = 0.5
STEPS = 400
#: Digits the weights are written with (stable output from run to run).
DIGITS = 4
FOLDS = 5
#: The thresholds tried by --cv, and how much worse a wrong speaker is than an unknown one in
#: choosing among them (PRONOUN_CONFIDENCE in salience.py is set to the best).
THRESHOLDS = (0.0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7)
WRONG_COST = 2.0
WEIGHTS_FILE = (
    Path(__file__).resolve().parent.parent / "briefreader/digest/quotes/pronoun_weights.py"
)

#: The hand-labelled train articles are split by a hash of their name salted with this (the
#: split every figure of issue 13 reports): a third held out ("check"), the rest ("tune")
#: trained on.
SPLIT_SALT = "speak6-split:"
#: How many times a real pronoun read by hand counts against one synthetic case, tried by
#: ``--choose`` (held out by fold within the tune part).
REAL_WEIGHTS = (0.0, 2.0, 5.0, 10.0, 20.0)
#: The weight shipped, chosen by right - WRONG_COST x wrong over the tune part's real pronouns
#: (5 folds by article, the shipped thresholds). With 165 labelled articles (109 tune, 183 real
#: pronouns with candidates) weights 0 / 2 / 5 / 10 / 20 gave right 147 / 150 / 149 / 150 / 150,
#: wrong 20 / 21 / 22 / 23 / 23 (with the first 83 articles: right 60 / 60 / 62 / 62 / 61, wrong
#: 3 each). A small gain: the real cases mostly confirm the synthetic ones.
REAL_WEIGHT = 2.0
#: A labelled quote is found in the article by its first this many words.
_MATCH_WORDS = 6


Case = tuple[list[dict[str, float]], int | None]  # candidates' features, the right one


def train_texts(root: str) -> list[tuple[str, str]]:
    """(name, text) of every train article of the PolNeAR snapshot at ``root``."""
    base = Path(root)
    for folder in (base / "data" / "train" / "text", base / "train" / "text"):
        if folder.is_dir():
            return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    names = subprocess.run(
        ["git", "--git-dir", root, "ls-tree", "--name-only", "HEAD", "data/train/text/"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    out = []
    for name in sorted(names):
        if name.endswith(".txt"):
            text = subprocess.run(
                ["git", "--git-dir", root, "show", f"HEAD:{name}"], check=True, capture_output=True
            ).stdout.decode("utf-8")
            out.append((Path(name).stem, text))
    return out


def cases_of(text: str) -> list[Case]:
    """The training cases of one article (see the module docstring)."""
    from briefreader import extract_article

    found: list[Case] = []
    original = attribution._resolved

    def recording(np: str, pos: int, ents: Entities, listeners: set[str]):  # type: ignore[no-untyped-def]
        name, how = original(np, pos, ents, listeners)
        if name and how == "named" and _bare_surname(np):
            _record(name, pos, ents, listeners, found)
        return name, how

    # Pronouns (and role descriptions, which the same weights resolve) stay unresolved while
    # the cases are gathered, so that the cases do not depend on the weights being trained.
    attribution._resolved = recording
    try:
        with _weights_unused(_no_person):
            doc = document_from_bytes(text.encode("utf-8"), "train.txt")
            find_quotes(extract_article(doc))
    finally:
        attribution._resolved = original
    return found


def _no_person(*_args: object, **_kwargs: object) -> None:
    return None


@contextmanager
def _weights_unused(person: Callable[..., str | None]) -> Iterator[None]:
    """While the article is read, "he"/"she" resolve through ``person`` and role descriptions
    ("the senator") to nobody: nothing depends on the shipped weights."""
    shipped = resolution.pick_person, resolution.pick_described
    resolution.pick_person, resolution.pick_described = person, _no_person
    try:
        yield
    finally:
        resolution.pick_person, resolution.pick_described = shipped


def _bare_surname(np: str) -> bool:
    """Is ``np`` a name as a writer gives it again ("Smith", "Ms. Smith"), the closest a
    name comes to a pronoun (a full "Sen. Jane Smith" reintroduces someone out of view)?"""
    words = [w for w in np.split() if w.lower().rstrip(".") not in TITLE_ABBREV]
    return len(words) == 1 and words[0][:1].isupper()


def _record(name: str, pos: int, ents: Entities, listeners: set[str], found: list[Case]) -> None:
    tokens = name_tokens(name)
    if not tokens or how_found(name) != "named":
        return
    # A person of unknown gender is read as "he" (the commoner pronoun in news): the cases must
    # hold right answers of unknown gender too, as real pronouns do.
    gender = ents.gender_of(name) or "m"
    key = tokens[-1]
    floor = min(pos, ents.sentence_start)
    earlier = [m for m in ents.by_token.get(key, []) if m.pos < floor]
    if not earlier:
        return  # a first mention: a writer would not say "he"
    cands = candidates(pos, floor, ents, gender, listeners)
    right = next((i for i, c in enumerate(cands) if c.key == key), None)
    found.append(([c.feats for c in cands], right))


def fit(
    cases: list[Case], real: list[Case] | None = None, real_weight: float = 0.0
) -> tuple[float, dict[str, float]]:
    """Bias and weights of the conditional logit (gradient descent, L2 penalty); each case of
    ``real`` (real pronouns read by hand) counts ``real_weight`` times."""
    w = dict.fromkeys(FEATURES, 0.0)
    bias = 0.0
    weighted = [(c, 1.0) for c in cases] + [(c, real_weight) for c in real or []]
    n = max(1.0, sum(x for _, x in weighted))
    for _ in range(STEPS):
        gw = dict.fromkeys(FEATURES, 0.0)
        gb = 0.0
        for (feats, right), x in weighted:
            probs, p_none = _probs(feats, w, bias)
            for f, p in zip(feats, probs):
                for k, v in f.items():
                    gw[k] += x * p * v
            gb += x * p_none
            if right is None:
                gb -= x
            else:
                for k, v in feats[right].items():
                    gw[k] -= x * v
        for k in w:
            w[k] -= STEP * (gw[k] / n + L2 * w[k])
        bias -= STEP * gb / n
    return round(bias, DIGITS), {k: round(v, DIGITS) for k, v in w.items()}


def _probs(
    feats: list[dict[str, float]], w: dict[str, float], bias: float
) -> tuple[list[float], float]:
    scores = [sum(w[k] * v for k, v in f.items()) for f in feats]
    top = max([bias, *scores])
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps) + math.exp(bias - top)
    return [e / total for e in exps], math.exp(bias - top) / total


def weights_source(bias: float, weights: dict[str, float]) -> str:
    """The text of the generated weights module."""
    lines = [
        '"""Generated by tools/train_pronouns.py: do not edit."""',
        "",
        f"BIAS = {bias!r}",
        "WEIGHTS: dict[str, float] = {",
    ]
    lines += [f"    {json.dumps(k)}: {v!r}," for k, v in weights.items()]
    return "\n".join([*lines, "}", ""])


def all_cases(root: str) -> list[tuple[str, list[Case]]]:
    """Every article's name and training cases."""
    return [(name, cases_of(text)) for name, text in train_texts(root)]


def _fold(name: str) -> int:
    """The fold of an article, fixed by its name."""
    return zlib.crc32(name.encode()) % FOLDS


def cross_validate(per_article: list[tuple[str, list[Case]]]) -> None:
    """Held-out accuracy and wrong share of the cases, per confidence threshold."""
    held: list[tuple[float, bool | None]] = []  # (best probability, right?) None: no candidates
    for fold in range(FOLDS):
        train = [
            c for name, cs in per_article if zlib.crc32(name.encode()) % FOLDS != fold for c in cs
        ]
        test = [
            c for name, cs in per_article if zlib.crc32(name.encode()) % FOLDS == fold for c in cs
        ]
        bias, w = fit(train)
        for feats, right in test:
            if not feats:
                held.append((0.0, None))
                continue
            probs, _ = _probs(feats, w, bias)
            best = max(range(len(feats)), key=probs.__getitem__)
            held.append((probs[best], best == right))
    n = max(1, len(held))
    best = (-1.0, 0.0)
    for t in THRESHOLDS:
        right = sum(1 for p, ok in held if ok and p >= t) / n
        wrong = sum(1 for p, ok in held if ok is False and p >= t) / n
        print(f"threshold {t:.1f}: right {right:.3f}  wrong {wrong:.3f}  (n={n})")
        best = max(best, (right - WRONG_COST * wrong, t))
    print(f"best threshold (right - {WRONG_COST} x wrong): {best[1]:.1f}")


RealCase = tuple[str, list[dict[str, float]], int | None, bool]  # article, feats, right, vetoed


def real_cases(root: str, labels_file: str) -> list[RealCase]:
    """The candidates at each hand-labelled real pronoun of the train split (see the module
    docstring), with the index of the one meant (``None``: not among them, or nobody)."""
    from briefreader import extract_article

    labels = json.loads(Path(labels_file).read_text(encoding="utf-8"))
    texts = dict(train_texts(root))
    by_article: dict[str, list[dict[str, str]]] = {}
    for item in labels:
        if item["source"].lower() in ("he", "she") and item["article"] in texts:
            by_article.setdefault(item["article"], []).append(item)
    out: list[RealCase] = []
    shipped = resolution.pick_person
    for name, items in sorted(by_article.items()):
        calls: list[tuple[int, list[salience.Candidate], bool]] = []

        def recording(pos: int, floor: int, ents: Entities, gender, listeners, calls=calls):  # type: ignore[no-untyped-def]
            cands = candidates(pos, floor, ents, gender, listeners)
            vetoed = bool(cands) and salience._unnamed_actor(cands[0], ents, gender)
            calls.append((pos, cands, vetoed))
            return shipped(pos, floor, ents, gender, listeners)

        resolution.pick_person = recording
        try:
            doc = document_from_bytes(texts[name].encode("utf-8"), "train.txt")
            quotes = find_quotes(extract_article(doc))
        finally:
            resolution.pick_person = shipped
        for item in items:
            words = item["text"].split()
            quote = next((q for q in quotes if q.text.split()[:6] == words[:6]), None)
            near = [c for c in calls if quote and c[0] // STRIDE == quote.span.paragraph]
            if quote is None or not near:
                continue  # not found, or not attributed through a pronoun
            _, cands, vetoed = min(near, key=lambda c: abs(c[0] % STRIDE - quote.span.start))
            key = (item["speaker"] or "").lower()
            right = next((i for i, c in enumerate(cands) if c.key.lower() == key), None)
            out.append((name, [c.feats for c in cands], right, vetoed))
    return out


def calibrate(per_article: list[tuple[str, list[Case]]], real: list[RealCase]) -> None:
    """Held-out right and wrong shares of the real pronouns per threshold, and the threshold
    chosen on the other folds for each fold."""
    held: list[tuple[int, float, bool | None]] = []  # (fold, best probability, right?)
    for fold in range(FOLDS):
        bias, w = fit([c for name, cs in per_article if _fold(name) != fold for c in cs])
        for name, feats, right, vetoed in real:
            if _fold(name) != fold:
                continue
            if not feats or vetoed:
                held.append((fold, 0.0, None))
                continue
            probs, _ = _probs(feats, w, bias)
            best = max(range(len(feats)), key=probs.__getitem__)
            held.append((fold, probs[best], best == right))

    def gain(rows: list[tuple[int, float, bool | None]], t: float) -> float:
        right = sum(1 for _, p, ok in rows if ok and p >= t)
        wrong = sum(1 for _, p, ok in rows if ok is False and p >= t)
        return right - WRONG_COST * wrong

    n = max(1, len(held))
    for t in THRESHOLDS:
        right = sum(1 for _, p, ok in held if ok and p >= t) / n
        wrong = sum(1 for _, p, ok in held if ok is False and p >= t) / n
        print(f"threshold {t:.2f}: right {right:.3f}  wrong {wrong:.3f}  (n={n})")
    right = wrong = 0
    for fold in range(FOLDS):
        others = [r for r in held if r[0] != fold]
        t = max(THRESHOLDS, key=lambda x: (gain(others, x), x))
        mine = [r for r in held if r[0] == fold]
        right += sum(1 for _, p, ok in mine if ok and p >= t)
        wrong += sum(1 for _, p, ok in mine if ok is False and p >= t)
        print(f"fold {fold}: threshold {t:.2f} chosen on the other folds")
    print(f"held out with those: right {right / n:.3f}  wrong {wrong / n:.3f}")
    best = max(THRESHOLDS, key=lambda x: (gain(held, x), x))
    print(f"best threshold on all real pronouns (right - {WRONG_COST} x wrong): {best:.2f}")


def shipped_fit(
    per_article: list[tuple[str, list[Case]]], root: str, labelled: str | None
) -> tuple[float, dict[str, float]]:
    """The weights shipped: fitted on the synthetic cases and, given the hand-labelled train
    articles, on the real pronouns of their tune part, each counting :data:`REAL_WEIGHT`
    times."""
    real = [c for _, c in labelled_cases(root, labelled)] if labelled else []
    return fit([c for _, cs in per_article for c in cs], real, REAL_WEIGHT)


def split_part(name: str) -> str:
    """The part of the hand-labelled train articles that article ``name`` belongs to:
    "check" (held out, never trained on) or "tune", fixed by a hash of its name."""
    digest = hashlib.sha256((SPLIT_SALT + name).encode()).digest()
    return "check" if digest[0] % 3 == 0 else "tune"


def labelled_cases(root: str, labels_file: str, part: str = "tune") -> list[tuple[str, Case]]:
    """The candidates at each real "he/she said" quote of the hand-labelled train articles of
    ``part`` (a JSON object: article name -> its quotes, each with ``text``, ``speaker``,
    ``aliases`` and ``how``, "pronoun" for these), with the index of the person meant
    (``None``: not among them). While an article is read, every pronoun of a labelled quote
    resolves to its labelled speaker and every other pronoun to nobody, so that the cases do
    not depend on the weights being trained."""
    from briefreader import extract_article

    labels = json.loads(Path(labels_file).read_text(encoding="utf-8"))
    texts = dict(train_texts(root))
    out: list[tuple[str, Case]] = []
    for name in sorted(labels):
        if name not in texts or split_part(name) != part:
            continue
        gold = [g for g in labels[name] if g.get("how") == "pronoun" and g.get("speaker")]
        if not gold:
            continue
        doc = document_from_bytes(texts[name].encode("utf-8"), "train.txt")
        art = extract_article(doc)
        paras = art.paragraphs

        def oracle(
            pos, floor, ents, gender, listeners, learn=True, gold=gold, paras=paras, name=name
        ):  # type: ignore[no-untyped-def]
            p, o = divmod(pos, STRIDE)
            head = paras[p][o + 1 :].split()[:_MATCH_WORDS] if p < len(paras) else []
            item = next((g for g in gold if _words(g["text"]) == _words(" ".join(head))), None)
            if item is None:
                return None
            cands = candidates(pos, floor, ents, gender, listeners)
            if cands and salience._unnamed_actor(cands[0], ents, gender):
                return None
            keys = {_key(n) for n in [item["speaker"], *item.get("aliases", [])]} - {""}
            right = next((i for i, c in enumerate(cands) if c.key.lower() in keys), None)
            out.append((name, ([c.feats for c in cands], right)))
            gold.remove(item)  # one case per quote
            if right is None:
                return None
            if learn:
                ents.gender.setdefault(cands[right].key, gender)
            return cands[right].name

        with _weights_unused(oracle):
            find_quotes(art)
    return out


def held_out_real(per_article: list[tuple[str, list[Case]]], real: list[tuple[str, Case]]) -> None:
    """For each weight of the real cases tried (:data:`REAL_WEIGHTS`), the real pronouns'
    right / wrong / unknown counts, each fold of articles scored with the weights fitted on the
    synthetic cases and the real cases of the other folds, at the shipped thresholds."""
    synthetic = [c for _, cs in per_article for c in cs]
    for weight in REAL_WEIGHTS:
        counts = {"right": 0, "wrong": 0, "unknown": 0}
        for fold in range(FOLDS):
            train = [c for name, c in real if _fold(name) != fold]
            bias, w = fit(synthetic, train, weight)
            for name, (feats, right) in real:
                if _fold(name) == fold:
                    counts[_verdict(feats, right, w, bias)] += 1
        print(f"real weight {weight:g}: {counts}")


def _verdict(
    feats: list[dict[str, float]], right: int | None, w: dict[str, float], bias: float
) -> str:
    """How the pronoun of one case comes out with weights ``w``: right, wrong or unknown."""
    if not feats:
        return "unknown"
    probs, _ = _probs(feats, w, bias)
    order = sorted(range(len(feats)), key=probs.__getitem__, reverse=True)
    runner_up = probs[order[1]] if len(order) > 1 else 0.0
    best = probs[order[0]]
    if best < salience.PRONOUN_CONFIDENCE or best < salience.PRONOUN_MARGIN * runner_up:
        return "unknown"
    return "right" if order[0] == right else "wrong"


def _words(text: str) -> list[str]:
    """The first words of a quote, as the labels and the article's paragraphs both give it."""
    return [
        w.strip(".,;:!?\"'\u201c\u201d\u2018\u2019").lower() for w in text.split()[:_MATCH_WORDS]
    ]


def _key(name: str) -> str:
    tokens = name_tokens(name)
    return tokens[-1].lower() if tokens else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("polnear", help="a PolNeAR checkout or its bare git directory")
    parser.add_argument("--cv", action="store_true", help="cross-validate instead of writing")
    parser.add_argument("--out", default=str(WEIGHTS_FILE), help="where to write the weights")
    parser.add_argument("--labels", help="real pronouns read by hand: calibrate the threshold")
    parser.add_argument("--labelled", help="hand-labelled train articles: train on their tune part")
    parser.add_argument(
        "--choose", action="store_true", help="with --labelled: held-out figures per real weight"
    )
    args = parser.parse_args(argv)
    per_article = all_cases(args.polnear)
    if args.labelled and args.choose:
        held_out_real(per_article, labelled_cases(args.polnear, args.labelled))
        return 0
    if args.labels:
        calibrate(per_article, real_cases(args.polnear, args.labels))
        return 0
    if args.cv:
        cross_validate(per_article)
        return 0
    bias, weights = shipped_fit(per_article, args.polnear, args.labelled)
    Path(args.out).write_text(weights_source(bias, weights), encoding="utf-8")
    print(f"{sum(len(cs) for _, cs in per_article)} cases; weights written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
