"""`optout run --due` (cron, a systemd timer) says what it did with brokers' answers: a pass whose
only news is a broker's reply (a confirmation, a refusal that now waits for a person) must not read
"0 cases processed" and nothing else, in the line cron mails or in --json; a mailbox that cannot
be read is one line, not one per read, and exit 69. Real processes, the lab's SMTP and its Maildir; no browser."""

from __future__ import annotations

import json
import mailbox
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from optout.lab import LabThread

from .test_clinic import cli, env  # noqa: F401  (the fixture)


def reply(lab: LabThread, name: str, text: str) -> None:
    """The MailSilent broker answers the letter signed ``name`` by hand, in its thread, into the Maildir."""
    [letter] = [r for r in lab.mail_log()["mailsilent"]["received"] if r["body"].rstrip().endswith(name)]
    m = EmailMessage()
    m["From"], m["To"] = "Privacy <privacy@mailsilent.lab.test>", letter["sender"]
    m["Subject"] = "Re: " + letter["subject"]
    m["Message-ID"] = make_msgid(domain="mailsilent.lab.test")
    m["In-Reply-To"] = m["References"] = letter["message_id"]
    m["Date"] = formatdate()
    m.set_content(text)
    mailbox.Maildir(lab.maildir).add(m)


def two_clients_on_the_lab(env: dict[str, str], tmp_path, lab: LabThread) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The environment of an optout that sends letters through the lab's SMTP server and reads the
    answers from its Maildir, with two clients imported: C-1 Guerline Saint-Fleur, C-2 Abdul Rahman al-Hassan."""
    e = dict(env, OPTOUT_LAB_URL=lab.url, OPTOUT_MAIL__SMTP_HOST="127.0.0.1",
             OPTOUT_MAIL__SMTP_PORT=str(lab.smtp_port), OPTOUT_MAIL__SMTP_SECURITY="none",
             OPTOUT_MAIL__FROM_ADDRESS="desk@clinic.example", OPTOUT_MAIL__BROKER_SPACING="0s",
             OPTOUT_MAIL__MAILDIR=str(lab.maildir), LANG="C.UTF-8")
    f = tmp_path / "two.csv"
    f.write_text("label,first_name,last_name,city,state,emails\n"
                 "C-1,Guerline,Saint-Fleur,Los Angeles,CA,g@example.org\n"
                 "C-2,Abdul Rahman,al-Hassan,Anaheim,CA,a@example.org\n", encoding="utf-8")
    assert cli(e, "person", "import", str(f)).returncode == 0
    return e


def test_a_due_pass_reports_the_answers_it_acted_on(env, tmp_path):  # noqa: F811
    with LabThread(seed=3, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        e = two_clients_on_the_lab(env, tmp_path, lab)
        sent = cli(e, "run", "--broker", "mailsilent")
        assert sent.returncode == 0, sent.stderr
        assert len(lab.mail_log()["mailsilent"]["received"]) == 2

        reply(lab, "Guerline Saint-Fleur", "Hello,\n\nWe have deleted your personal information and removed your profile.\n")
        text = cli(e, "run", "--due", "--broker", "mailsilent")
        assert text.returncode == 0, text.stderr
        assert text.stdout == "optout run --due: 0 cases processed; mailbox: 1 confirmed; next work due in 45d\n", text.stdout

        reply(lab, "Abdul Rahman al-Hassan", "Hello,\n\nWe cannot honour your request and will not delete your information.\n")
        out = cli(e, "run", "--due", "--json", "--broker", "mailsilent")
        assert out.returncode == 0, out.stderr
        doc = json.loads(out.stdout)
        assert doc.pop("next_at")  # when the next work is due (x46)
        assert doc.pop("next_held") is False  # and no other run holds it (x48)
        assert doc == {"processed": 0, "by_state": {}, "deferred": 0, "handed_back": 0,
                       "mail": {"refused": 1}, "rechecks": {"newly_removed": 0, "still_removed": 0, "relisted": 0, "still_listed": 0}}

        nothing = json.loads(cli(e, "run", "--due", "--json", "--broker", "mailsilent").stdout)
        assert nothing["mail"] == {} and "mail_not_read" not in nothing

        # the mailbox is down: one line on stderr (it is tried before and after the pass), and
        # --json says it was not read rather than "no answers"
        down = dict(e, OPTOUT_MAIL__IMAP__HOST="127.0.0.1", OPTOUT_MAIL__IMAP__PORT="1",
                    OPTOUT_MAIL__IMAP__TLS="none", OPTOUT_MAIL__IMAP__USER="desk",
                    OPTOUT_MAIL__IMAP__PASSWORD="not-a-real-one")
        r = cli(down, "run", "--due", "--json", "--broker", "mailsilent")
        assert r.stderr.count("mailbox not read this time") == 1, r.stderr
        # the pass is done and recorded, but never reading the answers is a fault cron must mail
        # and a systemd timer must show (docs/EXIT_CODES.md: 69, a service that does not answer)
        assert r.returncode == 69, r.stderr
        assert "not-a-real-one" not in r.stderr + r.stdout
        assert "127.0.0.1:1" in json.loads(r.stdout)["mail_not_read"]
