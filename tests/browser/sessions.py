"""Browser contexts signed in as a given person: the session is made by Django's test client."""


def logged_in_context(browser, live_server, user, *, second_factor=False, viewport=None, **options):
    from django.test import Client

    from tests.helpers import second_factor_login

    client = Client()
    if second_factor:
        second_factor_login(client, user)
    else:
        client.force_login(user)
    context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900}, **options)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return context
