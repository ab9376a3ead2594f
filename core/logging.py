"""Logging helpers for the settings' LOGGING."""

import logging


class WithoutTraceback(logging.Filter):
    """Keep the message, drop the traceback: for expected refusals (a request with a Host
    header that is not ours is answered 400; its stack says nothing)."""

    def filter(self, record):
        record.exc_info = None
        record.exc_text = None
        return True
