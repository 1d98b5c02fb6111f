"""The exceptions quizgen raises on purpose; the CLI turns each into one `Error: ...` line."""


class QuizgenError(Exception):
    """Base class: a problem the user can fix, with a message that says how."""


class ArticleError(QuizgenError):
    """The article cannot be read or has nothing to quiz."""


class ModelNotInstalledError(QuizgenError):
    """No English spaCy pipeline is installed."""


class OutputError(QuizgenError):
    """An output file cannot be written where asked."""


class NoFactsError(QuizgenError):
    """The article yields no facts to ask about."""
