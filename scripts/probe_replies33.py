"""Probe pass 33 (branch r33, 2026-12-02; round 1: 126 replies, round 2: 16 written after its fixes): replies written for this pass against the fourteen classes added last
(the lead's four from set T's first read, tests/test_replies_sett_promises.py, and branch r32's ten,
tests/test_replies_r32.py), as a stranger to those fixes would write them, in English, Spanish, Portuguese,
French and Vietnamese, Tagalog, Haitian Creole, Chinese, Korean, Arabic and Russian: each class's near misses,
which must keep their reading. Facts from public descriptions of brokers' and help desks' answers (Zendesk and
Freshdesk ticket notices "solved"/"closed", people-search opt-out confirmations, GDPR answers naming an
independent controller, CCPA "do not sell" answers, charset labels that lie); no sentence copied.
Run: PYTHONPATH=. .venv/bin/python scripts/probe_replies33.py [-v]

Prints every reply read wrongly on the line that decides a case (confirmed or not, and a link opened or
not); with -v, every reply."""

from __future__ import annotations

import sys
from email.header import Header

from _probe import NI, A, C, R, U, run_replies  # scripts/, this file's directory: sys.path[0]


QUOTE = {
    "en": "\n\nOn Mon, Nov 2, 2026 at 9:00 AM, Clinic <clinic@example.org> wrote:\n> On behalf of Ana Lucía Ortega Ruiz, {age}, of {city}, {state}, we ask you to delete every listing of her.\n> Reference: OPT-P-033\n",
    "es": "\n\nEl lun, 2 nov 2026 a las 9:00, Clínica <clinic@example.org> escribió:\n> En nombre de Ana Lucía Ortega Ruiz, de {age} años, de {city}, {state}, pedimos la eliminación de sus datos.\n> Referencia: OPT-P-033\n",
}


def q(said: str, lang: str = "en", age: str = "34", city: str = "Albany", state: str = "New York") -> str:
    return "Hello,\n\n" + said + "\n\nSupport" + QUOTE[lang].format(age=age, city=city, state=state)


# (label, subject, body, charset) ; body as str (sent in the charset) or bytes (sent as they are under the label)
PROBES: list[tuple[str, str, str | bytes, str]] = [
    # ---- 1. "processed" / "completed", nothing said of what was done
    (U, "", "Hello,\n\nYour request has been processed. Please see the attached letter for details.\n\nPrivacy Team", ""),
    (U, "Request #88213", "Hi there,\n\nWe have finished processing your request.\n\nThanks,\nSupport", ""),
    (U, "", "Dear requester,\n\nYour privacy request was fulfilled in accordance with our policy.\n\nPrivacy Office", ""),
    (U, "", "Hola,\n\nSu solicitud fue procesada. Adjuntamos la carta con el detalle.\n\nEquipo de Privacidad", ""),
    (U, "", "Olá,\n\nSua solicitação foi concluída. Consulte a carta em anexo.\n\nEquipe de Privacidade", ""),
    (U, "", "Bonjour,\n\nNous avons traité votre demande conformément à la réglementation.\n\nService Confidentialité", ""),
    (U, "", "Xin chào,\n\nYêu cầu của bạn đã được xử lý.\n\nBộ phận hỗ trợ", ""),
    (U, "", "Kumusta,\n\nNaproseso na ang inyong kahilingan.\n\nSuporta", ""),
    (U, "", "您好，\n\n您的请求已处理完毕。\n\n客服团队", ""),
    (U, "", "안녕하세요,\n\n요청하신 건이 처리되었습니다.\n\n고객지원팀", ""),
    (U, "", "Здравствуйте,\n\nВаш запрос обработан.\n\nСлужба поддержки", ""),
    (U, "", "Bonjou,\n\nNou trete demann ou an.\n\nSèvis Kliyan", ""),
    (U, "Re: Removal request", "Hi,\n\nYour request has been completed.\n\nSupport", ""),
    # near misses: the outcome named beside "processed"
    (C, "", "Hello,\n\nWe have processed your request and your profile has been deleted from our website.\n\nSupport", ""),
    (C, "", "Hola,\n\nProcesamos su solicitud y eliminamos su perfil de nuestro sitio.\n\nSoporte", ""),
    (C, "", "Olá,\n\nProcessamos seu pedido e removemos seu perfil do nosso site.\n\nEquipe", ""),
    (C, "", "Bonjour,\n\nVotre demande a été traitée : votre fiche a été supprimée de notre site.\n\nSupport", ""),
    (C, "Your listing has been removed", "Hi,\n\nYour request has been processed.\n\nSupport", ""),
    (C, "Su perfil fue eliminado", "Hola,\n\nSu solicitud fue procesada.\n\nSoporte", ""),
    (U, "", "Hello,\n\nWe processed your deletion request.\n\nPrivacy Team", ""),
    (U, "", "Hola,\n\nHemos procesado su solicitud de eliminación.\n\nEquipo", ""),
    (U, "", "Olá,\n\nProcessamos sua solicitação de exclusão.\n\nEquipe", ""),
    # an opt-out request "completed" names what was done, as "your erasure request is complete" does (the lead's test)
    (C, "", "Hello,\n\nYour opt-out request has been completed. If you have questions, reply to this e-mail.\n\nSupport", ""),

    # ---- 2. a record whose age or state is not the request's
    (U, "", q("We removed the profile of Ana Ortega, age 58, from our site."), ""),
    (U, "", q("The record for Ana Ortega of Sacramento, Calif. has been deleted."), ""),
    (U, "", q("We deleted the listing of Ana Ortega in Miami, Fla."), ""),
    (U, "", q("Eliminamos el perfil de Ana Ortega, de 61 años, de nuestro sitio.", "es"), ""),
    (U, "", q("Borramos la ficha de Ana Ortega de Houston, TX.", "es"), ""),
    (U, "", q("Nous avons supprimé la fiche d'Ana Ortega, 62 ans, de notre site."), ""),
    (U, "", q("Removemos o perfil de Ana Ortega, 60 anos, do nosso site."), ""),
    # near misses: the same person, written otherwise
    (C, "", q("We removed the profile of Ana Ortega, age 35, of Albany, N.Y. from our site."), ""),
    (C, "", q("We removed the profile of Ana Ortega (age 34) of Albany, NY from our site."), ""),
    (C, "", q("The record for Ana Ortega of Albany, N.Y. has been deleted."), ""),
    (C, "", q("The record for Ana Ortega of Oakland, Calif. has been deleted.", city="Oakland", state="California"), ""),
    (C, "", q("The record for Ana Ortega, 35, of Oakland, CA has been deleted.", city="Oakland", state="California"), ""),
    (C, "", q("Eliminamos el perfil de Ana Ortega, de 35 años, de Albany, Nueva York.", "es"), ""),
    (C, "", q("We have deleted the listing you sent. It will take 48 hours to clear from Google."), ""),
    (C, "", q("We removed your client's profile. Our office is in Austin, Texas."), ""),

    # ---- 3. a profile made private
    (U, "", "Hi,\n\nYour profile is now private and hidden from search engines.\n\nTeam", ""),
    (U, "", "Hello,\n\nWe switched your listing to private mode; it will not appear in public results.\n\nSupport", ""),
    (U, "", "Hola,\n\nSu perfil ahora es privado y no aparece en las búsquedas.\n\nSoporte", ""),
    (U, "", "Olá,\n\nSeu perfil agora está privado e oculto das buscas.\n\nEquipe", ""),
    (U, "", "Bonjour,\n\nVotre profil est désormais privé et masqué des recherches.\n\nSupport", ""),
    (U, "", "Xin chào,\n\nHồ sơ của bạn đã được chuyển sang chế độ riêng tư.\n\nHỗ trợ", ""),
    (U, "", "您好，\n\n您的个人资料已设为私密，不会出现在公开搜索中。\n\n客服", ""),
    (U, "", "안녕하세요,\n\n회원님의 프로필이 비공개로 전환되었습니다.\n\n고객센터", ""),
    # near misses: "private" said of something else
    (C, "", "Hello,\n\nYour listing has been removed from our site.\n\nSupport\n--\nPrivate & Confidential. Read our Privacy Policy: https://broker.example/privacy", ""),
    (C, "", "Hello,\n\nWe deleted your profile. We respect your private life.\n\nSupport", ""),
    (C, "", "Hola,\n\nSu perfil fue eliminado.\n\nSoporte\n--\nEste mensaje es privado y confidencial.", ""),
    (C, "", "Olá,\n\nSeu perfil foi excluído.\n\nEquipe\n--\nMensagem privada e confidencial.", ""),
    (C, "", "Hello,\n\nWe removed your listing. Please keep this reference private: OPT-55.\n\nSupport", ""),

    # ---- 4. another, independent company
    (U, "", "Hello,\n\nWe deleted your record from PeopleLook. PeopleLook Data LLC is a separate and independent controller; please write to privacy@peoplelook-data.example for the records it holds.\n\nDPO", ""),
    (U, "", "Hola,\n\nEliminamos su perfil. Nuestra empresa hermana BuscaGente SA es un responsable independiente: debe escribirle directamente.\n\nDPO", ""),
    (U, "", "Bonjour,\n\nNous avons supprimé votre fiche. Notre filiale AnnuaireX est une société distincte ; vous devez la contacter directement.\n\nDPO", ""),
    (U, "", "Olá,\n\nRemovemos seu perfil. A empresa parceira ListaJá é uma controladora independente; entre em contato diretamente com ela.\n\nDPO", ""),
    # near misses
    (C, "", "Hello,\n\nOur independent contractor has deleted your listing from our website.\n\nSupport", ""),
    (C, "", "Hello,\n\nWe deleted your listing. Our affiliate PeopleLook, which is a separate company, also had your data; we have asked them to delete it too.\n\nSupport", ""),
    (C, "", "Hola,\n\nEliminamos su ficha. Nuestra filial, que es una empresa independiente, también tenía sus datos y le pedimos que los borre.\n\nSoporte", ""),

    # ---- 5. charsets that lie, and Latin-1 that looks like UTF-8
    (C, "", "Hola,\n\nSu información fue eliminada de nuestro sitio.\n\nAtención al cliente\n© 2026 BuscaGente", "latin-1"),
    (C, "", "Hola,\n\nSu información fue eliminada de nuestro sitio.\n\nAtención al cliente".encode("utf-8"), "iso-8859-1"),
    (C, "", "Olá,\n\nSeus dados foram excluídos.\n\nEquipe".encode("utf-8"), "us-ascii"),
    (U, "", "Olá,\n\nSeus dados não foram excluídos ainda.\n\nEquipe".encode("utf-8"), "windows-1252"),
    (C, "", b"Hello,\n\nYour listing has been removed.\n\nSupport\n\xc2\xa9 2026 FindFolk", "iso-8859-1"),
    (C, "", b"Bonjour,\n\nVotre fiche a \xe9t\xe9 supprim\xe9e.\n\nSupport \xc2\xbb FindFolk", "iso-8859-1"),
    (U, "", "Olá,\n\nNão excluímos os seus dados.\n\nEquipe", "latin-1"),
    (C, "", b"Hola,\n\nSu perfil fue eliminado \x93definitivamente\x94.\n\nSoporte", "windows-1252"),
    (C, "", "Xin chào,\n\nHồ sơ của bạn đã bị xóa khỏi trang web của chúng tôi.\n\nHỗ trợ".encode("utf-8"), "us-ascii"),

    # ---- 6. a ticket solved or closed with nothing said
    (U, "[Ticket #5521] Solved", "Hello,\n\nYour ticket #5521 has been marked as solved.\n\nSupport", ""),
    (U, "", "Hola,\n\nSu ticket #5521 fue marcado como resuelto.\n\nSoporte", ""),
    (U, "", "Olá,\n\nSeu chamado #5521 foi resolvido.\n\nSuporte", ""),
    (U, "", "Bonjour,\n\nVotre ticket n°5521 a été résolu.\n\nSupport", ""),
    (U, "", "您好，\n\n您的工单 #5521 已解决。\n\n客服", ""),
    (U, "", "Xin chào,\n\nPhiếu hỗ trợ #5521 của bạn đã được giải quyết.\n\nHỗ trợ", ""),
    (U, "", "Kumusta,\n\nAng inyong ticket #5521 ay naresolba na.\n\nSuporta", ""),
    (U, "", "안녕하세요,\n\n문의하신 티켓 #5521이 해결됨으로 처리되었습니다.\n\n고객센터", ""),
    # near misses: the body says deleted
    (C, "[Ticket #5521] Solved", "Hello,\n\nWe have deleted your listing from our site. Your ticket #5521 is now solved.\n\nSupport", ""),
    (C, "", "Hola,\n\nBorramos su perfil. Su ticket #5521 fue marcado como resuelto.\n\nSoporte", ""),
    (C, "", "Olá,\n\nExcluímos seu perfil. Seu chamado #5521 foi resolvido.\n\nSuporte", ""),

    # ---- 7. future promises
    (A, "", "Hello,\n\nWe will delete your profile within 10 business days.\n\nSupport", ""),
    (A, "", "Hola,\n\nBorraremos su perfil en los próximos 10 días hábiles.\n\nSoporte", ""),
    (A, "", "Olá,\n\nVamos excluir seu perfil em até 10 dias úteis.\n\nSuporte", ""),
    (A, "", "Bonjour,\n\nNous allons supprimer votre fiche sous 10 jours ouvrés.\n\nSupport", ""),
    (A, "", "Xin chào,\n\nChúng tôi sẽ xóa hồ sơ của bạn trong vòng 10 ngày làm việc.\n\nHỗ trợ", ""),
    (A, "", "Kumusta,\n\nBuburahin namin ang inyong profile sa loob ng 10 araw.\n\nSuporta", ""),
    (A, "", "Bonjou,\n\nN ap efase pwofil ou a nan 10 jou.\n\nSèvis Kliyan", ""),
    (A, "", "您好，\n\n我们将在10个工作日内删除您的资料。\n\n客服", ""),
    (A, "", "안녕하세요,\n\n10영업일 이내에 프로필을 삭제할 예정입니다.\n\n고객센터", ""),
    (A, "", "مرحبا،\n\nسنقوم بحذف ملفك الشخصي خلال 10 أيام عمل.\n\nالدعم", ""),
    (A, "", "Здравствуйте,\n\nМы удалим ваш профиль в течение 10 рабочих дней.\n\nПоддержка", ""),
    # near misses: the past, or a condition
    (C, "", "Xin chào,\n\nChúng tôi đã xóa hồ sơ của bạn.\n\nHỗ trợ", ""),
    (C, "", "您好，\n\n我们已删除您的资料。\n\n客服", ""),
    (C, "", "Здравствуйте,\n\nМы удалили ваш профиль.\n\nПоддержка", ""),
    (U, "", "Hello,\n\nWe will delete your profile once you confirm your identity.\n\nSupport", ""),

    # ---- 8. deleted and will not be shown or sold
    (C, "", "Hello,\n\nYour information has been deleted and will no longer be displayed or shared.\n\nPrivacy", ""),
    (C, "", "Hola,\n\nSus datos fueron eliminados y no serán mostrados ni vendidos.\n\nPrivacidad", ""),
    (C, "", "Bonjour,\n\nVos données ont été supprimées et ne seront plus affichées ni vendues.\n\nSupport", ""),
    # near misses
    (U, "", "Hello,\n\nYour information will not be sold. Your profile remains visible on our site.\n\nPrivacy", ""),
    (U, "", "Hola,\n\nNo venderemos sus datos a terceros.\n\nPrivacidad", ""),
    (U, "", "Hello,\n\nWe did not delete your information, but it will not be sold.\n\nPrivacy", ""),

    # ---- 9. exemptions and feeds
    (R, "", "Hello,\n\nThe records you asked about are, under the California Consumer Privacy Act as amended, exempt from deletion because they are publicly available information.\n\nPrivacy", ""),
    (R, "", "Hola,\n\nLa ley que usted cita no es aplicable a nuestra empresa.\n\nPrivacidad", ""),
    (R, "", "Olá,\n\nOs dados exibidos vêm de registros judiciais; solicite a correção diretamente ao tribunal.\n\nPrivacidade", ""),
    (R, "", "Bonjour,\n\nLa loi que vous invoquez ne s'applique pas à notre société.\n\nConfidentialité", ""),
    # near miss
    (C, "", "Hello,\n\nAlthough public records are exempt under state law, we have removed your listing as a courtesy.\n\nPrivacy", ""),

    # ---- 10. closed without action, unable to authenticate
    (R, "", "Hello,\n\nBecause we did not receive the requested verification, your request has been closed with no action taken.\n\nPrivacy", ""),
    (R, "", "Hola,\n\nNo pudimos verificar su identidad, por lo que su solicitud fue cerrada sin acción.\n\nPrivacidad", ""),
    (R, "", "Olá,\n\nNão conseguimos autenticar sua solicitação.\n\nPrivacidade", ""),
    (R, "", "Bonjour,\n\nNous n'avons pas pu authentifier votre demande.\n\nConfidentialité", ""),
    # near misses
    (A, "", "Hello,\n\nWe will authenticate your request and reply within 45 days.\n\nPrivacy", ""),
    (C, "", "Hello,\n\nYour listing has been removed and the ticket closed.\n\nSupport", ""),

    # ---- 11. Arabic
    (C, "", "مرحبا،\n\nتمت إزالة ملفك الشخصي من موقعنا.\n\nالدعم", ""),
    (C, "", "مرحبا،\n\nتم حذف بياناتك من موقعنا.\n\nالدعم", ""),
    (A, "", "مرحبا،\n\nستتم إزالة ملفك الشخصي خلال 10 أيام.\n\nالدعم", ""),
    (U, "", "مرحبا،\n\nلم تتم إزالة ملفك الشخصي بعد.\n\nالدعم", ""),
    (U, "", "مرحبا،\n\nتمت إزالة طلبك من قائمة الانتظار.\n\nالدعم", ""),
    (U, "", "مرحبا،\n\nهل تريد إزالة ملفك الشخصي؟\n\nالدعم", ""),

    # ---- 12. suppression while other products keep public-record data
    (U, "", "Hello,\n\nYour profile has been suppressed from our people-search site. Our business products will continue to use public-record information.\n\nPrivacy", ""),
    (U, "", "Olá,\n\nSeu perfil foi ocultado do nosso site. Nossos produtos empresariais continuam usando dados de registros públicos.\n\nPrivacidade", ""),
    (U, "", "Bonjour,\n\nVotre fiche a été masquée sur notre site. Nos services aux entreprises continuent d'utiliser des données des registres publics.\n\nConfidentialité", ""),
    (R, "", "Hello,\n\nWe cannot delete this information because it comes from public records.\n\nPrivacy", ""),

    # ---- 13. listing only, or full deletion?
    (NI, "", "Hello,\n\nWould you like us to remove only the listing, or delete all data we hold?\n\nPrivacy", ""),
    (NI, "", "Xin chào,\n\nBạn muốn chúng tôi chỉ ẩn hồ sơ hay xóa toàn bộ dữ liệu?\n\nHỗ trợ", ""),
    (NI, "", "Kumusta,\n\nGusto ba ninyong alisin lamang ang listing o burahin ang lahat ng datos?\n\nSuporta", ""),
    (NI, "", "您好，\n\n您是希望仅隐藏资料页，还是完全删除所有数据？\n\n客服", ""),
    (NI, "", "Bonjou,\n\nÈske ou vle nou retire sèlman fich la, oswa efase tout done yo?\n\nSèvis Kliyan", ""),
    (C, "", "Hello,\n\nWe have deleted your listing. Would you also like us to close your account?\n\nPrivacy", ""),

    # ---- round 2, written after round 1's fixes: their classes in more wordings and languages
    (U, "", "Hello,\n\nYour data deletion request has been handled by our privacy team.\n\nPrivacy", ""),
    (U, "", "Hello,\n\nWe are processing your removal request.\n\nPrivacy", ""),
    (U, "", "Xin chào,\n\nChúng tôi đã xử lý yêu cầu xóa dữ liệu của bạn.\n\nHỗ trợ", ""),
    (U, "", "您好，\n\n我们已处理您的删除请求。\n\n客服", ""),
    (U, "", "Здравствуйте,\n\nВаш запрос на удаление обработан.\n\nПоддержка", ""),
    (U, "", "Bonjour,\n\nNous avons traité votre demande de suppression.\n\nSupport", ""),
    (C, "", "Hello,\n\nYour removal request has been processed and your listing no longer appears on our site.\n\nSupport", ""),
    (C, "", "Hola,\n\nSu solicitud de baja fue completada.\n\nSoporte", ""),
    (C, "", "Bonjour,\n\nVotre demande de suppression a été traitée et votre fiche supprimée.\n\nSupport", ""),
    (U, "", q("We removed the listing of Ana Ortega of Dallas, Tex. from our site."), ""),
    (U, "", q("Eliminamos el perfil de Ana Ortega de Phoenix, Ariz.", "es"), ""),
    (C, "", q("We removed the listing of Ana Ortega of Albany, N. Y. from our site."), ""),
    (C, "", q("Thanks, Mo. We removed the listing you sent."), ""),
    (U, "", "Olá,\n\nExcluímos seu cadastro. A BuscaJá Ltda. é uma empresa independente; contate-a pelo e-mail privacidade@buscaja.example.\n\nDPO", ""),
    (U, "", "Hola,\n\nBorramos su ficha. DatosNorte es una empresa independiente: contáctela directamente.\n\nDPO", ""),
    (C, "", "Olá,\n\nExcluímos seu cadastro. Em caso de dúvidas, entre em contato conosco.\n\nEquipe", ""),
]


def raw(subject: str, body: str | bytes, charset: str) -> bytes:
    cs = charset or "utf-8"
    kind = "html" if (body if isinstance(body, str) else body.decode("latin-1")).startswith("<html") else "plain"
    subject = Header(subject or "Re: your request", "utf-8").encode()  # RFC 2047, as a mail program writes it
    head = (f"From: privacy@broker.example\nTo: clinic@example.org\nSubject: {subject}\n"
            f"Date: Mon, 30 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/{kind}; charset={cs}\n"
            f"Content-Transfer-Encoding: 8bit\n\n").encode()
    return head + (body if isinstance(body, bytes) else body.encode(cs)) + b"\n"


def main() -> int:
    return run_replies(PROBES, raw, verbose="-v" in sys.argv, domain=lambda charset: "broker.example",
                       text=lambda body: body if isinstance(body, str) else body.decode("latin-1"))


if __name__ == "__main__":
    raise SystemExit(main())
