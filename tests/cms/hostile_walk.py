"""What the hostile-input walk sends: every URL pattern of the project with each path parameter filled
with hostile values, every page with hostile query strings, and every form of the site posted back
with one field at a time made hostile. Used by tests/cms/test_hostile_urls.py."""

import re
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urlencode, urlsplit

from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from django.utils import translation

HOSTILE = {
    "nul": "\x00",
    "superscript-two": "²",  # str.isdigit() says yes, int() says no
    "arabic-indic-digits": "١٢٣",  # int() and \d accept them
    "10000-chars": "é" * 10_000,
    "10000-digits": "9" * 10_000,  # beyond int()'s 4,300-digit limit
    "traversal": "../../etc/passwd",
    "huge-integer": "99999999999999999999",  # beyond bigint, and SQLite's INTEGER
    "negative": "-1",
}

# What the views of the project, Wagtail's admin and allauth read from the query string.
QUERY_KEYS = [
    *("q", "page", "p", "attempt", "next", "level", "module", "province", "name", "sort", "ordering"),
    *("token", "number", "family_name", "locale", "id", "tag", "collection_id", "page_type"),
    *("parent_page_id", "child_of", "descendant_of", "translation_of", "content_type", "for_user"),
    *("multiple", "export", "mode", "action", "select_format", "width", "height", "offset", "limit"),
    *("fields", "type", "order", "site", "search", "query", "term", "has_children", "user_perms"),
    *("in_preview_panel", "position", "_w_hydrate_create_view", "status", "state", "format"),
]

_ROUTE_PARAM = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")
# Logging out ends the walk's session; Wagtail's error_test view raises on purpose.
_SKIP = re.compile(r"logout|wagtailadmin_error_test", re.IGNORECASE)


@dataclass
class Route:
    """One URL pattern, as text with ``{name}`` holes, and the converter of each hole."""

    template: str
    name: str
    params: dict = field(default_factory=dict)  # name -> converter ("int", "str", "slug", "path", "re")
    language: str = settings.LANGUAGE_CODE
    route: str = ""  # as Django's ResolverMatch.route spells it

    def fill(self, values: dict) -> str:
        path = self.template
        for param, value in values.items():
            path = path.replace("{" + param + "}", value, 1)
        return "/" + path

    def matches(self, path: str) -> bool:
        """Whether the path reaches this pattern's view (and not a catch-all after it)."""
        with translation.override(self.language):
            try:
                return resolve(unquote(path)).route == self.route
            except Resolver404:
                return False


def _regex_template(regex: str) -> tuple[str, dict]:
    """A path with one hole per top-level group of a regex pattern (nested groups go with their
    parent), and one for each ``.*`` or ``.+`` outside groups."""
    regex = regex.removeprefix("^").removesuffix("$")
    out, params, depth, start = [], {}, 0, 0
    i = 0
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            if depth == 0:
                out.append(regex[i + 1])
            i += 2
            continue
        if char == "(":
            start = i if depth == 0 else start
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                named = re.match(r"\(\?P<(\w+)>", regex[start : i + 1])
                name = named.group(1) if named else f"group{len(params)}"
                params[name] = "re"
                out.append("{" + name + "}")
                if i + 1 < len(regex) and regex[i + 1] in "?*+":  # the group's quantifier
                    i += 1
        elif depth == 0:
            if char == "." and regex[i + 1 : i + 2] in ("*", "+"):
                name = f"group{len(params)}"
                params[name] = "re"
                out.append("{" + name + "}")
                i += 2
                continue
            out.append(char)
        i += 1
    return "".join(out), params


def _join(route: str, more: str) -> str:
    return route + more.removeprefix("^") if route else more  # as django.urls.resolvers._join_route


def _flatten(resolver, prefix="", name_prefix="", params=None, language=None, route=""):
    params = params or {}
    for entry in resolver.url_patterns:
        pattern = entry.pattern
        if isinstance(pattern, LocalePrefixPattern):
            # i18n_patterns: the default language has no prefix, every other language its code
            for code, _name in settings.LANGUAGES:
                lang = "" if code == settings.LANGUAGE_CODE else f"{code}/"
                yield from _flatten(entry, prefix + lang, name_prefix, params, code, _join(route, lang))
            continue
        if isinstance(pattern, RoutePattern):
            text = str(pattern)
            own = {m["name"]: m["converter"] or "str" for m in _ROUTE_PARAM.finditer(text)}
            template = _ROUTE_PARAM.sub(lambda m: "{" + m["name"] + "}", text)
        elif isinstance(pattern, RegexPattern):
            template, own = _regex_template(str(pattern))
        else:
            continue
        here = _join(route, str(pattern))
        if isinstance(entry, URLResolver):
            namespace = f"{name_prefix}{entry.namespace}:" if entry.namespace else name_prefix
            yield from _flatten(entry, prefix + template, namespace, {**params, **own}, language, here)
        elif isinstance(entry, URLPattern):
            name = f"{name_prefix}{entry.name or ''}"
            yield Route(prefix + template, name, {**params, **own}, language or settings.LANGUAGE_CODE, here)


def project_routes() -> list[Route]:
    """Every URL pattern of the project, Wagtail's admin, allauth and the API included, in every
    language; logging out left out."""
    routes, seen = [], set()
    for route in _flatten(get_resolver()):
        if route.template in seen or _SKIP.search(route.name) or _SKIP.search(route.template):
            continue
        seen.add(route.template)
        routes.append(route)
    return routes


def _encode(value: str) -> str:
    return quote(value, safe="/")


VALID = {"int": "1", "slug": "workplace-cooperation", "path": "a/b", "re": "1", "str": "1"}


def hostile_paths(route: Route, valid: dict) -> list[tuple[str, str]]:
    """(label, path): the route with valid values, then each parameter in turn made hostile, as far
    as the pattern accepts the value (the others end in Django's resolver, tried once by the
    catch-all patterns, which accept them all)."""
    base = {name: _encode(valid.get(name, VALID.get(kind, "1"))) for name, kind in route.params.items()}
    paths = [("valid", route.fill(base))]
    for name in route.params:
        for label, value in HOSTILE.items():
            # a value and a slash, for patterns that end their parameter with one (Wagtail's pages)
            for path in (
                route.fill({**base, name: _encode(value)}),
                route.fill({**base, name: _encode(value + "/")}),
            ):
                if route.matches(path):
                    paths.append((f"{name}={label}", path))
                    break
    return paths


NOT_NUL = [value for label, value in HOSTILE.items() if label != "nul"]


def hostile_queries(path: str, *, step: int | None = None, keys=QUERY_KEYS) -> list[tuple[str, str]]:
    """(label, url): every query key NUL, then every key with a hostile value, turning the values
    round the keys so that each key gets each value once. ``step`` sends only one of those turns."""
    steps = range(len(NOT_NUL)) if step is None else [step % len(NOT_NUL)]
    queries = [] if step is not None else [("query=nul", dict.fromkeys(keys, HOSTILE["nul"]))]
    for turn in steps:
        queries.append(
            (f"query turn {turn}", {key: NOT_NUL[(turn + i) % len(NOT_NUL)] for i, key in enumerate(keys)})
        )
    return [(label, f"{path}?{urlencode(query)}") for label, query in queries]


@dataclass
class Form:
    action: str
    fields: list  # (name, value, kind): "text" (free text), "choice" (any other), "choice-unset" (unticked)
    buttons: list  # (name, value)


FREE_TEXT_TYPES = {"text", "search", "email", "tel", "url", "password", "number", "date", "textarea"}


def post_forms(html: str, page_url: str) -> list[Form]:
    """The POST forms of a page as a browser would send them, file inputs left empty."""
    forms = []
    for tag in BeautifulSoup(html, "html.parser").find_all("form"):
        if (tag.get("method") or "get").lower() != "post":
            continue
        action = tag.get("action") or page_url
        if urlsplit(action).netloc or _SKIP.search(action) or action.startswith("/admin/"):
            continue
        fields, buttons = [], []
        for control in tag.find_all(["input", "select", "textarea", "button"]):
            name = control.get("name")
            if not name or name == "csrfmiddlewaretoken":
                continue
            kind = control.get("type", "text" if control.name == "input" else control.name).lower()
            if control.name == "button" or kind == "submit":
                buttons.append((name, control.get("value", "")))
            elif kind == "file":
                continue
            elif kind in ("checkbox", "radio"):
                if control.has_attr("checked"):
                    fields.append((name, control.get("value", "on"), "choice"))
                else:
                    fields.append((name, control.get("value", "on"), "choice-unset"))
            elif control.name == "select":
                chosen = control.find("option", selected=True) or control.find("option")
                fields.append((name, chosen.get("value", chosen.text) if chosen else "", "choice"))
            elif control.name == "textarea":
                fields.append((name, control.text, "text"))
            else:
                fields.append(
                    (name, control.get("value", ""), "text" if kind in FREE_TEXT_TYPES else "choice")
                )
        forms.append(Form(action=action, fields=fields, buttons=buttons or [(None, None)]))
    return forms


def form_shape(form: Form) -> tuple:
    """Forms that differ only in ids (one per requirement, per lesson, per track) reach the same code."""
    digits = re.compile(r"\d+")
    return (
        digits.sub("N", urlsplit(form.action).path),
        tuple(sorted(digits.sub("N", name) for name, _value, _kind in form.fields)),
        tuple(sorted(value for _name, value in form.buttons if value)),
    )


# What an id-like field gets instead of the id: a NUL is refused before any view, once per form is enough.
HOSTILE_CHOICE = [
    "abc",
    "1.5",
    HOSTILE["superscript-two"],
    HOSTILE["10000-digits"],
    HOSTILE["huge-integer"],
    "",
]
HOSTILE_TEXT = {
    label: HOSTILE[label] for label in ("nul", "superscript-two", "10000-chars", "traversal", "huge-integer")
}


def hostile_posts(form: Form) -> list[tuple[str, dict]]:
    """(label, data): the form as filled for each of its buttons, with every free-text field at once
    hostile; and for the first button, each id-like field (hidden, choice, button) in turn hostile
    or left out."""
    posts = []
    base = {}
    for name, value, kind in form.fields:
        if kind != "choice-unset":
            base.setdefault(name, []).append(value)
    texts = [name for name, _value, kind in form.fields if kind == "text"]
    for index, (button_name, button_value) in enumerate(form.buttons):
        data = {**base, button_name: [button_value]} if button_name else dict(base)
        tag = f"{button_name}={button_value}" if button_name else "submit"
        posts.append((tag, data))
        for label, value in HOSTILE_TEXT.items() if texts else ():
            posts.append((f"{tag} text={label}", {**data, **{name: [value] for name in texts}}))
        if index:
            continue
        choices = sorted(
            {name for name, _value, kind in form.fields if kind != "text"} | ({button_name} - {None})
        )
        for name in choices:
            for value in HOSTILE_CHOICE:
                posts.append((f"{tag} {name}={value[:20]!r}", {**data, name: [value]}))
            posts.append((f"{tag} {name} left out", {k: v for k, v in data.items() if k != name}))
        if choices and not texts:
            posts.append((f"{tag} {choices[0]}=nul", {**data, choices[0]: [HOSTILE["nul"]]}))
    return posts
