"""What Iris says besides the screening's questions: plain functions, one a file, each taking the
dispatcher, the tracker and the language and returning Rasa events. `actions/action_reply.py`,
the one action that reads every message, calls them; no action calls another."""
