"""A second set of inline articles for the story grouping, kept apart from the first
(:mod:`tests.story_articles`, where the threshold is chosen): the grouping is checked here.
Written for the shapes that break grouping: one event told by several outlets in different
words, one team's two games two days apart, one hearing reported twice and the next week's
hearing of the same inquiry, two banks' results on the same day. ``EVENT`` labels as there."""

from __future__ import annotations

# (event, title, date, paragraphs)
ARTICLES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (
        "bridge",
        "Rail bridge collapses into the Tamsin near Orrick",
        "2024-10-14",
        (
            "A railway bridge over the river Tamsin near Orrick collapsed on Monday morning as "
            "a freight train crossed it, sending six wagons into the water.",
            "The driver, who was pulled from the cab by fire crews, was taken to Orrick "
            "General Hospital with leg injuries, police said.",
            "Network operator Trellis Rail closed the line between Orrick and Bexley.",
        ),
    ),
    (
        "bridge",
        "Freight wagons plunge into river as Orrick span gives way",
        "2024-10-14",
        (
            "Six freight wagons ended up in the Tamsin after the span carrying the Orrick to "
            "Bexley line gave way beneath a goods train early on Monday.",
            "Firefighters cut the train's driver free; he is recovering in hospital in Orrick.",
            "Trellis Rail said services would not run on the route for several weeks.",
            "Residents reported hearing a loud crack shortly before seven o'clock.",
        ),
    ),
    (
        "bridge",
        "Cracks in Orrick bridge were reported last year, papers show",
        "2024-10-15",
        (
            "Inspectors warned Trellis Rail about cracks in the Tamsin bridge near Orrick "
            "eleven months before it collapsed under a freight train on Monday, documents "
            "seen by this newspaper show.",
            "The operator said repairs to the span had been scheduled for next spring.",
            "The line between Orrick and Bexley remains closed while divers recover the six "
            "wagons.",
        ),
    ),
    (
        "hawks1",
        "Hawks hold off Ironvale 98-91",
        "2024-11-04",
        (
            "The Carden Hawks beat the Ironvale Miners 98-91 on Monday night, with Dario "
            "Kessler scoring 31 points.",
            "Ironvale cut the lead to three in the final minute before Kessler's free throws "
            "sealed it.",
            "Hawks coach Maren Holt said her team had defended well in the fourth quarter.",
        ),
    ),
    (
        "hawks2",
        "Sunport rout the Hawks 112-87",
        "2024-11-06",
        (
            "The Carden Hawks were beaten 112-87 by the Sunport Gulls on Wednesday, two days "
            "after their win over Ironvale.",
            "Dario Kessler was held to 9 points as Sunport's Theo Ames scored 28.",
            "Coach Maren Holt said the Hawks had been second best from the start.",
        ),
    ),
    (
        "inquiry1",
        "Water board chair questioned at Calder inquiry",
        "2024-03-11",
        (
            "The chair of Calder Water, Helen Okafor, told the public inquiry into last "
            "summer's contamination on Monday that the board had not been warned of the risk.",
            "Inquiry chair Judge Anton Reyes asked why testing at the Fenwick reservoir had "
            "been cut from weekly to monthly in 2022.",
            "Okafor said the decision had been taken by managers below board level.",
        ),
    ),
    (
        "inquiry1",
        "Okafor denies board knew of reservoir risk",
        "2024-03-11",
        (
            "Helen Okafor, who chairs Calder Water, denied on Monday that the board knew "
            "testing at Fenwick reservoir had been reduced before the contamination.",
            "Giving evidence to Judge Anton Reyes's inquiry, she said managers had made the "
            "change to save money.",
            "About 14,000 homes were told to boil their water for three weeks last August.",
        ),
    ),
    (
        "inquiry2",
        "Calder inquiry hears from former testing manager",
        "2024-03-19",
        (
            "A former testing manager at Calder Water, Simon Pryce, told the contamination "
            "inquiry on Tuesday that he had objected to cutting checks at Fenwick reservoir.",
            "Judge Anton Reyes heard that Pryce's concerns were sent to the board in an email.",
            "Helen Okafor, the company's chair, told the inquiry last week that the board had "
            "not been warned.",
        ),
    ),
    (
        "merger",
        "Brightwell to buy Osprey Foods for 3.1 billion",
        "2024-05-20",
        (
            "Brightwell Group agreed on Monday to buy rival snack maker Osprey Foods for 3.1 "
            "billion euros, creating the region's largest maker of crisps.",
            "Osprey shareholders will receive 42 euros a share, a premium of 30 percent.",
            "The deal needs the approval of competition regulators.",
        ),
    ),
    (
        "merger",
        "Osprey investors cheer Brightwell takeover",
        "2024-05-20",
        (
            "Shares in Osprey Foods jumped 27 percent on Monday after Brightwell Group said it "
            "would pay 42 euros a share for the company.",
            "Analysts said the 3.1 billion euro offer left little room for a rival bid.",
            "Brightwell chief executive Omar Sethi said the two firms would keep both brands.",
        ),
    ),
    (
        "bank1",
        "Tandem Bank profit rises 12 percent",
        "2024-07-25",
        (
            "Tandem Bank reported a 12 percent rise in quarterly profit on Thursday, helped by "
            "higher interest income.",
            "Chief executive Laila Brandt said lending to small firms had grown strongly.",
            "The bank set aside less money for bad loans than analysts had expected.",
        ),
    ),
    (
        "bank2",
        "Northgate Bank profit slides on bad loans",
        "2024-07-25",
        (
            "Northgate Bank said on Thursday its quarterly profit fell 18 percent as it set "
            "aside more money for bad loans.",
            "Finance chief Peter Oyelaran said higher interest rates were squeezing borrowers.",
            "Northgate shares fell 4 percent in morning trading.",
        ),
    ),
    (
        "election",
        "Santos wins Calder mayoral race",
        "2024-06-07",
        (
            "Mira Santos won the race for mayor of Calder on Thursday with 54 percent of the "
            "vote, defeating the incumbent, Gregor Lind.",
            "Turnout was 41 percent, the election office said.",
            "Santos promised to freeze bus fares in her first year.",
        ),
    ),
    (
        "election",
        "Lind concedes as Santos takes Calder",
        "2024-06-08",
        (
            "Gregor Lind conceded defeat on Friday after Mira Santos was elected mayor of "
            "Calder, ending his eight years in office.",
            "Santos took 54 percent of the vote to Lind's 39 percent.",
            "She has pledged to freeze bus fares and build 2,000 homes.",
        ),
    ),
    (
        "storm",
        "Storm Elsa floods coastal towns",
        "2024-01-09",
        (
            "Storm Elsa flooded streets in Port Wren and Marlow Bay on Tuesday as winds of up "
            "to 120 kilometres an hour hit the coast.",
            "About 3,000 homes lost power, the grid operator said.",
        ),
    ),
]
