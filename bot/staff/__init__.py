"""Pages for the staff of an office or association (social workers), behind one shared password.

password.py keeps the password as a scrypt hash, sessions.py the logins and the failed-login
limit, routes.py the registry of pages that bot/web_server.py asks first, html.py their layout.
Each module in pages/ registers its own paths when the web server starts.
"""
