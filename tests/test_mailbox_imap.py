"""The IMAP reader against real servers: the lab's aiosmtpd delivers into a Maildir, dovecot serves it.

Proves: fetching what aiosmtpd delivered, IDLE waking on new mail, the polling fallback, handled
marks that survive a reconnect (IMAP keyword, and the local record), a refused login, and the
runner's ``MailSource`` over IMAP.
"""

from __future__ import annotations

import asyncio
import smtplib
from email.message import EmailMessage
from email.utils import make_msgid

import pytest

from optout.errors import ConfigError, NeedsHuman
from optout.mail import ImapMailSource

ME = "alex.optout@example.org"


def letter(subject: str, body: str = "Hello.\n", sender: str = "privacy@broker.example") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ME
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain="broker.example")
    msg.set_content(body)
    return msg


async def smtp_send(lab, msg: EmailMessage) -> None:
    def send() -> None:
        with smtplib.SMTP("127.0.0.1", lab.smtp_port, timeout=10) as smtp:
            smtp.send_message(msg)

    await asyncio.to_thread(send)


async def until(condition, what: str, timeout: float = 20) -> None:
    """Wait for a condition (never a fixed sleep), failing with ``what``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def test_fetch_mail_delivered_by_aiosmtpd_and_mark_it_handled(mail_lab, imap_box):
    for n in range(3):
        await smtp_send(mail_lab, letter(f"Reply {n}", f"Body {n}: https://broker.example/r/{n}\n"))
    async with imap_box() as box:
        assert box.uses_keyword and "IDLE" in box.capabilities
        got = await box.fetch_new()
        assert sorted(m.subject for m in got) == ["Reply 0", "Reply 1", "Reply 2"]
        first = next(m for m in got if m.subject == "Reply 0")
        assert first.to == [ME] and first.from_domain == "broker.example" and first.uid is not None
        assert first.links == ["https://broker.example/r/0"] and first.problems == []
        assert first.raw.startswith(b"Return-Path:")  # the Maildir copy, as delivered
        assert await box.fetch_new() == []  # not returned twice by the same reader
        await box.mark_handled(first)
        again = await box.fetch_new(again=True)
        assert sorted(m.subject for m in again) == ["Reply 1", "Reply 2"]

    async with imap_box() as box:  # a new connection: the mark is in the mailbox
        assert sorted(m.subject for m in await box.fetch_new()) == ["Reply 1", "Reply 2"]


async def test_local_record_survives_a_reconnect(mail_lab, imap_box, tmp_path):
    await smtp_send(mail_lab, letter("One"))
    await smtp_send(mail_lab, letter("Two"))
    async with imap_box(keyword=None) as box:
        assert not box.uses_keyword
        one = next(m for m in await box.fetch_new() if m.subject == "One")
        await box.mark_handled(one)
    assert (tmp_path / "imap-handled.json").is_file()
    async with imap_box(keyword=None) as box:
        assert [m.subject for m in await box.fetch_new()] == ["Two"]
    async with imap_box(keyword=None, state_path=tmp_path / "elsewhere.json") as box:
        assert sorted(m.subject for m in await box.fetch_new()) == ["One", "Two"]  # the record was the file


async def test_idle_wakes_on_new_mail(mail_lab, imap_box):
    async with imap_box() as box:
        assert box.uses_idle
        assert await box.fetch_new() == []
        waiting = asyncio.create_task(box.wait(120))
        await until(lambda: box.idling, "the IDLE command to start")
        await smtp_send(mail_lab, letter("Wake up"))
        assert await waiting is True
        assert box.last_wake == "push"
        assert [m.subject for m in await box.fetch_new()] == ["Wake up"]
        assert not box.idling
        # and IDLE ends at its timeout when nothing comes
        assert await box.wait(0.5) is False and box.last_wake == "timeout"
        assert await box.fetch_new() == []  # the connection is usable after DONE


async def test_polling_when_idle_is_not_used(mail_lab, imap_box):
    async with imap_box(use_idle=False, poll_interval=0.1) as box:
        assert not box.uses_idle
        assert await box.wait(0.3) is False and box.last_wake == "timeout"
        waiting = asyncio.create_task(box.wait(120))
        polls = box.polls
        await until(lambda: box.polls > polls, "the first poll (which finds nothing)")
        await smtp_send(mail_lab, letter("Polled"))
        assert await waiting is True and box.last_wake == "poll"
        assert [m.subject for m in await box.fetch_new()] == ["Polled"]


async def test_a_refused_login_names_the_settings_not_the_secret(dovecot, imap_box):
    box = imap_box(password="wrong-password-123")
    with pytest.raises(ConfigError) as e:
        await box.open()
    assert "mail.imap.password" in str(e.value) and "wrong-password-123" not in str(e.value)
    assert dovecot.user not in str(e.value)


async def test_mail_source_over_imap_gives_the_link_to_the_right_waiter(mail_lab, imap_box):
    source = ImapMailSource(imap_box(), slice_seconds=2)
    try:
        wait = dict(domains=["peoplefind.lab.test"], subject_contains="Confirm", link_pattern=r"/verify\?",
                    timeout=60, not_before=0)
        other = "blake@example.org"
        a = asyncio.create_task(source.wait_for_link(to=ME, **wait))
        b = asyncio.create_task(source.wait_for_link(to=other, **wait))
        for to, token in ((other, "bbb"), (ME, "aaa")):
            msg = letter("Confirm your request", f"Open http://peoplefind.lab.test/verify?token={token}\n",
                         sender="PeopleFind <noreply@peoplefind.lab.test>")
            msg.replace_header("To", to)
            await smtp_send(mail_lab, msg)
        (link_a, raw_a), (link_b, _) = await asyncio.gather(a, b)
        assert link_a.endswith("token=aaa") and link_b.endswith("token=bbb")
        assert b"token=aaa" in raw_a
        # taken mail is marked handled in the mailbox
        assert await source.box.fetch_new(again=True) == []
        with pytest.raises(NeedsHuman):
            await source.wait_for_link(to=ME, **{**wait, "timeout": 0.5})
    finally:
        await source.close()


async def test_malformed_mail_is_recorded_and_skipped(mail_lab, imap_box):
    """Broken mail in the mailbox never stops the reader: each is recorded with its problem, and
    the good mail after them is still found."""
    import mailbox
    import os

    big = os.urandom(30 * 1024 * 1024)
    broken = {
        "no body": b"From: a@peoplefind.lab.test\r\nTo: " + ME.encode() + b"\r\nSubject: empty\r\n\r\n",
        "broken MIME": b"From: a@peoplefind.lab.test\r\nContent-Type: multipart/mixed; boundary=\"X\"\r\n\r\n"
                       b"--X\r\nContent-Type: text/plain\r\n\r\nunterminated\r\n",
        "bad charset": b"From: a@peoplefind.lab.test\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\n\xff\xfe\r\n",
        "huge attachment": b"From: a@peoplefind.lab.test\r\nSubject: big\r\nContent-Type: multipart/mixed; boundary=Z\r\n\r\n"
                           b"--Z\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--Z\r\n"
                           b"Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                           + __import__("base64").encodebytes(big) + b"--Z--\r\n",
        "HTML-only with tracking": b"From: news@peoplefind.lab.test\r\nTo: " + ME.encode() + b"\r\n"
                                   b"Content-Type: text/html\r\n\r\n<p>Hi<img src=\"http://t.example/o.gif\">"
                                   b"<a href=\"http://t.example/c?u=http%3A%2F%2Fpeoplefind.lab.test\">x</a>",
        "binary junk": os.urandom(5000).replace(b"\n", b"") + b"\r\n",
        "missing headers": b"\r\n\r\nbody only, not a header in sight\r\n",
    }
    box_dir = mailbox.Maildir(mail_lab.maildir)
    for raw in broken.values():
        box_dir.add(raw)
    good = letter("Confirm your PeopleFind removal request", "http://peoplefind.lab.test/verify?token=ok\n",
                  sender="PeopleFind <noreply@peoplefind.lab.test>")
    await smtp_send(mail_lab, good)

    source = ImapMailSource(imap_box(max_bytes=1024 * 1024), slice_seconds=2)
    try:
        link, raw = await source.wait_for_link(to=ME, domains=["peoplefind.lab.test"], subject_contains="Confirm",
                                               link_pattern=None, timeout=60, not_before=0)
        assert link == "http://peoplefind.lab.test/verify?token=ok"
        problems = [p for _, p in source.box.problems]
        assert "no readable body" in problems
        assert "broken MIME: close boundary not found" in problems
        assert "unknown charset: read as UTF-8" in problems
        assert any("over the 1048576-byte limit: only the start was fetched" in p for p in problems)
        assert "no headers" in problems
        uids = {uid for uid, _ in source.box.problems}
        assert len(uids) >= 5  # one entry per broken message at least (the HTML one has no problem)
    finally:
        await source.close()


@pytest.mark.parametrize("tls", ["starttls", "ssl"])
async def test_tls_modes(mail_lab, imap_box, dovecot, tls):
    import ssl

    await smtp_send(mail_lab, letter(f"Over {tls}"))
    trust = ssl.create_default_context(cafile=str(dovecot.cert))
    port = dovecot.imaps_port if tls == "ssl" else dovecot.port
    async with imap_box(tls=tls, port=port, ssl_context=trust) as box:
        assert [m.subject for m in await box.fetch_new()] == [f"Over {tls}"]
    with pytest.raises(ConfigError, match="TLS with the IMAP server"):  # an untrusted certificate is refused
        await imap_box(tls=tls, port=port).open()


async def test_a_folder_with_a_non_ascii_name_is_read(mail_lab, dovecot, imap_box):
    """A Spanish-speaking volunteer's rule files replies into "Solicitudes de eliminación": the
    name travels in modified UTF-7 (RFC 3501 §5.1.3), and the mail in it is read."""
    from imapclient import IMAPClient

    folder = "Solicitudes de eliminación · Respuestas ü"

    def put() -> None:
        with IMAPClient(dovecot.host, dovecot.port, ssl=False) as c:
            c.login(dovecot.user, dovecot.password)
            if not c.folder_exists(folder):
                c.create_folder(folder)
            c.append(folder, bytes(letter("Re: Solicitud de eliminación [OPT-7K2Q9X]")))

    await asyncio.to_thread(put)
    async with imap_box(folder=folder) as box:
        assert [m.subject for m in await box.fetch_new()] == ["Re: Solicitud de eliminación [OPT-7K2Q9X]"]


@pytest.mark.parametrize("folder", ["No Such Folder", "Solicitudes de eliminación (vieja)", 'bad"quote\\'])
async def test_a_bad_folder_name_is_one_line_naming_the_setting(dovecot, imap_box, folder):
    with pytest.raises(ConfigError) as e:
        await imap_box(folder=folder).open()
    message = str(e.value)
    assert message.startswith("mail.imap.folder:") and "\n" not in message and folder in message


async def test_a_folder_the_server_cannot_open_is_not_called_missing(dovecot, imap_box):
    """The trial served a Maildir dovecot's user could not enter: optout said the server "has no
    folder 'INBOX'", sending the volunteer to fix a name that was right."""
    import os
    from imapclient import IMAPClient

    folder = "Respuestas cerradas"

    def make() -> None:
        with IMAPClient(dovecot.host, dovecot.port, ssl=False) as c:
            c.login(dovecot.user, dovecot.password)
            if not c.folder_exists(folder):
                c.create_folder(folder)

    await asyncio.to_thread(make)
    path = dovecot.maildir / f".{folder}"
    assert path.is_dir()
    mode = path.stat().st_mode
    os.chmod(path, 0)  # dovecot's user may list it, not enter it
    try:
        if os.access(path, os.X_OK) and os.geteuid() != 0:
            pytest.skip("this user can enter a folder with mode 000")
        with pytest.raises(ConfigError) as e:
            await imap_box(folder=folder).open()
    finally:
        os.chmod(path, mode)
    message = str(e.value)
    assert message.startswith(f"mail.imap.folder: the IMAP server {dovecot.host}:{dovecot.port} has the folder "
                              f"'{folder}' but could not open it"), message
    assert "no folder" not in message and "\n" not in message
