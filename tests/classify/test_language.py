"""Language routing: five supported languages, hints, and an honest "unsupported"."""

from __future__ import annotations

import pytest

from consistency.classify.language import UNSUPPORTED, detect, normalize_hint


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("My card has been blocked for three days and nobody answers the phone.", "en"),
        ("Meine Karte ist seit drei Tagen gesperrt und niemand geht ans Telefon.", "de"),
        ("Kartu saya sudah diblokir tiga hari dan tidak ada yang mengangkat telepon.", "id"),
        ("Kortet mitt har vært sperret i tre dager og ingen svarer på telefonen.", "nb"),
        ("Моя карта заблокирована уже три дня, и никто не берёт трубку.", "ru"),
        ("Ma carte est bloquée depuis trois jours et personne ne répond au téléphone.", UNSUPPORTED),
        ("Moja karta jest zablokowana od trzech dni i nikt nie odbiera telefonu.", UNSUPPORTED),
        ("", UNSUPPORTED),
        ("😡😡😡 !!!", UNSUPPORTED),
        ("12345", UNSUPPORTED),
    ],
)
def test_detect_routes_text(text: str, lang: str) -> None:
    assert detect([text]) == [lang]


def test_supported_hint_wins_and_unknown_hint_falls_back_to_detection() -> None:
    texts = ["Hallo, meine Karte geht nicht.", "Hallo, meine Karte geht nicht."]
    assert detect(texts, ["nb", "xx"]) == ["nb", "de"]


@pytest.mark.parametrize(("hint", "code"), [("en-GB", "en"), ("NO", "nb"), ("nn", "nb"), ("fr", None), ("", None)])
def test_normalize_hint(hint: str, code: str | None) -> None:
    assert normalize_hint(hint) == code


def test_hint_count_must_match() -> None:
    with pytest.raises(ValueError, match="hints"):
        detect(["a", "b"], ["en"])


# The common-word look (language_words.vote) answers only when one supported language clearly leads;
# None sends the text on to lingua. Each supported language: its own text is recognised, the others' are not.
SAME_MESSAGE = {
    "en": "Thanks for your help, the app is working again now.",
    "de": "Danke für Ihre Hilfe, die App funktioniert jetzt wieder.",
    "id": "Terima kasih atas bantuannya, aplikasinya sudah bisa dipakai lagi.",
    "nb": "Takk for hjelpen, appen fungerer igjen nå. Jeg er veldig fornøyd med det.",
    "ru": "Спасибо за помощь, приложение снова работает.",
}
OTHER_LANGUAGES = [
    "Merci pour votre aide, l'application fonctionne de nouveau.",
    "Gracias por su ayuda, la aplicación ya funciona de nuevo.",
    "Tack för hjälpen, appen fungerar igen nu och jag är nöjd.",
    "Bedankt voor de hulp, de app werkt nu weer.",
    "Yardımınız için teşekkürler, uygulama şimdi yine çalışıyor.",
    "Dziękuję za pomoc, aplikacja znowu działa.",
    "Kiitos avusta, sovellus toimii taas.",
    "Köszönöm a segítséget, az alkalmazás újra működik.",
    "Дякую за допомогу, застосунок знову працює.",
    "Благодаря за помощта, приложението отново работи и аз съм доволен.",
    "Хвала на помоћи, апликација поново ради и ја сам задовољан.",
]


@pytest.mark.parametrize("lang", sorted(SAME_MESSAGE))
def test_word_look_recognises_each_language_and_no_other(lang: str) -> None:
    from consistency.classify.language_words import vote

    assert vote(SAME_MESSAGE[lang]) == lang
    for other, text in SAME_MESSAGE.items():
        if other != lang:
            assert vote(text) != lang, text


@pytest.mark.parametrize("text", OTHER_LANGUAGES)
def test_other_languages_are_left_to_lingua_and_come_out_unsupported(text: str) -> None:
    from consistency.classify.language_words import vote

    assert vote(text) is None
    assert detect([text]) == [UNSUPPORTED]


@pytest.mark.parametrize(
    "text",
    [
        "Hello, ich habe ein Problem with my account",  # mixed: neither language clearly leads
        "Моя карта не работает, і ніхто не відповідає",  # Russian words with a Ukrainian letter
        "😡😡😡 !!!",
        "",
        "12345 67890",
        "ok",
        "Κάρτα μου δεν λειτουργεί και κανείς δεν απαντά",  # another script
    ],
)
def test_word_look_leaves_unclear_text_to_lingua(text: str) -> None:
    from consistency.classify.language_words import vote

    assert vote(text) is None


def test_word_look_ignores_links_and_handles() -> None:
    from consistency.classify.language_words import vote

    tweet = "@Sberbank_Ru почему приложение не работает уже третий день? https://t.co/abcDEF123"
    assert vote(tweet) == "ru"


def test_word_look_and_lingua_agree_on_clear_texts() -> None:
    texts = list(SAME_MESSAGE.values())
    assert detect(texts) == detect(texts, words_first=False) == list(SAME_MESSAGE)


_FORKED_DETECT = """
import multiprocessing, sys
from consistency.classify.language import detect
short = ["Godt nytt kort kommer snart i posten", "Dobrý den, karta nefunguje"]
long = [" ".join(["Das neue Konto wird morgen freigeschaltet, die Karte kommt mit der Post."] * 3)]
parent = detect(short, words_first=False)  # lingua itself, here, before the fork (as classify's warm-up does)
ctx = multiprocessing.get_context("fork")
queue = ctx.Queue()
# The worker reads a long text too: the low-accuracy detector, which the parent never needed.
child = ctx.Process(target=lambda: queue.put(detect(short + long, words_first=False)))
child.start()
child.join(30)
if child.is_alive():
    child.kill()
    sys.exit("the forked worker's detection never returned")
print(queue.get(timeout=5) == parent + ["de"])
"""


def test_a_forked_worker_detects_languages_after_its_parent_did() -> None:
    # The audit labels a sample in the parent, then forks its workers; lingua's parallel calls hung them.
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _FORKED_DETECT], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "True"
