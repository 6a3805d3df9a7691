"""A turn's bot messages as the SMS or WhatsApp messages Twilio sends (Rasa environment)."""

from bot.channels.sms_text import cost
from bot.channels.twilio_messaging import bodies

NOTED = {"text": "Merci, c\u2019est noté."}
QUESTION = {
    "text": "Êtes-vous inscrit à une mutualité ?",
    "buttons": [{"title": "Oui", "payload": "/affirm"}, {"title": "Non", "payload": "/deny"}],
}
RESULT = {"text": "\n".join(
    ["Droits que vous pouvez demander maintenant :"]
    + [f"\u2022 Droit numéro {n}\nOù : CPAS de Schaerbeek, 1030 Schaerbeek.\nApportez : votre carte d\u2019identité."
       for n in range(8)]
)}


def test_a_turns_messages_go_in_one_sms_with_the_options_numbered():
    assert bodies([NOTED, QUESTION], whatsapp=False) == [
        "Merci, c'est noté.\nEtes-vous inscrit à une mutualité ?\n1 Oui  2 Non"
    ]


def test_a_long_result_is_split_into_gsm7_sms_of_at_most_320_characters_and_two_segments():
    sms = bodies([RESULT], whatsapp=False)
    assert len(sms) > 1
    assert all(len(body) <= 320 and cost(body).encoding == "gsm7" and cost(body).segments <= 2 for body in sms)
    assert all(body.startswith(("Droits", "- Droit")) for body in sms)


def test_whatsapp_keeps_the_text_as_written_in_messages_of_up_to_1600_characters():
    messages = bodies([NOTED, QUESTION, RESULT], whatsapp=True)
    assert len(messages) == 1 and len(messages[0]) <= 1600
    assert "Merci, c\u2019est noté." in messages[0] and "\n1 Oui  2 Non\n" in messages[0]
