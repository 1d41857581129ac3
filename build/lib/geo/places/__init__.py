"""Places: from a place as people write it to a point, a precision and a region.

``text`` folds names, ``regions`` holds the 20 regions, ``geonames`` the
GeoNames extract, ``tables`` reads every place table (the project's and a
user's), ``gazetteer`` indexes them, ``resolve`` turns a written place into
one of them, ``coordinates`` checks a record's own lat/lon, ``districts``
gives the district centres the page shows, ``outlines`` the simplified
outlines the page draws.
"""
