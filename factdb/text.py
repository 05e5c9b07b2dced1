"""How words and names are compared everywhere: lower case, ё read as е."""


def fold(text: str) -> str:
    """Lower-case and ё→е («Пётр» and «петр» are one name)."""
    return text.lower().replace("ё", "е")
