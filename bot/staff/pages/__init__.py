"""One module a staff page (or a few related paths); each registers itself with
bot.staff.routes.route, and bot.staff.routes.load_pages imports them all at the web server's start."""
