"""The dashboard's run page says when the mailbox could not be read (the command line's "mailbox not
read this time"), in English and Spanish: brokers' answers then wait for the next run. Before, the
page showed a run that ended well."""

from __future__ import annotations

import re

from optout.app import open_app
from optout.settings import Settings
from optout.web._views import build
from optout.web._staff import StaffBook

from .test_dashboard import PASSWORD, Dash


async def test_a_run_whose_mailbox_was_not_read_says_so_on_the_runs_page(tmp_path):
    missing = tmp_path / "no-such-maildir"  # a typo in the settings, a mount not up
    settings = Settings(data_dir=tmp_path / "data", mail={"maildir": str(missing)})
    async with open_app(settings, create=True) as app:
        StaffBook(settings.data_dir).add("ana", PASSWORD)
        dash = Dash(build(app, idle=600), app)
        try:
            await dash.login()
            r = await dash.post("/runs", data={"csrf": await dash.csrf("/runs")})
            assert r.status_code == 303, r.text
            run = dash.asgi.dashboard.run
            await run.task
            assert run.error is None and run.mail_problems, run
            es = (await dash.get("/runs", headers={"accept-language": "es"})).text
            line = re.search(r'<p class="error" id="mail-not-read".*?</p>', es, re.S).group(0)
            assert "Esta vez no se leyó el buzón" in line and "mail.maildir" in line, line
            en = (await dash.get("/runs", headers={"accept-language": "en"})).text
            assert "The mailbox was not read this time" in en
        finally:
            await dash.client.aclose()
