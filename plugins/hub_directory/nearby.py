"""The "près de chez vous" list: coming events of other regions within reach of a region."""

from dataclasses import dataclass

from hub_core.places import distance_km, exact_point

# Nobody travels to these: no place to go to, or nothing happening.
NOT_A_TRIP_FORMATS = {"online"}
NOT_A_TRIP_STATUSES = {"cancelled", "moved-online"}


@dataclass(frozen=True)
class Nearby:
    event: object
    km: int  # rounded great-circle distance
    place: object  # the region's place closest to the event (hub_core.places.Place)


def takes_place_somewhere(event):
    """True for an event one travels to: in person or hybrid, neither cancelled nor moved online."""
    if (getattr(event, "format", None) or "in-person") in NOT_A_TRIP_FORMATS:
        return False
    return (getattr(event, "event_status", None) or "scheduled") not in NOT_A_TRIP_STATUSES


def closest(place, candidates):
    """(kilometres, candidate) of the candidate nearest to `place`; ties by name."""
    return min(((distance_km(place, other), other) for other in candidates), key=lambda pair: (pair[0], pair[1].name))


def nearby_events(region, region_places, events, max_km):
    """Events outside `region` held within `max_km` of one of its places, in the order given.

    Only events one travels to count: an online, cancelled or moved-online
    event is nowhere near. The distance is measured from the event's place to
    the region's closest place ("à 105 km de Rimouski").
    """
    if not region_places:
        return []
    found = []
    for event in events:
        place = exact_point(event)
        if place is None or getattr(event, "region", None) == region:
            continue
        if not takes_place_somewhere(event):
            continue
        kilometres, near = closest(place, region_places)
        if kilometres <= max_km:
            found.append(Nearby(event, round(kilometres), near))
    return found
