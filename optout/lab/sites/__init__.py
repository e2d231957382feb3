"""The fake brokers of the lab, one module each. ``build_sites`` makes one of each for a lab."""

from __future__ import annotations

from typing import TYPE_CHECKING

from optout.lab.sites.base import Site
from optout.lab.sites.clan import ClanBranch, ClanRoot
from optout.lab.sites.gatekeep import GateKeep
from optout.lab.sites.hostile import Hostile
from optout.lab.sites.idvault import IDVault
from optout.lab.sites.ledger import Ledger
from optout.lab.sites.mailonly import MAIL_BROKERS, MailBroker
from optout.lab.sites.peoplecheck import PeopleCheck
from optout.lab.sites.peoplefind import PeopleFind
from optout.lab.sites.phonebook import PhoneBook
from optout.lab.sites.quicklook import QuickLook
from optout.lab.sites.roster import Roster
from optout.lab.sites.searchly import Searchly
from optout.lab.sites.sink import Sink
from optout.lab.sites.truthy import Truthy

if TYPE_CHECKING:
    from optout.lab.server import Lab

__all__ = ["MailBroker", "Site", "Sink", "build_sites"]


def build_sites(lab: Lab) -> list[Site]:
    root = ClanRoot(lab)
    return [
        PeopleFind(lab), Searchly(lab), PeopleCheck(lab), IDVault(lab), PhoneBook(lab),
        QuickLook(lab), Truthy(lab), root, ClanBranch(lab, root), Roster(lab), GateKeep(lab), *(cls(lab) for cls in MAIL_BROKERS),
        Ledger(lab),  # no recipe in the project: newcomers write one (tests/test_newcomer.py)
        Hostile(lab),
    ]
