"""One-line incident summaries (issue 5): attacks told by their damage, by a fire set, by shots
"fired at", by a beating or a hanging, and summaries that mention an anniversary, a trial or a tally
beside the deed still give a main event; damage from storms or to an economy gives none."""

from __future__ import annotations

import pytest

from incidex import extract
from incidex.schema import Role


def _mains(text: str) -> list[str]:
    return [e.type for e in extract(text).events if e.role == Role.MAIN]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # damage alone tells the attack: a facility attack unless something names the means
        ("COLOMBIA.  Four electricity towers were destroyed near Medellin.", "facility_attack"),
        ("LEBANON.  An oil depot of a foreign company was damaged by the Popular Front.",
         "facility_attack"),
        ("An anarchist cell partially destroyed a car dealership in Patras.", "facility_attack"),
        ("A makeshift device caused serious damage to a bank branch in Athens.", "bombing"),
        ("A villa in Calvi was wrecked by a powerful explosive charge overnight.", "bombing"),
        # a bomb found before it went off
        ("GREECE.  Police found a van loaded with explosives outside a ministry in Athens.",
         "bombing"),
        # a fire set, however it is worded
        ("Masked youths set the ground floor of the tax office on fire in Bilbao.",
         "facility_attack"),
        ("ITALY.  A fire was set at a showroom owned by an American car maker in Milan.",
         "facility_attack"),
        ("A primary school in Kunar province was set afire by unknown men.", "facility_attack"),
        ("Attackers poured flammable liquid on the door of the party office in Lyon.",
         "facility_attack"),
        ("Youths were blamed for setting fire to three buses at a depot in Derry.",
         "facility_attack"),
        # shots fired at a target
        ("Unknown men fired 9-mm pistols at the home of a judge in Lima.", "armed_assault"),
        ("ECUADOR.  Militants fired an anti-tank projectile at the embassy in Quito.",
         "armed_assault"),
        ("Unknown men fired upon a patrol boat near Jaffna.", "armed_assault"),
        # a wound by an assailant, a killing come to light
        ("A night watchman was wounded by an unknown assailant outside the consulate in Jakarta.",
         "armed_assault"),
        ("Villagers found the body of a schoolteacher near Mosul.", "armed_assault"),
        # a beating, a hanging, an attack in the gerund
        ("SUDAN.  A foreign aid worker was pulled from his jeep and beaten near Juba.",
         "unarmed_assault"),
        ("A shopkeeper was hanged by unidentified militants in Baramulla district.",
         "armed_assault"),
        ("The Breton Liberation Front claimed responsibility for attacking a tax office in Brest.",
         "armed_assault"),
        # a bomb told by its device, its charge or its defusing
        ("Police held a man as he tried to plant gas canisters under a delivery van in Larissa.",
         "bombing"),
        ("NEPAL.  An explosive was hurled at the tax office in Biratnagar.", "bombing"),
        ("A sack of an explosive mixture was left in the cellar of a block of flats in Tver.",
         "bombing"),
        ("A home-made timing device was found at a bus depot in Izmir. The device was defused.",
         "bombing"),
        # rockets told by the verb, projectiles launched
        ("INDIA.  Insurgents rocketed a police post in Srinagar.", "shelling"),
        ("A militant group said it launched three homemade projectiles at a kibbutz near Gaza.",
         "shelling"),
        # damage of unstated means: vandalism, a cable cut, damage to many
        ("Activists vandalized a recruiting office in Portland overnight.", "facility_attack"),
        ("Unknown men cut the signal cable of the railway line near Burgos.", "facility_attack"),
        ("An animal rights group said it was behind damaging over forty lorries at a depot in "
         "Leeds.", "facility_attack"),
        # a harm told in the gerund, the means unnamed
        ("Two youths sprayed tear gas at a bus queue in Tours, injuring four commuters.",
         "armed_assault"),
    ],
)  # fmt: skip
def test_events_summaries_without_the_usual_words_give_a_main_event(text: str, etype: str) -> None:
    assert _mains(text) == [etype]


@pytest.mark.parametrize(
    "text",
    [
        # an anniversary the deed was timed to
        "SPAIN.  Two bombs exploded at a bank in Madrid, a day after the anniversary of the death "
        "of a party leader.",
        "CHILE.  Rebels fired a rocket at the army headquarters to commemorate the anniversary of "
        "their founding.",
        # a trial told after the deed, as its background
        "A prosecutor was assassinated by gunmen in Cali. He had led the trial of two drug "
        "traffickers and had convicted a dozen of their men.",
        # a tally that ranks this deed among others
        "A mayor was murdered in Tolima province, the third such killing in the past two months.",
    ],
)
def test_events_summaries_with_an_aside_stay_relevant(text: str) -> None:
    assert _mains(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of homes were destroyed by the earthquake in the north of the country.",
        "Customs officers seized a truck loaded with explosives at the border crossing.",
        "Anti-narcotics police destroyed 900 kilos of cocaine and three laboratories in Cauca.",
        # a price that rocketed, power lines a storm cut
        "Fuel prices rocketed the following month after the new tax came in.",
        "A winter storm cut power lines across three counties on Sunday.",
        "The minister said the strikes had damaged the economy and destroyed the confidence of "
        "investors.",
        # an anniversary story: the anniversary comes before the deed
        "Thousands gathered on the anniversary of the bombing of the Kerman shrine.",
        # a trial told first, or as the news right after the deed's headline
        "A man was sentenced on Monday for the murder of a shopkeeper in Leeds.",
        "Gang member admits role in drive-by attack\n\nA gang member pleaded guilty on Thursday "
        "to charges in the shooting of two teenagers in Flint in 2021, prosecutors said.",
    ],
)
def test_events_summaries_of_no_incident_give_none(text: str) -> None:
    assert not _mains(text)
