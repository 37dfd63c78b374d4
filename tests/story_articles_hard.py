"""Inline articles the story grouping still gets wrong: a third labelled set, written late in a
session for the shapes of the issue and kept apart from the tune and check sets (neither
chooses anything from it). The grouping reads words, names and numbers, so it fails when
outlets tell one event in other words (a strike: "nurses began a 48-hour strike" / "nursing
staff stopped work for two days"; a trust's chief named "Alan Mbeki" once and "Mbeki" at a
sentence's start) and when one club's two games two days apart share players, manager and
league. ``tests/test_stories.py`` marks it a known failure (strict: it fails once fixed, to be
promoted)."""

from __future__ import annotations

# (event, title, date, paragraphs)
ARTICLES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (
        "strike",
        "Nurses walk out at Brenmoor hospitals",
        "2024-11-18",
        (
            "Nurses at the four hospitals of the Brenmoor health trust began a 48-hour strike "
            "on Monday over pay, forcing the cancellation of about 600 operations.",
            "The Royal Union of Nurses said 2,100 of its members had joined picket lines.",
            "Trust chief executive Alan Mbeki said emergency departments were open as usual.",
        ),
    ),
    (
        "strike",
        "Brenmoor calls off planned surgery as staff stop work",
        "2024-11-18",
        (
            "Hundreds of planned operations were called off across Brenmoor on Monday as "
            "nursing staff stopped work for two days in a dispute over wages.",
            "Alan Mbeki, who runs the health trust, apologised to patients and urged the "
            "union to return to talks.",
            "Union organisers put the number taking part at 2,100.",
        ),
    ),
    (
        "strike",
        "Talks on Brenmoor nurses' pay to resume",
        "2024-11-19",
        (
            "Negotiators for the Brenmoor health trust and the Royal Union of Nurses will meet "
            "again on Wednesday, after a two-day strike that led to 600 operations being "
            "cancelled.",
            "Mbeki said the trust could not afford the 9 percent rise the union wants.",
        ),
    ),
    (
        "launch",
        "Velka rocket fails minutes after lift-off",
        "2024-08-02",
        (
            "A Velka-2 rocket carrying two weather satellites broke apart about four minutes "
            "after lift-off from the Sorrel Point spaceport on Friday, the Norland Space "
            "Agency said.",
            "Agency director Ruth Amsel said the upper stage had lost pressure.",
            "The satellites, built for 310 million euros, were not insured.",
        ),
    ),
    (
        "launch",
        "Norland loses two weather satellites in launch failure",
        "2024-08-02",
        (
            "Norland lost two new weather satellites on Friday when the upper stage of its "
            "Velka-2 launcher failed shortly after take-off from Sorrel Point.",
            "Ruth Amsel, who heads the space agency, said an inquiry would report within a month.",
            "Debris fell into the sea far from shipping lanes, the coast guard said.",
        ),
    ),
    (
        "rovers1",
        "Marston Rovers thrash Elmfield 4-0",
        "2024-12-26",
        (
            "Marston Rovers beat Elmfield Town 4-0 at Quarry Road on Thursday, with Sami "
            "Okonjo scoring twice.",
            "Rovers manager Petra Walsh said her side had been ruthless in front of goal.",
            "The win took Rovers to second in the Western League.",
        ),
    ),
    (
        "rovers2",
        "Marston Rovers beaten at Greyhaven",
        "2024-12-28",
        (
            "Marston Rovers lost 2-1 at Greyhaven City on Saturday, two days after their "
            "thrashing of Elmfield.",
            "Sami Okonjo scored for Rovers before Greyhaven hit back with two late goals.",
            "Petra Walsh said her tired players had run out of legs.",
        ),
    ),
    (
        "fire1",
        "Wildfire forces evacuations near Corran",
        "2024-08-15",
        (
            "About 1,200 people were told to leave their homes near Corran on Thursday as a "
            "wildfire spread through dry scrubland, the fire service said.",
            "Strong winds pushed the flames towards the town's northern edge.",
        ),
    ),
    (
        "fire2",
        "Blaze in Pellow forest brought under control",
        "2024-08-15",
        (
            "Firefighters brought a fire in Pellow forest under control on Thursday after it "
            "burned through 300 hectares of pine, the fire service said.",
            "No homes were damaged, and the cause is being investigated.",
        ),
    ),
]
