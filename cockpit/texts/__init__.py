"""Interface texts, one module per area, each with TEXTS = {key: (German, English)}.

Every module in this package is merged by cockpit.i18n; a key may be defined only once.
"""

import importlib
import pkgutil


def all_texts() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        for key, pair in module.TEXTS.items():
            if key in merged:
                raise ValueError(f"text key {key!r} defined twice (in cockpit/texts/{module_info.name}.py)")
            merged[key] = pair
    return merged
