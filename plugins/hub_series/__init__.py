"""Blog series: parts read in order, the next part announced."""


def register():
    pass
