"""Reply pass 50 (branch r50, 2026-12-03): confirmations the reader failed to read, as classes, without one false
confirmation (``optout/mail/_classify.py``, "reply pass 50"). Every reply below is worded by us, not a set's. Each row of
``LOST`` was read otherwise on the base ``5625c76d`` (checked there: every one fails); ``KEPT`` holds the near misses,
which must stay NOT confirmed there and here (the guards: future and conditional, more asked, a part, another person,
sale or access, hedges, relisting, our own quoted letter).

1. Spanish and Portuguese resultative, impersonal and periphrastic past: "quedó eliminado", "se realizó la eliminación",
   "procedimos a suprimir", "la supresión fue efectiva", "procedemos ao apagamento" after "confirmamos que".
2. Nominalisation: "la eliminación fue completada", "a exclusão foi concluída", "la suppression a été effectuée".
3. Tagalog perfective aspect with the polite "po" and English verbs ("na-delete na po namin", "natanggal na po").
4. Double negation: "we did not fail to remove", "no record remains that we have not deleted", "no hay ningún registro que
   no hayamos eliminado", "no es cierto que no hayamos borrado", "não restou nenhum registro que não tenha sido excluído",
   "pa gen okenn dosye nou pa t efase".
5. Code-switching: "hicimos el delete del profile", "le dimos delete", "fizemos o delete".
6. A removal told and then "no longer shown / cannot be found any more" (vi, zh, ko, ar): the second sentence is the
   removal's effect, not a negation of it.
7. "has not reappeared since" is no relisting (the older ``_UNDONE`` read it as one).
"""

from __future__ import annotations

import pytest

from .test_replies_pass40 import EN, ES, FR, HT, NOT_CONFIRMED, PT, assert_reading
from .test_replies_pass48 import KO, TL, VI, ZH

AR = "مرحبا،\n\n{}\n\nفريق الخصوصية"

# (class, greeting, words): each must read confirmed
LOST = [
    ("1", ES, "Le informamos que el perfil de su representada quedó eliminado ayer de nuestra página."),
    ("1", ES, "Quedaron eliminados los datos de su cliente, junto con sus teléfonos."),
    ("1", ES, "Con gusto le confirmamos que se realizó la eliminación de la ficha de su clienta."),
    ("1", ES, "La supresión quedó hecha el día de hoy en todas nuestras bases."),
    ("1", PT, "Confirmamos que procedemos ao apagamento dos dados pessoais do seu representado em todos os ficheiros."),
    ("1", PT, "O cadastro da sua cliente ficou excluído ontem do nosso site."),
    ("2", ES, "La eliminación de los datos de su clienta fue completada esta mañana."),
    ("2", ES, "La baja del perfil de su cliente fue realizada con éxito."),
    ("2", PT, "A exclusão dos dados do seu cliente foi concluída hoje."),
    ("2", FR, "La suppression des données de votre cliente a été effectuée ce matin."),
    ("3", TL, "Na-delete na po namin ang profile ng client ninyo sa site."),
    ("3", TL, "Nabura na po namin ang lahat ng impormasyon ng inyong kliyente."),
    ("3", TL, "Natanggal na po namin ang listing ng inyong kliyente sa aming website."),
    ("4", EN, "We did not fail to remove any of the listings you named: all of them were deleted last Tuesday."),
    ("4", EN, "No record of your client remains that we have not deleted; the last one went yesterday."),
    ("4", ES, "No queda ningún dato de su clienta que no hayamos borrado: el último fue el domicilio, ayer."),
    ("4", ES, "No es cierto que no hayamos borrado la ficha, como dice su segundo correo."),
    ("4", PT, "Não ficou nenhum dado da sua cliente que não tenha sido apagado."),
    ("4", HT, "Pa gen okenn enfòmasyon kliyan ou a nou pa t efase."),
    ("5", ES, "Ya hicimos el delete de la info de su cliente."),
    ("5", ES, "Le dimos delete al profile de su clienta esta mañana."),
    ("5", PT, "Já fizemos o delete do perfil da sua cliente."),
    ("6", VI, "Hồ sơ của khách hàng bạn đã được xóa. Trang không thể tìm thấy nữa."),
    ("6", ZH, "您客户的个人资料已经删除，网页已无法打开。"),
    ("6", KO, "고객님의 기록이 삭제되었으며 더 이상 검색 결과에 표시되지 않습니다."),
    ("6", AR, "حذفنا سجل موكلك ولن يظهر في نتائج البحث بعد الآن."),
    ("6", ES, "Borramos el perfil de su clienta el lunes y desde ese día ya no se puede consultar."),
    ("4", EN, "No record of your client remains that we have not\ndeleted: the profile and the phone file were erased."),
    ("7", EN, "We deleted her listing on November 2 and it has not reappeared since."),
]

# (class, greeting, words, the reading they must have): near misses, none confirmed
KEPT = [
    ("1", ES, "El perfil quedará eliminado cuando recibamos su identificación.", NOT_CONFIRMED),
    ("1", ES, "Se realizará la eliminación en los próximos 10 días hábiles.", NOT_CONFIRMED),
    ("1", ES, "Procederemos a eliminar los datos una vez verifiquemos su identidad.", NOT_CONFIRMED),
    ("1", ES, "Para proceder a eliminar los datos necesitamos una copia de su identificación.", NOT_CONFIRMED),
    ("1", ES, "Quedó eliminado su correo de nuestra lista de marketing, pero el perfil sigue publicado.", NOT_CONFIRMED),
    ("1", ES, "Quedó eliminado el perfil de otra persona con el mismo nombre; el de su clienta no lo encontramos.", NOT_CONFIRMED),
    ("1", PT, "Procederemos ao apagamento dos dados após a verificação.", NOT_CONFIRMED),
    ("1", PT, "Procedemos ao apagamento quando o titular confirma a identidade.", NOT_CONFIRMED),
    ("2", ES, "La eliminación será completada en 30 días.", NOT_CONFIRMED),
    ("2", ES, "La eliminación no fue completada porque falta la firma de su cliente.", NOT_CONFIRMED),
    ("2", PT, "A exclusão será concluída após a confirmação da identidade.", NOT_CONFIRMED),
    ("2", FR, "La suppression sera effectuée dès réception de la pièce d'identité.", NOT_CONFIRMED),
    ("2", ES, "La baja de publicidad fue realizada; su perfil sigue visible en el directorio.", NOT_CONFIRMED),
    ("2", ES, "La eliminación de su ficha no fue completada.", NOT_CONFIRMED),
    ("2", ES, "Su solicitud de eliminación fue completada solo en parte.", NOT_CONFIRMED),
    ("3", TL, "Hindi pa po namin na-delete ang profile ng client ninyo.", NOT_CONFIRMED),
    ("3", TL, "Baka na-delete na po ang profile noong cleanup namin.", NOT_CONFIRMED),
    ("3", TL, "Ide-delete po namin ang profile kapag natanggap na namin ang ID.", NOT_CONFIRMED),
    ("4", EN, "No record of your client remains that we could find in our databases.", NOT_CONFIRMED),
    ("4", EN, "We did not remove any of the listings you named.", NOT_CONFIRMED),
    ("4", ES, "No hay ningún registro de su clienta en nuestras bases.", NOT_CONFIRMED),
    ("4", ES, "No es cierto que hayamos eliminado la ficha: sigue publicada.", NOT_CONFIRMED),
    ("4", PT, "Não encontramos nenhum registro da sua cliente.", NOT_CONFIRMED),
    ("4", HT, "Nou pa t efase okenn enfòmasyon kliyan ou a.", NOT_CONFIRMED),
    ("5", ES, "Vamos a hacer el delete del profile la semana que viene.", NOT_CONFIRMED),
    ("5", ES, "Para hacer el delete necesitamos el link del profile.", NOT_CONFIRMED),
    ("5", ES, "Hicimos el delete de su email de la lista de marketing, pero el profile sigue.", NOT_CONFIRMED),
    ("6", VI, "Không thể tìm thấy hồ sơ của khách hàng bạn.", NOT_CONFIRMED),
    ("6", ZH, "我们无法找到您客户的资料。", NOT_CONFIRMED),
    ("6", ES, "Ya no se puede consultar el perfil mientras revisamos su solicitud.", NOT_CONFIRMED),
    ("7", EN, "We deleted her listing on November 2, but it reappeared last week.", NOT_CONFIRMED),
    ("7", EN, "We deleted her listing in October; it has reappeared since, from a new data source.", NOT_CONFIRMED),
    ("7", ES, "Eliminamos la ficha en octubre, pero ha vuelto a aparecer desde entonces.", NOT_CONFIRMED),
    ("7", HT, "Nou te retire pwofil la. Moun nan montre nou se pa li, kidonk nou remet pwofil la sou sit la.", NOT_CONFIRMED),
    ("7", EN, "We removed the page, but the owner showed it was not her, so we have put it back on the site.", NOT_CONFIRMED),
]


@pytest.mark.parametrize("cls, greeting, words", LOST, ids=[f"{c[0]}-{i}" for i, c in enumerate(LOST)])
def test_pass50_lost_confirmation_read(cls, greeting, words):
    assert_reading(greeting, words, "confirmed")


@pytest.mark.parametrize("cls, greeting, words, want", KEPT, ids=[f"{c[0]}-{i}" for i, c in enumerate(KEPT)])
def test_pass50_near_miss_not_confirmed(cls, greeting, words, want):
    assert_reading(greeting, words, want)
