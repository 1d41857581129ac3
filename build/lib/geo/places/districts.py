"""City and rural districts as the page shows them: a labelled centre, never an outline.

No pinned package ships the boundaries of city districts, and outlines
made up from their centres would look authoritative and be wrong.  The
page shows each district of Almaty, Astana and Shymkent, and each rural
district that holds a record, as its centre with its count.
"""

from __future__ import annotations

from geo.places.gazetteer import LEVELS, Gazetteer


def district_points(gazetteer: Gazetteer, used: set[str]) -> dict:
    """Return a GeoJSON FeatureCollection of district centres: every city district, and the ``used`` rural ones.

    Properties: ``id``, ``name``, ``name_kk``, ``name_en``, ``radius_m``.
    """
    features = []
    for place in gazetteer.places:
        if place.precision != "district" or (place.level != LEVELS["city_district"] and place.id not in used):
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "id": place.id,
                    "name": place.name,
                    "name_kk": place.name_kk or place.name,
                    "name_en": place.name_en,
                    "radius_m": place.radius_m,
                },
                "geometry": {"type": "Point", "coordinates": [round(place.lon, 4), round(place.lat, 4)]},
            }
        )
    return {"type": "FeatureCollection", "features": features}
