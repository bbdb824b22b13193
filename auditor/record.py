"""``@record``: a dataclass built for a fifth of the cost, for the classes on the start-up path.

``@dataclass`` writes the source of each method it adds and compiles each on its own, and a run
imports some forty such classes: about a sixth of a start-up. ``@record`` takes the same
declarations (annotations, defaults, ``field(default_factory=…, compare=…, hash=…)``) and the
options ``eq``, ``frozen`` and ``slots``; it compiles ``__init__`` alone and gives ``__repr__``,
``__eq__``, ``__hash__`` (and a frozen class's ``__setattr__``/``__delattr__``) as closures. The
methods behave as the dataclass ones do. What it does not give: ``dataclasses.fields``/``replace``/``asdict``
(a class that needs them stays a dataclass, as ``Finding`` does) and inheritance between records.
"""

from __future__ import annotations

from dataclasses import MISSING, Field, FrozenInstanceError
from operator import attrgetter


def record(cls=None, /, *, eq: bool = True, frozen: bool = False, slots: bool = False):
    """``@record`` or ``@record(eq=…, frozen=…, slots=…)``, as ``@dataclass`` with those options."""

    def build(cls):
        return _build(cls, eq, frozen, slots)

    return build if cls is None else build(cls)


def _build(cls, eq: bool, frozen: bool, slots: bool):
    if any("_record_fields" in vars(base) for base in cls.__mro__[1:]):
        raise TypeError(f"{cls.__name__}: a record cannot extend a record")
    names, compared, hashed = [], [], []
    scope = {"MISSING": MISSING, "FrozenInstanceError": FrozenInstanceError, "object": object}
    parameters, body = [], []
    seen_default = False
    for name, kind in cls.__dict__.get("__annotations__", {}).items():
        if str(kind).startswith(("ClassVar", "typing.ClassVar")):
            continue
        value = cls.__dict__.get(name, MISSING)
        default, factory, compare, hash_ = value, MISSING, True, None
        if isinstance(value, Field):
            default, factory, compare, hash_ = value.default, value.default_factory, value.compare, value.hash
            if default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, default)
        names.append(name)
        if compare:
            compared.append(name)
        if hash_ or (hash_ is None and compare):
            hashed.append(name)
        if factory is not MISSING:
            scope[f"_factory_{name}"] = factory
            parameters.append(f"{name}=MISSING")
            value_ = f"_factory_{name}() if {name} is MISSING else {name}"
        elif default is not MISSING:
            scope[f"_default_{name}"] = default
            parameters.append(f"{name}=_default_{name}")
            value_ = name
        else:
            if seen_default:
                raise TypeError(f"non-default argument {name!r} follows default argument")
            parameters.append(name)
            value_ = name
        seen_default = seen_default or factory is not MISSING or default is not MISSING
        body.append(f"  object.__setattr__(self, {name!r}, {value_})" if frozen else f"  self.{name} = {value_}")
    # Only __init__ is compiled (binding arguments by name is what a closure cannot do as fast);
    # the other methods are closures over the field names, built without compiling anything.
    exec(f"def __init__(self{''.join(', ' + p for p in parameters)}):\n" + "\n".join(body or ["  pass"]), scope)  # noqa: S102
    methods = {"__init__": scope["__init__"], **_methods(tuple(names), compared, hashed, eq, frozen, slots)}
    for method, function in methods.items():
        if method not in cls.__dict__:  # a method the class writes itself stays
            function.__qualname__ = f"{cls.__qualname__}.{method}"
            setattr(cls, method, function)
    if eq and not frozen and "__hash__" not in cls.__dict__:
        cls.__hash__ = None  # as dataclass: mutable and compared by value, so unhashable
    cls._record_fields = tuple(names)
    if slots:
        namespace = dict(cls.__dict__)
        for name in names:
            namespace.pop(name, None)
        namespace.pop("__dict__", None)
        namespace.pop("__weakref__", None)
        namespace["__slots__"] = tuple(names)
        qualname = cls.__qualname__
        cls = type(cls)(cls.__name__, cls.__bases__, namespace)
        cls.__qualname__ = qualname
    return cls


def _fields_of(names):
    """``obj -> (obj.a, obj.b, …)``, a tuple whatever the number of names."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        name = names[0]
        return lambda obj: (getattr(obj, name),)
    return lambda obj: ()


def _methods(names, compared, hashed, eq, frozen, slots) -> dict:
    """The methods dataclass writes for these options, other than ``__init__``."""

    def __repr__(self):
        return f"{self.__class__.__qualname__}({', '.join(f'{name}={getattr(self, name)!r}' for name in names)})"

    methods = {"__repr__": __repr__}
    if eq:
        key = _fields_of(compared)

        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return key(self) == key(other)
            return NotImplemented

        methods["__eq__"] = __eq__
        if frozen:
            hash_key = _fields_of(hashed)

            def __hash__(self):
                return hash(hash_key(self))

            methods["__hash__"] = __hash__
    if frozen:

        def __setattr__(self, name, value):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")

        def __delattr__(self, name):
            raise FrozenInstanceError(f"cannot delete field {name!r}")

        methods.update(__setattr__=__setattr__, __delattr__=__delattr__)
        if slots:  # pickling a frozen slotted instance sets its fields, as dataclass's does
            state_of = _fields_of(names)

            def __getstate__(self):
                return list(state_of(self))

            def __setstate__(self, state):
                for name, value in zip(names, state):
                    object.__setattr__(self, name, value)

            methods.update(__getstate__=__getstate__, __setstate__=__setstate__)
    return methods


def field_names(obj) -> tuple[str, ...]:
    """The fields of a record (or its class), in order: what ``dataclasses.fields`` names."""
    return obj._record_fields


def replace(obj, /, **changes):
    """``dataclasses.replace`` for records and dataclasses alike: a copy with ``changes``."""
    names = getattr(type(obj), "_record_fields", None)
    if names is None:
        import dataclasses

        return dataclasses.replace(obj, **changes)
    return type(obj)(**{name: changes.pop(name) if name in changes else getattr(obj, name) for name in names}, **changes)
