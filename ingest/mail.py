"""An e-mail saved as a file (.eml: what Outlook's "Save as", Thunderbird and most mail
programs write): a press office's announcement, a minister's letter sent as mail.

The text is the subject as the title line, then the body (the plain part, else the HTML
part read as a web page is); who sent it and when are its publisher and date (the sent
date is the document's own, as a web page's "Published:" line is). Attachments of a type
the loaders read follow the body, each a page of its own under "Attachment: <name>";
others are named in a warning.
"""

from __future__ import annotations

import datetime
import email
import email.policy
import email.utils
import tempfile
from email.message import EmailMessage
from pathlib import Path

from ingest.loaded import Loaded, LoadError, decode_bytes, join_pages, read_bytes


def load_eml(path: Path) -> Loaded:
    message = email.message_from_bytes(read_bytes(path), policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not (message["From"] or message["Subject"]):
        raise LoadError(f"{path.name}: not an e-mail (no From or Subject header)")
    subject = " ".join(str(message["Subject"] or "").split())
    sender_name, _address = email.utils.parseaddr(str(message["From"] or ""))
    sent = _sent(message)
    # who sent it and when are the document's publisher and date, not its text: a "From:"
    # line read as prose named a person "Press Office Sent" on a probe record
    body, warnings = _body(message, path.name)
    pages = [f"{subject}\n\n{body}" if subject else body]
    pages += _attachments(message, path.name, warnings)
    text, starts = join_pages(pages)
    if not body.strip() and len(pages) == 1:
        raise LoadError(f"{path.name}: the e-mail has no text (empty body, no readable attachment)")
    return Loaded(
        text,
        starts,
        title=subject[:150],
        published=sent.date().isoformat() if sent else "",
        warnings=warnings,
        own_date=sent is not None,
        publisher=sender_name,
    )


def _sent(message: EmailMessage) -> datetime.datetime | None:
    """When the mail was sent, by its Date header (None for none or one not a date)."""
    try:
        return email.utils.parsedate_to_datetime(str(message["Date"])) if message["Date"] else None
    except (TypeError, ValueError):
        return None


def _body(message: EmailMessage, name: str) -> tuple[str, list[str]]:
    from ingest.webpage import html_to_text

    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return "", []
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return "", []
    charset = part.get_content_charset()
    try:
        text, warnings = (payload.decode(charset), []) if charset else decode_bytes(payload, name)
    except (LookupError, UnicodeDecodeError):
        text, warnings = decode_bytes(payload, name)
    if part.get_content_type() == "text/html":
        text = html_to_text(text)
    return text, warnings


def _attachments(message: EmailMessage, name: str, warnings: list[str]) -> list[str]:
    """The text of each attachment a loader reads, as pages; the rest named in warnings."""
    from ingest.loaders import LOADERS

    pages = []
    for part in message.iter_attachments():
        filename = part.get_filename() or ""
        suffix = Path(filename).suffix.lower()
        payload = part.get_payload(decode=True)
        if not filename or not isinstance(payload, bytes):
            continue
        if suffix not in LOADERS or suffix == ".eml":
            warnings.append(f"{name}: attachment {filename} not read (type not supported)")
            continue
        with tempfile.TemporaryDirectory() as folder:
            saved = Path(folder) / Path(filename).name
            saved.write_bytes(payload)
            try:
                loaded = LOADERS[suffix](saved)
            except LoadError as exc:
                warnings.append(f"{name}: attachment {exc}")
                continue
        if loaded.text.strip():
            pages.append(f"Attachment: {filename}\n\n{loaded.text}")
    return pages
