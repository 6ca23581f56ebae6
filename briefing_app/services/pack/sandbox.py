"""The Jinja environment pack templates render in.

Jinja's ``SandboxedEnvironment`` keeps a template away from Python's internals;
this one also refuses, at once and with a clear reason, what would make the
render run for hours or fill the memory (limits in ``settings.TEMPLATE_LIMITS``):

- ``**`` and ``*`` on numbers whose result would exceed ``power_bits`` bits
  (``10**(10**9)``);
- ``*`` and ``+`` making a text or list longer than ``sequence_items``
  (``'x' * 10**9``);
- ``range()`` calls producing more than ``range_items`` numbers in one render,
  all calls together (nested ``range(99999)`` loops);
- ``{% include %}``, ``{% import %}``, ``{% from %}`` and ``{% extends %}``: a
  pack template is one .docx, with nothing to include (:func:`tag_problems`).

What it cannot foresee (a filter asked for a huge width, an endless loop over a
list) is stopped by the child process's limits (``services/limited_run.py``).
"""

from __future__ import annotations

import types

from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from briefing_app import settings

#: What Jinja's ``wrap_str_format`` looks at (a bound ``str.format`` is one of these).
_METHODS = (types.MethodType, types.BuiltinMethodType)
_REFUSED_TAGS = {
    nodes.Include: "include",
    nodes.Import: "import",
    nodes.FromImport: "from … import",
    nodes.Extends: "extends",
}


class PackSandbox(SandboxedEnvironment):
    """Sandboxed, HTML/XML escaping on, with size limits on arithmetic and ranges."""

    intercepted_binops = frozenset({"*", "**", "+"})

    def __init__(self) -> None:
        super().__init__(autoescape=True)
        self.limits = settings.TEMPLATE_LIMITS
        self.range_left = self.limits.range_items
        self.globals["range"] = self.limited_range
        self._safe_attributes: dict[tuple[type, str], bool] = {}

    def is_safe_attribute(self, obj, attr: str, value) -> bool:
        """Jinja's answer, remembered per type and attribute: it depends on nothing
        else, and a large pack reads the same few attributes tens of thousands of times."""
        key = (type(obj), attr)
        safe = self._safe_attributes.get(key)
        if safe is None:
            safe = self._safe_attributes[key] = super().is_safe_attribute(obj, attr, value)
        return safe

    def getattr(self, obj, attribute: str):
        """``obj.attribute`` in a template: Jinja's answer, with a short way for an
        attribute already found safe on this type whose value is not a method (Jinja
        wraps only ``str.format``-like methods; everything else it would return as is).
        Anything else (a first look, a method, a missing attribute) goes Jinja's way."""
        if self._safe_attributes.get((type(obj), attribute)):
            try:
                value = getattr(obj, attribute)
            except AttributeError:
                return super().getattr(obj, attribute)
            if not isinstance(value, _METHODS):
                return value
        return super().getattr(obj, attribute)

    def limited_range(self, *args: int) -> range:
        numbers = range(*args)
        if len(numbers) > self.range_left:
            raise SecurityError(
                f"range() produces more than the {self.limits.range_items:,} numbers a "
                "template's ranges may produce in all (loops that would not end)"
            )
        self.range_left -= len(numbers)
        return numbers

    def call_binop(self, context, operator: str, left, right):
        if operator == "**":
            self._check_power(left, right)
        elif operator == "*":
            self._check_product(left, right)
        elif operator == "+":
            self._check_sum(left, right)
        return super().call_binop(context, operator, left, right)

    def _check_power(self, left, right) -> None:
        if _is_int(left) and _is_int(right) and right > 0 and abs(left) > 1:
            bits = right * abs(left).bit_length()
            if bits > self.limits.power_bits:
                raise SecurityError(f"a power too large (over {self.limits.power_bits:,} bits)")

    def _check_product(self, left, right) -> None:
        if _is_int(left) and _is_int(right):
            if left.bit_length() + right.bit_length() > self.limits.power_bits:
                raise SecurityError(f"a product too large (over {self.limits.power_bits:,} bits)")
            return
        count, seq = (left, right) if _is_int(left) else (right, left)
        if _is_int(count) and _has_len(seq) and count * len(seq) > self.limits.sequence_items:
            raise SecurityError(
                f"a repeated text or list too long (over {self.limits.sequence_items:,} items)"
            )

    def _check_sum(self, left, right) -> None:
        too_long = _has_len(left) and _has_len(right)
        if too_long and len(left) + len(right) > self.limits.sequence_items:
            raise SecurityError(
                f"a joined text or list too long (over {self.limits.sequence_items:,} items)"
            )


def _is_int(value) -> bool:
    return isinstance(value, int)


def _has_len(value) -> bool:
    return isinstance(value, (str, list, tuple))


def sandbox() -> PackSandbox:
    """A fresh environment for one render (its range budget is per render)."""
    return PackSandbox()


def tag_problems(tree: nodes.Template) -> list[str]:
    """The tags a pack template may not use, each named once."""
    found = []
    for kind, tag in _REFUSED_TAGS.items():
        if any(True for _ in tree.find_all(kind)):
            found.append(
                f"uses {{% {tag} %}}, which pack templates may not use "
                "(everything must be in the one .docx file)"
            )
    return found
