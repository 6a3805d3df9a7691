"""The handoff code of issue 15: after the result, on the person's yes, a short code (K7M-4QX)
that a social worker enters at /dossier (bot/staff/pages/dossier.py) to see the person's
answers and plan of visits; never a message's text, never who sent it.

code.py makes and reads codes, dossier.py builds what a code opens, store.py keeps it (7 days,
2 openings), conversation.py asks and answers in the chat, sentences.py says it, profile_words.py
puts the answers in words for the social worker.
"""
