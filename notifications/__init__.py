"""Notifications: the one path every e-mail to the public takes.

`notify()` records that a person is owed a message, once per purpose (its key), and a
background task sends it. `queue_email()` does the same for a message already written, such
as django-allauth's account e-mails. A failing mail server leaves the record unsent, to be retried;
it never loses the response, post or registration that caused it.
"""
