"""The report's words in each language it is written in (English and Spanish).

One catalogue per language, keyed by a message id; a missing Spanish entry falls back to English
(and a test checks none is missing). Kept as data here rather than gettext ``.po`` files: the
report has a few dozen fixed phrases, and Jinja2 needs only a lookup function.
"""

from __future__ import annotations

EN: dict[str, str] = {
    "title": "Data broker removal report",
    "for": "For",
    "person_id": "Person id",
    "generated": "Generated",
    "summary": "Summary",
    "brokers_checked": "Brokers checked",
    "broker": "Broker",
    "outcome": "Outcome",
    "since": "Since",
    "found_on": "Found on",
    "removed_on": "Removal proven on",
    "confirmed_on": "Broker confirmed on",
    "reference": "Reference",
    "references": "Reference numbers",
    "none": "none",
    "channel": "Channel",
    "found_section": "What was found (before)",
    "listing": "Listing",
    "first_seen": "first seen",
    "last_seen": "last seen",
    "gone_since": "gone since",
    "confidence": "match confidence",
    "shown": "the broker showed",
    "before_shot": "The listing as first found",
    "after_section": "Proof of removal (after)",
    "after_shot": "The later search that no longer finds the listing",
    "still_shot": "A later search that still found the listing",
    "no_after": "No search has proven the removal yet.",
    "requests": "Requests",
    "request": "Request",
    "date": "Date",
    "status": "Status",
    "evidence": "Evidence",
    "answer_shot": "The broker's answer",
    "replies": "Replies from the broker",
    "letters": "Letters",
    "law": "Law",
    "sent_to": "Sent to",
    "deadline": "Legal deadline for an answer",
    "follow_up": "follow-up",
    "relisted": "Relisted on",
    "held": "Letters held back",
    "held_drop": "Held back: California's DROP covers this broker (DROP reference on file).",
    "acted_by": "Acting for the person",
    "acted_self": "the person (optout sent the requests on their behalf)",
    "agent_of": "authorised agent",
    "last_error": "Note",
    "contact": "Address for the broker's answers",
    "contact_clinic": "the clinic's contact address, as the client's authorised agent (the client gave no e-mail)",
    "history": "History",
    "missing": "Evidence files missing from the evidence folder",
    "no_listing": "No listing of this person was found.",
    "org_title": "Organisation summary",
    "people": "People",
    "person": "Person",
    "report_file": "Report",
    "total": "Total",
    "drop": "California DROP request",
    "drop_filed": "filed on",
    "fingerprint": "SHA-256 of the evidence file",
    "what_means": "What the outcomes mean",
    "meaning": ("“Removal proven” means a later search no longer found the listing; “confirmed” means the "
                "broker said so in writing or on its page; “request sent” means the broker has the request "
                "and nothing is proven yet; “not found” means we searched and recognised nobody (the note "
                "says what was searched and how many listings were seen); “needs information from you” "
                "means the broker needs a detail the client did not give: nothing failed. Nothing is "
                "reported that did not happen."),
    "field.name": "name",
    "field.age": "age",
    "field.locations": "addresses",
    "field.past_locations": "past addresses",
    "field.relatives": "relatives",
    "field.phones": "phone numbers",
    "field.emails": "e-mail addresses",
    # case states
    "state.new": "not checked yet",
    "state.not_found": "not found",
    "state.found": "found, request pending",
    "state.submitted": "request sent, waiting",
    "state.confirmed": "broker confirmed",
    "state.removed": "removal proven",
    "state.relisted": "relisted, request sent again",
    "state.needs_human": "needs a person",
    "state.failed": "failed",
    "state.needs_info": "needs information from you",
    "state.waiting_parent": "handled by its parent site",
    "state.held_drop": "covered by DROP",
    # request statuses
    "status.started": "started",
    "status.submitted": "sent",
    "status.confirmed": "confirmed",
    "status.failed": "failed",
    "status.needs_human": "needs a person",
}

ES: dict[str, str] = {
    "title": "Informe de eliminación de datos en corredores de datos",
    "for": "Para",
    "person_id": "Identificador de la persona",
    "generated": "Generado",
    "summary": "Resumen",
    "brokers_checked": "Corredores revisados",
    "broker": "Corredor de datos",
    "outcome": "Resultado",
    "since": "Desde",
    "found_on": "Encontrado el",
    "removed_on": "Eliminación comprobada el",
    "confirmed_on": "Confirmado por el corredor el",
    "reference": "Referencia",
    "references": "Números de referencia",
    "none": "ninguno",
    "channel": "Vía",
    "found_section": "Lo que se encontró (antes)",
    "listing": "Ficha",
    "first_seen": "vista por primera vez",
    "last_seen": "vista por última vez",
    "gone_since": "desaparecida desde",
    "confidence": "confianza de la coincidencia",
    "shown": "el corredor mostraba",
    "before_shot": "La ficha tal como se encontró",
    "after_section": "Prueba de la eliminación (después)",
    "after_shot": "La búsqueda posterior que ya no encuentra la ficha",
    "still_shot": "Una búsqueda posterior que aún encontró la ficha",
    "no_after": "Ninguna búsqueda ha comprobado todavía la eliminación.",
    "requests": "Solicitudes",
    "request": "Solicitud",
    "date": "Fecha",
    "status": "Estado",
    "evidence": "Pruebas",
    "answer_shot": "La respuesta del corredor",
    "replies": "Respuestas del corredor",
    "letters": "Cartas",
    "law": "Ley",
    "sent_to": "Enviada a",
    "deadline": "Plazo legal de respuesta",
    "follow_up": "recordatorio",
    "relisted": "Volvió a aparecer el",
    "held": "Cartas retenidas",
    "held_drop": "Retenida: el DROP de California cubre a este corredor (hay una referencia DROP).",
    "acted_by": "Actuó en nombre de la persona",
    "acted_self": "la propia persona (optout envió las solicitudes en su nombre)",
    "agent_of": "agente autorizado",
    "last_error": "Nota",
    "contact": "Dirección para las respuestas del broker",
    "contact_clinic": "la dirección de contacto de la clínica, como agente autorizado de la persona (la persona no dio correo)",
    "history": "Historial",
    "missing": "Archivos de prueba que faltan en la carpeta de pruebas",
    "no_listing": "No se encontró ninguna ficha de esta persona.",
    "org_title": "Resumen de la organización",
    "people": "Personas",
    "person": "Persona",
    "report_file": "Informe",
    "total": "Total",
    "drop": "Solicitud DROP de California",
    "drop_filed": "presentada el",
    "fingerprint": "SHA-256 del archivo de prueba",
    "what_means": "Qué significan los resultados",
    "meaning": ("«Eliminación comprobada» significa que una búsqueda posterior ya no encontró la ficha; "
                "«confirmado» significa que el corredor lo dijo por escrito o en su página; «no encontrado» "
                "significa que buscamos y no reconocimos a nadie (la nota dice qué se buscó y cuántas fichas "
                "se vieron); «solicitud enviada» significa que el corredor tiene la solicitud y aún no hay "
                "nada comprobado; «necesita información suya» significa que el corredor pide un dato que la "
                "persona no dio: nada falló. No se informa nada que no haya ocurrido."),
    "field.name": "nombre",
    "field.age": "edad",
    "field.locations": "direcciones",
    "field.past_locations": "direcciones anteriores",
    "field.relatives": "familiares",
    "field.phones": "teléfonos",
    "field.emails": "correos electrónicos",
    "state.new": "aún sin revisar",
    "state.not_found": "no encontrado",
    "state.found": "encontrado, solicitud pendiente",
    "state.submitted": "solicitud enviada, en espera",
    "state.confirmed": "confirmado por el corredor",
    "state.removed": "eliminación comprobada",
    "state.relisted": "volvió a aparecer, solicitud reenviada",
    "state.needs_human": "requiere a una persona",
    "state.failed": "falló",
    "state.needs_info": "necesita información suya",
    "state.waiting_parent": "lo gestiona su sitio principal",
    "state.held_drop": "cubierto por DROP",
    "status.started": "iniciada",
    "status.submitted": "enviada",
    "status.confirmed": "confirmada",
    "status.failed": "falló",
    "status.needs_human": "requiere a una persona",
}

CATALOGUES: dict[str, dict[str, str]] = {"en": EN, "es": ES}
LANGUAGES = tuple(CATALOGUES)


def pick_language(wanted: str | None) -> str:
    """``"es-MX"`` → ``"es"``; an unknown or missing language → ``"en"``."""
    base = (wanted or "en").split("-")[0].split("_")[0].lower()
    return base if base in CATALOGUES else "en"


def translator(lang: str):  # type: ignore[no-untyped-def]
    cat = CATALOGUES[pick_language(lang)]

    def t(msg_id: str) -> str:
        return cat.get(msg_id) or EN.get(msg_id) or msg_id

    return t
