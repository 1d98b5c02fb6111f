"""quizgen: turn articles into study material (Anki decks, printable quizzes, JSON)."""

__version__ = "0.1.0"
