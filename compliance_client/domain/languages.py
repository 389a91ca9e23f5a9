"""The UI languages we ship, each in its own name so a person finds theirs, and the ones
written right to left (the whole window is mirrored for them)."""

LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "bn": "বাংলা",
    "ar": "العربية",
}
DEFAULT_LANGUAGE = "en"

#: Languages laid out right to left.
RIGHT_TO_LEFT = frozenset({"ar"})
