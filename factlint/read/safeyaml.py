"""YAML from files anyone may have written: no aliases, no duplicate keys, no crash, lines as editors count them.

Sidecars and settings come from pull requests. An alias "billion laughs" in 400 bytes
expands to gigabytes, so aliases are refused outright (they have no use in a sidecar).
A key given twice is an error, as in the JSON reader. Problems are reported at the line an
editor shows: YAML also breaks lines at U+0085, U+2028 and U+2029, factlint only at \\n.

Speed: the C parser (libyaml, when PyYAML has it) reads the events and the Python composer
builds the nodes, so the alias refusal stays the same hook (`compose_node`) and nesting too
deep is still a RecursionError, not a C stack overflow. A text the fast path fails on, or
might read differently (a byte-order mark, a character YAML forbids), is read again by the
pure-Python loader, so every refusal and every line number is exactly what it always was.
"""

from __future__ import annotations

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor

from factlint.parse.document import LineIndex


class YamlError(Exception):
    """A YAML text that is refused: `problem` says why, `offset` is where (a character offset) or None."""

    def __init__(self, problem: str, offset: int | None = None):
        super().__init__(problem)
        self.problem, self.offset = problem, offset

    def where(self, text: str) -> str:
        """':line' for this error in `text`, or '' when the place is unknown."""
        return "" if self.offset is None else f":{LineIndex(text).position(self.offset)[0]}"


class Loader(yaml.SafeLoader):
    """PyYAML's safe loader without aliases, without duplicate keys, and with bounded integers."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise YamlError("aliases (*name) are not allowed", self.peek_event().start_mark.index)
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):
        check_unique_keys(node)
        return super().construct_mapping(node, deep)

    def construct_yaml_int(self, node):
        return _bounded_int(self, node)


def _bounded_int(loader, node) -> int:
    """An integer node's value; one too long for Python is a YamlError, not a ValueError."""
    try:
        return SafeConstructor.construct_yaml_int(loader, node)
    except ValueError:  # Python refuses int("…") past 4,300 digits
        raise YamlError("a number is too long to read", node.start_mark.index) from None


Loader.add_constructor("tag:yaml.org,2002:int", Loader.construct_yaml_int)

_CParser = getattr(yaml, "CSafeLoader", None)  # None when PyYAML was built without libyaml

if _CParser is not None:
    class FastLoader(Composer, _CParser):
        """Loader's rules over libyaml's events: the Python composer (so the alias hook is the same)
        and the same constructors; only the scanning and parsing run in C."""

        def __init__(self, stream: str):
            _CParser.__init__(self, stream)
            Composer.__init__(self)  # the Python composer, not CParser's own

        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                raise YamlError("aliases (*name) are not allowed", self.peek_event().start_mark.index)
            return Composer.compose_node(self, parent, index)

        def construct_mapping(self, node, deep=False):
            check_unique_keys(node)
            return SafeConstructor.construct_mapping(self, node, deep)

        def construct_yaml_int(self, node):
            return _bounded_int(self, node)

    FastLoader.add_constructor("tag:yaml.org,2002:int", FastLoader.construct_yaml_int)
else:  # pragma: no cover - PyYAML without libyaml
    FastLoader = None


def _read_otherwise(text: str) -> bool:
    """Where libyaml is laxer than PyYAML: it takes a tab as white space and a '?' in a flow
    collection. Such a text is left to the pure loader, which refuses it as it always has."""
    if "\t" in text:
        return True
    flow = min((i for i in (text.find("["), text.find("{")) if i >= 0), default=-1)
    return flow >= 0 and "?" in text[flow:]


def fast_loader(text: str):
    """A loader over `text` that parses in C, or None when only the pure-Python one may read it
    (no libyaml; a byte-order mark, which libyaml leaves out of its offsets; a forbidden character;
    what libyaml would take and PyYAML refuses)."""
    if FastLoader is None or text.startswith("\ufeff") or yaml.reader.Reader.NON_PRINTABLE.search(text) \
            or _read_otherwise(text):
        return None
    try:
        return FastLoader(text)
    except Exception:  # anything libyaml objects to, the pure loader reports in its own words
        return None


def check_unique_keys(node: yaml.MappingNode) -> None:
    """Refuse a mapping node that gives one plain key twice."""
    seen: set[tuple[str, str]] = set()
    for key, _ in node.value:
        if isinstance(key, yaml.ScalarNode):
            if (key.tag, key.value) in seen:
                raise YamlError(f"duplicate key {key.value[:60]!r}", key.start_mark.index)
            seen.add((key.tag, key.value))


def open_loader(text: str) -> Loader:
    """A loader over `text`; a character YAML forbids is a YamlError, not a crash."""
    try:
        return Loader(text)
    except yaml.reader.ReaderError as exc:
        raise YamlError(f"control character {exc.character!r} is not allowed", exc.position) from None


def reason(exc: Exception) -> YamlError:
    """Any error met while loading, as a YamlError with its place."""
    if isinstance(exc, YamlError):
        return exc
    if isinstance(exc, RecursionError):
        return YamlError("nested too deeply to read")
    if isinstance(exc, yaml.reader.ReaderError):
        return YamlError(f"control character {exc.character!r} is not allowed", exc.position)
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if len(problem) > 160:  # a 1 MB tag or anchor name is echoed in PyYAML's message
        problem = problem[:160] + "…"
    return YamlError(problem, mark.index if mark else None)


def load(text: str) -> object:
    """The one document of `text` as Python data; any problem is a YamlError."""
    fast = fast_loader(text)
    if fast is not None:
        try:
            return fast.get_single_data()
        except Exception:  # read again below, so the error is the pure loader's
            pass
        finally:
            fast.dispose()
    loader = open_loader(text)
    try:
        return loader.get_single_data()
    except (yaml.YAMLError, RecursionError, YamlError) as exc:
        raise reason(exc) from None
    finally:
        loader.dispose()

