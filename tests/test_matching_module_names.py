"""A function of optout.matching must not share its name with a submodule: the package's
attribute would be the function, and ``import optout.matching._places as P`` (which reads that
attribute) would hand back the function instead of the module."""

import importlib
import pkgutil
import types

import optout.matching


def test_no_function_hides_a_submodule():
    for info in pkgutil.iter_modules(optout.matching.__path__):
        importlib.import_module(f"optout.matching.{info.name}")
        attr = getattr(optout.matching, info.name)
        assert isinstance(attr, types.ModuleType), f"optout.matching.{info.name} is hidden by a {type(attr).__name__}"


def test_places_submodule_imports_as_a_module():
    import optout.matching._places as places

    assert places.population(places.Place("chicago", "IL", None)) > 1_000_000
