"""`survtrack watch` and `survtrack update`: saved searches, the events they report, and their delivery.

cli.py parses the verbs; events.py finds events (SQL in db/watch_events.py, ledger in db/watches.py);
delivery.py hands them to the channels (atom.py, webhook.py, mail.py, stdout) exactly once; render.py words them;
run.py is one `watch run`; update.py the unattended crawl + watch-list refresh + watch run; feed_server.py
serves the Atom files.
"""
