"""Inline articles for the story grouping tests, written here: several outlets' takes on the
same events, and the hard cases that are one topic but two events (two games of one club, two
hearings on different days, two earthquakes). ``EVENT`` names the event of each article: the
labels the grouping is checked against."""

from __future__ import annotations

from briefreader.model import Article, Brief, Source

# (event, title, date, paragraphs)
ARTICLES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (
        "ferry",
        "Ferry fire off Port Calloway kills 28",
        "2024-03-04",
        (
            "A fire broke out on the passenger ferry Marisol Star off Port Calloway on Sunday, "
            "killing 28 people and injuring dozens more, the coast guard said.",
            "The ferry was carrying 310 passengers from Port Calloway to Dunmore Island when "
            "flames spread from the engine room, according to Captain Ilse Varga of the coast "
            "guard.",
            "Rescue boats pulled 250 people from the water within two hours.",
            '"The crew did everything they could in terrible conditions," Varga said.',
            "The operator, Bluewave Lines, said it would cooperate with the investigation.",
        ),
    ),
    (
        "ferry",
        "At least 30 dead after Marisol Star ferry catches fire",
        "2024-03-04",
        (
            "At least 30 people died when the ferry Marisol Star caught fire near Port "
            "Calloway on Sunday, local officials said, raising an earlier toll.",
            "Captain Ilse Varga of the coast guard said the fire started in the engine room "
            "about an hour after the ferry left port with 310 passengers on board.",
            "Bluewave Lines, which runs the route to Dunmore Island, suspended its other "
            "sailings pending safety checks.",
            "Survivors described thick smoke filling the lower deck within minutes.",
        ),
    ),
    (
        "ferry",
        "Survivors tell of panic on burning Port Calloway ferry",
        "2024-03-05",
        (
            "Survivors of Sunday's fire on the Marisol Star ferry near Port Calloway described "
            "scenes of panic as smoke filled the passenger decks.",
            "The coast guard's Captain Ilse Varga said 28 people were confirmed dead and the "
            "search for missing passengers would continue.",
            "Bluewave Lines has suspended sailings to Dunmore Island while inspectors examine "
            "its fleet.",
            "Relatives gathered at the Port Calloway terminal waiting for news.",
        ),
    ),
    (
        "rates",
        "Norland central bank raises rates to 4.5%",
        "2024-05-09",
        (
            "The Bank of Norland raised its main interest rate by a quarter point to 4.5 "
            "percent on Thursday, its third increase this year.",
            "Governor Petra Lindqvist said inflation, at 6.1 percent in April, remained far "
            "above the bank's 2 percent target.",
            "Economists had expected the move, though two of the seven board members voted to "
            "hold rates.",
            "The Norland krona rose slightly against the euro after the decision.",
        ),
    ),
    (
        "rates",
        "Lindqvist defends another Norland rate rise",
        "2024-05-09",
        (
            "Bank of Norland governor Petra Lindqvist defended Thursday's quarter-point rise "
            "in the main rate to 4.5 percent, saying inflation must come down.",
            "Inflation in Norland stood at 6.1 percent in April, the statistics office said.",
            "Business groups warned that higher borrowing costs would hit small firms and "
            "home buyers hardest.",
        ),
    ),
    (
        "match1",
        "Riverton United edge Hillside 2-1",
        "2024-04-06",
        (
            "Riverton United beat Hillside Athletic 2-1 at Mill Lane on Saturday, with Tomas "
            "Brandt scoring the winner in the 88th minute.",
            "Hillside had led through an early header from Kofi Mensah before Riverton "
            "equalised after the break.",
            "The win lifts Riverton to fourth in the Northern League table.",
            "Riverton manager Ada Olsen praised her side's patience in the second half.",
        ),
    ),
    (
        "match2",
        "Riverton United held by Lakeside",
        "2024-04-13",
        (
            "Riverton United were held to a goalless draw by Lakeside Rovers at Mill Lane on "
            "Saturday, a week after their late win over Hillside.",
            "Lakeside goalkeeper Jonas Weller made several fine saves to deny Tomas Brandt.",
            "The draw leaves Riverton fourth in the Northern League table.",
            "Riverton manager Ada Olsen said her players had lacked sharpness.",
        ),
    ),
    (
        "hearing1",
        "Quillon chief grilled by senators over data leak",
        "2024-02-12",
        (
            "Senators questioned Quillon chief executive Marcus Hale on Monday about a leak "
            "of customer data that exposed 4 million accounts.",
            "Hale told the commerce committee that the company had found the breach in "
            "December and informed regulators within a week.",
            "Senator Rosa Delgado said the company had been too slow to warn its customers.",
        ),
    ),
    (
        "hearing2",
        "Quillon security chief testifies at second hearing",
        "2024-02-20",
        (
            "Quillon's head of security, Nadia Brook, testified before the commerce committee "
            "on Tuesday at a second hearing on the company's data leak.",
            "Brook said the company had since hired 300 more security staff.",
            "Senator Rosa Delgado pressed her on why the leak of 4 million accounts went "
            "unnoticed for months.",
        ),
    ),
    (
        "recall",
        "Halvern recalls blood pressure drug Corvalin",
        "2024-06-18",
        (
            "Drug maker Halvern Pharma is recalling 1.2 million packs of its blood pressure "
            "drug Corvalin after tests found an impurity, the medicines regulator said on "
            "Tuesday.",
            "Patients should keep taking the drug until they can see their doctor, the "
            "regulator advised.",
            "Halvern said it had stopped production at its Ostwick plant.",
        ),
    ),
    (
        "recall",
        "Impurity found in Corvalin: 1.2 million packs recalled",
        "2024-06-18",
        (
            "Halvern Pharma has recalled 1.2 million packs of Corvalin, a widely used blood "
            "pressure medicine, after an impurity was detected.",
            "The company said production at its Ostwick plant was halted while the cause was "
            "investigated.",
            "Doctors' groups urged patients not to stop their treatment abruptly.",
        ),
    ),
    (
        "quake1",
        "Magnitude 6.4 earthquake strikes Velora province",
        "2024-07-02",
        (
            "A magnitude 6.4 earthquake struck Velora province on Tuesday, damaging hundreds "
            "of homes and killing at least 12 people, the disaster agency said.",
            "The quake's epicentre was near the town of Santa Ilaria, at a depth of 10 kilometres.",
            "Rescue teams were searching collapsed buildings in Santa Ilaria overnight.",
        ),
    ),
    (
        "quake2",
        "Earthquake shakes Kestrel coast, no casualties",
        "2024-07-03",
        (
            "A magnitude 5.8 earthquake shook the Kestrel coast on Wednesday, the geological "
            "survey said, with no reports of casualties.",
            "Residents of Port Wren felt the tremor for about 20 seconds.",
            "The disaster agency said it was checking bridges and schools along the coast.",
        ),
    ),
    (
        "jobs",
        "Ardent Motors to cut 2,400 jobs",
        "2024-09-10",
        (
            "Ardent Motors said on Tuesday it would cut 2,400 jobs at its plants in Halden and "
            "Brenner as demand for its diesel vans falls.",
            "Chief executive Lena Moritz said the company would invest in electric models instead.",
            "The Halden plant, which employs 5,000 people, will lose 1,500 of the jobs.",
        ),
    ),
    (
        "jobs",
        "Unions vow to fight Ardent Motors job cuts",
        "2024-09-11",
        (
            "Unions at Ardent Motors vowed to fight the carmaker's plan, announced on "
            "Tuesday, to cut 2,400 jobs at its Halden and Brenner plants.",
            "Lena Moritz, the chief executive, said the cuts were needed to fund the move to "
            "electric vans.",
            "Local officials in Halden said the town depended on the plant.",
        ),
    ),
    (
        "festival",
        "Glassmere film festival opens with record crowds",
        "2024-08-22",
        (
            "The Glassmere film festival opened on Thursday with a record 40,000 tickets "
            "sold, organisers said.",
            "The opening film, a drama by director Ines Faro, drew a standing ovation.",
            "The festival runs until the end of the month.",
        ),
    ),
]


def story_briefs(
    articles: list[tuple[str, str, str | None, tuple[str, ...]]] | None = None,
) -> tuple[list[Brief], list[str]]:
    """The briefs of ``articles`` (default :data:`ARTICLES`; digested as any article) and
    each one's event."""
    from briefreader.digest import build_brief

    briefs, events = [], []
    for k, (event, title, date, paragraphs) in enumerate(
        ARTICLES if articles is None else articles
    ):
        article = Article(
            source=Source(path=f"story-{k}.txt", kind="text", encoding="utf-8"),
            paragraphs=paragraphs,
            title=title,
            date=date,
            site=f"Outlet {k % 4}",
        )
        briefs.append(build_brief(article))
        events.append(event)
    return briefs, events


def pair_scores(groups: list[list[int]], events: list[str]) -> tuple[float, float]:
    """Pairwise precision and recall of ``groups`` against the ``events`` labels."""
    predicted = {(i, j) for g in groups for i in g for j in g if i < j}
    n = len(events)
    gold = {(i, j) for i in range(n) for j in range(i + 1, n) if events[i] == events[j]}
    right = len(predicted & gold)
    precision = right / len(predicted) if predicted else 1.0
    recall = right / len(gold) if gold else 1.0
    return precision, recall
