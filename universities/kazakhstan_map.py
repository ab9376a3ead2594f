"""The projection of the offline map of Kazakhstan on the statistics page.

The outline is the static file ``static/img/kazakhstan.svg`` (Natural Earth, public domain; its
comment says how it was made), drawn in a ``WIDTH`` × ``HEIGHT`` box with an equirectangular
projection over Kazakhstan's bounding box (longitudes scaled by the cosine of the middle
latitude). ``project()`` places a city's coordinates in the same box; no build step, no tile server.
"""

import math

WEST, SOUTH, EAST, NORTH = 46.60787, 40.60922, 87.32427, 55.38955
WIDTH = 800
HEIGHT = 434.0
OUTLINE = "img/kazakhstan.svg"  # a static file, its path drawn through <use href="…#outline">
_K = math.cos(math.radians((SOUTH + NORTH) / 2))
_SCALE = WIDTH / ((EAST - WEST) * _K)


def project(latitude, longitude):
    """(x, y) in the map's viewBox for a point given in degrees."""
    return (
        round((float(longitude) - WEST) * _K * _SCALE, 1),
        round((NORTH - float(latitude)) * _SCALE, 1),
    )
