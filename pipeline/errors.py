"""Named errors. Each message says what went wrong and, where it can, what to do next."""


class TrexError(Exception):
    """Base class for errors that trex reports to the user instead of a traceback."""


class UnsupportedFormat(TrexError):
    """The file's type is not one trex reads."""


class DocumentReadError(TrexError):
    """A document could not be read; the message names the reason."""


class ModelNotFound(TrexError):
    """The configured spaCy pipeline is not installed."""
