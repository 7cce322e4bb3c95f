"""Production settings: `make publish`. Absolute addresses, no stale cache."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("SITEURL", PUBLIC_SITEURL)  # noqa: F405
PUBLIC_SITEURL = SITEURL
RELATIVE_URLS = False
LOAD_CONTENT_CACHE = False
HUB_OUTPUT = {**HUB_OUTPUT, "compress": True, "incremental": False}  # noqa: F405 (.gz and .br, made before the new site replaces the old; every page rendered)
