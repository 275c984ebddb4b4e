"""Resolution from service signals: outcome codes, last words, closing moves, CSAT, repeat contact; never length."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from consistency.classify import InteractionClassifier
from consistency.classify.resolution import SIGNAL_NAMES, SIGNALS, ResolutionModel, fit
from consistency.classify.score_jsonl import read_conversation
from consistency.records import InteractionText, Turn
from tests.fixtures.support_dialogues import DIALOGUES


@pytest.fixture(scope="module")
def classifier(models_dir: Path) -> InteractionClassifier:
    return InteractionClassifier.load(models_dir)


def _chat(turns: list[tuple[str, str]], **kw) -> InteractionText:
    return InteractionText(kw.pop("iid", "c"), kw.pop("channel", "chat"), [Turn(s, t) for s, t in turns], **kw)


RESOLVED = [("customer", "Hi, I can't log in to my account."),
            ("agent", "I've reset your password and sent you a link."),
            ("customer", "That worked, thanks!")]
NEUTRAL_PAD = [("agent", "Let me check the account details."), ("customer", "Sure, the number is 1234."),
               ("agent", "One moment please."), ("customer", "OK.")]


@pytest.mark.parametrize("pads", [1, 3, 8])
def test_padding_a_resolved_chat_with_neutral_turns_does_not_flip_it(classifier, pads: int) -> None:
    padded = RESOLVED[:1] + NEUTRAL_PAD * pads + RESOLVED[1:]
    short, long = classifier.classify([_chat(RESOLVED), _chat(padded, iid="padded")])
    assert short.resolution == long.resolution == "resolved"
    assert abs(short.p_resolved - long.p_resolved) < 0.15


def test_no_signal_reads_turn_counts() -> None:
    assert not [n for n in SIGNAL_NAMES if "turn" in n or "length" in n]


@pytest.mark.parametrize("lang", ["en", "de", "id", "nb", "ru"])
def test_hand_written_dialogues_rank_resolved_first_in_every_language(classifier, lang: str) -> None:
    # Not trained on: these dialogues were written for testing, outside the demo generator.
    ds = [d for d in DIALOGUES if d["lang"] == lang]
    items = [read_conversation(d, 0, None)[0] for d in ds]
    p = np.array([c.p_resolved for c in classifier.classify(items)])
    truth = np.array([d["truth"] == "resolved" for d in ds])
    assert p[truth].min() > p[~truth].max(), list(zip([d["conversation_id"] for d in ds], p.round(2)))


def test_hand_written_dialogues_get_most_labels_right(classifier) -> None:
    items = [read_conversation(d, 0, None)[0] for d in DIALOGUES]
    got = [c.resolution for c in classifier.classify(items)]
    right = sum(g == d["truth"] for g, d in zip(got, DIALOGUES))
    assert right >= 0.8 * len(DIALOGUES), list(zip([d["conversation_id"] for d in DIALOGUES], got))


@pytest.mark.parametrize(("extra", "direction"), [
    ({"csat": 5.0}, +1), ({"csat": 1.0}, -1), ({"repeat_contact": True}, -1), ({"repeat_contact": False}, +1),
    ({"outcome": "RESOLVED"}, +1), ({"outcome": "CALLBACK"}, -1),
])
def test_each_metadata_signal_moves_resolution_its_way_where_present(classifier, extra: dict, direction: int) -> None:
    turns = [("customer", "My statement looks wrong."), ("agent", "Let me have a look at it.")]
    base, other = classifier.classify([_chat(turns), _chat(turns, iid="x", **extra)])
    assert np.sign(other.p_resolved - base.p_resolved) == direction


@pytest.mark.parametrize(("last_customer", "agent", "expected"), [
    ("Still not working, same error as before.", "Please restart the app.", "unresolved"),
    ("Perfect, that did it. Thanks!", "Please restart the app.", "resolved"),
    ("Ok.", "I'm transferring you to my supervisor now.", "escalated"),
    ("Ok thanks.", "I've opened a ticket, the technical team will get back to you.", "unresolved"),
])
def test_last_words_and_closing_move_decide_without_codes(classifier, last_customer: str, agent: str,
                                                          expected: str) -> None:
    turns = [("customer", "The app keeps crashing when I pay."), ("agent", "Which phone do you use?"),
             ("customer", "An older Android."), ("agent", agent), ("customer", last_customer)]
    (c,) = classifier.classify([_chat(turns)])
    assert c.resolution == expected, (c.p_resolved, c.p_unresolved, c.p_escalated)


def test_fitted_weights_keep_their_signs_and_the_model_round_trips(tmp_path: Path, models_dir: Path) -> None:
    model = ResolutionModel.load(models_dir)
    for k, name in enumerate(SIGNAL_NAMES):
        _, sign_res, _, sign_esc = SIGNALS[name]
        if sign_res:
            assert model.w_resolved[k] * sign_res >= 0, name
        if sign_esc is None:
            assert model.w_escalated[k] == 0, name
        elif sign_esc:
            assert model.w_escalated[k] * sign_esc >= 0, name
    model.save(tmp_path)
    again = ResolutionModel.load(tmp_path)
    assert again.version == model.version
    np.testing.assert_allclose(again.w_resolved, model.w_resolved)


def test_fit_is_deterministic_and_obeys_sign_bounds_against_contrary_data() -> None:
    rng = np.random.default_rng(0)
    s = np.zeros((400, len(SIGNAL_NAMES)))
    s[:, 0] = 1.0
    thanks = SIGNAL_NAMES.index("last_thanks")
    s[:, thanks] = rng.random(400) < 0.5
    # Data in which thanking goes with NOT resolved: the sign bound keeps thanks from counting against it.
    y = np.where(s[:, thanks] > 0, "unresolved", "resolved").tolist()
    a, b = fit(s, y, penalty=0.001), fit(s, y, penalty=0.001)
    assert a.version == b.version
    assert a.w_resolved[thanks] == pytest.approx(0.0, abs=1e-6)


def test_calibrating_on_repeat_contacts_moves_weights_towards_the_proxy_and_scores_held_back_rows() -> None:
    from consistency.classify.resolution_train import calibrate_on_repeats

    rng = np.random.default_rng(1)
    n = 2000
    s = np.zeros((n, len(SIGNAL_NAMES)))
    s[:, 0] = 1.0
    refusal = SIGNAL_NAMES.index("agent_refusal")
    s[:, refusal] = rng.random(n) < 0.4
    # In this deployment a refusal nearly always brings the customer back; its prior weight is small.
    came_back = np.where(s[:, refusal] > 0, rng.random(n) < 0.9, rng.random(n) < 0.2).astype(float)
    came_back[:100] = np.nan  # customer unknown or the 7 days not yet seen
    fit_rows = np.arange(n) % 2 == 0
    start = ResolutionModel.prior()
    new, m = calibrate_on_repeats(start, s, came_back, fit_rows)
    assert new.w_resolved[refusal] < start.w_resolved[refusal]
    assert m["known"] == n - 100 and m["fit_rows"] + m["eval_rows"] == n - 100
    assert m["auc_no_repeat_after"] >= m["auc_no_repeat_before"]
    _, few = calibrate_on_repeats(start, s[:40], came_back[:40], fit_rows[:40])
    assert "skipped" in few


def test_train_from_store_without_enough_history_says_so(tmp_path: Path, models_dir: Path, monkeypatch) -> None:
    import json
    import shutil

    from typer.testing import CliRunner

    from consistency.cli import app
    from tests.conftest import REPO

    for f in models_dir.iterdir():
        if f.is_file():
            shutil.copy(f, tmp_path / f.name)
    monkeypatch.setenv("CONSISTENCY_DB_URL", f"sqlite:///{tmp_path / 'store.db'}")
    monkeypatch.setenv("CONSISTENCY_MODELS_DIR", str(tmp_path))
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(REPO / "examples")]).exit_code == 0
    result = runner.invoke(app, ["train", "--from-store", "--models-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["rows"] > 0 and "skipped" in metrics
    assert ResolutionModel.load(tmp_path).version == ResolutionModel.load(models_dir).version


def test_the_opening_complaint_after_an_agent_greeting_is_not_a_closing_word(classifier) -> None:
    turns = [("agent", "Hello, how can I help?"), ("customer", "My internet is not working."),
             ("agent", "I've reset your line, it should work now."), ("customer", "Yes, that worked. Thanks!")]
    (c,) = classifier.classify([_chat(turns)])
    assert c.resolution == "resolved" and c.p_resolved > 0.7


@pytest.mark.parametrize("channel", ["email", "chat"])
def test_a_written_contact_nobody_answered_is_not_resolved(classifier, channel: str) -> None:
    complaint = [("customer", "I was charged twice for order 5521 and nobody has refunded it.")]
    asked, answered = classifier.classify([
        _chat(complaint, channel=channel),
        _chat(complaint + [("agent", "I've refunded the second charge; it will show in two days.")],
              channel=channel, iid="answered")])
    assert asked.resolution == "unresolved" and asked.p_resolved < 0.2
    assert answered.p_resolved > asked.p_resolved + 0.4


def test_a_visit_with_only_the_customer_s_card_is_left_to_its_other_signals(classifier) -> None:
    # A visit's agent side is the staff note, often empty: the customer's card alone is no unanswered request.
    card = [("customer", "Quick and friendly, thank you.")]
    visit, = classifier.classify([_chat(card, channel="in_person")])
    assert visit.resolution == "resolved"


DEFLECTED = {
    "en": ("My card was charged twice.", "Thanks for your email. Most questions are answered in our FAQ. This mailbox does "
           "not handle individual cases."),
    "de": ("Mir wurde zweimal abgebucht.", "Ihr Anliegen wurde registriert. Bitte besuchen Sie Ihre Filiale."),
    "id": ("Kartu saya diblokir.", "Terima kasih. Silakan cek pusat bantuan kami."),
    "nb": ("Kortet mitt er sperret.", "Saken er registrert. Se hjelpesiden vår for de vanligste spørsmålene."),
    "ru": ("Карту заблокировали.", "По соображениям безопасности мы не обсуждаем данные по почте. Обратитесь в отделение."),
}


@pytest.mark.parametrize("lang", sorted(DEFLECTED))
def test_an_answer_that_sends_the_customer_away_is_not_a_resolution(classifier, lang: str) -> None:
    question, answer = DEFLECTED[lang]
    sent_away, = classifier.classify([_chat([("customer", question), ("agent", answer)], channel="email", lang=lang)])
    assert sent_away.resolution == "unresolved" and sent_away.p_resolved < 0.4
