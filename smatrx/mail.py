"""Outgoing mail: SMTP when MAIL_SERVER is set; otherwise the message goes to the
application log, which is how the zero-config run shows its verification links."""

from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import make_msgid

from flask import current_app

logger = logging.getLogger(__name__)


def send_mail(to: str, subject: str, body: str) -> bool:
    """Send a plain-text mail; True when it was handed to the server (or logged).

    Failures are logged (without the body, which may hold a link) and reported as False:
    the person's request still succeeds and they can ask again.
    """
    config = current_app.config
    message = EmailMessage()
    message["From"] = config["MAIL_FROM"]
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain="smatrx")
    message.set_content(body)

    if not config["MAIL_SERVER"]:
        logger.info("No MAIL_SERVER configured; mail to %s:\nSubject: %s\n\n%s", to, subject, body)
        return True
    try:
        timeout = config["MAIL_TIMEOUT_SECONDS"]
        if config["MAIL_USE_SSL"]:
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                config["MAIL_SERVER"],
                config["MAIL_PORT"],
                timeout=timeout,
                context=ssl.create_default_context(),
            )
        else:
            client = smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=timeout)
        with client:
            if config["MAIL_USE_TLS"] and not config["MAIL_USE_SSL"]:
                client.starttls(context=ssl.create_default_context())
            if config["MAIL_USERNAME"]:
                client.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
            client.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        logger.error("could not send mail %r to %s: %s", subject, to, type(exc).__name__)
        return False
    return True
