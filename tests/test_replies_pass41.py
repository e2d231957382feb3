"""Reply pass 41 (branch r41, 2026-12-03): set X retired, its misses read as classes, each fixed where the class lives
(``optout/mail/_classify.py``, "set X retired (branch r41)"). Every reply below is worded by us (none of set X's own
sentences), beside near misses in the same words that must keep their reading.

A. A removal done beside a copy the broker does not keep that may lag (a search engine's, a cache's, a content
   network's) or beside a relisting warning under a condition: confirmed (it was unsure); the broker's own site still
   showing it stays unsure.
B. The outcome said with a negation that is the outcome ("now returns 'not found'", "will not be licensed again").
C. Spanish "se" before a preterite ("ya se hizo") is no condition; "si" stays one.
D. Chinese "已於 <date> 刪除" is a deletion done; "將於 <date> 刪除" is not.
E. Someone else's, a relative's, one of several listings, a sister site left, a removal put back, in Vietnamese,
   Tagalog, Arabic, Ukrainian, Russian, Polish, Haitian Creole, Chinese and Korean: unsure; "cannot be restored" stays
   a removal.
F. Refusals on the merits: a removal only for a fee (reason ``fee``), third parties' requests not accepted, "not a data
   broker", public records not deleted, in the languages that write them.
G. "Send us the listing's URL" after "that profile is someone else's" or "several people have that name": needs_info.
H. A records team's answer forwarded whole by the broker's privacy desk, which says so: read.
I. A receipt under another name (a ticket "Solved" over a queue or a hand-off, a removal promised within a time in the
   languages read in part or Spanglish, a removal put on a date in an automatic mail): acknowledged.
J. "No record" for the client beside someone else's listing removed (a namesake's, a former occupant's): unsure.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from optout.mail._classify import classify
from optout.mail._parse import parse

from .test_replies_r32 import raw_mail

NOT_CONFIRMED = "not confirmed"
EN, ES, PT, FR = "Hello,\n\n{}\n\nPrivacy Team", "Hola:\n\n{}\n\nPrivacidad", "Olá,\n\n{}\n\nPrivacidade", "Bonjour,\n\n{}\n\nConfidentialité"
HT, VI, TL, ZH = "Bonjou,\n\n{}\n\nEkip vi prive", "Xin chào,\n\n{}\n\nBộ phận hỗ trợ", "Hi po,\n\n{}\n\nSupport team", "您好:\n\n{}\n\n隐私团队"
KO, AR, UK, RU, PL = "안녕하세요.\n\n{}\n\n지원팀", "مرحبا،\n\n{}\n\nفريق الدعم", "Добрий день!\n\n{}\n\nПідтримка", "Здравствуйте!\n\n{}\n\nПоддержка", "Dzień dobry,\n\n{}\n\nZespół"

# (class, greeting, words, the reading they must have: a kind, or NOT_CONFIRMED)
CASES = [
    # A. a third party's lagging copy, or a relisting warning under a condition, beside a removal done
    ("A", EN, "We deleted her listing on the 4th. Should Bing still show it, that is a stale copy that goes away once Bing "
              "crawls us again.", "confirmed"),
    ("A", EN, "Her profile has been taken down. If Google still shows it, that is a cached copy that should clear within a "
              "few days.", "confirmed"),
    ("A", EN, "We erased the record yesterday. Because our pages sit behind a CDN, the old page can load for up to 48 hours.",
     "confirmed"),  # already read before this pass (no "still"): kept
    ("A", EN, "Your client's listing has been deleted. If her details still appear in public sources later, a new listing "
              "may be created.", "confirmed"),
    ("A", ES, "Eliminamos el perfil de su clienta el lunes. Si todavía aparece en Google, es una copia antigua que "
              "desaparecerá en unos días.", "confirmed"),
    ("A", ES, "La ficha de su representada fue eliminada. Si sus datos siguen en registros públicos, podría crearse un "
              "perfil nuevo más adelante.", "confirmed"),
    ("A", ZH, "我们已将您客户的页面删除。搜索引擎的缓存可能几天内仍显示旧页面。", "confirmed"),
    ("A", EN, "We deleted her listing. It still shows on our site for a few days until the cache clears.", NOT_CONFIRMED),
    ("A", EN, "We removed her phone number. Her profile is still published on our site; Google may show an old copy.",
     NOT_CONFIRMED),
    ("A", EN, "We deleted her listing. Her profile for the old address has not been removed.", "unsure"),
    # B. the outcome said by a negation
    ("B", EN, "All done: the listing was deleted and its page now returns \"not found\".", "confirmed"),
    ("B", EN, "Your client's data has been deleted from our files and will not be licensed again.", "confirmed"),
    ("B", ES, "Borramos la ficha de su clienta y no se volverá a vender.", "confirmed"),
    ("B", EN, "The page now returns \"not found\", but the record has not been deleted.", NOT_CONFIRMED),
    # C. Spanish "se" before a preterite
    ("C", ES, "Esto ya se hizo la semana pasada: quitamos la ficha y borramos el registro de la base.", "confirmed"),
    ("C", ES, "Si nos confirma el domicilio, quitamos la ficha y borramos el registro de la base.", NOT_CONFIRMED),
    # D. Chinese "已於 <date> 刪除"
    ("D", ZH, "我們已於12月1日刪除您客戶的資料頁。", "confirmed"),
    ("D", ZH, "我們將於12月9日刪除您客戶的資料頁。", NOT_CONFIRMED),
    # E. someone else's, a relative's, one of several, a sister site, a removal put back (languages read in part)
    ("E", VI, "Chúng tôi đã xóa hồ sơ của anh trai thân chủ quý vị.", "unsure"),
    ("E", VI, "Chúng tôi đã xóa hồ sơ của một người khác trùng tên, sống ở Houston.", "unsure"),
    ("E", TL, "Isang profile lang ang nakita namin, ng ibang tao na taga-Fresno. Inalis na namin ang profile na iyon.", "unsure"),
    ("E", AR, "حذفنا الملف الشخصي لوالدة موكلتكم من موقعنا.", "unsure"),
    ("E", UK, "Ми знайшли профіль людини з таким самим ім'ям, 58 років. Цей профіль видалено.", "unsure"),
    ("E", RU, "Мы нашли профиль человека с таким же именем из Бостона. Этот профиль удален.", "unsure"),
    ("E", PL, "Usunęliśmy profil innej osoby o tym samym imieniu z Detroit.", "unsure"),
    ("E", HT, "Nou te retire fich la 3 desanm, men nou remet fich la apre yon plent.", "unsure"),
    ("E", ZH, "我们之前删除了该资料页。由于操作失误,资料已经恢复,我们正在重新审核。", "unsure"),
    ("E", KO, "프로필 두 개 중 주소가 일치하는 하나만 삭제했습니다. 다른 하나는 다른 사람의 것이라 그대로 두었습니다.", "unsure"),
    ("E", KO, "저희 사이트에서는 기록을 삭제했습니다. 다만 제휴 사이트는 독립적으로 운영되므로 이번 요청이 적용되지 않습니다.", "unsure"),
    ("E", VI, "Chúng tôi đã xóa hồ sơ của thân chủ quý vị. Dữ liệu không thể khôi phục.", "confirmed"),
    ("E", KO, "고객님의 개인정보를 삭제했으며 복구할 수 없도록 조치했습니다.", "confirmed"),
    # F. refusals on the merits
    ("F", EN, "Removal by e-mail is a paid service at $19 per record. We won't process the request without payment.", "refused"),
    ("F", ES, "La baja por correo tiene un costo de 15 dólares. No procesaremos la solicitud sin el pago.", "refused"),
    ("F", TL, "May bayad na $20 ang removal sa email. Hindi namin ipoproseso ang request hangga't walang bayad.", "refused"),
    ("F", EN, "Removal is free of charge. We have deleted your client's profile.", "confirmed"),
    ("F", ES, "Solo aceptamos solicitudes de baja hechas por la propia persona; no aceptamos pedidos de terceros.", "refused"),
    ("F", HT, "Nou pa aksepte demann ki soti nan lòt moun pou yon kliyan.", "refused"),
    ("F", KO, "저희는 제3자의 삭제 요청은 받지 않습니다.", "refused"),
    ("F", VI, "Chúng tôi không phải là công ty môi giới dữ liệu, nên không có gì để xóa.", "refused"),
    ("F", ES, "Analítica Andina no es un corredor de datos y no vendemos información de nadie.", "refused"),
    ("F", AR, "لا نحذف بيانات السجلات العامة المنشورة على موقعنا.", "refused"),
    # G. the listing's URL asked for
    ("G", EN, "The profile you linked is a different woman's. If your client is listed, please send us the exact URL and we "
              "will remove it.", "needs_info"),
    ("G", ES, "Hay varias personas con ese nombre. Pásennos la URL del perfil y lo quitamos.", "needs_info"),
    ("G", FR, "Plusieurs fiches portent ce nom. Merci de nous envoyer l'URL de la fiche et nous la retirerons.", "needs_info"),
    ("G", EN, "We deleted your client's listing. If you see another one, please send us the link.", "confirmed"),
    # I. a receipt under another name
    ("I", EN, "Ticket #4410\nStatus: Solved\n\nYour removal is now in our deletion queue, about ten days behind. Marking "
              "this ticket solved.", "acknowledged"),
    ("I", ES, "Ticket 771\nEstado: Resuelto\n\nSu solicitud quedó en nuestra cola de bajas; tarda unas tres semanas.",
     "acknowledged"),
    ("I", VI, "Hồ sơ của thân chủ quý vị sẽ được gỡ bỏ trong vòng 3 tuần.", "acknowledged"),
    ("I", TL, "Aalisin namin ang listing ng inyong kliyente sa loob ng limang araw.", "acknowledged"),
    ("I", ES, "Su request está aprobado; el removal se va a completar el viernes en el batch semanal.", "acknowledged"),
    ("I", EN, "Ticket #4411\nStatus: Solved\n\nWe looked into this and closed it.", "unsure"),
    ("I", VI, "Nếu quý vị gửi giấy tờ, hồ sơ sẽ được xóa trong vòng 10 ngày.", NOT_CONFIRMED),
    # J. "no record" for the client beside someone else's listing removed
    ("J", EN, "We found one listing, for a man with the same name who lives in Tulsa. That listing has been removed. We did not "
              "find any listing matching the other details of your letter.", "unsure"),
    ("J", FR, "Nous avons supprimé la fiche de l'ancienne locataire de ce logement. Nous n'avons trouvé aucune fiche au nom de "
              "votre cliente.", "unsure"),
    ("J", PT, "Encontramos só o perfil de um homônimo de Recife. Esse perfil foi removido. Não encontramos nenhum perfil com os "
              "dados da carta.", "unsure"),
    ("J", EN, "We did not find any listing for your client. A man with the same name has a listing, which we have not "
              "removed.", "refused"),
    ("J", EN, "We did not find any listing matching the details in your letter.", "refused"),
]


@pytest.mark.parametrize("cls, greeting, words, want", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_pass41_reading(cls, greeting, words, want):
    got = classify(parse(raw_mail(greeting.format(words))))
    if want == NOT_CONFIRMED:
        assert got.kind != "confirmed", (got.rule, got.evidence)
    else:
        assert got.kind == want, (got.rule, got.evidence)


def test_a_fee_is_its_own_refusal_reason_and_the_evidence_is_the_matched_span():
    words = "A removal asked by a third party costs $30. We will not process the request without payment."
    got = classify(parse(raw_mail(EN.format(words))))
    assert (got.kind, got.reason) == ("refused", "fee")
    assert got.evidence == "will not process the request without payment"


def test_class_a_keeps_the_removal_span_and_the_caveat_span_never_the_sentence():
    words = "We removed Ana Ruiz's listing on Monday. If Google still shows it, that is an old copy that will disappear soon."
    got = classify(parse(raw_mail(EN.format(words))))
    assert got.kind == "confirmed", (got.rule, got.evidence)
    assert "ana" not in got.evidence.lower() and "ruiz" not in got.evidence.lower()
    assert len(got.evidence.split()) <= 8


def _forward(note: str, inner_from: str, inner_words: str) -> bytes:
    inner = EmailMessage()
    inner["From"], inner["To"], inner["Subject"] = inner_from, "privacy@broker.example", "Re: your request"
    inner.set_content(inner_words)
    outer = EmailMessage()
    outer["From"], outer["To"], outer["Subject"] = "privacy@broker.example", "clinic@example.org", "Fwd: your request"
    outer["Date"] = "Mon, 30 Nov 2026 10:00:00 +0000"
    outer.set_content(note)
    outer.add_attachment(inner)
    return outer.as_bytes()


@pytest.mark.parametrize("note, inner_from, want", [
    ("Below is our records team's reply to your request.", "records@broker.example", "confirmed"),
    ("Les reenvío abajo la respuesta de nuestro equipo de datos.", "datos@broker.example", "confirmed"),
    ("Forwarding our records team's note below.", "records@broker.example", "confirmed"),
    ("FYI, see below.", "records@broker.example", "other"),  # a colleague's note without those words: set aside
])
def test_h_a_records_teams_answer_forwarded_by_the_broker_is_read(note, inner_from, want):
    msg = parse(_forward(note, inner_from, "Hi,\n\nThe consumer's profile was deleted from our directory this morning.\n"))
    assert classify(msg).kind == want


@pytest.mark.parametrize("words, want", [
    ("Removal scheduled\n\nStatus: Scheduled\nDate: 14 December 2026\n\nYour client's profile is scheduled for deletion on the "
     "date above.", "acknowledged"),
    ("Baja programada\n\nEstado: programada\n\nEl perfil de su clienta quedó programado para eliminarse el 14 de diciembre.",
     "acknowledged"),
    ("Thank you for your message. Our office is closed until Monday.", "auto_reply"),
])
def test_i_a_removal_put_on_a_date_in_an_automatic_mail_is_a_receipt(words, want):
    raw = raw_mail(words).replace(b"MIME-Version", b"Auto-Submitted: auto-generated\nMIME-Version")
    assert classify(parse(raw)).kind == want
