"""`make run-cluster`: Iris laid out as on several machines, on one: PostgreSQL (tracker store),
Redis (lock store), two action servers, two Rasa servers, HAProxy in front of each pair, and the
web page, all on 127.0.0.1 and supervised like `make run`."""
