"""What `propexo`'s own packages (`cli`) use of `propexo.journal` beyond its public names:
for propexo's own packages only, with no compatibility promise."""

from ._submission import journal_file

__all__ = ["journal_file"]
