"""Demo content of the events app: the YAML files beside this module, read in this order."""

from pathlib import Path

HERE = Path(__file__).parent
FILES = [HERE / "topics.yaml", HERE / "forums.yaml", HERE / "ii_forum_2025.yaml"]


def load(loader, *, with_passwords):
    loader.load(*FILES)
    return []
