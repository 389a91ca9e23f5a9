"""The UI languages we ship, each in its own name so a person finds theirs."""

LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "bn": "বাংলা",
}
DEFAULT_LANGUAGE = "en"
