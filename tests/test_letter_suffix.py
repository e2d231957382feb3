"""A letter names a client with the generational suffix they use: "José Luis Ramírez Jr", whose
father "José Luis Ramírez Sr" may be in the same broker's files, must not be asked for as a bare
"José Luis Ramírez" (the broker could delete, or keep, the wrong man's record). Real processes, the
lab's SMTP and its record of what each e-mail broker received; no browser."""

from __future__ import annotations

from optout.lab import LabThread

from .test_clinic import cli, env  # noqa: F401  (the fixture)


def test_the_letter_names_the_client_with_his_suffix(env, tmp_path):  # noqa: F811
    with LabThread(seed=3, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        e = dict(env, OPTOUT_LAB_URL=lab.url, OPTOUT_MAIL__SMTP_HOST="127.0.0.1",
                 OPTOUT_MAIL__SMTP_PORT=str(lab.smtp_port), OPTOUT_MAIL__SMTP_SECURITY="none",
                 OPTOUT_MAIL__FROM_ADDRESS="desk@clinic.example", OPTOUT_MAIL__BROKER_SPACING="0s",
                 OPTOUT_MAIL__MAILDIR=str(lab.maildir), LANG="C.UTF-8")
        f = tmp_path / "jr.csv"
        # "Ramírez Jr" in last_name, as a sheet writes it, and a suffix column: both read as Jr
        f.write_text("label,first_name,last_name,suffix,city,state,emails,relatives\n"
                     "C-6,José Luis,Ramírez Jr,,Portland,OR,j@example.org,José Luis Ramírez Sr\n"
                     "C-7,Wei,Zhang,II,Sioux City,IA,w@example.org,\n"
                     "C-8,Aung,Aung,,Des Moines,IA,a@example.org,\n"
                     "C-9,Zarghuna,,,Sacramento,CA,z@example.org,\n", encoding="utf-8")
        assert cli(e, "person", "import", str(f)).returncode == 0
        r = cli(e, "run", "--broker", "mailsilent")
        assert r.returncode == 0, r.stderr
        got = {m["body"].rstrip().splitlines()[-1]: m for m in lab.mail_log()["mailsilent"]["received"]}
        assert set(got) == {"José Luis Ramírez Jr", "Wei Zhang II", "Aung Aung", "Zarghuna"}, set(got)
        jr = got["José Luis Ramírez Jr"]
        assert "Full name: José Luis Ramírez Jr\r\n" in jr["body"]
        assert jr["from"].startswith("José Luis Ramírez Jr <")
        assert "Full name: Aung Aung\r\n" in got["Aung Aung"]["body"]  # no suffix: the name as given
        # a one-part name, entered once: named once, in the details and the signature (trial 23)
        assert "Full name: Zarghuna\r\n" in got["Zarghuna"]["body"] and "Zarghuna Zarghuna" not in got["Zarghuna"]["body"]
