"""Notifications: the one path every e-mail to the public takes.

`notify()` records that a person is owed a message, once per purpose (its key), and a
background task sends it. A failing mail server leaves the record unsent, to be retried;
it never loses the response, post or registration that caused it.
"""
