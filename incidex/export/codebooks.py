"""incidex's taxonomy in other codebooks' vocabularies: ACLED event and sub-event types, and GTD
attack, weapon and specificity codes. One table per mapping, so that a change is made here once.

ACLED codes political violence and demonstrations only: accidents and explosions of unknown
cause go to "Strategic developments / Other" so that they are visible and easy to drop. GTD codes
terrorism: air strikes and shelling (usually state action) are kept as Bombing/Explosion with the
incidex type alongside, for the analyst to decide.
"""

from __future__ import annotations

from incidex.schema import EventType, PlacePrecision, Weapon

# incidex type -> (ACLED disorder type, event type, sub-event type)
ACLED_TYPES: dict[EventType, tuple[str, str, str]] = {
    EventType.BOMBING: (
        "Political violence",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    EventType.AIR_STRIKE: ("Political violence", "Explosions/Remote violence", "Air/drone strike"),
    EventType.SHELLING: (
        "Political violence",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    EventType.ARMED_ASSAULT: ("Political violence", "Violence against civilians", "Attack"),
    EventType.ASSASSINATION: ("Political violence", "Violence against civilians", "Attack"),
    EventType.UNARMED_ASSAULT: ("Political violence", "Violence against civilians", "Attack"),
    EventType.KIDNAPPING: (
        "Political violence",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    EventType.HOSTAGE_TAKING: (
        "Political violence",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    EventType.HIJACKING: (
        "Political violence",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    EventType.SEXUAL_VIOLENCE: (
        "Political violence",
        "Violence against civilians",
        "Sexual violence",
    ),
    EventType.FACILITY_ATTACK: (
        "Strategic developments",
        "Strategic developments",
        "Looting/property destruction",
    ),
    EventType.ARMED_CLASH: ("Political violence", "Battles", "Armed clash"),
    EventType.RIOT: ("Political violence; Demonstrations", "Riots", "Violent demonstration"),
    EventType.PROTEST: ("Demonstrations", "Protests", "Peaceful protest"),
    EventType.EXPLOSION: ("Strategic developments", "Strategic developments", "Other"),
    EventType.ACCIDENT: ("Strategic developments", "Strategic developments", "Other"),
    EventType.OTHER: ("Strategic developments", "Strategic developments", "Other"),
}
ACLED_SUICIDE_SUB_EVENT = "Suicide bomb"

# ACLED geo_precision: 1 the town itself, 2 a part of a region near it, 3 a larger region.
ACLED_GEO_PRECISION = {
    PlacePrecision.POINT: 1,
    PlacePrecision.CITY: 1,
    PlacePrecision.ADMIN2: 2,
    PlacePrecision.ADMIN1: 3,
    PlacePrecision.COUNTRY: 3,
}
# ACLED time_precision: 1 the day is known, 2 the week, 3 the month or more.
ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}

# incidex type -> (GTD attacktype1, attacktype1_txt)
GTD_ATTACK_TYPES: dict[EventType, tuple[int, str]] = {
    EventType.ASSASSINATION: (1, "Assassination"),
    EventType.ARMED_ASSAULT: (2, "Armed Assault"),
    EventType.BOMBING: (3, "Bombing/Explosion"),
    EventType.EXPLOSION: (3, "Bombing/Explosion"),
    EventType.AIR_STRIKE: (3, "Bombing/Explosion"),
    EventType.SHELLING: (3, "Bombing/Explosion"),
    EventType.HIJACKING: (4, "Hijacking"),
    EventType.HOSTAGE_TAKING: (5, "Hostage Taking (Barricade Incident)"),
    EventType.KIDNAPPING: (6, "Hostage Taking (Kidnapping)"),
    EventType.FACILITY_ATTACK: (7, "Facility/Infrastructure Attack"),
    EventType.UNARMED_ASSAULT: (8, "Unarmed Assault"),
    EventType.SEXUAL_VIOLENCE: (8, "Unarmed Assault"),
}
GTD_UNKNOWN_ATTACK = (9, "Unknown")

GTD_WEAPONS: dict[Weapon, tuple[int, str]] = {
    Weapon.CHEMICAL: (2, "Chemical"),
    Weapon.FIREARMS: (5, "Firearms"),
    Weapon.EXPLOSIVES: (6, "Explosives"),
    Weapon.INCENDIARY: (8, "Incendiary"),
    Weapon.MELEE: (9, "Melee"),
    Weapon.VEHICLE: (10, "Vehicle (not to include vehicle-borne explosives)"),
    Weapon.OTHER: (12, "Other"),
}
GTD_UNKNOWN_WEAPON = (13, "Unknown")

# GTD specificity: 1 the city's coordinates, 3 the district's, 4 the province's, 5 unknown.
GTD_SPECIFICITY = {
    PlacePrecision.POINT: 1,
    PlacePrecision.CITY: 1,
    PlacePrecision.ADMIN2: 3,
    PlacePrecision.ADMIN1: 4,
    PlacePrecision.COUNTRY: 5,
}
