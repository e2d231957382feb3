"""Legal routes beyond one letter per broker: California's DROP and authorised agents.

* :mod:`optout.legal.drop`: a Californian files one deletion request with the state (the Delete
  Act's Delete Request and Opt-out Platform); optout records its reference, date and what the state
  shows per broker, and holds back letters to the brokers DROP covers.
* :mod:`optout.legal.agent`: an organisation acts as the person's authorised agent, with a signed
  authorisation kept sealed and attached to its letters.
"""
