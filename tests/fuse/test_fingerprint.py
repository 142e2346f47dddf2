"""Article fingerprints: near-duplicate signatures and distinctive names."""

from __future__ import annotations

import pytest

from incidex.fuse.fingerprint import bands, minhash, names, normalise, similarity, text_hash

STORY = (
    "Two men were shot dead outside the Riverside Market on Elm Street in Dayton late on "
    "Saturday, police said. Officers found Marcus Delaney and Tyrell Ashford with gunshot wounds. "
    "A third man, Jerome Pickett, was taken to hospital. No arrests have been made."
)


def test_normalised_text_ignores_case_accents_and_spacing() -> None:
    assert normalise("  Café\tBOMB  ") == "cafe bomb"
    assert text_hash("Café  bomb") == text_hash("cafe bomb")
    assert text_hash("cafe bomb") != text_hash("cafe bombs")
    # ASCII text takes a shortcut: the same answer as the full fold
    assert (
        normalise(" Two\n\nMEN  shot\x0b")
        == normalise(" Two\n\nMEN  shot\x0b\u00a0")
        == "two men shot"
    )


def test_a_lightly_edited_copy_is_a_near_duplicate_and_another_story_is_not() -> None:
    copy = STORY.replace("police said", "police told reporters") + " (State Wire)"
    other = (
        "A woman was wounded in a drive-by shooting on Gettysburg Avenue on Saturday afternoon. "
        "Lakeisha Monroe was hit in the leg as she stood outside her home, police said."
    )
    assert similarity(minhash(STORY), minhash(copy)) >= 0.7
    assert similarity(minhash(STORY), minhash(other)) < 0.2
    assert set(bands(minhash(STORY))) & set(bands(minhash(copy)))


def test_signatures_are_stable_across_runs() -> None:
    assert minhash(STORY) == minhash(STORY)
    assert len(minhash("too short")) == 64


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (STORY, {"marcus", "delaney", "tyrell", "ashford", "riverside", "market"}, {"police"}),
        # sentence-initial only, never paired: not a name
        ("Officers arrived. Shots rang out. Kevin Barbee died.", {"barbee"}, {"officers", "shots"}),
        # a word that also occurs in lower case is a common word
        ("Weather Sports and Crime Stoppers said crime is down.", {"stoppers"}, {"crime"}),
        ("Posted by WKRN News 2 at 8 PM EST", set(), {"wkrn", "est", "news"}),
    ],
)
def test_names_are_the_distinctive_capitalised_words(
    text: str, present: set[str], absent: set[str]
) -> None:
    found = names(text)
    assert present <= found
    assert not (absent & found)


def test_the_lead_is_the_first_words() -> None:
    from incidex.fuse.fingerprint import lead

    text = " ".join(f"w{i}" for i in range(500))
    assert lead(text).split() == [f"w{i}" for i in range(300)]
    assert lead("short  text\nhere", 300) == "short text here"
