"""The broker lab: small fake data-broker websites served locally, for tests, the demo and benchmarks.

See ``optout/lab/README.md`` for every broker's URLs and markup. In short::

    async with Lab(seed=1, failure_rate=0, data_dir=tmp) as lab:
        lab.seed_people([("alex", person)])
        async with httpx.AsyncClient(proxy=lab.url) as client:
            await client.get("http://peoplefind.lab.test/search?first=Alex&last=Rivera")
"""

from optout.lab.server import Lab, LabThread, serve_forever

__all__ = ["Lab", "LabThread", "serve_forever"]
