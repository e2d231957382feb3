"""A client removed at their request leaves no mail of theirs in the clinic's Maildir (t52): the
brokers' replies about their cases are deleted with their store rows and evidence, and another
client's are left alone; with an IMAP mailbox (the clinic's own account, which optout only reads)
the removal says what stays there, and where. English and Spanish. Real processes, the lab's SMTP
and its Maildir; no browser."""

from __future__ import annotations

import mailbox
import time

from optout.lab import LabThread
from optout.person import parse_person

from .leakscan import assert_no_leaks, scan_paths
from .test_clinic import cli, env  # noqa: F401  (the fixture)
from .test_run_due_mail import reply, two_clients_on_the_lab

BROKERS = ["mailonly", "mailsilent"]  # the first answers on its own; the second by hand, quoting the letter
GUERLINE = parse_person({"first_name": "Guerline", "last_name": "Saint-Fleur", "emails": ["g@example.org"],
                         "addresses": [{"city": "Los Angeles", "state": "CA"}]})
ABDUL = parse_person({"first_name": "Abdul Rahman", "last_name": "al-Hassan", "emails": ["a@example.org"],
                      "addresses": [{"city": "Anaheim", "state": "CA"}]})


def test_removing_a_client_deletes_their_brokers_mail_from_the_maildir_and_says_what_an_imap_box_keeps(env, tmp_path):  # noqa: F811
    with LabThread(seed=3, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        e = two_clients_on_the_lab(env, tmp_path, lab)
        brokers = [a for b in BROKERS for a in ("--broker", b)]
        sent = cli(e, "run", *brokers)
        assert sent.returncode == 0, sent.stderr
        end = time.monotonic() + 30
        while time.monotonic() < end and len(mailbox.Maildir(lab.maildir)) < 2:
            time.sleep(0.2)
        for name in ("Guerline Saint-Fleur", "Abdul Rahman al-Hassan"):
            reply(lab, name, f"Dear {name},\n\nWe have deleted your personal information.\n")
        assert len(mailbox.Maildir(lab.maildir)) == 4  # two answers for each client
        assert cli(e, "run", "--due", *brokers).returncode == 0  # the answers read (if the first run had not)
        # the replies name her, in clear, in the clinic's mailbox folder: what the removal must take
        assert {h.where for h in scan_paths([lab.maildir], [GUERLINE])}

        asked = cli(e, "person", "remove", "C-1", "--yes")
        assert asked.returncode == 0, asked.stderr
        assert "It also deletes 2 mails from brokers about them from the mailbox folder" in asked.stdout
        assert "deleted 2 mails from brokers about them from the mailbox folder" in asked.stdout
        assert "Saint-Fleur" not in asked.stdout + asked.stderr
        # nothing of hers in clear in the data directory or the mailbox folder; his mail untouched
        assert_no_leaks(scan_paths([tmp_path / "data", lab.maildir], [GUERLINE]))
        assert len(mailbox.Maildir(lab.maildir)) == 2
        assert scan_paths([lab.maildir], [ABDUL])

        # the clinic's own IMAP account: optout never deletes there, so it says what stays, and where
        imap = dict(e, OPTOUT_MAIL__MAILDIR="", OPTOUT_MAIL__IMAP__HOST="imap.clinic.example",
                    OPTOUT_MAIL__IMAP__FOLDER="Brokers", LANG="es_MX.UTF-8")
        kept = cli(imap, "person", "remove", "C-2", "--yes")
        assert kept.returncode == 0, kept.stderr
        assert ("2 correos de corredores sobre esta persona quedan en el buzón de la clínica (carpeta Brokers en "
                "imap.clinic.example): optout nunca borra correo allí. Bórrelos en el programa de correo: son de "
                "MailOnly") in kept.stdout, kept.stdout
        assert "se eliminaron de la carpeta" not in kept.stdout
        assert len(mailbox.Maildir(lab.maildir)) == 2  # left as the clinic keeps it
